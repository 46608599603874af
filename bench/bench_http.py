"""HTTP throughput and latency on loopback: `hazard serve --workers N`, load from a separate process.

Usage: python bench/bench_http.py [--seconds 20] [--rounds 4] [--workers 1 2] [--concurrency 4] [--pool 40] [--no-write]

For each worker count: start uvicorn as `hazard serve` does on bench/http_app.py (the API plus a minimal endpoint
parsing the same body: the peer) on a free 127.0.0.1 port, wait for /healthz, warm up, then separate load processes
(httpx, one keep-alive client per thread, closed loop) post fully answered 工贸 2023 inspections (`--pool` different
ones, cycled: the engine's memos are not handed the same answers every time) to /v1/assessments, /v1/verdicts and
the peer, alternated in `--rounds` slices. Prints requests/s, the share of the peer's requests/s, p50, p99, errors
and the CPU time per request of the server (all its processes, psutil) and of the load process, and writes the
"HTTP on loopback" section of bench/RESULTS.md (other sections are left as they are). Server and load share the
machine's cores: on a small machine the CPU per request says what each side costs when requests/s alone cannot.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
HEADING = "## HTTP on loopback"
END = "<!-- end http -->"


# --- load process ------------------------------------------------------------------------------------------------

def run_load(url: str, payload_file: str, seconds: float, concurrency: int) -> dict[str, Any]:
    """Closed-loop load: `concurrency` threads post the payloads (one JSON per line, cycled) until the time is up."""
    import httpx

    bodies = Path(payload_file).read_bytes().splitlines()
    headers = {"content-type": "application/json"}
    latencies: list[list[float]] = [[] for _ in range(concurrency)]
    errors: list[dict[str, int]] = [{} for _ in range(concurrency)]
    deadline = time.perf_counter() + seconds

    def worker(index: int) -> None:
        sent = index  # each thread starts at its own place in the pool
        with httpx.Client(timeout=30.0) as client:
            while time.perf_counter() < deadline:
                body = bodies[sent % len(bodies)]
                sent += 1
                start = time.perf_counter()
                try:
                    response = client.post(url, content=body, headers=headers)
                    ok = response.status_code == 200 and "summary" in response.json()  # both endpoints
                    key = "ok" if ok else f"status {response.status_code}"
                except httpx.HTTPError as error:
                    key = type(error).__name__
                elapsed = (time.perf_counter() - start) * 1000
                if key == "ok":
                    latencies[index].append(elapsed)
                else:
                    errors[index][key] = errors[index].get(key, 0) + 1

    began, cpu_began = time.perf_counter(), time.process_time()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    samples = sorted(x for per_thread in latencies for x in per_thread)
    failed: dict[str, int] = {}
    for per_thread in errors:
        for key, count in per_thread.items():
            failed[key] = failed.get(key, 0) + count
    return {"requests": len(samples), "seconds": wall, "latencies": samples, "errors": sum(failed.values()),
            "error_kinds": failed, "cpu": cpu}


# --- driver ------------------------------------------------------------------------------------------------------

def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def full_gongmao_payloads(count: int) -> list[dict[str, Any]]:
    """`count` fully answered 工贸 2023 inspections of bench/synth.py (seeds 1…count), as a client would post them."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import DATE, GONGMAO, full_facts  # type: ignore[import-not-found]

    from engine.rulebook import require_rulebook

    book = require_rulebook(ROOT / "rules")
    return [{"inspection": {"date": DATE, "scope": [book.standards[GONGMAO].family]},
             "facts": full_facts(book, GONGMAO, seed=seed)} for seed in range(1, count + 1)]


def wait_healthy(base: str, server: subprocess.Popen[bytes], timeout: float = 60.0) -> dict[str, Any]:
    """Poll /healthz until it answers 200 (the server process must stay alive)."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"hazard serve exited with {server.returncode}")
        try:
            response = httpx.get(base + "/healthz", timeout=2.0)
            if response.status_code == 200:
                return dict(response.json())
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{base}/healthz did not answer within {timeout:.0f} s")


ENDPOINTS = ("/v1/assessments", "/v1/verdicts")  # the explained assessment; the decision alone (live checklists)
PEER = "/bench/parse"  # bench/http_app.py: the same server and body parsing, nothing decided


def start_server(workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """uvicorn as `hazard serve` runs it (same protocol class), on bench/http_app.py (the API plus the peer)."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "http_app:app", "--app-dir", str(ROOT / "bench"), "--host",
               "127.0.0.1", "--port", str(port), "--workers", str(workers), "--http", "api.serving:NoDelayHTTPProtocol",
               "--log-level", "warning", "--no-access-log"]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    return server, f"http://127.0.0.1:{port}"


def server_cpu(pids: list[int]) -> float:
    """CPU seconds (user + system) used so far by these processes and their children (uvicorn's workers; the
    database's backends)."""
    import psutil

    total = 0.0
    for pid in pids:
        try:
            root = psutil.Process(pid)
            processes = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            continue
        for process in processes:
            try:
                times = process.cpu_times()
            except psutil.NoSuchProcess:  # a worker that exited meanwhile
                continue
            total += times.user + times.system
    return total


def measure(workers: int, payload_file: str, seconds: float, concurrency: int, warmup: float,
            rounds: int) -> list[dict[str, Any]]:
    """Per worker count: the endpoints and the peer alternated in `rounds` slices of `seconds / rounds` each."""
    server, base = start_server(workers)
    paths = (*ENDPOINTS, PEER)
    totals: dict[str, dict[str, Any]] = {p: {"requests": 0, "seconds": 0.0, "latencies": [], "errors": 0,
                                             "error_kinds": {}, "server_cpu": 0.0, "load_cpu": 0.0} for p in paths}
    try:
        health = wait_healthy(base, server)
        for endpoint in paths:  # every worker warm on every route
            subprocess.run([sys.executable, __file__, "--load", base + endpoint, payload_file, str(warmup),
                            str(concurrency)], check=True, capture_output=True)
        for _ in range(rounds):
            for endpoint in paths:
                server_before = server_cpu([server.pid])
                done = subprocess.run([sys.executable, __file__, "--load", base + endpoint, payload_file,
                                       str(seconds / rounds), str(concurrency)], check=True, capture_output=True,
                                      text=True)
                part = json.loads(done.stdout)
                total = totals[endpoint]
                total["server_cpu"] += server_cpu([server.pid]) - server_before
                total["load_cpu"] += part["cpu"]  # its threads' CPU, start-up and imports left out
                total["requests"] += part["requests"]
                total["seconds"] += part["seconds"]
                total["latencies"] += part["latencies"]
                total["errors"] += part["errors"]
                for key, count in part["error_kinds"].items():
                    total["error_kinds"][key] = total["error_kinds"].get(key, 0) + count
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    peer_rps = totals[PEER]["requests"] / totals[PEER]["seconds"]
    peer_cpu = totals[PEER]["server_cpu"] / max(totals[PEER]["requests"], 1)
    results = []
    for endpoint in paths:
        total = totals[endpoint]
        samples = sorted(total.pop("latencies"))
        rps = total["requests"] / total["seconds"]
        cpu = total["server_cpu"] / max(total["requests"], 1)
        results.append({**total, "endpoint": endpoint, "workers": workers, "concurrency": concurrency,
                        "rulebook": health["rulebook"], "rps": rps, "of_peer": rps / peer_rps,
                        "cpu_ms": cpu * 1000, "cpu_of_peer": peer_cpu / cpu if cpu else float("nan"),
                        "load_ms": total["load_cpu"] / max(total["requests"], 1) * 1000,
                        "p50": statistics.median(samples) if samples else float("nan"),
                        "p99": samples[min(len(samples) - 1, int(len(samples) * 0.99))] if samples else float("nan")})
    return results


def section(results: list[dict[str, Any]], facts: int, pool: int, seconds: float, rounds: int, commit: str,
            note: str) -> str:
    """The markdown section for bench/RESULTS.md."""
    rows = "\n".join(
        f"| `{r['endpoint']}` | {r['workers']} | {r['concurrency']} | {r['requests']:,} | {r['rps']:.1f} "
        f"| **{r['of_peer'] * 100:.0f} %** | {r['p50']:.1f} | {r['p99']:.1f} | {r['errors']} | {r['cpu_ms']:.2f} "
        f"| {r['cpu_of_peer'] * 100:.0f} % | {r['load_ms']:.2f} |" for r in results)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""{HEADING} — `bench/bench_http.py` (`make bench-http`)

uvicorn with `--workers N` and the protocol `hazard serve` uses (one engine with its own durable-rules state per worker
process) serving `bench/http_app.py`: the API plus its peer, `POST /bench/parse`, a minimal FastAPI endpoint that parses
the same body through the same middleware and strict JSON route and answers a small object. A separate load process
(httpx, {results[0]['concurrency']} threads, one keep-alive connection each, closed loop) posts {pool} different fully
answered 工贸 2023 inspections of `bench/synth.py` ({facts} facts each, scope gongmao), cycled, to
`POST /v1/assessments` (the explained assessment), `POST /v1/verdicts` (the decision alone) and the peer, alternated
in {rounds} slices each, {seconds:.0f} s per endpoint in all. "of peer" is requests/s over the peer's in the same run.
Latency is client-side, request to parsed response. Server and load share the same {os.cpu_count()} cores, so
requests/s also pays for the load process's work (parsing a larger response costs the client more): "server CPU" is
the CPU time (user + system) of every server process per request, "of peer" beside it the peer's server CPU per
request over the endpoint's (the share of the peer's requests/s the server would reach if it had the cores to
itself), and "load ms" the load process's per request. Measured {when}, commit `{commit}`, Python
{platform.python_version()}.{note and chr(10) * 2 + note}

| endpoint | workers | threads | requests | req/s | of peer | p50 ms | p99 ms | errors | server CPU ms | of peer | load ms |
|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
{rows}

{END}
"""


def write_section(text: str, heading: str = HEADING, end_marker: str = END) -> None:
    """Replace one section of bench/RESULTS.md (from `heading` to `end_marker`), or append it; the others stay."""
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    start = current.find(heading)
    if start >= 0:
        end = current.find(end_marker, start)
        end = len(current) if end < 0 else end + len(end_marker)
        updated = current[:start] + text.rstrip("\n") + current[end:]
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(updated if updated.endswith("\n") else updated + "\n", encoding="utf-8")


def main() -> None:
    """Measure each worker count and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=4, help="alternating slices per endpoint")
    parser.add_argument("--pool", type=int, default=40, help="different inspections posted, cycled (1: one repeated)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--note", default="", help="a sentence for RESULTS.md, e.g. what else ran on the machine")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    payloads = full_gongmao_payloads(args.pool)
    results = []
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        out.write("\n".join(json.dumps(payload, ensure_ascii=False) for payload in payloads) + "\n")
    try:
        print(f"{'endpoint':<16} {'workers':>7} {'threads':>7} {'requests':>9} {'req/s':>8} {'of peer':>8} "
              f"{'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'cpu ms':>7} {'cpu/peer':>8} {'load ms':>7}")
        for workers in args.workers:
            for r in measure(workers, out.name, args.seconds, args.concurrency, args.warmup, args.rounds):
                results.append(r)
                print(f"{r['endpoint']:<16} {r['workers']:>7} {r['concurrency']:>7} {r['requests']:>9} {r['rps']:>8.1f} "
                      f"{r['of_peer'] * 100:>7.0f}% {r['p50']:>8.1f} {r['p99']:>8.1f} {r['errors']:>6} "
                      f"{r['cpu_ms']:>7.2f} {r['cpu_of_peer'] * 100:>7.0f}% {r['load_ms']:>7.2f} "
                      f"{r['error_kinds'] or ''}", flush=True)
    finally:
        os.unlink(out.name)
    if not args.no_write:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        write_section(section(results, len(payloads[0]["facts"]), len(payloads), args.seconds, args.rounds,
                              commit.stdout.strip() or "?",
                              f"Load average (1 min) before the run: {load_before:.2f}. {args.note}".strip()))
        print(f"wrote the HTTP section of {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--load":
        print(json.dumps(run_load(sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]))))
    else:
        main()
