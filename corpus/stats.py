"""Validate the labelled event corpus and print its counts per type, stance and split.

Run: ``python corpus/stats.py`` (prints the markdown tables used in corpus/README.md and exits 1 if
any record is invalid), ``--update-readme`` (also rewrites the README's Counts section) or ``--check``
(validation only). Pure standard library; reads every ``corpus/events/*.jsonl``.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CAMEO_TSV = HERE.parent / "src" / "dyadwatch" / "ontology" / "cameo.tsv"

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # fmt: skip
STANCES = ("asserted", "future", "hypothetical", "negated", "historical")
FIELDS = ("id", "text", "plover_type", "cameo", "mode", "stance", "source", "target", "trigger", "context",
          "split", "frame")  # fmt: skip


def _ontology():
    """Modes and contexts from the package when it is importable, so the corpus follows the code."""
    try:
        sys.path.insert(0, str(HERE.parent / "src"))
        from dyadwatch.ontology import PLOVER_CONTEXTS, PLOVER_MODES
    except ImportError as exc:  # pragma: no cover - the repo always has the package
        raise SystemExit(f"cannot import dyadwatch.ontology from {HERE.parent / 'src'}: {exc}") from exc
    return PLOVER_MODES, set(PLOVER_CONTEXTS)


def load_cameo() -> dict[str, str]:
    with CAMEO_TSV.open(encoding="utf-8") as fh:
        return {row["code"]: row["plover_type"] for row in csv.DictReader(fh, delimiter="\t")}


def _whole_words(text: str, span: str) -> bool:
    """True when ``span`` occurs in ``text`` starting and ending at word boundaries ("India" is not a
    whole-word span of "Indian trucks")."""
    start = text.find(span)
    while start >= 0:
        end = start + len(span)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(span, start + 1)
    return False


def span_warnings(records: list[dict]) -> list[str]:
    """Spans that cut through a word: legal substrings, but usually a labelling slip."""
    return [
        f"{rec.get('id')}: {name} {rec[name]!r} cuts through a word"
        for rec in records
        for name in ("source", "target", "trigger")
        if rec.get(name) and rec[name] in rec.get("text", "") and not _whole_words(rec["text"], rec[name])
    ]


def withdrawn_frames(path: Path = HERE / "withdrawn_frames.txt") -> frozenset[str]:
    """The frames the generators must not emit (see the file's header for why)."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def validate_records(records: list[dict], strict: bool = False) -> list[str]:
    """Every problem found, as '<id>: <what is wrong>'; an empty list means the records are valid.
    ``strict`` also rejects spans that cut through a word (see ``span_warnings``)."""
    modes, contexts = _ontology()
    cameo = load_cameo()
    problems: list[str] = []
    seen_ids: set[str] = set()
    seen_text: set[str] = set()
    for i, rec in enumerate(records):
        rid = rec.get("id", f"#{i}")

        def bad(msg: str, rid: str = rid) -> None:
            problems.append(f"{rid}: {msg}")

        missing = [f for f in FIELDS if f not in rec]
        if missing:
            bad(f"missing fields {missing}")
            continue
        if rid in seen_ids:
            bad("duplicate id")
        seen_ids.add(rid)
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            bad("empty text")
            continue
        if text.lower() in seen_text:
            bad("duplicate text")
        seen_text.add(text.lower())
        ptype, code = rec["plover_type"], rec["cameo"]
        if ptype != "NONE" and ptype not in PLOVER_TYPES:
            bad(f"unknown plover_type {ptype!r}")
        if ptype == "NONE":
            if code is not None and not (code in cameo and code.startswith("01")):
                bad(f"NONE sentence with non-statement cameo {code!r}")
        elif code not in cameo:
            bad(f"cameo {code!r} not in cameo.tsv")
        elif cameo[code] != ptype:
            bad(f"cameo {code} is {cameo[code]} in cameo.tsv, not {ptype}")
        elif len(code) == 2:
            bad(f"root-only cameo {code}: use a 3- or 4-digit code")
        if rec["mode"] is not None and rec["mode"] not in modes.get(ptype, ()):
            bad(f"mode {rec['mode']!r} is not a PLOVER mode of {ptype}")
        if rec["stance"] not in STANCES:
            bad(f"unknown stance {rec['stance']!r}")
        if not isinstance(rec["context"], list) or set(rec["context"]) - contexts:
            bad(f"unknown contexts {set(rec['context']) - contexts}")
        for span in ("source", "target", "trigger"):
            value = rec[span]
            if value is not None and (not value or value not in text):
                bad(f"{span} {value!r} is not a substring of the text")
        if ptype != "NONE" and not rec["trigger"]:
            bad("event without a trigger")
        if rec["split"] not in ("train", "dev"):
            bad(f"split must be train or dev, not {rec['split']!r}")
        if not rec["frame"]:
            bad("empty frame id")
    # A frame is wholly train or wholly dev, or dev would measure memorised templates.
    split_of: dict[str, set[str]] = {}
    for rec in records:
        split_of.setdefault(rec.get("frame"), set()).add(rec.get("split"))
    problems += [f"frame {f}: in both splits" for f, s in split_of.items() if len(s) > 1]
    if strict:
        problems += span_warnings(records)
        # A leftover template slot or trigger bracket means a frame was rendered wrongly.
        problems += [f"{r.get('id')}: template residue in text" for r in records if re.search(r"[{}\[\]]", r["text"])]
    return problems


def load_all(folder: Path = HERE / "events") -> dict[str, list[dict]]:
    return {
        p.name: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        for p in sorted(folder.glob("*.jsonl"))
    }


def table(records: list[dict]) -> str:
    by_type: dict[str, Counter] = {}
    for rec in records:
        by_type.setdefault(rec["plover_type"], Counter())[rec["stance"]] += 1
        by_type[rec["plover_type"]][rec["split"]] += 1
    order = [t for t in (*PLOVER_TYPES, "NONE") if t in by_type]
    head = "| type | total | " + " | ".join(STANCES) + " | train | dev |"
    lines = [head, "|" + "---|" * (len(STANCES) + 4)]
    totals = Counter()
    for t in order:
        c = by_type[t]
        n = c["train"] + c["dev"]
        totals.update(c)
        lines.append(f"| {t} | {n} | " + " | ".join(str(c[s]) for s in STANCES) + f" | {c['train']} | {c['dev']} |")
    n = totals["train"] + totals["dev"]
    lines.append(f"| **all** | {n} | " + " | ".join(str(totals[s]) for s in STANCES)
                 + f" | {totals['train']} | {totals['dev']} |")  # fmt: skip
    return "\n".join(lines)


COUNTS_INTRO = (
    "## Counts\n\nRegenerate with `.venv/bin/python corpus/stats.py --update-readme` (tables as of the last\n"
    "rebuild; each generator is run separately, so rerun this after either one).\n\n"
)


def update_readme(report: str, readme: Path = HERE / "README.md") -> None:
    """Replace everything from the '## Counts' heading to the end of the README with ``report``."""
    text = readme.read_text(encoding="utf-8")
    head = text.split("## Counts", 1)[0]
    readme.write_text(head + COUNTS_INTRO + report.replace("### ", "#### "), encoding="utf-8")


def main(argv: list[str]) -> int:
    files = load_all()
    if not files:
        print("no corpus/events/*.jsonl files yet", file=sys.stderr)
        return 1
    failed = False
    for name, records in files.items():
        problems = validate_records(records)
        for p in problems[:20]:
            print(f"{name}: {p}", file=sys.stderr)
        if problems:
            failed = True
            print(f"{name}: {len(problems)} invalid records", file=sys.stderr)
        for w in span_warnings(records)[:10]:
            print(f"{name}: warning: {w}", file=sys.stderr)
    if "--check" in argv:
        print("valid" if not failed else "INVALID")
        return 1 if failed else 0
    parts = [f"### {name} ({len(records)} sentences)\n\n{table(records)}\n" for name, records in files.items()]
    everything = [r for recs in files.values() for r in recs]
    parts.append(f"### all files ({len(everything)} sentences)\n\n{table(everything)}\n")
    codes = Counter(r["cameo"] for r in everything if r["cameo"])
    parts.append(f"{len(codes)} distinct CAMEO codes used.\n")
    report = "\n".join(parts)
    print(report)
    if "--update-readme" in argv and not failed:
        update_readme(report)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
