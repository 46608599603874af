"""In-process latency per inspection: each example and a synthetic fully answered inspection per edition.

Two columns per input: `Engine.evaluate` (the decision: a status per criterion, durable-rules included) and
`Engine.assess` (the decision explained: findings with citation and evidence, notices, follow-up actions).
"""

from __future__ import annotations

import platform
import sys

from synth import DATE, ROOT, full_facts, interleaved

from engine.assess import Engine
from engine.inspection import Inspection, parse_inspection, validate_inspection

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2000


def row(engine: Engine, label: str, inspection: Inspection, extra: str = "") -> None:
    """One input: evaluate and assess timed in alternating blocks."""
    timed = interleaved({"evaluate": lambda: engine.evaluate(inspection), "assess": lambda: engine.assess(inspection)},
                        RUNS, warmup=50)
    (e50, e99), (a50, a99) = timed["evaluate"], timed["assess"]
    print(f"| {label} | {e50:.3f} | {e99:.3f} | {a50:.3f} | {a99:.3f} | **{a50 / e50:.1f}** |{extra}", flush=True)


def main() -> None:
    engine = Engine.from_path(ROOT / "rules")
    print(f"# {platform.python_version()} on {platform.machine()}, {RUNS} runs each, ms per call")
    print("| input | evaluate p50 | p99 | assess p50 | p99 | **assess/evaluate** |")
    print("|---|--:|--:|--:|--:|--:|")
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        row(engine, example.stem, parse_inspection(example.read_text(encoding="utf-8"), example.name, engine.book))
    for std in engine.book.standards.values():
        facts = full_facts(engine.book, std.id, seed=7)  # no scope: every family is assessed
        inspection = validate_inspection({"inspection": {"date": DATE}, "facts": facts}, engine.book)
        row(engine, f"synthetic full {std.id}", inspection, f" {len(facts)} facts")


if __name__ == "__main__":
    main()
