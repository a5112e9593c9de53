"""Rebuild src/dyadwatch/ontology/cameo.tsv from the public PLOVER references.

Reads the official CAMEO->PLOVER table (PLOVER project, CC BY-SA 4.0) and the CAMEO Goldstein
scale (GDELT's public lookup) from ../shared/ontology and writes the project's own table of
facts: code, name, PLOVER type, mode, context and Goldstein score per CAMEO code. CAMEO roots
01 (statements) and 02 (appeals) are absent from the conversion table; their names come from the
CAMEO codebook and their PLOVER type is "" for 01 (PLOVER does not code bare statements) and
REQUEST for 02, as the PLOVER manual's REQUEST section says.

    python scripts/build_ontology.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

STATEMENT_AND_APPEAL_NAMES = {
    "01": "Make public statement",
    "010": "Make statement, not specified below",
    "011": "Decline comment",
    "012": "Make pessimistic comment",
    "013": "Make optimistic comment",
    "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility",
    "017": "Engage in symbolic act",
    "018": "Make empathetic comment",
    "019": "Express accord",
    "02": "Appeal",
    "020": "Make an appeal or request, not specified below",
    "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation",
    "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation",
    "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation, such as policy support",
    "023": "Appeal for aid",
    "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid",
    "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership",
    "0242": "Appeal for policy change",
    "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime",
    "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions",
    "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute",
    "028": "Appeal to others to engage in or accept mediation",
}
APPEAL_MODE = {
    "021": "assist",
    "022": "assist",
    "023": "assist",
    "024": "change",
    "025": "yield",
    "026": "meet",
    "027": "meet",
    "028": "meet",
}
# The PLOVER table still names root 20 and a few codes with the pre-2021 type names.
RENAMED = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
LINE = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = parser.parse_args()
    ontology = Path(args.shared) / "ontology"
    goldstein = {}
    for row in (ontology / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]:
        code, score = row.split("\t")
        goldstein[code.strip()] = float(score)
    rows: dict[str, dict[str, str]] = {}
    for raw in (ontology / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = LINE.match(raw.strip())
        if not m:
            continue
        code, mapping, name = m.group(1), m.group(2), (m.group(3) or "").strip()
        parts = [p.strip() for p in mapping.split(",")] + ["", "", ""]
        plover = RENAMED.get(parts[0], parts[0])
        rows[code] = {
            "code": code,
            "name": name,
            "plover_type": plover,
            "plover_mode": parts[1],
            "plover_context": parts[2],
        }
    for code, name in STATEMENT_AND_APPEAL_NAMES.items():
        plover = "REQUEST" if code.startswith("02") else ""
        rows[code] = {
            "code": code,
            "name": name,
            "plover_type": plover,
            "plover_mode": APPEAL_MODE.get(code[:3], ""),
            "plover_context": "",
        }
    for code, row in rows.items():
        if not row["name"]:
            # Root lines ("03: AGREE") carry no name: take the 'not specified' child's name.
            child = rows.get(code + "0")
            row["name"] = (child["name"] if child else row["plover_type"].title()).split(",")[0]
        if not row["plover_type"] and not code.startswith("01"):
            row["plover_type"] = rows[code[:2]]["plover_type"]
        row["goldstein"] = str(goldstein.get(code, goldstein.get(code[:3], goldstein.get(code[:2], 0.0))))
    out = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "ontology" / "cameo.tsv"
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(
            fh, ["code", "name", "plover_type", "plover_mode", "plover_context", "goldstein"], delimiter="\t"
        )
        writer.writeheader()
        for code in sorted(rows, key=lambda c: (c[:2], c)):
            writer.writerow(rows[code])
    print(f"wrote {len(rows)} CAMEO codes to {out}")


if __name__ == "__main__":
    main()
