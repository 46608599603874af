"""Resident memory while assessing ever-different inspections: the engine's memos (findings, evidence) stay bounded.

`bench_scale.py`'s soak repeats one inspection, which keeps every memo at one entry. Here each call gets a different
random 工贸 inspection (seeds never repeated; a fifth of them each fully, 75, 50, 25 and 10 % answered) and RSS is
read after a gc.collect() at each checkpoint.

    .venv/bin/python bench/memory_varied.py [--total 100000] [--checkpoints 1000,10000,50000,100000]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth

from engine.assess import Engine
from engine.inspection import validate_inspection

FRACTIONS = (1.0, 0.75, 0.5, 0.25, 0.1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--checkpoints", default="1000,10000,50000,100000")
    args = parser.parse_args()
    marks = sorted({int(x) for x in args.checkpoints.split(",")} | {args.total})
    engine = Engine.from_path(synth.ROOT / "rules")
    book = engine.book
    start, done, first = time.perf_counter(), 0, None
    print("| after assessments | RSS MiB | growth vs first checkpoint |\n|--:|--:|--:|")
    for mark in marks:
        while done < mark:
            seed, fraction = 1000 + done, FRACTIONS[done % len(FRACTIONS)]
            facts = synth.full_facts(book, synth.GONGMAO, seed) if fraction >= 1 else synth.partial_facts(
                book, synth.GONGMAO, seed, fraction)
            engine.assess(validate_inspection({"inspection": {"date": synth.DATE, "scope": ["gongmao"]}, "facts": facts},
                                              book))
            done += 1
        gc.collect()
        rss = synth.rss_bytes()
        first = first or rss
        print(f"| {done:,} | {rss / 2**20:.1f} | {100 * (rss - first) / first:+.2f} % |", flush=True)
    print(f"# {done:,} different inspections in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
