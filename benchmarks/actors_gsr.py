"""Country accuracy of actor resolution on the PLOVER gold-standard records.

For every source and target actor of ``../shared/eval/plover_gsr/gold.jsonl`` whose gold code is a
country (ISO-3), resolve its ``actorText`` and compare the country:

* ``alone``: ``knowledge_base().resolve(actorText, on=record date)``;
* ``in sentence``: the sentence goes through sentences -> mentions -> actors, and the actor is the
  resolved mention that overlaps the actorText (falling back to ``alone`` when none does), so that
  coreference and apposition count.

IGO gold codes are scored apart (is the actor an IGO?). Gold codes that are not ISO-3 but old CAMEO
country codes (JAP, ITL, VTN) are mapped to ISO-3 first; IMG/ISM/NGO (non-state groups) are skipped.
Skips cleanly when ``../shared`` is absent.

    .venv/bin/python benchmarks/actors_gsr.py            # the tables, written to benchmarks/ACTORS.md
    .venv/bin/python benchmarks/actors_gsr.py --errors   # also every error (printed only)
    .venv/bin/python benchmarks/actors_gsr.py --quick    # without the end-to-end runs (20 s instead of 50 s)

The end-to-end part codes ``plover_gsr`` and ``petrarch2_gigaword_gsr`` with the default pipeline,
with ``actors.kb.v2``'s country from context off and on, and scores the country of the coded
events' source and target (as ``dyadwatch eval`` does).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "plover_gsr" / "gold.jsonl"
LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NON_STATE = {"IMG", "ISM", "NGO", "MNC"}


def load() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(show_errors: bool = False, quick: bool = False) -> int:
    if not GOLD.exists():
        print(f"skipped: {GOLD} is absent")
        return 0
    from dyadwatch.actors import knowledge_base
    from dyadwatch.models import Article, Document
    from dyadwatch.pipeline import Pipeline

    kb = knowledge_base()
    pipeline = Pipeline.build(["sentences.spacy.v1", "mentions.spacy.v2", "actors.kb.v2"])
    records = load()
    counts: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = {"alone": Counter(), "in sentence": Counter()}
    errors: list[str] = []
    started = time.perf_counter()
    for record in records:
        on = date.fromisoformat(record.get("date") or "2000-01-01")
        text = record["text"]
        doc = pipeline.run(Document(article=Article.create(text, published=on)))
        for role in ("source_actor", "target_actor"):
            for actor in record.get(role) or []:
                gold = LEGACY.get(actor.get("code") or "", actor.get("code") or "")
                actor_text = (actor.get("actorText") or "").strip()
                if not actor_text or gold in NON_STATE:
                    continue
                alone = kb.resolve(actor_text, on=on)
                in_sentence = _in_sentence(doc, text, actor_text) or alone
                for mode, ref in (("alone", alone), ("in sentence", in_sentence)):
                    if gold == "IGO":
                        ok = ref is not None and ref.sector == "IGO"
                        counts[f"{mode} igo total"] += 1
                        counts[f"{mode} igo ok"] += ok
                    else:
                        ok = ref is not None and ref.country == gold
                        counts[f"{mode} total"] += 1
                        counts[f"{mode} ok"] += ok
                    if not ok:
                        kind = _kind(ref, actor_text, kb)
                        kinds[mode][kind] += 1
                        if mode == "in sentence":
                            got = f"{ref.code} ({ref.name})" if ref else "None"
                            errors.append(f"{kind:24} {record['id']:28} {actor_text!r} gold {gold} got {got}")
    elapsed = time.perf_counter() - started
    lines = [
        f"{len(records)} records, {elapsed:.1f} s",
        "",
        "| mode | country accuracy | IGO accuracy |",
        "|---|---|---|",
    ]
    for mode in ("alone", "in sentence"):
        total, ok = counts[f"{mode} total"], counts[f"{mode} ok"]
        itotal, iok = counts[f"{mode} igo total"], counts[f"{mode} igo ok"]
        lines.append(
            f"| {mode} | {ok}/{total} = {ok / max(total, 1):.1%} | {iok}/{itotal} = {iok / max(itotal, 1):.1%} |"
        )
    lines += ["", "| error kind (in sentence) | n |", "|---|---|"]
    lines += [f"| {kind} | {n} |" for kind, n in kinds["in sentence"].most_common()]
    print("\n".join(lines))
    if show_errors:
        print("\n" + "\n".join(sorted(errors)))
    if not quick:
        coded = coded_events()
        print("\n" + "\n".join(coded))
        lines += ["", *coded]
    from actors_report import write_section

    command = "```\n.venv/bin/python benchmarks/actors_gsr.py\n```\n\n"
    write_section("actors_gsr", f"{command}Measured {date.today().isoformat()}:\n\n" + "\n".join(lines))
    return 0


def coded_events() -> list[str]:
    """End to end: the country of the source and target of each gold sentence's coded event (the
    default pipeline, ``dyadwatch eval``'s "coded events" lines), with and without ``actors.kb.v2``'s
    country from context."""
    from dyadwatch.coding.eval_gold import load_gold
    from dyadwatch.coding.evaluate import predict, score
    from dyadwatch.pipeline import Pipeline

    lines = [
        "| gold set | country from context | source country | target country | source, coded events "
        "| target, coded events |",
        "|---|---|---|---|---|---|",
    ]
    kinds: dict[str, Counter[str]] = {}
    for name, scheme in (("plover_gsr", "plover"), ("petrarch2_gigaword_gsr", "cameo")):
        path = GOLD.parents[1] / name / "gold.jsonl"
        if not path.exists():
            continue
        items = load_gold(path)
        for context in (False, True):
            pipeline = Pipeline.build(options={"actors.kb.v2": {"context_countries": context}})
            predictions = predict(items, lambda arts, p=pipeline: p.code(arts, batch_size=32))
            report = score(items, predictions, scheme)
            if context:
                kinds[name] = _coded_kinds(items, predictions, scheme)
            cells = [
                _share(report.source_country_accuracy, report.n_source_country),
                _share(report.target_country_accuracy, report.n_target_country),
                _share(getattr(report, "source_country_coded", None), getattr(report, "n_source_country_coded", 0)),
                _share(getattr(report, "target_country_coded", None), getattr(report, "n_target_country_coded", 0)),
            ]
            lines.append(f"| {name} | {'on' if context else 'off'} | " + " | ".join(cells) + " |")
    if kinds:
        lines += ["", "Coded events by kind (country from context on):", ""]
        lines += ["| gold set | role | right | of which from the place or the own-country rule | no actor coded "
                  "| wrong country, from the grammar | wrong country, from the place or the own-country rule |",
                  "|---|---|---|---|---|---|---|"]  # fmt: skip
        for name, counts in kinds.items():
            for role in ("source", "target"):
                cells = [str(counts[f"{role}:{k}"]) for k in ("right", "right by place", "none", "grammar", "place")]
                lines.append(f"| {name} | {role} | " + " | ".join(cells) + " |")
    return lines


def _coded_kinds(items, predictions, scheme: str) -> Counter[str]:
    """Each coded event's source and target country, right or by kind of error: no actor coded in
    that role, a wrong country named by the grammar, or one that ``roles.place`` gave (the event's
    place, a domestic act's own country, a protest's government)."""
    from dyadwatch.coding.eval_gold import NONE
    from dyadwatch.coding.evaluate import _country, gold_labels

    counts: Counter[str] = Counter()
    for item, pred in zip(items, predictions, strict=True):
        golds = gold_labels(item, scheme)
        top = pred.top
        if top is None or not golds or golds == (NONE,):
            continue
        for role, gold in (("source", item.source_countries), ("target", item.target_countries)):
            if not gold:
                continue
            actor = getattr(top, role)
            by_place = actor is not None and any(f"{role} = {cue}" in (top.evidence or "") for cue in PLACE_RULE_CUES)
            if actor is not None and _country(actor) in gold:
                counts[f"{role}:right"] += 1
                counts[f"{role}:right by place"] += by_place
            elif actor is None:
                counts[f"{role}:none"] += 1
            else:
                counts[f"{role}:{'place' if by_place else 'grammar'}"] += 1
    return counts


# Evidence notes of roles.place: a role given by the place or by the own-country rules.
PLACE_RULE_CUES = ("country of the place", "the actor's own country", "the government protested against")


def _share(value: float | None, n: int) -> str:
    return "–" if value is None else f"{value:.3f} (n={n})"


def _in_sentence(doc, text: str, actor_text: str):
    start = text.find(actor_text)
    if start < 0:
        return None
    end = start + len(actor_text)
    best = None
    for rm in doc.actors:
        m = rm.mention
        if m.start < end and start < m.end and rm.actor is not None:
            overlap = min(end, m.end) - max(start, m.start)
            if best is None or overlap > best[0]:
                best = (overlap, rm.actor)
    return best[1] if best else None


def _kind(ref, actor_text: str, kb) -> str:
    if ref is None:
        return "place, not actor" if kb.is_place(actor_text) else "unresolved"
    if ref.country is None:
        return "no country (IGO/group)" if ref.sector else "no country"
    return "wrong country"


if __name__ == "__main__":
    sys.exit(main("--errors" in sys.argv, quick="--quick" in sys.argv))
