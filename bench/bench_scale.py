"""Throughput, rulebook scaling and resident memory of the engine; every measurement in its own guarded subprocess.

(b) throughput: assessments/s over 100,000 assessments of one fully answered 工贸 2023 inspection (`--quick`: 10,000,
    or fewer if 120 s of assessing run out first: `--soak-seconds`);
(c) scaling: generated rulebooks of 10, 100, 1,000 and 5,000 criteria (same YAML format as rules/, one edition, 8
    criteria per article over a pool of 200 facts, every fact answered): load and compile time, then `evaluate`,
    `assess`, ZEN (dict and JSON text), CLIPS and the straight-line Python floor on the same criteria (hazard sets
    checked equal), all timed interleaved in one process on a pool of different inspections;
(d) resident memory after 1,000, 100,000 (`--quick`: 10,000) and, with `--million`, 1,000,000 assessments, measured
    in the throughput run after a gc.collect() outside the timed part.

Each measurement runs in a child process that reports its phase as it goes; a child that fails, prints nothing for
`--stall` seconds or runs past `--timeout` seconds is killed and the table says what failed and in which phase.

    .venv/bin/python bench/bench_scale.py [--quick] [--million] [--sizes 10,100,1000,5000] [--timeout 900]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import queue
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import synth  # noqa: E402

from engine.assess import Engine  # noqa: E402
from engine.rulebook import require_rulebook  # noqa: E402

MIB = 1024 * 1024


def say(kind: str, **data: Any) -> None:
    """One line to the parent: `phase`, `progress`, `checkpoint` or `result`."""
    print(kind, json.dumps(data, ensure_ascii=False), flush=True)


# --- children ----------------------------------------------------------------------------------------------------

def soak(total: int, checkpoints: list[int], max_seconds: float) -> None:
    """(b) and (d): `total` assessments of the full 工贸 inspection (fewer if `max_seconds` runs out); RSS at marks."""
    say("phase", name="load and compile rules/")
    engine = Engine.from_path(synth.ROOT / "rules")
    inspection = synth.full_inspection(engine, 1)
    synth.check_full(engine.assess(inspection), synth.GONGMAO)
    say("phase", name="warm-up")
    for _ in range(100):
        engine.assess(inspection)
    gc.collect()
    baseline = synth.rss_bytes()
    say("checkpoint", n=0, rss=baseline)
    say("phase", name="assessing")
    done, busy_ns, marks = 0, 0, sorted(set(checkpoints) | {total})
    budget_ns = int(min(max_seconds, 1e9) * 1e9)
    capped = False
    for mark in marks:
        start = synth.CLOCK()
        deadline = start + budget_ns - busy_ns
        while done < mark:
            engine.assess(inspection)
            done += 1
            if done % 1000 == 0:
                say("progress", n=done)
            if synth.CLOCK() > deadline:
                capped = True
                break
        busy_ns += synth.CLOCK() - start
        gc.collect()
        say("checkpoint", n=done, rss=synth.rss_bytes(), seconds=busy_ns / 1e9)
        if capped:
            break
    say("result", n=done, seconds=busy_ns / 1e9, per_s=done / (busy_ns / 1e9), facts=len(inspection.facts),
        capped=capped, wanted=total)


def scale(size: int, runs: int, budget_s: float, use_peers: bool) -> None:
    """(c): one generated rulebook of `size` criteria; ours and the peers timed interleaved on a pool of inspections."""
    out: dict[str, Any] = {"size": size}
    with tempfile.TemporaryDirectory(prefix=f"hazard-scale-{size}-") as tmp:
        root = Path(tmp)
        say("phase", name="generate rulebook")
        synth.write_rulebook(root, size)
        say("phase", name="load (parse, validate, link)")
        start = time.perf_counter()
        book = require_rulebook(root)
        out["load_s"] = time.perf_counter() - start
        say("phase", name="compile and register durable-rules rulesets")
        start = time.perf_counter()
        engine = Engine(book)
        out["compile_s"] = time.perf_counter() - start
        out["rulesets"] = len(engine.rulesets)
        pool = [synth.synthetic_inspection(engine, seed) for seed in range(1, POOL + 1)]
        say("phase", name="first assessment")
        start = time.perf_counter()
        assessment = engine.assess(pool[0])
        out["first_ms"] = (time.perf_counter() - start) * 1000
        if len(assessment.findings) != size:
            raise RuntimeError(f"{len(assessment.findings)} findings for {size} criteria")
        synth.check_full(assessment, synth.SYNTH_ID)
        out["hazards"] = len(synth.hazards(assessment, synth.SYNTH_ID))
        calls: dict[str, tuple[Any, list[Any]]] = {"evaluate": (engine.evaluate, pool), "assess": (engine.assess, pool)}
        if use_peers:
            say("phase", name="peers: build and check hazard sets")
            calls.update(_peers(engine, pool, out))
        say("phase", name="timed calls, interleaved")
        per_round = sum(_once_ms(fn, inputs[0]) for fn, inputs in calls.values())
        count = max(10, min(runs, int(budget_s * 1000 / max(per_round, 1e-3))))
        timed = synth.interleaved_pool(calls, count, warmup=min(5, count), rounds=min(10, count))
        out["runs"] = count
        out.update({f"{name}_p50": p50 for name, (p50, _) in timed.items()})
        out.update({f"{name}_p99": p99 for name, (_, p99) in timed.items()})
    say("result", **out)


POOL = 8  # different inspections per rulebook size, cycled


def _once_ms(fn: Any, x: Any) -> float:
    start = time.perf_counter()
    fn(x)
    return (time.perf_counter() - start) * 1000


def _peers(engine: Engine, pool: list[Any], out: dict[str, Any]) -> dict[str, tuple[Any, list[Any]]]:
    """ZEN (dict and JSON), CLIPS and the Python floor on the same criteria, each checked equal to ours."""
    from peers import ClipsPeer, ZenPeer, c_engine_alone, python_floor

    criteria = engine.book.criteria_of(synth.SYNTH_ID)
    zen, clips, floor = ZenPeer(engine.book, criteria), ClipsPeer(engine.book, criteria), python_floor(engine.book,
                                                                                                      criteria)
    out["zen_build_ms"], out["clips_build_ms"] = zen.build_ms, clips.build_ms
    facts = [i.facts for i in pool]
    calls = {"zen": (zen.call, [zen.nested(f) for f in facts]), "zen_json": (zen.call, [zen.text(f) for f in facts]),
             "clips": (clips.call, [clips.slots_of(f) for f in facts]), "floor": (floor, facts),
             "c_engine": c_engine_alone(engine, engine.rulesets, facts)}
    for number, inspection in enumerate(pool):
        ours = synth.hazards(engine.assess(inspection), synth.SYNTH_ID)
        got = {"zen": zen.true_set(zen.call(calls["zen"][1][number])),
               "zen_json": zen.true_set(zen.call(calls["zen_json"][1][number])),
               "clips": clips.true_set(clips.call(calls["clips"][1][number])), "floor": set(floor(facts[number]))}
        got.pop("c_engine", None)
        for name, theirs in got.items():
            if theirs != ours:
                raise RuntimeError(f"{name} and our engine disagree on {sorted(theirs ^ ours)[:5]}")
    return calls


# --- parent ------------------------------------------------------------------------------------------------------

def run_child(args: list[str], stall_s: float, timeout_s: float) -> tuple[dict[str, Any] | None, list[tuple[str, Any]],
                                                                              str | None]:
    """Run this script as a child; returns (result, lines, failure). Never waits longer than the guards."""
    cmd = [sys.executable, "-u", str(Path(__file__).resolve()), *args]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    lines: queue.Queue[str | None] = queue.Queue()
    errors: list[str] = []

    def pump_out() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.put(line)
        lines.put(None)

    def pump_err() -> None:
        assert child.stderr is not None
        errors.extend(child.stderr)

    threads = [threading.Thread(target=pump_out, daemon=True), threading.Thread(target=pump_err, daemon=True)]
    for thread in threads:
        thread.start()
    seen: list[tuple[str, Any]] = []
    result, failure, phase = None, None, "start"
    started = time.monotonic()
    while True:
        left = timeout_s - (time.monotonic() - started)
        try:
            line = lines.get(timeout=max(0.1, min(stall_s, left)))
        except queue.Empty:
            line = ""
        if line is None:
            break
        if line == "":
            elapsed = time.monotonic() - started
            why = "timeout" if elapsed >= timeout_s else "stalled"
            limit = timeout_s if why == "timeout" else stall_s
            failure = f"{why} ({limit:.0f} s) in phase '{phase}' after {elapsed:.0f} s; killed"
            child.kill()
            break
        kind, _, payload = line.partition(" ")
        data = json.loads(payload) if payload.strip().startswith("{") else payload.strip()
        seen.append((kind, data))
        if kind == "phase":
            phase = data["name"]
        elif kind == "progress":
            print(f"  … {data['n']:,}", end="\r", file=sys.stderr, flush=True)
        elif kind == "result":
            result = data
    code = child.wait()
    for thread in threads:
        thread.join(timeout=5)
    if failure is None and (code != 0 or result is None):
        tail = [e.rstrip() for e in errors if e.strip()][-1:] or [f"exit code {code}"]
        failure = f"failed in phase '{phase}': {tail[0]}"
    return result, seen, failure


def machine() -> str:
    """One line about this machine."""
    u = platform.uname()
    return (f"{u.system} {u.release} {u.machine}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
            f"{time.strftime('%Y-%m-%d %H:%M %Z')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 assessments for (b)/(d); shorter (c) budgets")
    parser.add_argument("--million", action="store_true", help="(d) also after 1,000,000 assessments (hours)")
    parser.add_argument("--sizes", default="10,100,1000,5000", help="(c) rulebook sizes in criteria")
    parser.add_argument("--runs", type=int, help="(c) timed assessments per size (default 1000, quick 200)")
    parser.add_argument("--budget", type=float, help="(c) seconds of timed assessments per size (default 60, quick 10)")
    parser.add_argument("--timeout", type=float, default=900, help="(c) seconds per size before the child is killed")
    parser.add_argument("--stall", type=float, default=300, help="seconds without output before a child is killed")
    parser.add_argument("--soak-seconds", type=float,
                        help="(b)/(d) stop after this many seconds of assessing (default none; quick 120)")
    parser.add_argument("--skip", default="", help="comma list of parts to skip: soak, scale")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return _worker(args.worker)

    clock = "thread CPU time (HAZARD_BENCH_CLOCK=cpu)" if synth.CLOCK is time.thread_time_ns else "wall"
    print(f"# bench_scale: {machine()}; clock: {clock}; load average {os.getloadavg()[0]:.2f} at the start")
    skip = set(args.skip.split(","))
    if "soak" not in skip:
        _soak_report(args)
    if "scale" not in skip:
        _scale_report(args)


def _worker(argv: list[str]) -> None:
    try:
        if argv[0] == "soak":
            soak(int(argv[1]), [int(x) for x in argv[2].split(",")], float(argv[3]))
        else:
            scale(int(argv[1]), int(argv[2]), float(argv[3]), argv[4] == "peers")
    except BaseException:
        traceback.print_exc()
        lines = traceback.format_exc().strip().splitlines()
        print(lines[-1], file=sys.stderr, flush=True)
        sys.exit(1)


def _soak_report(args: argparse.Namespace) -> None:
    total = 10_000 if args.quick else 100_000
    checkpoints = [1_000, total]
    if args.million:
        total = 1_000_000
        checkpoints = [1_000, 10_000, 100_000, total]
    elif not args.quick:
        checkpoints = [1_000, 10_000, total]
    print(f"\n## (b) throughput and (d) resident memory: {total:,} assessments of the synthetic full 工贸 inspection")
    cap = args.soak_seconds or (120.0 if args.quick else float("inf"))
    result, seen, failure = run_child(["--worker", "soak", str(total), ",".join(map(str, checkpoints)), str(cap)],
                                      args.stall, float("inf"))
    print(file=sys.stderr)
    if result is not None:
        print(f"\nthroughput: {result['n']:,} assessments in {result['seconds']:.1f} s = "
              f"**{result['per_s']:.1f} assessments/s** on one core ({1000 / result['per_s']:.2f} ms mean; "
              f"{result['facts']} facts, 64 criteria)")
        if result["capped"]:
            print(f"(stopped by the {cap:.0f} s cap before {result['wanted']:,}; the cap keeps `make bench` short "
                  "while one assessment takes tens of ms)")
        print()
    marks = [data for kind, data in seen if kind == "checkpoint"]
    if marks:
        print("| after assessments | RSS MiB | growth vs previous | growth vs 1,000 |")
        print("|--:|--:|--:|--:|")
        first = next((m["rss"] for m in marks if m["n"] == 1_000), None)
        previous = None
        for mark in marks:
            rss = mark["rss"]
            step = f"{(rss - previous) / previous * 100:+.2f} %" if previous else "—"
            since = f"{(rss - first) / first * 100:+.2f} %" if first and mark["n"] > 1_000 else "—"
            label = "warm-up (100)" if mark["n"] == 0 else f"{mark['n']:,}"
            print(f"| {label} | {rss / MIB:.1f} | {step} | {since} |")
            previous = rss
        by_n = {m["n"]: m["rss"] for m in marks}
        if 100_000 in by_n and 1_000_000 in by_n:
            print(f"\ngrowth from 100,000 to 1,000,000: {(by_n[1_000_000] - by_n[100_000]) / by_n[100_000] * 100:+.2f} %")
    if failure:
        print(f"\n**FAILED**: {failure}")


def _scale_report(args: argparse.Namespace) -> None:
    runs = args.runs or (200 if args.quick else 1000)
    budget = args.budget or (10.0 if args.quick else 60.0)
    try:
        import clips  # noqa: F401
        import zen  # noqa: F401
        use_peers = True
    except ImportError:
        use_peers = False
    print(f"\n## (c) scaling with generated rulebooks ({synth.PER_ARTICLE} criteria per article, pool of {synth.POOL} "
          f"facts, all answered; {POOL} different inspections cycled; ≤{runs} calls or about {budget:.0f} s per size, "
          f"every call interleaved{'; ZEN, CLIPS and the Python floor alongside' if use_peers else ''})\n")
    head = ("| criteria | rulesets | load s | compile s | first ms | runs | evaluate p50 ms | p99 ms | assess p50 ms "
            "| p99 ms | evaluate µs/criterion |")
    rule = "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    if use_peers:
        head += (" ZEN dict p50 ms | ZEN JSON p50 ms | CLIPS p50 ms | floor p50 ms | C engine alone p50 ms "
                 "| **evaluate/ZEN dict** | **evaluate/ZEN JSON** | evaluate/CLIPS | evaluate/floor | assess/evaluate "
                 "| C engine alone/ZEN JSON |")
        rule += "--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    print(head)
    print(rule)
    failures = []
    for size in (int(s) for s in args.sizes.split(",") if s and int(s) > 0):
        worker = ["--worker", "scale", str(size), str(runs), str(budget), "peers" if use_peers else "-"]
        result, _, failure = run_child(worker, args.stall, args.timeout)
        if result is None:
            failures.append(f"{size:,} criteria: {failure}")
            print(f"| {size:,} | FAILED: {failure} |")
            continue
        r = result
        ev = r["evaluate_p50"]
        row = (f"| {size:,} | {r['rulesets']} | {r['load_s']:.2f} | {r['compile_s']:.2f} | {r['first_ms']:.1f} "
               f"| {r['runs']} | {ev:.3f} | {r['evaluate_p99']:.3f} | {r['assess_p50']:.3f} | {r['assess_p99']:.3f} "
               f"| {ev * 1000 / size:.2f} |")
        if use_peers and "zen_p50" in r:
            row += (f" {r['zen_p50']:.3f} | {r['zen_json_p50']:.3f} | {r['clips_p50']:.3f} | {r['floor_p50']:.4f} "
                    f"| {r['c_engine_p50']:.3f} | **{ev / r['zen_p50']:.2f}** | **{ev / r['zen_json_p50']:.2f}** "
                    f"| {ev / r['clips_p50']:.2f} | {ev / r['floor_p50']:.1f} | {r['assess_p50'] / ev:.1f} "
                    f"| {r['c_engine_p50'] / r['zen_json_p50']:.2f} |")
        print(row, flush=True)
        if failure:
            failures.append(f"{size:,} criteria: {failure}")
    for line in failures:
        print(f"\n**FAILED** {line}")


if __name__ == "__main__":
    main()
