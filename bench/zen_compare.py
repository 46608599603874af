"""Side by side in one run: our Engine.assess vs GoRules ZEN (zen-engine) on the same 工贸 2023 criteria.

Our criteria are compiled to one ZEN decision graph (bench/zen_graph.py). For every input the set of criteria ZEN
says true must equal our `hazard` findings (checked before timing; any mismatch is printed and the exit code is 1).
Then, per input: our `Engine.assess(inspection)` p50/p99 and ZEN's p50/p99 per call, the call including the
conversion of our flat facts into the nested dict a ZEN user passes and reading the true keys back.

Two ZEN call paths are timed (both synchronous):
- `engine.evaluate(key, ctx)` with a loader returning a pre-built `ZenDecisionContent` — the fast path the ZEN docs
  recommend; the ratio ours/zen uses it;
- `decision.evaluate(ctx)` on `engine.create_decision(json)` — the basic usage in the ZEN README.

Ours is timed twice: `Engine.evaluate` (the decision: a status per criterion, durable-rules firing the hazards, the
two-valued pass only where a fact is unanswered — what ZEN's booleans are compared with) and `Engine.assess` (the
decision explained: citations, evidence, missing facts, notices, follow-up actions). The durable-rules share is
`Runtime.fired` over the edition's rulesets. The four calls are timed in alternating blocks (`synth.interleaved`).

Inputs: synthetic fully answered 工贸 inspections (every fact answered, all 64 criteria applicable) for several seeds,
and the examples whose scope is [gongmao]; for those, unanswered facts are absent from ZEN's input (null in ZEN).

    .venv/bin/python bench/zen_compare.py [--runs 300] [--zen-runs 2000] [--seeds 1,2,3,4,5] [--dump graph.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import synth  # noqa: E402
import zen  # noqa: E402
from zen_graph import FactNester, ZenCompiler, decision_graph, key_of  # noqa: E402

from engine.assess import Engine  # noqa: E402
from engine.inspection import Inspection, parse_inspection  # noqa: E402

ROOT = synth.ROOT
GONGMAO = synth.GONGMAO


def percentiles(fn: Callable[[], Any], runs: int, warmup: int) -> tuple[float, float]:
    """p50 and p99 of one call, in ms."""
    p50, p99, _ = synth.percentiles(fn, runs, warmup)
    return p50, p99


def gongmao_examples(engine: Engine) -> list[tuple[str, Inspection]]:
    """The examples whose inspection scope is exactly [gongmao]."""
    found = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        inspection = parse_inspection(path.read_text(encoding="utf-8"), path.name, engine.book)
        if inspection.info.scope == ["gongmao"]:
            found.append((path.stem, inspection))
    return found


class Zen:
    """The compiled ZEN decision and the two ways of calling it."""

    def __init__(self, engine: Engine):
        book = engine.book
        self.criteria = book.criteria_of(GONGMAO)
        self.graph = decision_graph(book, self.criteria)
        self.json = json.dumps(self.graph, ensure_ascii=False)
        self.keys = {key_of(c.id): c.id for c in self.criteria}
        self.nest = FactNester(book)
        start = time.perf_counter()
        content = zen.ZenDecisionContent(self.json)
        self.engine = zen.ZenEngine({"loader": lambda key: content})
        self.decision = self.engine.create_decision(self.json)
        self.compile_ms = (time.perf_counter() - start) * 1000

    def via_engine(self, facts: dict[str, Any]) -> list[str]:
        """engine.evaluate(key, ctx) with a pre-built ZenDecisionContent behind the loader."""
        result = self.engine.evaluate(GONGMAO, self.nest(facts))["result"]
        return [k for k, v in result.items() if v is True]

    def via_decision(self, facts: dict[str, Any]) -> list[str]:
        """decision.evaluate(ctx) on create_decision(json)."""
        result = self.decision.evaluate(self.nest(facts))["result"]
        return [k for k, v in result.items() if v is True]

    def true_set(self, keys: list[str]) -> set[str]:
        """Criterion ids of the true output keys."""
        return {self.keys[k] for k in keys}


def check(engine: Engine, z: Zen, name: str, inspection: Inspection) -> list[str]:
    """Our hazard set vs ZEN's true set (both call paths); a message per disagreement."""
    ours = synth.hazards(engine.assess(inspection), GONGMAO)
    problems = []
    for label, call in (("engine.evaluate", z.via_engine), ("decision.evaluate", z.via_decision)):
        theirs = z.true_set(call(inspection.facts))
        if theirs != ours:
            compiler = ZenCompiler(engine.book)
            for cid in sorted(ours ^ theirs):
                side = "ours only" if cid in ours else "zen only"
                expr = compiler.criterion(engine.book.criteria[cid])
                problems.append(f"MISMATCH {name} [{label}] {cid} ({side}): {expr}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300, help="timed runs of our engine per input")
    parser.add_argument("--zen-runs", type=int, default=2000, help="timed runs of ZEN per input")
    parser.add_argument("--seeds", default="1,2,3,4,5", help="seeds of the synthetic full inspections")
    parser.add_argument("--dump", type=Path, help="write the ZEN decision graph (JDM JSON) here")
    args = parser.parse_args()

    engine = Engine.from_path(ROOT / "rules")
    z = Zen(engine)
    if args.dump:
        args.dump.write_text(json.dumps(z.graph, ensure_ascii=False, indent=1), encoding="utf-8")
    chars = sum(len(e["value"]) for e in z.graph["nodes"][1]["content"]["expressions"])
    print(f"# zen_compare: Python {platform.python_version()}, zen-engine {_version('zen-engine')}, "
          f"durable_rules {_version('durable_rules')}")
    print(f"# {GONGMAO}: {len(z.criteria)} criteria → 1 expressionNode, {len(z.criteria)} expressions "
          f"({chars} chars); ZEN content+decision build {z.compile_ms:.1f} ms")
    print(f"# ours: {args.runs} runs/input; zen: {args.zen_runs} runs/input; times in ms per call")

    inputs: list[tuple[str, Inspection, str]] = []
    for seed in (int(s) for s in args.seeds.split(",") if s):
        inspection = synth.full_inspection(engine, seed)
        synth.check_full(engine.assess(inspection), GONGMAO)
        inputs.append((f"synthetic full seed {seed}", inspection, "full"))
    inputs += [(name, inspection, "partial") for name, inspection in gongmao_examples(engine)]

    problems = []
    for name, inspection, _ in inputs:
        problems += check(engine, z, name, inspection)
    for line in problems:
        print(line)
    print(f"# correctness: {len(inputs)} inputs, ZEN true set == our hazard findings on "
          f"{len(inputs) - len({p.split(' [')[0] for p in problems})}/{len(inputs)} (both ZEN call paths)")

    print()
    print("| input | facts | hazards | ours evaluate p50 | p99 | of which durable-rules p50 | ours assess p50 | p99 "
          "| zen p50 | p99 | **evaluate/zen** | assess/zen | zen decision.evaluate p50 |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    ratios: dict[str, list[float]] = {"full": [], "partial": []}
    assess_ratios: dict[str, list[float]] = {"full": [], "partial": []}
    rulesets = [r for r in engine.rulesets if r.edition == GONGMAO]
    for name, inspection, kind in inputs:
        facts = inspection.facts
        count = len(synth.hazards(engine.assess(inspection), GONGMAO))
        timed = synth.interleaved({
            "evaluate": lambda i=inspection: engine.evaluate(i),
            "durable": lambda f=facts: engine.runtime.fired(f, rulesets),
            "assess": lambda i=inspection: engine.assess(i),
            "zen": lambda f=facts: z.true_set(z.via_engine(f)),
        }, args.runs, max(10, args.runs // 10))
        dec50, _ = percentiles(lambda f=facts: z.true_set(z.via_decision(f)), args.runs, 20)
        (ev50, ev99), (du50, _), (as50, as99), (zen50, zen99) = (timed[k] for k in ("evaluate", "durable", "assess",
                                                                                    "zen"))
        ratios[kind].append(ev50 / zen50)
        assess_ratios[kind].append(as50 / zen50)
        print(f"| {name} | {len(facts)} | {count} | {ev50:.3f} | {ev99:.3f} | {du50:.3f} | {as50:.3f} | {as99:.3f} "
              f"| {zen50:.3f} | {zen99:.3f} | **{ev50 / zen50:.2f}** | {as50 / zen50:.1f} | {dec50:.3f} |", flush=True)
    nest50, _ = percentiles(lambda: z.nest(inputs[0][1].facts), args.zen_runs, 200)
    print()
    for kind, values in ratios.items():
        if values:
            print(f"# evaluate/zen p50 on {kind} inputs: median {statistics.median(values):.2f}, "
                  f"range {min(values):.2f}–{max(values):.2f}; assess/zen median "
                  f"{statistics.median(assess_ratios[kind]):.1f}")
    print(f"# of ZEN's time, the facts → nested dict conversion (full input) is {nest50 * 1000:.1f} µs p50")
    if problems:
        sys.exit(1)


def _version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


if __name__ == "__main__":
    main()
