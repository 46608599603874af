"""Synthetic inputs shared by the benches: a fully answered 工贸 2023 inspection and generated rulebooks."""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from engine.assess import Assessment, Engine  # noqa: E402
from engine.inspection import Inspection, validate_inspection  # noqa: E402
from engine.models import FactDef, FactType  # noqa: E402
from engine.rulebook import Rulebook, facts_used  # noqa: E402

GONGMAO = "gongmao-2023"
# wall clock by default; HAZARD_BENCH_CLOCK=cpu times each call by this thread's CPU time instead (ZEN, CLIPS and
# durable-rules all run on the calling thread), which a busy shared machine's preemption does not inflate
CLOCK = time.thread_time_ns if os.environ.get("HAZARD_BENCH_CLOCK") == "cpu" else time.perf_counter_ns
DATE = "2025-06-01"  # 工贸 2023 in force


def percentiles(fn: Callable[[], Any], runs: int, warmup: int, budget_s: float | None = None,
                min_runs: int = 5) -> tuple[float, float, int]:
    """p50 and p99 of one call in ms, and the number of timed calls (stops early once `budget_s` is spent)."""
    for _ in range(warmup):
        fn()
    samples: list[int] = []
    deadline = None if budget_s is None else CLOCK() + int(budget_s * 1e9)
    for _ in range(runs):
        start = CLOCK()
        fn()
        end = CLOCK()
        samples.append(end - start)
        if deadline is not None and end > deadline and len(samples) >= min_runs:
            break
    return (*p50_p99(samples), len(samples))


def p50_p99(samples_ns: list[int]) -> tuple[float, float]:
    """Median and 99th percentile of timings in ns, in ms."""
    ordered = sorted(samples_ns)
    return statistics.median(ordered) / 1e6, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] / 1e6


def interleaved(calls: dict[str, Callable[[], Any]], runs: int, warmup: int, rounds: int = 10) -> dict[
        str, tuple[float, float]]:
    """p50 and p99 in ms of several calls timed in alternating blocks, so that a busy moment hits them all alike."""
    for fn in calls.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[int]] = {name: [] for name in calls}
    block = max(1, runs // rounds)
    for _ in range(rounds):
        for name, fn in calls.items():
            for _ in range(block):
                start = CLOCK()
                fn()
                samples[name].append(CLOCK() - start)
    return {name: p50_p99(values) for name, values in samples.items()}


def interleaved_pool(calls: dict[str, tuple[Callable[[Any], Any], list[Any]]], runs: int, warmup: int,
                     rounds: int = 10) -> dict[str, tuple[float, float]]:
    """Like `interleaved`, each call taking the next of its own prepared inputs (a pool, cycled: no input repeated
    back to back); the i-th call of every peer gets the same inspection, each in the form that peer takes."""
    for fn, inputs in calls.values():
        for i in range(warmup):
            fn(inputs[i % len(inputs)])
    samples: dict[str, list[int]] = {name: [] for name in calls}
    block = max(1, runs // rounds)
    for round_ in range(rounds):
        for name, (fn, inputs) in calls.items():
            size, out = len(inputs), samples[name]
            for i in range(round_ * block, (round_ + 1) * block):
                x = inputs[i % size]
                start = CLOCK()
                fn(x)
                out.append(CLOCK() - start)
    return {name: p50_p99(values) for name, values in samples.items()}


def rss_bytes() -> int:
    """Resident set size of this process (psutil when installed, else /proc/self/statm)."""
    try:
        import psutil
    except ImportError:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return int(psutil.Process().memory_info().rss)


def synthetic_value(fact: FactDef, rng: random.Random) -> Any:
    """A random valid answer."""
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


def standard_fact_codes(book: Rulebook, standard_id: str) -> list[str]:
    """Every fact one edition reads: scope, notices, article and criterion applicability, conditions."""
    std = book.standards[standard_id]
    conditions = [std.applies_when] if std.applies_when is not None else []
    conditions += [n.when for n in std.notices]
    for crit in book.criteria_of(standard_id):
        conditions += [cond for cond, _ in crit.applicability()] + [crit.definition.when]
    return list(dict.fromkeys(code for cond in conditions for code in facts_used(cond)))


def full_facts(book: Rulebook, standard_id: str, seed: int) -> dict[str, Any]:
    """Raw answers to every fact of an edition; profile answered so that every criterion applies."""
    rng = random.Random(seed)
    facts = {code: synthetic_value(book.facts[code], rng) for code in sorted(standard_fact_codes(book, standard_id))}
    for code in facts:
        fact = book.facts[code]
        if fact.profile and fact.type is FactType.list:
            facts[code] = list(fact.values)  # every sector: every article's scope holds
        elif fact.profile and fact.type is FactType.bool:
            facts[code] = True
    return facts


def scope_fact_codes(book: Rulebook, standard_id: str) -> set[str]:
    """The facts an edition's scope layers read (its applies_when, its articles' and criteria's applicability)."""
    std = book.standards[standard_id]
    conditions = [std.applies_when] if std.applies_when is not None else []
    for crit in book.criteria_of(standard_id):
        conditions += [cond for cond, _ in crit.applicability()]
    return {code for cond in conditions for code in facts_used(cond)}


def partial_facts(book: Rulebook, standard_id: str, seed: int, fraction: float) -> dict[str, Any]:
    """A random `fraction` of an edition's facts answered, its scope facts always (so every criterion applies)."""
    facts = full_facts(book, standard_id, seed)
    scope = scope_fact_codes(book, standard_id)
    rng = random.Random(seed * 7919 + int(fraction * 1000))
    rest = sorted(code for code in facts if code not in scope)
    kept = set(rng.sample(rest, round(len(rest) * fraction)))
    return {code: value for code, value in facts.items() if code in scope or code in kept}


def inspection_pool(engine: Engine, fraction: float, size: int, standard_id: str = GONGMAO,
                    first_seed: int = 1) -> list[Inspection]:
    """`size` validated random inspections of one edition (scope its family), `fraction` of the facts answered."""
    book = engine.book
    family = book.standards[standard_id].family
    pool = []
    for seed in range(first_seed, first_seed + size):
        facts = full_facts(book, standard_id, seed) if fraction >= 1 else partial_facts(book, standard_id, seed,
                                                                                          fraction)
        pool.append(validate_inspection({"inspection": {"date": DATE, "scope": [family]}, "facts": facts}, book))
    return pool


def full_inspection(engine: Engine, seed: int, standard_id: str = GONGMAO) -> Inspection:
    """A validated, fully answered inspection of one edition (scope limited to its family)."""
    book = engine.book
    family = book.standards[standard_id].family
    data = {"inspection": {"date": DATE, "scope": [family]}, "facts": full_facts(book, standard_id, seed)}
    return validate_inspection(data, book)


def check_full(assessment: Assessment, standard_id: str) -> None:
    """A fully answered inspection must leave no criterion of the edition undetermined or not applicable."""
    bad = [(f.criterion, f.status) for f in assessment.findings
           if f.standard == standard_id and f.status in ("undetermined", "not_applicable")]
    if bad:
        raise SystemExit(f"synthetic inspection is not fully answered / applicable: {bad[:5]} ...")


def hazards(assessment: Assessment, standard_id: str) -> set[str]:
    """Criterion ids of one edition found to be 重大事故隐患."""
    return {f.criterion for f in assessment.findings if f.standard == standard_id and f.status == "hazard"}


# --- synthetic rulebooks ---------------------------------------------------------------------------------------

SYNTH_ID = "synth-2024"
PER_ARTICLE = 8  # like 工贸 2023: 64 criteria in 11 articles
POOL = 200  # fact pool; 工贸 2023 reads 198 facts
ENUM_VALUES = ["甲", "乙", "丙", "丁"]
LIST_VALUES = ["泄爆", "惰化", "抑爆", "隔爆", "喷淋"]


def _pool_facts(pool: int) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = [{"code": "profile.synthetic", "question": "是否合成企业？", "type": "bool",
                                    "profile": True}]
    kinds = ["bool", "bool", "integer", "number", "enum", "device", "list"]
    for i in range(pool):
        kind = kinds[i % len(kinds)]
        fact: dict[str, Any] = {"code": f"synth.f{i:04d}", "question": f"合成事实{i}？", "type": kind}
        if kind == "integer":
            fact["unit"] = "人"
        elif kind == "number":
            fact["unit"] = "m"
        elif kind == "enum":
            fact["allowed"] = ENUM_VALUES
        elif kind == "list":
            fact["allowed"] = LIST_VALUES
        facts.append(fact)
    return facts


def _leaf(fact: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    code, kind = fact["code"], fact["type"]
    if kind == "bool":
        return {"fact": code, "eq": rng.random() < 0.5}
    if kind == "integer":
        return {"fact": code, rng.choice(["gt", "ge", "le"]): rng.randint(2, 18), "unit": "人"}
    if kind == "number":
        return {"fact": code, rng.choice(["gt", "lt"]): float(rng.randint(10, 90)), "unit": "m"}
    if kind == "enum":
        return {"fact": code, "in": rng.sample(ENUM_VALUES, 2)}
    if kind == "device":
        return {"fact": code, "effective": False}
    return rng.choice([{"fact": code, "empty": True}, {"fact": code, "contains": rng.choice(LIST_VALUES)},
                       {"fact": code, "contains_any": rng.sample(LIST_VALUES, 2)}])


def _condition(facts: list[dict[str, Any]], rng: random.Random) -> dict[str, Any]:
    """all/any of 2–4 tests (sometimes a nested any or a not), like the 工贸 criteria."""
    leaves: list[dict[str, Any]] = [_leaf(f, rng) for f in rng.sample(facts, rng.randint(2, 4))]
    if rng.random() < 0.25:
        leaves[-1] = {"not": leaves[-1]}
    if rng.random() < 0.3 and len(leaves) >= 3:
        leaves = [*leaves[:-2], {"any": leaves[-2:]}]
    return {rng.choice(["all", "all", "any"]): leaves}


class _PlainDumper(yaml.SafeDumper):
    """Writes shared lists out in full: the rules loader refuses YAML anchors and aliases (yaml_alias)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(data: Any, sort_keys: bool = True) -> str:
    return yaml.dump(data, Dumper=_PlainDumper, allow_unicode=True, sort_keys=sort_keys)


def write_rulebook(root: Path, criteria: int, seed: int = 1, pool: int = POOL) -> None:
    """A rules folder (same YAML format as rules/) with one edition of `criteria` generated criteria."""
    rng = random.Random(seed)
    facts = _pool_facts(pool)
    (root / "_facts").mkdir(parents=True)
    (root / "_facts" / "synthetic.yaml").write_text(_dump({"facts": facts}),
                                                    encoding="utf-8")
    folder = root / SYNTH_ID
    folder.mkdir()
    standard = {"id": SYNTH_ID, "family": "synth", "title": "合成判定标准", "document_number": "合成令第1号",
                "effective_from": "2024-01-01", "confidence": "confirmed", "source": "bench/synth.py",
                "scope": "合成企业", "applies_when": {"fact": "profile.synthetic", "eq": True}}
    (folder / "standard.yaml").write_text(_dump(standard), encoding="utf-8")
    observed = facts[1:]
    articles = (criteria + PER_ARTICLE - 1) // PER_ARTICLE
    for a in range(articles):
        count = min(PER_ARTICLE, criteria - a * PER_ARTICLE)
        topic = rng.sample(observed, min(len(observed), 24))  # an article reads one topic's facts
        items = [{"id": f"{SYNTH_ID}.{a + 1}.{i + 1}", "item": f"（{i + 1}）", "text": f"合成第{a + 1}条第{i + 1}项。",
                  "confidence": "confirmed", "when": _condition(topic, rng)} for i in range(count)]
        article = {"article": f"第{a + 1}条", "scope": "合成企业", "criteria": items}
        (folder / f"{a + 1:04d}.yaml").write_text(_dump(article, sort_keys=False),
                                                   encoding="utf-8")


def synthetic_inspection(engine: Engine, seed: int) -> Inspection:
    """Every fact of the generated catalog answered (the same input size at every rulebook size)."""
    rng = random.Random(seed)
    book = engine.book
    facts = {code: synthetic_value(fact, rng) for code, fact in sorted(book.facts.items())}
    facts["profile.synthetic"] = True
    return validate_inspection({"inspection": {"date": DATE}, "facts": facts}, book)
