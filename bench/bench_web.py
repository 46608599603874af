"""The web checklist's live refresh: one answer changed on the fully answered 工贸 checklist, round trip p50.

`hazard serve` (1 worker) on a free 127.0.0.1 port with a fresh register; a logged-in department user's draft holds
the 工贸 2023 checklist fully answered (`bench/synth.py`, every article in scope). Each request flips one answer and
posts the whole form to the page script's endpoint (`POST /checks/drafts/{id}/live`: CSRF check, draft saved,
`Engine.verdicts`, `open_questions`, the 条 verdicts rendered). Its peer in the same run is `POST /v1/verdicts` with
the same facts (the engine's decision alone, JSON). Writes its section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from bench_http import write_section
from synth import DATE, GONGMAO, full_facts

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "webapp"))
from seed import PASSWORD, WOOD_USCC, seed  # noqa: E402

from engine.assess import Engine  # noqa: E402
from engine.models import FactType  # noqa: E402
from ledger.store.db import Database  # noqa: E402

HEADING = "## Web checklist — `bench/bench_web.py`"
END = "<!-- end web -->"
USER = "荣成市应急局-张三"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
FLIP = "dust.sander.spark_detection"  # decides 第十一条第（八）项: 有效 ↔ 未设置


def form_value(kind: FactType, value: Any) -> Any:
    """A typed answer as the form sends it."""
    if kind is FactType.bool:
        return "是" if value else "否"
    if kind is FactType.list:
        return list(value) or ["__none__"]
    return str(value)


def form_body(engine: Engine, facts: dict[str, Any], token: str) -> bytes:
    """The urlencoded checklist form: the CSRF token and one field (or several, for a list) per answer."""
    fields = [("csrf_token", token)]
    for code, value in facts.items():
        answer = form_value(engine.book.facts[code].type, value)
        fields += [(f"q:{code}", v) for v in (answer if isinstance(answer, list) else [answer])]
    return urlencode(fields).encode()


def start_server(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`hazard serve` on a free port, up when /healthz answers."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "HAZARD_REGISTER_PATH": str(folder / "register.sqlite")}
    env.pop("HAZARD_DATABASE_URL", None)
    process = subprocess.Popen([str(Path(sys.executable).parent / "hazard"), "serve", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("hazard serve did not start")


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert found
    return found.group(1)


def open_draft(client: httpx.Client) -> tuple[str, str]:
    """Log in, start a 工贸 draft; its live URL and the session's CSRF token."""
    client.post("/login", data={"csrf_token": _csrf(client.get("/login").text), "name": USER, "password": PASSWORD})
    token = _csrf(client.get("/checks/new").text)
    made = client.post("/checks/new", data={
        "csrf_token": token, "uscc": WOOD_USCC, "name": "基准测试家具厂", "region_code": "371082",
        "industries": "gongmao", "date": DATE, "channel": "监督检查", "level": "区县"})
    assert made.status_code == 303, made.text[:500]
    return made.headers["location"] + "/live", token


def timed(send: Any, runs: int) -> list[float]:
    """Milliseconds per round trip."""
    samples = []
    for index in range(runs):
        started = time.perf_counter()
        send(index)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure(runs: int) -> dict[str, Any]:
    """Interleaved rounds of the live refresh and its peer on one server."""
    engine = Engine.from_path(ROOT / "rules")
    facts = full_facts(engine.book, GONGMAO, seed=7)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'register.sqlite'}")
        seed(db)
        db.dispose()
        process, base = start_server(Path(folder))
        try:
            with httpx.Client(base_url=base, timeout=30) as client:
                live, token = open_draft(client)
                bodies = [form_body(engine, {**facts, FLIP: state}, token) for state in ("有效", "未设置")]
                documents = [{"inspection": {"date": DATE, "scope": ["gongmao"]}, "facts": {**facts, FLIP: state}}
                             for state in ("有效", "未设置")]

                def refresh(i: int) -> None:
                    response = client.post(live, content=bodies[i % 2], headers=FORM)
                    assert response.status_code == 200 and response.json()["groups"], response.text[:300]

                def verdicts(i: int) -> None:
                    assert client.post("/v1/verdicts", json=documents[i % 2]).status_code == 200

                timed(refresh, 20), timed(verdicts, 20)  # warm-up
                live_ms: list[float] = []
                peer_ms: list[float] = []
                for _ in range(10):
                    live_ms += timed(refresh, runs // 10)
                    peer_ms += timed(verdicts, runs // 10)
                size = len(client.post(live, content=bodies[0], headers=FORM).content)
        finally:
            process.terminate()
            process.wait(timeout=20)
    fields = bodies[0].count(b"&")
    return {"live": live_ms, "peer": peer_ms, "answers": len(facts), "fields": fields, "size": size}


def _row(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    p99 = ordered[int(0.99 * (len(ordered) - 1))]
    return f"| {name} | {len(samples)} | {statistics.median(samples):.1f} | {p90:.1f} | {p99:.1f} |"


def section(result: dict[str, Any], note: str) -> str:
    """The markdown section for bench/RESULTS.md."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout
    p50, peer = statistics.median(result["live"]), statistics.median(result["peer"])
    load = os.getloadavg()[0]
    said = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit `{commit.strip()}`, load average (1 min) {load:.2f}."
    said += f" {note}" if note else ""
    return f"""{HEADING}

Issue 15's target: refreshing the verdicts after one answer on the full 工贸 checklist, p50 round trip ≤ 50 ms.
`hazard serve` (1 worker) on 127.0.0.1 with a fresh SQLite register; one logged-in department user; a draft of
the 工贸 2023 checklist with all {result['answers']} questions answered ({result['fields']} form fields, every article
in scope, `bench/synth.py` seed 7). Each request flips `{FLIP}` (有效 ↔ 未设置) and posts the whole form to
`POST /checks/drafts/{{id}}/live`: session and CSRF check, the draft saved, `Engine.verdicts`, `open_questions`, each
条's verdict rendered ({result['size']:,} bytes of JSON back). Peer in the same run, interleaved: `POST /v1/verdicts`
with the same facts. Client-side times, one keep-alive connection, sequential. Measured
{said}

| request | runs | p50 ms | p90 ms | p99 ms |
|---|--:|--:|--:|--:|
{_row("live refresh (`/checks/drafts/{id}/live`)", result["live"])}
{_row("peer: `/v1/verdicts`", result["peer"])}

p50 {p50:.1f} ms against the 50 ms target; {p50 / peer:.1f} × the engine's bare verdicts round trip.

{END}
"""


def main() -> None:
    """Measure and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    text = section(measure(args.runs), args.note)
    print(text)
    if not args.no_write:
        write_section(text, HEADING, END)


if __name__ == "__main__":
    main()
