"""Throughput of the coding pipeline: words/s, articles/s, time per stage, peak RSS.

A corpus of the project's own articles is generated at three sizes by recombining the paragraphs
of the bundled example corpus (seeded, so every run codes the same text). Each size is coded:

* baseline: bare spaCy (``en_core_web_sm``: tagger, parser, NER) over the same texts, one process;
* pipeline, one process (the default stages, per-stage time);
* pipeline, ``--workers`` processes (``dyadwatch.parallel``, workers started and warmed first);
* the Dask engine with one and with two local workers (``--dask``, largest size or ``--dask-size``),
  with cluster start, model loading on the workers and coding timed apart.

Start-up (imports, model loading) is timed apart from coding everywhere.

Speeds are reported also as a ratio to the spaCy baseline timed in the same run, because the
machines are shared and noisy. Results go to benchmarks/THROUGHPUT.md.

    python benchmarks/throughput.py [--sizes 100 300 900] [--workers 2] [--dask [--dask-size N]] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from datetime import date
from importlib import resources
from multiprocessing import get_context
from pathlib import Path

import psutil

# The corpus recombines a few hundred paragraphs; a large per-process embedding cache would make the
# classifier nearly free after the first articles, and more so for one process than for two, which
# news (whose sentences do not repeat) never does. Every run here, workers included (they inherit the
# environment), keeps only about one article's sentences.
os.environ.setdefault("DYADWATCH_EMBEDDING_CACHE", "64")

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


class RssSampler:
    """Peak resident memory of this process and of its worker processes, sampled twice a second
    (a worker's peak is lost to ``getrusage`` until the worker exits)."""

    def __init__(self) -> None:
        self.peak_child = 0.0  # largest single worker, MiB
        self.peak_children = 0.0  # all workers together, MiB
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.5):
            sizes = []
            for child in me.children(recursive=True):
                try:
                    sizes.append(child.memory_info().rss / 2**20)
                except psutil.Error:
                    continue
            if sizes:
                self.peak_child = max(self.peak_child, max(sizes))
                self.peak_children = max(self.peak_children, sum(sizes))

    @staticmethod
    def self_peak() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_size(articles: list[Article], workers: int, pipeline: Pipeline, pool) -> dict:
    from dyadwatch.parallel import code_parallel

    nlp = load_spacy()
    n_words = words(articles)
    texts = [a.text for a in articles]
    base = timed(lambda: list(nlp.pipe(texts, batch_size=16)))
    pipeline.timings = dict.fromkeys(pipeline.timings, 0.0)
    events = []
    one = timed(lambda: events.extend(e for c in pipeline.code(articles, batch_size=16) for e in c.events))
    stage_times = dict(pipeline.timings)
    par_events = []
    par = timed(
        lambda: par_events.extend(
            e for c in code_parallel(iter(articles), workers=workers, batch_size=8, pool=pool) for e in c.events
        )
    )
    same = sorted(e.event_id for e in events) == sorted(e.event_id for e in par_events)
    return {
        "articles": len(articles), "words": n_words, "events": len(events), "baseline_s": base, "one_s": one,
        "par_s": par, "stage_times": stage_times, "parallel_identical": same,
    }  # fmt: skip


def _parse_after_barrier(texts: list[str], barrier, results) -> None:
    nlp = load_spacy()
    list(nlp.pipe(texts[:2]))
    barrier.wait()
    started = time.perf_counter()
    list(nlp.pipe(texts, batch_size=16))
    results.put(time.perf_counter() - started)


def bench_scaling(texts: list[str], workers: int) -> float:
    """How well this machine scales from one process to ``workers``, right now: bare spaCy parsing
    the same texts in one process, then in ``workers`` processes at once (each its own copy,
    models loaded before the clock starts). The ceiling for any speed-up of the pipeline; on a
    shared machine, or with virtual cores that share a physical one, it is below ``workers``."""
    ctx = get_context("spawn")
    times = {}
    for n in (1, workers):
        barrier, results = ctx.Barrier(n + 1), ctx.Queue()
        procs = [ctx.Process(target=_parse_after_barrier, args=(texts, barrier, results)) for _ in range(n)]
        for proc in procs:
            proc.start()
        barrier.wait()
        started = time.perf_counter()
        for _ in procs:
            results.get()
        times[n] = time.perf_counter() - started
        for proc in procs:
            proc.join()
    return n * times[1] / times[workers]


def bench_uncached(articles: list[Article], pipeline: Pipeline) -> dict:
    """The pipeline in one process with the classifier's sentence-embedding cache emptied before
    every article.

    The corpus recombines a few hundred paragraphs, so after the first articles every sentence the
    classifier embeds is already in its per-process cache; news does not repeat like that. This run
    shows what the embeddings cost when every article's sentences are new (each article's own
    sentences are still embedded in one batch, as in real use)."""
    from dyadwatch.coding import classifier
    from dyadwatch.stages.events import PloverEventStage

    original = PloverEventStage.__call__

    def fresh(self, doc):
        classifier._EMB_CACHE.clear()
        return original(self, doc)

    PloverEventStage.__call__ = fresh
    pipeline.timings = dict.fromkeys(pipeline.timings, 0.0)
    try:
        seconds = timed(lambda: list(pipeline.code(articles, batch_size=16)))
    finally:
        PloverEventStage.__call__ = original
    return {"articles": len(articles), "words": words(articles), "s": seconds, "stage_times": dict(pipeline.timings)}


def bench_dask(articles: list[Article], shard_size: int) -> dict:
    """One and two local workers on the same corpus. For each: cluster start, model loading on
    every worker (``warm_up``) and coding are timed apart, so the speed-up compares coding with
    the cluster up (what a long run sees) as well as wall time including start-up."""
    from dask.distributed import Client, LocalCluster

    from dyadwatch.distributed import run_distributed, warm_up

    tmp = Path(tempfile.mkdtemp(prefix="dyadwatch-bench-"))
    try:
        src = tmp / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps({"text": a.text, "published": a.published.isoformat()}) + "\n")
        out: dict[int, dict] = {}
        for n in (1, 2):
            with RssSampler() as rss:
                started = time.perf_counter()
                cluster = LocalCluster(
                    n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, worker_dashboard_address=None,
                )  # fmt: skip
                try:
                    with Client(cluster) as client:
                        up = time.perf_counter()
                        loads = warm_up(client)
                        cpu_before = client.run(time.process_time)
                        warm = time.perf_counter()
                        result = run_distributed(
                            [str(src)], tmp / f"out{n}", scheduler=cluster.scheduler_address, shard_size=shard_size
                        )
                        done = time.perf_counter()
                        cpu_after = client.run(time.process_time)
                finally:
                    cluster.close()
            out[n] = {
                "cluster_s": up - started, "load_s": warm - up, "load_max_s": max(loads.values()),
                "code_s": done - warm, "wall_s": done - started, "events": result.events,
                "cpu_s": sum(cpu_after[w] - cpu_before[w] for w in cpu_before),
                "shards": result.shards, "peak_worker_mib": rss.peak_child, "peak_all_mib": rss.peak_children,
            }  # fmt: skip
        return {
            "runs": out,
            "speedup_code": out[1]["code_s"] / out[2]["code_s"],
            "speedup_wall": out[1]["wall_s"] / out[2]["wall_s"],
            "identical": out[1]["events"] == out[2]["events"],
            "articles": len(articles), "words": words(articles),
        }  # fmt: skip
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 900])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dask", action="store_true", help="also time the Dask engine (1 and 2 local workers)")
    parser.add_argument("--dask-size", type=int, default=None, help="articles for the Dask run (default: largest)")
    parser.add_argument("--shard-size", type=int, default=8, help="articles per Dask task")
    parser.add_argument("--out", default=str(Path(__file__).with_name("THROUGHPUT.md")))
    args = parser.parse_args()
    from dyadwatch.parallel import start_pool

    paragraphs = example_paragraphs()
    started = time.perf_counter()
    pipeline = Pipeline.build()
    built = time.perf_counter()
    pipeline.warm_up()
    startup = {"build_s": built - started, "warm_s": time.perf_counter() - built}
    rows = []
    with RssSampler() as pool_rss:
        t = time.perf_counter()
        pool = start_pool(args.workers)
        startup["pool_s"] = time.perf_counter() - t
        try:
            for size in args.sizes:
                r = bench_size(make_corpus(size, paragraphs), args.workers, pipeline, pool)
                rows.append(r)
                print(
                    f"{size} articles: {r['words'] / r['one_s']:.0f} words/s one process, "
                    f"{r['words'] / r['par_s']:.0f} words/s {args.workers} processes, baseline spaCy "
                    f"{r['words'] / r['baseline_s']:.0f} words/s",
                    flush=True,
                )
        finally:
            pool.shutdown()
    one_peak = RssSampler.self_peak()
    w = args.workers
    uncached = bench_uncached(make_corpus(args.sizes[0], paragraphs, seed=11), pipeline)
    scaling = bench_scaling([a.text for a in make_corpus(args.sizes[0], paragraphs, seed=13)], w)
    print(f"bare spaCy scaling 1 -> {w} processes: {scaling:.2f}x", flush=True)
    dask = None
    if args.dask:
        dask = bench_dask(make_corpus(args.dask_size or args.sizes[-1], paragraphs), args.shard_size)
        print(f"dask: coding speed-up {dask['speedup_code']:.2f}x, wall {dask['speedup_wall']:.2f}x", flush=True)
    cmd = f"python benchmarks/throughput.py --sizes {' '.join(map(str, args.sizes))} --workers {w}"
    cmd += (f" --dask --dask-size {args.dask_size}" if args.dask_size else " --dask") if args.dask else ""
    cmd += f" --shard-size {args.shard_size}" if args.dask and args.shard_size != 8 else ""
    lines = [
        "# Throughput", "",
        f"Command: `{cmd}`  ",
        f"Machine: {platform.machine()}, {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
        f"Python {platform.python_version()}; run {date.today().isoformat()}; load average before the run "
        f"{LOAD_BEFORE[0]:.1f}, after {os.getloadavg()[0]:.1f} (other jobs share the machine: compare the ratios).", "",
        "Corpus: the bundled example articles' paragraphs recombined (seeded). Baseline: bare spaCy "
        "en_core_web_sm (tagger, parser, NER) over the same texts in one process, timed in the same run. "
        f"Coding times exclude start-up (models are loaded first, see below); the {w}-process figures use a "
        "pool whose workers have already loaded their models.", "",
        f"How far this machine scales right now: bare spaCy, the same texts in one process and in {w} "
        f"processes at once, gives {scaling:.2f}x the throughput with {w} processes (models loaded "
        "first). That is the ceiling for the speed-ups below.", "",
        f"| articles | words | events | baseline words/s | pipeline words/s (1 proc) | ratio to baseline | "
        f"articles/s (1 proc) | words/s ({w} procs) | articles/s ({w} procs) | speed-up {w} vs 1 | same events |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|",
    ]  # fmt: skip
    for r in rows:
        lines.append(
            f"| {r['articles']} | {r['words']} | {r['events']} | {r['words'] / r['baseline_s']:.0f} | "
            f"{r['words'] / r['one_s']:.0f} | {r['baseline_s'] / r['one_s']:.2f} | {r['articles'] / r['one_s']:.1f} | "
            f"{r['words'] / r['par_s']:.0f} | {r['articles'] / r['par_s']:.1f} | {r['one_s'] / r['par_s']:.2f}x | "
            f"{'yes' if r['parallel_identical'] else 'NO'} |"
        )
    last = rows[-1]
    total = sum(last["stage_times"].values()) or 1.0
    lines += [
        "",
        f"Peak RSS: one process (pipeline and baseline in the benchmark process) {one_peak:.0f} MiB; "
        f"{w} worker processes: {pool_rss.peak_child:.0f} MiB the largest, {pool_rss.peak_children:.0f} MiB together.",
        "",
        f"Start-up (not in the coding times): building the pipeline {startup['build_s']:.1f} s, then loading the "
        f"models it loads lazily (spaCy, knowledge base, gazetteer, classifier and sentence encoder) "
        f"{startup['warm_s']:.1f} s in one process; starting {w} worker processes that load theirs in "
        f"parallel {startup['pool_s']:.1f} s.",
        "",
        f"Time per stage ({last['articles']} articles, one process):",
        "",
        "| stage | seconds | share |",
        "|---|---:|---:|",
    ]
    lines += [f"| {k} | {v:.2f} | {v / total:.0%} |" for k, v in last["stage_times"].items()]
    events_stage = next((k for k in uncached["stage_times"] if k.startswith("events.")), "events")
    events_s = uncached["stage_times"].get(events_stage, 0.0)
    lines += [
        "",
        f"All runs keep at most {os.environ['DYADWATCH_EMBEDDING_CACHE']} sentence embeddings per process "
        f"(DYADWATCH_EMBEDDING_CACHE), so the corpus's repeated paragraphs rarely make embeddings free. With "
        f"the cache emptied before every article (a "
        f"fresh sample of {uncached['articles']} articles, {uncached['words']} words, one process) the pipeline "
        f"codes {uncached['words'] / uncached['s']:.0f} words/s, with {events_stage} taking {events_s:.1f} s of "
        f"{uncached['s']:.1f} s: expect that on real news, whose sentences do not repeat.",
    ]
    if dask:
        lines += [
            "", f"Dask engine, {dask['articles']} articles ({dask['words']} words), local cluster on 127.0.0.1, "
            f"one thread per worker, {args.shard_size} articles per task:", "",
            "| workers | cluster start s | model loading s | coding s | coding words/s | worker CPU s (cores got) "
            "| wall incl. start-up s | tasks | events | peak RSS per worker MiB | peak RSS all MiB |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]  # fmt: skip
        for n, d in dask["runs"].items():
            lines.append(
                f"| {n} | {d['cluster_s']:.1f} | {d['load_s']:.1f} | {d['code_s']:.1f} | "
                f"{dask['words'] / d['code_s']:.0f} | {d['cpu_s']:.1f} ({d['cpu_s'] / d['code_s']:.2f}) | "
                f"{d['wall_s']:.1f} | {d['shards']} | {d['events']} | "
                f"{d['peak_worker_mib']:.0f} | {d['peak_all_mib']:.0f} |"
            )
        lines += [
            "",
            f"Speed-up from one to two workers: coding {dask['speedup_code']:.2f}x, wall time including cluster "
            f"start and model loading {dask['speedup_wall']:.2f}x "
            f"(same events: {'yes' if dask['identical'] else 'NO'}). Worker CPU s is the CPU time the workers "
            "spent coding; divided by the coding wall time it is the number of cores they actually got, which "
            "on a shared machine can be less than the number of workers. CPU per article with two workers "
            f"relative to one: {dask['runs'][2]['cpu_s'] / dask['runs'][1]['cpu_s']:.2f} "
            "(1.00 = no parallel overhead).",
        ]
    base = sum(r["words"] for r in rows) / sum(r["baseline_s"] for r in rows)
    lines += [
        "",
        f"10,000 words/s on {w} cores would need {10_000 / (base * w):.2f}x the bare spaCy baseline per core "
        f"({base:.0f} words/s here), while the pipeline parses every sentence with that same model and then codes it.",
    ]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


LOAD_BEFORE = os.getloadavg()


if __name__ == "__main__":
    main()
