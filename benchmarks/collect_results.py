"""Gather the benchmark reports into benchmarks/RESULTS.md.

Each benchmark writes its own report (EVAL.md, ACTORS.md, WHEN_WHERE.md, THROUGHPUT.md, WEB.md)
with the command that made it; this puts them under one roof, in a fixed order.

    python benchmarks/collect_results.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = [
    ("EVAL.md", "Event coding accuracy (`dyadwatch eval`)"),
    ("EVENTS.md", "Event stage: grammar features and speed"),
    ("ACTORS.md", "Actor resolution"),
    ("WHEN_WHERE.md", "Event dates and locations"),
    ("READERS.md", "Readers"),
    ("THROUGHPUT.md", "Throughput"),
    ("WEB.md", "Web API"),
]


def main() -> None:
    out = [
        "# Benchmark results",
        "",
        "Every number below was made by the command shown with it, on the 2-core development machine.",
        "The evaluation sets in `../shared/eval` are third-party labelled sentences used only to measure:",
        "the coder is never trained on them. A change that lowers a number must say so.",
        "",
    ]
    for name, title in PARTS:
        path = HERE / name
        if not path.exists():
            continue
        body = path.read_text(encoding="utf-8").strip().splitlines()
        if body and body[0].startswith("# "):
            body = body[1:]
        out += [
            f"## {title}",
            "",
            f"(from [{name}]({name}))",
            *("#" + line if line.startswith("#") else line for line in body),
            "",
        ]
    (HERE / "RESULTS.md").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
