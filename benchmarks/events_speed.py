"""Speed of the events stage alone (events.plover.v3) on the project's bundled example articles.

The articles are parsed and their actors resolved first (not timed); then the events stage codes
them ``--repeat`` times, with the type decision (classifier) and with the lexicon only. Reports
words/s and sentences/s of the events stage, which is what the stage adds to the pipeline.

    python benchmarks/events_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from importlib import resources


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    from dyadwatch.models import Article, Document
    from dyadwatch.pipeline import Pipeline
    from dyadwatch.stages.events import PloverEventStage

    folder = resources.files("dyadwatch.data").joinpath("examples")
    texts = [p.read_text(encoding="utf-8") for p in folder.iterdir() if p.name.endswith(".txt")]
    prepare = Pipeline.build(["sentences.spacy.v1", "mentions.spacy.v2", "actors.kb.v2"])
    docs = [prepare.run(Document(article=Article.create(t))) for t in texts]
    words = sum(len(d.article.text.split()) for d in docs)
    sentences = sum(len(d.sentences) for d in docs)
    print(f"{len(docs)} articles, {sentences} sentences, {words} words\n")
    print("| events stage | events | seconds | words/s | sentences/s |\n|---|---:|---:|---:|---:|")
    stages = (
        ("type decision on every trigger", PloverEventStage(classify="all")),
        ("type decision on ambiguous triggers (default)", PloverEventStage()),
        ("lexicon only", PloverEventStage(use_classifier=False)),
    )
    for label, stage in stages:
        stage(docs[0])  # load models outside the timing
        start = time.perf_counter()
        n = 0
        for _ in range(args.repeat):
            for d in docs:
                n += len(stage(d).events)
        seconds = (time.perf_counter() - start) / args.repeat
        print(f"| {label} | {n // args.repeat} | {seconds:.2f} | {words / seconds:,.0f} | {sentences / seconds:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
