"""Fixtures of the web tests: a store holding the hand-coded demo corpus, an in-process API
client, a live server on 127.0.0.1 and a headless Chromium page."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadwatch.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def demo_corpus():
    """The module ``demo_corpus.py`` beside this file, however pytest imports the test packages."""
    import importlib.util
    import sys

    name = "dyadwatch_web_demo_corpus"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("demo_corpus.py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules[name] = module
    return sys.modules[name]


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store with the hand-coded corpus of ``demo_corpus.py`` (USA–HND 2017–2026 and others)."""
    store = Store(tmp_path_factory.mktemp("web") / "demo.duckdb")
    store.add_coded(demo_corpus().coded_articles())
    yield store
    store.close()


@pytest.fixture(scope="session")
def all_events():
    """Every hand-coded Event of the demo corpus (the oracle the API is checked against)."""
    return [e for coded in demo_corpus().coded_articles() for e in coded.events]


@pytest.fixture(scope="session")
def api_client(demo_store: Store):
    from fastapi.testclient import TestClient

    from dyadwatch.web import create_app

    with TestClient(create_app(demo_store)) as client:
        yield client


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving an app in a thread on 127.0.0.1, for the browser."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start on 127.0.0.1")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def live_server(demo_store: Store) -> Iterator[LiveServer]:
    from dyadwatch.web import create_app

    with LiveServer(create_app(demo_store)) as server:
        yield server


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: run scripts/install_browser.sh (Debian chromium) to run browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server: LiveServer):
    """A fresh browser page at 1400x900 whose console errors fail the test."""
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, base_url=live_server.url)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.errors = errors  # type: ignore[attr-defined]
    yield tab
    context.close()
    assert not errors, f"the page logged errors: {errors}"


def shoot(page, name: str, *, full: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    return path


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under test-artifacts/screenshots/ (kept by CI as an artefact)."""
    return shoot


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The bundled example corpus coded by the default pipeline (what `dyadwatch serve --demo` serves)."""
    from dyadwatch.errors import PipelineError
    from dyadwatch.pipeline import Pipeline
    from dyadwatch.web.demo import build_demo_store

    try:
        Pipeline.build()
    except PipelineError as exc:
        pytest.skip(f"the default pipeline cannot be built here: {exc}")
    store = build_demo_store(tmp_path_factory.mktemp("examples") / "examples.duckdb")
    yield store
    store.close()


@pytest.fixture(scope="session")
def example_server(example_store: Store) -> Iterator[LiveServer]:
    from dyadwatch.web import create_app

    with LiveServer(create_app(example_store)) as server:
        yield server
