"""Parts of an assessment that say the same for every inspection are shared, so they are frozen; the rest are not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from engine.assess import Engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


def test_shared_findings_and_actions_are_frozen_and_the_same_for_the_same_answers(engine: Engine) -> None:
    first, second = (engine.assess(i) for i in synth.inspection_pool(engine, 0.5, 2))
    one = {f.criterion: f for f in first.findings}
    shared = [f for f in second.findings if one[f.criterion] is f]
    assert shared
    with pytest.raises(ValidationError):
        shared[0].status = "hazard"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        first.actions[0].title = "改"  # type: ignore[misc]
    for finding in second.findings:  # one instance exactly when it says the same
        same = one[finding.criterion].model_dump() == finding.model_dump()
        assert (one[finding.criterion] is finding) == same, finding.criterion
    assert any(one[f.criterion] is not f for f in second.findings)


def test_an_assessment_repeated_says_the_same(engine: Engine) -> None:
    inspection = synth.inspection_pool(engine, 1, 1)[0]
    dump = engine.assess(inspection).model_dump_json()
    for other in synth.inspection_pool(engine, 0.25, 3, first_seed=5):
        engine.assess(other)
    assert engine.assess(inspection).model_dump_json() == dump
