"""Throughput of the coding pipeline: words/s, articles/s, time per stage, peak RSS.

A corpus of the project's own articles is generated at three sizes by recombining the paragraphs
of the bundled example corpus (seeded, so every run codes the same text). Each size is coded:

* baseline: bare spaCy (``en_core_web_sm``: tagger, parser, NER) over the same texts, one process;
* pipeline, one process (the default stages, per-stage time);
* pipeline, ``--workers`` processes (``dyadwatch.parallel``);
* the Dask engine with one and with two local workers (largest size only, ``--dask``).

Speeds are reported also as a ratio to the spaCy baseline timed in the same run, because the
machines are shared and noisy. Results go to benchmarks/THROUGHPUT.md.

    python benchmarks/throughput.py [--sizes 25 100 400] [--workers 2] [--dask] [--out benchmarks/THROUGHPUT.md]
"""

from __future__ import annotations

import argparse
import platform
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from importlib import resources
from pathlib import Path

import psutil

from dyadwatch.models import Article
from dyadwatch.nlp import load_spacy
from dyadwatch.pipeline import Pipeline
from dyadwatch.readers import ReadOptions, read_inputs


def example_paragraphs() -> list[str]:
    root = resources.files("dyadwatch").joinpath("data/examples")
    paragraphs: list[str] = []
    for item in read_inputs([str(root)], ReadOptions()):
        if isinstance(item, Article):
            paragraphs += [p.strip() for p in item.text.split("\n") if len(p.split()) >= 12]
    if not paragraphs:
        raise SystemExit("no example paragraphs found: is the package installed with its data?")
    return paragraphs


def make_corpus(n: int, paragraphs: list[str], seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(4, 9)))
        text = f"Regional roundup {i + 1}\n" + "\n".join(body)
        published = date(2014, 1, 1).fromordinal(date(2014, 1, 1).toordinal() + rng.randint(0, 4700))
        articles.append(Article.create(text, published=published, published_source="input", origin=f"bench:{i}"))
    return articles


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def peak_rss_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return max(own, children)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_size(articles: list[Article], workers: int) -> dict:
    nlp = load_spacy()
    n_words = words(articles)
    texts = [a.text for a in articles]
    base = timed(lambda: list(nlp.pipe(texts, batch_size=16)))
    pipeline = Pipeline.build()
    # Model loading (spaCy, the actor knowledge base, the gazetteer, the classifier) happens once per
    # process; it is timed apart so that words/s measures coding.
    startup = timed(lambda: list(pipeline.code(articles[:1])))
    pipeline.timings = dict.fromkeys(pipeline.timings, 0.0)
    events = []
    one = timed(lambda: events.extend(e for c in pipeline.code(articles, batch_size=16) for e in c.events))
    stage_times = dict(pipeline.timings)
    rss_one = psutil.Process().memory_info().rss / 2**20
    from dyadwatch.parallel import code_parallel

    par_events = []
    par = timed(
        lambda: par_events.extend(
            e for c in code_parallel(iter(articles), workers=workers, batch_size=16) for e in c.events
        )
    )
    same = sorted(e.event_id for e in events) == sorted(e.event_id for e in par_events)
    return {
        "articles": len(articles), "words": n_words, "events": len(events), "baseline_s": base, "one_s": one,
        "par_s": par, "stage_times": stage_times, "startup_s": startup, "rss_one_mib": rss_one,
        "parallel_identical": same,
    }  # fmt: skip


def bench_dask(articles: list[Article]) -> dict:
    from dyadwatch.distributed import run_distributed

    tmp = Path(tempfile.mkdtemp(prefix="dyadwatch-bench-"))
    try:
        src = tmp / "in.jsonl"
        import json

        with src.open("w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps({"text": a.text, "published": a.published.isoformat()}) + "\n")
        out = {}
        for n in (1, 2):
            target = tmp / f"out{n}"
            # Warm-up excluded: the cluster start and model loading are timed separately by Dask itself;
            # the number that matters for a long run is coding time with the cluster up.
            start = time.perf_counter()
            result = run_distributed([str(src)], target, n_workers=n, shard_size=8)
            out[n] = (time.perf_counter() - start, result.events)
        return {
            "one_worker_s": out[1][0],
            "two_workers_s": out[2][0],
            "events": out[2][1],
            "speedup": out[1][0] / out[2][0],
            "identical": out[1][1] == out[2][1],
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 100, 400])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dask", action="store_true", help="also time the Dask engine on the largest size")
    parser.add_argument("--out", default=str(Path(__file__).with_name("THROUGHPUT.md")))
    args = parser.parse_args()
    paragraphs = example_paragraphs()
    rows = []
    for size in args.sizes:
        corpus = make_corpus(size, paragraphs)
        r = bench_size(corpus, args.workers)
        rows.append(r)
        print(
            f"{size} articles: {r['words'] / r['one_s']:.0f} words/s one process, "
            f"{r['words'] / r['par_s']:.0f} words/s {args.workers} processes, baseline spaCy "
            f"{r['words'] / r['baseline_s']:.0f} words/s",
            flush=True,
        )
    dask = bench_dask(make_corpus(args.sizes[-1], paragraphs)) if args.dask else None
    lines = [
        "# Throughput", "",
        f"Command: `python benchmarks/throughput.py --sizes {' '.join(map(str, args.sizes))} --workers {args.workers}"
        f"{' --dask' if args.dask else ''}`  ",
        f"Machine: {platform.machine()}, {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
        f"Python {platform.python_version()}; run {date.today().isoformat()}.", "",
        "Corpus: the bundled example articles' paragraphs recombined (seeded). Baseline: bare spaCy "
        "en_core_web_sm (tagger, parser, NER) over the same texts in one process, timed in the same run.", "",
        f"| articles | words | events | baseline words/s | pipeline words/s (1 proc) | ratio to baseline | "
        f"articles/s (1 proc) | words/s ({args.workers} procs) | articles/s ({args.workers} procs) | "
        f"same events | peak RSS MiB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---:|",
    ]  # fmt: skip
    for r in rows:
        lines.append(
            f"| {r['articles']} | {r['words']} | {r['events']} | {r['words'] / r['baseline_s']:.0f} | "
            f"{r['words'] / r['one_s']:.0f} | {r['baseline_s'] / r['one_s']:.2f} | {r['articles'] / r['one_s']:.1f} | "
            f"{r['words'] / r['par_s']:.0f} | {r['articles'] / r['par_s']:.1f} | "
            f"{'yes' if r['parallel_identical'] else 'NO'} | {peak_rss_mib():.0f} |"
        )
    last = rows[-1]
    total = sum(last["stage_times"].values()) or 1.0
    lines += [
        "",
        f"Time per stage ({last['articles']} articles, one process):",
        "",
        "| stage | seconds | share |",
        "|---|---:|---:|",
    ]
    lines += [f"| {k} | {v:.2f} | {v / total:.0%} |" for k, v in last["stage_times"].items()]
    if dask:
        lines += ["", f"Dask engine, {args.sizes[-1]} articles, local cluster on 127.0.0.1 (wall time including "
                  "cluster start and model loading per worker):", "",
                  "| workers | seconds | events |", "|---:|---:|---:|",
                  f"| 1 | {dask['one_worker_s']:.1f} | {dask['events']} |",
                  f"| 2 | {dask['two_workers_s']:.1f} | {dask['events']} |", "",
                  f"Speed-up from one to two workers: {dask['speedup']:.2f}x "
                  f"(same events: {'yes' if dask['identical'] else 'NO'})."]  # fmt: skip
    lines += [
        "",
        f"Model loading before the first article (one process, not in the words/s above): "
        f"{rows[0]['startup_s']:.1f} s. The {args.workers}-process figures include each worker's own start-up.",
    ]
    lines += ["", "Peak RSS is the larger of this process and its largest child (a worker process)."]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
