# Two commands on a fresh machine:  make demo  |  make test
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
STORE  ?= dyadwatch.duckdb

.PHONY: install install-dev browser demo serve test lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# torch is pinned first so nothing pulls a CUDA build.
install: $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[embeddings,web,distributed]"

install-dev: install
	$(BIN)/pip install -q -e ".[all]"

browser:
	bash scripts/install_browser.sh

demo: install
	$(BIN)/dyadwatch demo --store $(STORE)

serve: demo
	$(BIN)/dyadwatch serve --store $(STORE)

test: install-dev browser
	$(BIN)/ruff check src tests benchmarks scripts corpus
	$(BIN)/python -m pytest -q

lint:
	$(BIN)/ruff check src tests benchmarks scripts corpus

eval: install
	$(BIN)/python benchmarks/eval_shared.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(STORE)
