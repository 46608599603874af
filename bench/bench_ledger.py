"""The register under load: POST /v1/inspections against POST /v1/assessments on the same server, and GET /v1/stats
over 10k / 100k / 1M generated hazards on PostgreSQL.

Usage: python bench/bench_ledger.py [--seconds 15] [--workers 2] [--concurrency 8] [--sizes 10000 100000 1000000]
       [--databases sqlite sqlite-full postgresql] [--skip-http] [--skip-stats] [--no-write]

Throughput: for SQLite (a file in WAL mode, synchronous=NORMAL as the server's default, then again with
HAZARD_SQLITE_SYNCHRONOUS=FULL) and PostgreSQL (a throwaway server with fsync on), start
`hazard serve --workers N` on that register, then a separate load process posts the demo inspection
(examples/cold-store-ammonia.yaml, a 市级 执法检查 that registers and lists one hazard) to `/v1/assessments`, then to
`/v1/inspections` (each with a new Idempotency-Key and one of 5,000 enterprises, so entries open and sightings
accumulate), alternating `--rounds` times; the ratio is the mean of the inspection runs / the mean of the assessment
runs, with the spread of each round's pair beside it (runs on a shared VM vary by a third from one to the next).

Statistics: hazards generated in SQL (20,000 enterprises in 17 cities × 30 counties of 山东, five industries, found
2022-01 … 2026-11, 70 % closed, 20 % listed, a real citation and evidence per row), VACUUM ANALYZE, then
`GET /v1/stats?region=37` (grouped by city), `/v1/stats/monthly` and `/v1/stats/quarterly` timed over HTTP
(p50 of 7 after a warm-up) at each size. The "Register" section of bench/RESULTS.md is rewritten.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_http import free_port, server_cpu, wait_healthy, write_section  # noqa: E402
from ledger_data import generate_hazards  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
HEADING = "## Register — `bench/bench_ledger.py`"
END = "<!-- end register -->"
ENTERPRISES = 5000


def bodies(count: int) -> list[bytes]:
    """`count` submissions of the demo inspection, each for one of ENTERPRISES cold stores (valid uscc)."""
    from engine.identity import uscc_check_character

    document = yaml.safe_load((ROOT / "examples" / "cold-store-ammonia.yaml").read_text(encoding="utf-8"))
    out = []
    for n in range(count):
        first = f"913710{n % ENTERPRISES:05d}MA3C8K"[:17]
        document["inspection"]["enterprise"]["uscc"] = first + uscc_check_character(first)
        out.append(json.dumps(document, ensure_ascii=False).encode())
    return out


def run_load(url: str, token: str, seconds: float, concurrency: int) -> dict[str, Any]:
    """Closed loop: `concurrency` threads post distinct submissions until the time is up; latencies in ms."""
    import httpx

    prepared = bodies(4000)
    latencies: list[list[float]] = [[] for _ in range(concurrency)]
    errors: list[int] = [0] * concurrency
    deadline = time.perf_counter() + seconds
    stamp = time.time_ns()

    def worker(index: int) -> None:
        headers = {"content-type": "application/json", "authorization": f"Bearer {token}"}
        with httpx.Client(timeout=60.0) as client:
            n = index
            while time.perf_counter() < deadline:
                headers["idempotency-key"] = f"bench-{stamp}-{n}"
                start = time.perf_counter()
                response = client.post(url, content=prepared[n % len(prepared)], headers=headers)
                elapsed = (time.perf_counter() - start) * 1000
                if response.status_code in (200, 201):
                    latencies[index].append(elapsed)
                else:
                    errors[index] += 1
                n += concurrency

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done = sorted(x for per in latencies for x in per)
    return {"requests": len(done), "rps": len(done) / seconds, "errors": sum(errors),
            "p50": statistics.median(done) if done else 0.0,
            "p99": done[min(len(done) - 1, int(len(done) * 0.99))] if done else 0.0}


def load(base: str, endpoint: str, token: str, seconds: float, concurrency: int,
         servers: list[int] | None = None) -> dict[str, Any]:
    """Run the load in a separate process (so the client does not share the server's interpreter).

    The servers' CPU per request (the API workers and the database) is measured beside the wall-clock throughput:
    on a machine shared with other work it is the steadier measure of what one request costs.
    """
    before = server_cpu(servers or [])
    done = subprocess.run([sys.executable, __file__, "--load", base + endpoint, token, str(seconds), str(concurrency)],
                          check=True, capture_output=True, text=True)
    result = dict(json.loads(done.stdout))
    result["cpu_ms"] = (server_cpu(servers or []) - before) * 1000 / max(1, result["requests"])
    return result


def serve(url: str, workers: int, env: dict[str, str] | None = None) -> tuple[str, subprocess.Popen[bytes]]:
    """`hazard serve --workers N` on the register at `url` (with `env` added to the environment)."""
    port = free_port()
    server = subprocess.Popen([str(Path(sys.executable).parent / "hazard"), "serve", "--port", str(port), "--workers",
                               str(workers)], env={**os.environ, "HAZARD_DATABASE_URL": url, **(env or {})},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    wait_healthy(base, server)
    return base, server


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the server's process group."""
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def prepare(url: str) -> str:
    """Migrate the register and give a province department a token."""
    from ledger import auth
    from ledger.store.db import Database
    from ledger.vocab import Role

    db = Database(url)
    db.ensure_schema()
    auth.add_user(db, "bench-山东省", Role.department, region_code="370000", organ="山东省应急管理厅")
    token = auth.issue_token(db, "bench-山东省")[1]
    db.dispose()
    return token


def throughput(name: str, url: str, args: argparse.Namespace, database_pid: int | None,
               env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Assessments and inspections, alternating `--rounds` times on one server; rows for the report."""
    token = prepare(url)
    base, server = serve(url, args.workers, env)
    servers = [server.pid] + ([database_pid] if database_pid else [])
    rows = []
    try:
        load(base, "/v1/inspections", token, 3, args.concurrency)  # warm every worker, the pool and the caches
        load(base, "/v1/assessments", token, 2, args.concurrency)
        for _ in range(args.rounds):
            for endpoint in ("/v1/assessments", "/v1/inspections"):
                result = load(base, endpoint, token, args.seconds, args.concurrency, servers)
                result.update(database=name, endpoint=endpoint)
                rows.append(result)
                print(f"{name:<25} {endpoint:<17} {result['requests']:>7} {result['rps']:>8.1f} req/s  "
                      f"p50 {result['p50']:6.1f} ms  p99 {result['p99']:6.1f} ms  server CPU {result['cpu_ms']:5.1f} ms/req"
                      f"  errors {result['errors']}", flush=True)
    finally:
        stop(server)
    return rows


def time_stats(base: str, token: str, path: str) -> float:
    """p50 of 7 timed GETs after one warm-up, in ms."""
    import httpx

    headers = {"authorization": f"Bearer {token}"}
    with httpx.Client(timeout=120.0) as client:
        client.get(base + path, headers=headers).raise_for_status()
        samples = []
        for _ in range(7):
            start = time.perf_counter()
            client.get(base + path, headers=headers).raise_for_status()
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


STATS_PATHS = {"GET /v1/stats?region=37 (by city)": "/v1/stats?region=37&start=2025-01-01&end=2025-12-31",
               "GET /v1/stats?region=37&by=industry&by=channel": "/v1/stats?region=37&by=industry&by=channel",
               "GET /v1/stats/monthly?month=2025-06&region=37": "/v1/stats/monthly?month=2025-06&region=37",
               "GET /v1/stats/quarterly?quarter=2025Q2&region=37": "/v1/stats/quarterly?quarter=2025Q2&region=37"}


def stats_scaling(url: str, sizes: list[int]) -> list[dict[str, Any]]:
    """Grow the generated register through `sizes` and time the statistics endpoints at each size."""
    token = prepare(url)
    rows = []
    have = 0
    for size in sizes:
        started = time.perf_counter()
        generate_hazards(url, have, size)
        have = size
        generated = time.perf_counter() - started
        base, server = serve(url, 1)
        try:
            timings = {label: time_stats(base, token, path) for label, path in STATS_PATHS.items()}
        finally:
            stop(server)
        rows.append({"hazards": size, "generate_s": generated, **timings})
        print(f"{size:>9,} hazards (generated in {generated:.0f} s): "
              + "; ".join(f"{label.split('?')[0].split()[-1]} {ms:.0f} ms" for label, ms in timings.items()), flush=True)
    return rows


ENDPOINTS = ("/v1/assessments", "/v1/inspections")
EXTRA_COST = ("Both endpoints answer at their default detail (the summarised assessment, ~28 kB here; the register "
              "stores the full one, ~67 kB). Where a submission's extra cost goes (profiled in process): validation, "
              "assessment and HTTP are the same as for an assessment; the rows (the inspection with its assessment as "
              "JSON text, the entry, its evidence) are built before the transaction; the transaction itself is about "
              "seven statements through SQLAlchemy Core (enterprise upsert, the inspection, the open-entry lookup, the "
              "entry with its events, the sighting); then the token lookup (one statement, outside a transaction on "
              "PostgreSQL). On PostgreSQL every statement is a round trip (about ten per submission, against none for "
              "an assessment) and the database's own processes (WAL for the stored assessment, its lz4 compression, "
              "index upkeep) are counted in the server CPU too. Server, load process and other jobs share the 2 cores.")



def section(http: list[dict[str, Any]], scaling: list[dict[str, Any]], args: argparse.Namespace, commit: str) -> str:
    """The markdown section for bench/RESULTS.md."""
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"{HEADING} (`make bench-ledger`)", "",
             f"Measured {when}, commit `{commit}`, Python {platform.python_version()}, {os.cpu_count()} cores shared by "
             "server, load process and database. Method: see the docstring of `bench/bench_ledger.py`.", ""]
    if http:
        lines += [f"`hazard serve --workers {args.workers}`, {args.concurrency} client threads, "
                  f"{args.seconds:.0f} s per run, demo inspection (市级 执法检查 of a cold store; each submission is "
                  "stored, assessed, registered or sighted, and P1-listed in one transaction).", "",
                  "| register | endpoint | requests | requests/s | p50 ms | p99 ms | server CPU ms/request | errors |",
                  "|---|---|--:|--:|--:|--:|--:|--:|"]
        lines += [f"| {r['database']} | `POST {r['endpoint']}` | {r['requests']:,} | {r['rps']:.1f} | {r['p50']:.1f} | "
                  f"{r['p99']:.1f} | {r['cpu_ms']:.1f} | {r['errors']} |" for r in http]
        lines.append("")
        for name in dict.fromkeys(r["database"] for r in http):
            mine = [r for r in http if r["database"] == name]
            rps = {e: statistics.mean(r["rps"] for r in mine if r["endpoint"] == e) for e in ENDPOINTS}
            cpu = {e: statistics.mean(r["cpu_ms"] for r in mine if r["endpoint"] == e) for e in ENDPOINTS}
            rounds = [after["rps"] / before["rps"] for before, after in zip(mine[::2], mine[1::2], strict=False)]
            lines.append(f"- {name}: inspections / assessments = **{rps[ENDPOINTS[1]] / rps[ENDPOINTS[0]]:.2f}** by "
                         f"throughput (means of the runs; each round's pair {min(rounds):.2f}–{max(rounds):.2f}; required"
                         f" ≥ 0.5), {cpu[ENDPOINTS[0]] / cpu[ENDPOINTS[1]]:.2f} by server CPU per request")
        lines += ["", EXTRA_COST, ""]
    if scaling:
        labels = list(STATS_PATHS)
        lines += ["PostgreSQL (fsync on), statistics for the province (region 37) over HTTP, p50 of 7 after a warm-up:", "",
                  "| hazards | " + " | ".join(f"`{label}` ms" for label in labels) + " |",
                  "|--:|" + "--:|" * len(labels)]
        lines += [f"| {r['hazards']:,} | " + " | ".join(f"{r[label]:.0f}" for label in labels) + " |" for r in scaling]
        lines.append("")
    lines.append(END)
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure and report."""
    from ledger.store.pgtemp import TempPostgres

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3, help="alternating assessment / inspection runs")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--databases", nargs="+", default=["sqlite", "sqlite-full", "postgresql"],
                        choices=["sqlite", "sqlite-full", "postgresql"])
    parser.add_argument("--skip-stats", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    server = TempPostgres(fsync=True).start()
    http: list[dict[str, Any]] = []
    scaling: list[dict[str, Any]] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            if not args.skip_http and "sqlite" in args.databases:
                http += throughput("SQLite", f"sqlite:///{folder}/register.sqlite", args, None)
            if not args.skip_http and "sqlite-full" in args.databases:
                http += throughput("SQLite (synchronous=FULL)", f"sqlite:///{folder}/register-full.sqlite", args, None,
                                   {"HAZARD_SQLITE_SYNCHRONOUS": "FULL"})
            if not args.skip_http and "postgresql" in args.databases:
                http += throughput("PostgreSQL", server.create_database("bench_http"), args, server.postmaster_pid())
        if not args.skip_stats:
            scaling = stats_scaling(server.create_database("bench_stats"), sorted(args.sizes))
    finally:
        server.stop()
    if not args.no_write:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        write_section(section(http, scaling, args, commit.stdout.strip() or "?"), HEADING, END)
        print(f"wrote the register section of {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--load":
        print(json.dumps(run_load(sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]))))
    else:
        main()
