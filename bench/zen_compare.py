"""Side by side in one process: our Engine.evaluate vs ZEN, CLIPS and straight-line Python on the 工贸 2023 criteria.

The 64 criteria are compiled for each peer (bench/peers.py): one ZEN decision graph, CLIPS rules on one template fact
(clipspy), and generated straight-line Python (one `if` per criterion: the floor). Before anything is timed, every
input's hazard set is checked equal across ours and every peer (a mismatch is printed; the exit code is then 1).

Each peer gets its natural input, prepared outside its timer: ours a validated inspection; ZEN the nested dict a ZEN
user holds and, as a second column, its JSON text; CLIPS the slots of one template fact (clipspy values); the
floor our flat facts. What it costs
to get there is reported apart: our validation of the raw facts, and reshaping flat facts into ZEN's nested dict.

Inputs are pools of different inspections, cycled (the i-th call of every peer gets the same inspection): fully
answered; partially answered at 75, 50, 25 and 10 % with the profile (every scope fact) answered so that every
criterion is in scope; and the 工贸 examples. All calls of a row are timed in alternating blocks in one process
(`synth.interleaved_pool`), so a busy moment of the shared machine hits them alike.

    .venv/bin/python bench/zen_compare.py [--runs 400] [--pool 40] [--fractions 1,0.75,0.5,0.25,0.1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import synth  # noqa: E402
from peers import ClipsPeer, ZenPeer, c_engine_alone, python_floor  # noqa: E402

from engine.assess import Engine  # noqa: E402
from engine.inspection import Inspection, parse_inspection, validate_inspection  # noqa: E402

ROOT = synth.ROOT
GONGMAO = synth.GONGMAO


def gongmao_examples(engine: Engine) -> list[Inspection]:
    """The examples whose inspection scope is exactly [gongmao]."""
    found = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        inspection = parse_inspection(path.read_text(encoding="utf-8"), path.name, engine.book)
        if inspection.info.scope == ["gongmao"]:
            found.append(inspection)
    return found


class Peers:
    """Every peer built on the same criteria, and each one's input prepared from an inspection."""

    def __init__(self, engine: Engine, standard_id: str):
        book = engine.book
        self.engine, self.standard_id = engine, standard_id
        criteria = book.criteria_of(standard_id)
        self.ids = [c.id for c in criteria]
        self.zen = ZenPeer(book, criteria)
        self.clips = ClipsPeer(book, criteria)
        self.floor = python_floor(book, criteria)
        self.rulesets = [r for r in engine.rulesets if r.edition == standard_id]

    def ours(self, inspection: Inspection) -> set[str]:
        status = self.engine.evaluate(inspection).status
        return {cid for cid in self.ids if status[cid] == "hazard"}

    def check(self, label: str, inspection: Inspection) -> list[str]:
        """Our hazard set against every peer's true set; a line per disagreement."""
        facts = inspection.facts
        ours = self.ours(inspection)
        theirs = {"zen nested": self.zen.true_set(self.zen.call(self.zen.nested(facts))),
                  "zen json": self.zen.true_set(self.zen.call(self.zen.text(facts))),
                  "clips": self.clips.true_set(self.clips.call(self.clips.slots_of(facts))),
                  "python floor": set(self.floor(facts))}
        return [f"MISMATCH {label} [{peer}] ours only {sorted(ours - got)}, peer only {sorted(got - ours)}"
                for peer, got in theirs.items() if got != ours]

    def calls(self, pool: list[Inspection]) -> dict[str, tuple[Callable[[Any], Any], list[Any]]]:
        """Every timed call of a row with its inputs prepared (outside the timers)."""
        facts = [i.facts for i in pool]
        engine, zen, clips = self.engine, self.zen, self.clips
        return {
            "evaluate": (engine.evaluate, pool),
            "durable": (lambda f: engine.runtime.fired(f, self.rulesets), facts),
            "c_engine": c_engine_alone(engine, self.rulesets, facts),
            "assess": (engine.assess, pool),
            "zen": (zen.call, [zen.nested(f) for f in facts]),
            "zen_json": (zen.call, [zen.text(f) for f in facts]),
            "clips": (clips.call, [clips.slots_of(f) for f in facts]),
            "floor": (self.floor, facts),
        }


def rows(engine: Engine, fractions: list[float], pool_size: int) -> list[tuple[str, str, list[Inspection]]]:
    """(label, kind, pool) per row: the fully answered, the partially answered, the examples."""
    out = []
    for fraction in fractions:
        pool = synth.inspection_pool(engine, fraction, pool_size)
        label = "full" if fraction >= 1 else f"{fraction * 100:.0f} % answered, every criterion in scope"
        out.append((label, "full" if fraction >= 1 else "partial", pool))
    out.append(("工贸 examples", "examples", gongmao_examples(engine)))
    return out


def check_in_scope(engine: Engine, label: str, pool: list[Inspection]) -> None:
    """A partial row must leave every 工贸 criterion in scope (its profile answered)."""
    for inspection in pool:
        status = engine.evaluate(inspection).status
        out = [cid for cid, s in status.items() if s == "not_applicable"]
        if out:
            raise SystemExit(f"{label}: criteria out of scope {out[:3]} …")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=400, help="timed calls per peer and row")
    parser.add_argument("--pool", type=int, default=40, help="different random inspections per row")
    parser.add_argument("--fractions", default="1,0.75,0.5,0.25,0.1", help="answered shares of the rows")
    parser.add_argument("--dump", type=Path, help="write the ZEN decision graph (JDM JSON) here")
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall",
                        help="cpu: this thread's CPU time per call (set HAZARD_BENCH_CLOCK=cpu before the run)")
    args = parser.parse_args()
    if (args.clock == "cpu") != (synth.CLOCK is time.thread_time_ns):
        raise SystemExit("--clock cpu needs HAZARD_BENCH_CLOCK=cpu in the environment (and wall needs it unset)")

    engine = Engine.from_path(ROOT / "rules")
    peers = Peers(engine, GONGMAO)
    if args.dump:
        args.dump.write_text(json.dumps(peers.zen.graph, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"# zen_compare: Python {platform.python_version()}, zen-engine {_version('zen-engine')}, clipspy "
          f"{_version('clipspy')}, durable_rules {_version('durable_rules')}; {platform.machine()}")
    print(f"# clock: {'thread CPU time' if args.clock == 'cpu' else 'wall (perf_counter)'}; load average "
          f"{os.getloadavg()[0]:.2f} at the start")
    print(f"# {GONGMAO}: {len(peers.ids)} criteria; ZEN build {peers.zen.build_ms:.0f} ms, CLIPS build "
          f"{peers.clips.build_ms:.0f} ms; {args.runs} timed calls per peer and row, pools of {args.pool} inspections")

    table = rows(engine, [float(x) for x in args.fractions.split(",") if x], args.pool)
    problems = []
    for label, kind, pool in table:
        if kind == "partial":
            check_in_scope(engine, label, pool)
        for number, inspection in enumerate(pool):
            problems += peers.check(f"{label} #{number}", inspection)
    for line in problems:
        print(line)
    checked = sum(len(pool) for _, _, pool in table)
    print(f"# correctness: {checked} inspections, hazard sets equal across ours, ZEN (dict and JSON), CLIPS and the "
          f"Python floor on {'all' if not problems else 'NOT all'} of them")
    report(engine, peers, table, args.runs)
    if problems:
        sys.exit(1)


def report(engine: Engine, peers: Peers, table: list[tuple[str, str, list[Inspection]]], runs: int) -> None:
    """One interleaved run per row; the table, then the costs reported apart."""
    print()
    print("| input (pool) | facts answered | hazards | evaluate p50 ms | p99 | durable-rules p50 | C engine alone p50 | "
          "assess p50 | **assess/evaluate** | ZEN dict p50 | ZEN JSON p50 | CLIPS p50 | floor p50 | **evaluate/ZEN dict** | "
          "**evaluate/ZEN JSON** | evaluate/CLIPS | evaluate/floor | C engine alone/ZEN JSON |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for label, _, pool in table:
        t = synth.interleaved_pool(peers.calls(pool), runs, max(10, runs // 10))
        ev, zen, zj = t["evaluate"][0], t["zen"][0], t["zen_json"][0]
        answered = statistics.mean(len(i.facts) for i in pool)
        found = statistics.mean(len(peers.ours(i)) for i in pool)
        print(f"| {label} ({len(pool)}) | {answered:.0f} | {found:.1f} | {ev:.3f} | {t['evaluate'][1]:.3f} "
              f"| {t['durable'][0]:.3f} | {t['c_engine'][0]:.3f} | {t['assess'][0]:.3f} | **{t['assess'][0] / ev:.1f}** "
              f"| {zen:.3f} | {zj:.3f} | {t['clips'][0]:.3f} | {t['floor'][0]:.4f} | **{ev / zen:.2f}** | **{ev / zj:.2f}** "
              f"| {ev / t['clips'][0]:.2f} | {ev / t['floor'][0]:.1f} | {t['c_engine'][0] / zj:.2f} |", flush=True)
    full = table[0][2]
    raw = [{"inspection": {"date": synth.DATE, "scope": ["gongmao"]}, "facts": dict(i.facts)} for i in full]
    apart = synth.interleaved_pool({
        "nest": (peers.zen.nested, [i.facts for i in full]),
        "json": (peers.zen.text, [i.facts for i in full]),
        "validate": (lambda data: validate_inspection(data, engine.book), raw),
    }, runs, 20)
    print()
    print(f"# reported apart (first row's inspections): flat facts → ZEN's nested dict {apart['nest'][0] * 1000:.0f} µs "
          f"p50, → its JSON text {apart['json'][0] * 1000:.0f} µs; our validation of the raw facts "
          f"(`validate_inspection`) {apart['validate'][0] * 1000:.0f} µs")


def _version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


if __name__ == "__main__":
    main()
