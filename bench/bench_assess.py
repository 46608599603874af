"""In-process latency per assessment: each example and a synthetic fully answered inspection per edition."""

from __future__ import annotations

import platform
import sys

from synth import DATE, ROOT, full_facts, percentiles

from engine.assess import Engine
from engine.inspection import parse_inspection, validate_inspection

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2000


def main() -> None:
    engine = Engine.from_path(ROOT / "rules")
    print(f"# {platform.python_version()} on {platform.machine()}, {RUNS} runs each, ms per assessment")
    print(f"{'input':<40} {'p50 ms':>8} {'p99 ms':>8}")
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        inspection = parse_inspection(example.read_text(encoding="utf-8"), example.name, engine.book)
        p50, p99, _ = percentiles(lambda i=inspection: engine.assess(i), RUNS, warmup=50)
        print(f"{example.stem:<40} {p50:8.3f} {p99:8.3f}")
    for std in engine.book.standards.values():
        facts = full_facts(engine.book, std.id, seed=7)  # no scope: every family is assessed
        inspection = validate_inspection({"inspection": {"date": DATE}, "facts": facts}, engine.book)
        p50, p99, _ = percentiles(lambda i=inspection: engine.assess(i), RUNS, warmup=50)
        print(f"{'synthetic full ' + std.id:<40} {p50:8.3f} {p99:8.3f}  ({len(facts)} facts)")


if __name__ == "__main__":
    main()
