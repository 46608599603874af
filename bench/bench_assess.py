"""In-process latency per assessment: each example and a synthetic fully answered inspection per edition."""

from __future__ import annotations

import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.assess import Engine  # noqa: E402
from engine.inspection import Inspection, parse_inspection, validate_inspection  # noqa: E402
from engine.models import FactDef, FactType  # noqa: E402

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2000


def synthetic_value(fact: FactDef, rng: random.Random) -> Any:
    if fact.type is FactType.bool:
        return rng.random() < 0.5
    if fact.type is FactType.integer:
        return rng.randint(0, 20)
    if fact.type is FactType.number:
        return round(rng.uniform(0, 100), 1)
    if fact.type is FactType.list:
        return rng.sample(list(fact.values), k=rng.randint(0, len(fact.values)))
    if fact.type is FactType.date:
        return "2025-01-01"
    return rng.choice(list(fact.values))


def time_it(engine: Engine, inspection: Inspection) -> tuple[float, float]:
    for _ in range(50):
        engine.assess(inspection)
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        engine.assess(inspection)
        samples.append(time.perf_counter() - start)
    samples.sort()
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.99)] * 1000


def main() -> None:
    engine = Engine.from_path(ROOT / "rules")
    print(f"# {platform.python_version()} on {platform.machine()}, {RUNS} runs each, ms per assessment")
    print(f"{'input':<40} {'p50 ms':>8} {'p99 ms':>8}")
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        inspection = parse_inspection(example.read_text(encoding="utf-8"), example.name, engine.book)
        p50, p99 = time_it(engine, inspection)
        print(f"{example.stem:<40} {p50:8.3f} {p99:8.3f}")
    rng = random.Random(7)
    for std in engine.book.standards.values():
        codes = {c for crit in engine.book.criteria_of(std.id) for c in _codes(engine, crit)}
        facts = {c: synthetic_value(engine.book.facts[c], rng) for c in sorted(codes)}
        facts["profile.sectors"] = list(engine.book.facts["profile.sectors"].values) if "profile.sectors" in facts else []
        for code, fact in engine.book.facts.items():
            if fact.profile and fact.type is FactType.bool and code in facts:
                facts[code] = True
        inspection = validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": facts}, engine.book)
        p50, p99 = time_it(engine, inspection)
        print(f"{'synthetic full ' + std.id:<40} {p50:8.3f} {p99:8.3f}  ({len(facts)} facts)")


def _codes(engine: Engine, crit: Any) -> list[str]:
    from engine.compile import _criterion_facts

    return _criterion_facts(engine.book, crit)


if __name__ == "__main__":
    main()
