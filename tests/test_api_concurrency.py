"""≥1,000 concurrent requests with different inspections: each response equals the sequential result."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

MINI = Path(__file__).parent / "fixtures" / "mini"


def inspection(n: int) -> dict[str, object]:
    facts: dict[str, object] = {"profile.kind": ["甲业"], "profile.cold": True, "room.people": n % 15}
    if n % 3:
        facts["room.own"] = bool(n % 2)
    if n % 5 == 0:
        facts["alarm.state"] = ["有效", "失效", "未设置"][n % 3]
    return {"inspection": {"date": "2025-06-01"}, "facts": facts}


def test_concurrent_requests_never_mix_inspections() -> None:
    client = TestClient(create_app(Settings(rules=MINI)))
    requests = [inspection(n) for n in range(1000)]
    sequential = [client.post("/v1/assessments", json=r).json()["findings"] for r in requests]
    with ThreadPoolExecutor(max_workers=16) as pool:
        concurrent = list(pool.map(lambda r: client.post("/v1/assessments", json=r).json()["findings"], requests))
    assert len({str(f) for f in sequential}) > 10, "inputs must differ enough to detect mixing"
    mismatches = [n for n, (a, b) in enumerate(zip(sequential, concurrent, strict=True)) if a != b]
    assert mismatches == []
