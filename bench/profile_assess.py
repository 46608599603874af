"""Profile the full 工贸 2023 assessment with pyinstrument and summarise where the time goes (markdown).

The same fully answered inspection (bench/synth.py, seed 1: 201 facts, 64 criteria) is assessed `--runs` times under
the sampling profiler so that one assessment's profile has enough samples. Three tables: the stages below
`Engine.assess` (inclusive), self time grouped by package (C functions counted with the package that calls them),
and the top functions by self time.

    .venv/bin/python bench/profile_assess.py [--runs 200] [--interval 0.0002] [--html profile.html] [--tree tree.txt]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import synth  # noqa: E402
from pyinstrument import Profiler  # noqa: E402

from engine.assess import Engine  # noqa: E402
from engine.inspection import Inspection  # noqa: E402


def frames(frame: Any) -> Iterator[Any]:
    """Every frame below (and including) one frame."""
    yield frame
    for child in frame.children:
        yield from frames(child)


def is_self(frame: Any) -> bool:
    """pyinstrument keeps a frame's own time in a synthetic `[self]` child."""
    return bool(frame.is_synthetic and frame.function == "[self]")


def package(frame: Any) -> str:
    """`durable`, `json`, `pydantic`, `engine/logic.py`, …; a C function takes its Python caller's package."""
    path = frame.file_path_short or ""
    if path == "<built-in>" or path.startswith("<"):
        parent = frame.parent
        while parent is not None and (parent.file_path_short or "").startswith("<"):
            parent = parent.parent
        return (package(parent) if parent is not None else "?") + " (C)"
    if path.startswith("engine/"):
        return path
    return path.split("/")[0].removesuffix(".py")


def label(frame: Any) -> str:
    """`function  file:line` as pyinstrument prints it."""
    return f"{frame.function}  {frame.file_path_short}:{frame.line_no}"


STAGES = ("evaluate", "explain")  # Engine.assess = explain(evaluate(inspection))


def summarise(root: Any, runs: int, top: int) -> str:
    """Markdown tables for one profile."""
    assess = [f for f in frames(root) if f.function == "assess" and f.file_path_short == "engine/assess.py"
              and not is_self(f)]
    total = sum(f.time for f in assess) or root.time
    out = [f"{runs} assessments profiled, {total / runs * 1000:.2f} ms each under the profiler "
           f"({root.time:.2f} s sampled)\n"]
    stages: dict[str, float] = defaultdict(float)
    for frame in assess:
        for stage in frame.children:
            if stage.function not in STAGES:
                stages["(Engine.assess itself)"] += stage.time
                continue
            stages[f"**{stage.function}**"] += stage.time
            for child in stage.children:
                name = f"{stage.function} itself" if is_self(child) else label(child)
                stages[f"{stage.function} → {name}"] += child.time
    out += ["| stage below Engine.assess (inclusive) | share |", "|---|--:|"]
    out += [f"| {name} | {t / total * 100:.1f} % |" for name, t in sorted(stages.items(), key=lambda kv: -kv[1])
            if t / total >= 0.005]
    by_package: dict[str, float] = defaultdict(float)
    by_function: dict[str, float] = defaultdict(float)
    for frame in assess:
        for sub in frames(frame):
            if is_self(sub):
                by_package[package(sub.parent)] += sub.time
                by_function[label(sub.parent)] += sub.time
    out += ["", "| self time by package | share |", "|---|--:|"]
    out += [f"| {name} | {t / total * 100:.1f} % |" for name, t in sorted(by_package.items(), key=lambda kv: -kv[1])
            if t / total >= 0.005]
    out += ["", f"| top {top} functions by self time | share |", "|---|--:|"]
    out += [f"| `{name}` | {t / total * 100:.1f} % |"
            for name, t in sorted(by_function.items(), key=lambda kv: -kv[1])[:top]]
    return "\n".join(out)


class _Bare:
    """Rules registered straight in durable-rules' C engine and driven as engine/runtime.py drives them: one call that
    asserts and takes the fired rules (engine/_fired.c), then the fact retracted from the reused session."""

    def __init__(self, rules: dict[str, Any]):
        import durable_rules_engine

        from engine import runtime

        self.c, self.take = durable_rules_engine, runtime._fired_in_c or runtime.fired_in_python
        self.handle = self.c.create_ruleset(f"floor{id(self)}", json.dumps(rules, ensure_ascii=False))

    def run(self, fact_json: str) -> None:
        """Assert one fact (JSON without id and sid), take every fired rule, retract the fact."""
        self.take(self.handle, f'{fact_json[:-1]}, "id": "fact", "sid": "1"}}')
        self.c.retract_fact(self.handle, '{"id": "fact", "sid": "1"}')


def floor(engine: Engine, inspection: Inspection) -> str:
    """What durable-rules' C engine costs at the least, next to our `Runtime.fired` on the full inspection."""
    rows, facts = [], inspection.facts
    wide = {f"p{i}": i % 2 == 0 for i in range(200)}
    wide["_seen"] = 1
    cases = [
        ("1 rule, 1-property fact", {"seen": {"_seen": 1}}, {"_seen": 1}),
        ("1 rule, 201-property fact", {"seen": {"_seen": 1}}, wide),
        ("60 rules all firing, 201-property fact", {f"r{i}": {f"p{2 * i}": True} for i in range(60)}, wide),
    ]
    for name, rules, fact in cases:
        bare = _Bare({rule: {"all": [{"m": cond}]} for rule, cond in rules.items()})
        text = json.dumps(fact)
        p50, p99, _ = synth.percentiles(lambda b=bare, t=text: b.run(t), 2000, 200)
        rows.append(f"| C engine alone: {name} | {p50 * 1000:.0f} | {p99 * 1000:.0f} |")
    rulesets = [r for r in engine.rulesets if r.edition == synth.GONGMAO]
    # the same rules and encoded facts, driven with nothing but the C calls: what durable-rules itself needs
    same = [(_Bare({k: {n: v for n, v in rule.items() if n != "run"} for k, rule in r.definition.items()}),
             json.dumps({k: v for k, v in r.values(facts).items() if k != "id"}, ensure_ascii=False)) for r in rulesets]

    def c_only() -> None:
        for bare, text in same:
            bare.run(text)
    p50, p99, _ = synth.percentiles(c_only, 1000, 100)
    rows.insert(0, f"| C engine alone on the same {len(rulesets)} rulesets and facts (assert, fired rules, retract) "
                   f"| {p50 * 1000:.0f} | {p99 * 1000:.0f} |")
    p50, p99, _ = synth.percentiles(lambda: engine.runtime.fired(facts, rulesets), 1000, 100)
    rows.insert(0, f"| our `Runtime.fired` on the full 工贸 inspection ({len(rulesets)} rulesets: encode, assert, "
                   f"fired rules, markers, retract) | {p50 * 1000:.0f} | {p99 * 1000:.0f} |")
    p50, p99, _ = synth.percentiles(lambda: engine.evaluate(inspection), 1000, 100)
    rows.insert(0, f"| our `Engine.evaluate` (the decision, durable-rules included) | {p50 * 1000:.0f} "
                   f"| {p99 * 1000:.0f} |")
    return "\n".join(["| per call, session emptied | p50 µs | p99 µs |", "|---|--:|--:|", *rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.0002, help="sampling interval in seconds")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--html", type=Path, help="also write pyinstrument's HTML report here")
    parser.add_argument("--tree", type=Path, help="also write pyinstrument's text call tree here")
    args = parser.parse_args()

    engine = Engine.from_path(synth.ROOT / "rules")
    inspection = synth.full_inspection(engine, args.seed)
    synth.check_full(engine.assess(inspection), synth.GONGMAO)
    for _ in range(20):
        engine.assess(inspection)
    profiler = Profiler(interval=args.interval)
    profiler.start()
    for _ in range(args.runs):
        engine.assess(inspection)
    profiler.stop()
    root = profiler.last_session.root_frame()
    print(summarise(root, args.runs, args.top))
    print()
    print(floor(engine, inspection))
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")
    if args.tree:
        args.tree.write_text(profiler.output_text(show_all=False), encoding="utf-8")


if __name__ == "__main__":
    main()
