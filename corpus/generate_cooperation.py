"""Generate the cooperative half of the labelled event corpus: ``corpus/events/cooperation.jsonl``.

Types: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST (CAMEO 02 appeals and
10 demands), plus news-like sentences that code no event at all (plover_type NONE, cameo null).

Every sentence comes from a hand-written frame (``corpus/coop_frames/*.py``) filled from the actor
and phrase pools in ``corpus/coop_frames/pools.py``. A frame gives one template per stance; the
trigger is written in square brackets and the actors as ``{S}`` (source) and ``{T}`` (target), so
the labels (trigger, source and target spans) are exact by construction. Whole frames go to the
``dev`` split, never single sentences, so dev measures unseen wording.

Pure standard library and seeded: the same frames always give the same file.
Run: ``python corpus/generate_cooperation.py`` (``--check`` only validates the existing file).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from coop_frames import FRAMES, HAND_WRITTEN  # noqa: E402
from coop_frames.render import render_frame  # noqa: E402
from stats import validate_records, withdrawn_frames  # noqa: E402

OUT = HERE / "events" / "cooperation.jsonl"
SEED = 20261122
DEV_SHARE = 0.15


def dev_frames(frames) -> set[str]:
    """About 15% of each type's frames, chosen by a stable hash so that adding a frame never moves
    another frame between splits."""
    by_type: dict[str, list[str]] = {}
    for frame in frames:
        by_type.setdefault(frame.ptype, []).append(frame.fid)
    chosen: set[str] = set()
    for fids in by_type.values():
        ranked = sorted(fids, key=lambda f: hashlib.sha1(f.encode()).hexdigest())
        n_dev = max(1, round(len(ranked) * DEV_SHARE)) if len(ranked) >= 4 else 0
        chosen.update(ranked[:n_dev])
    return chosen


def build() -> list[dict]:
    rng = random.Random(SEED)
    frames = list(FRAMES) + list(HAND_WRITTEN)
    fids = [f.fid for f in frames]
    repeated = sorted({f for f in fids if fids.count(f) > 1})
    if repeated:
        raise SystemExit(f"frame ids used twice (rename them in corpus/coop_frames): {repeated}")
    dev = dev_frames(frames)
    records: list[dict] = []
    seen: set[str] = set()
    for frame in frames:
        for rec in render_frame(frame, rng):
            key = rec["text"].lower()
            if key in seen:
                continue
            seen.add(key)
            rec["split"] = "dev" if frame.fid in dev else "train"
            records.append(rec)
    counters: dict[str, int] = {}
    for rec in records:
        prefix = rec["plover_type"].lower()
        counters[prefix] = counters.get(prefix, 0) + 1
        rec["id"] = f"coop-{prefix}-{counters[prefix]:04d}"
    withdrawn = withdrawn_frames()  # after numbering, so that the other sentences keep their ids
    return [rec for rec in records if rec["frame"] not in withdrawn]


FIELD_ORDER = ("id", "text", "plover_type", "cameo", "mode", "stance", "source", "target", "trigger",
               "context", "split", "frame")  # fmt: skip


def main(argv: list[str]) -> int:
    if "--check" in argv:
        records = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line]
    else:
        records = build()
    problems = validate_records(records, strict=True)
    if problems:
        for problem in problems[:50]:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} invalid records; nothing written", file=sys.stderr)
        return 1
    if "--check" not in argv:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps({k: rec[k] for k in FIELD_ORDER}, ensure_ascii=False) + "\n")
    print(f"{len(records)} records {'checked' if '--check' in argv else 'written to ' + str(OUT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
