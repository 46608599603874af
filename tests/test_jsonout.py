"""An assessment written from kept fragments is, byte for byte, what pydantic writes for it."""

from __future__ import annotations

import operator
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine import jsonout
from engine.actions import Trigger
from engine.assess import Assessment, Engine, Verdicts
from engine.detail import summarised, to_json
from engine.inspection import validate_inspection

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


def _pydantic(assessment: Assessment, detail: str) -> bytes:
    """What pydantic-core writes: the reference (the summary leaves each finding trigger's label and value out)."""
    if detail == "full":
        return assessment.__pydantic_serializer__.to_json(assessment)
    summary = summarised(assessment)
    actions = {index: {"triggered_by": {at: {"label", "value", "value_label"}
                                        for at, t in enumerate(action.triggered_by) if t.kind == "finding"}}
               for index, action in enumerate(summary.actions)}
    return summary.__pydantic_serializer__.to_json(summary, exclude={"actions": actions})


def _both(assessment: Assessment) -> None:
    for detail in ("full", "summary"):
        assert to_json(assessment, detail) == _pydantic(assessment, detail), detail


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_is_written_as_pydantic_writes_it(engine: Engine, path: Path) -> None:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    assessment = engine.assess(validate_inspection(data, engine.book))
    _both(assessment)
    _both(assessment)  # the second time from the kept fragments
    _both(Assessment.model_validate_json(to_json(assessment, "full")))  # read back: new instances, no shared ones


def _verdicts(verdicts: Verdicts) -> None:
    assert jsonout.verdicts_json(verdicts) == verdicts.__pydantic_serializer__.to_json(verdicts)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_examples_verdicts_are_written_as_pydantic_writes_them(engine: Engine, path: Path) -> None:
    inspection = validate_inspection(yaml.safe_load(path.read_text(encoding="utf-8")), engine.book)
    first, again = engine.verdicts(inspection), engine.verdicts(inspection)
    assert all(map(operator.is_, first.verdicts, again.verdicts))  # shared: written once, then from the kept text
    for verdicts in (first, again, Verdicts.model_validate_json(jsonout.verdicts_json(first))):
        _verdicts(verdicts)


@pytest.mark.parametrize("fraction", [1, 0.5, 0.1])
def test_random_inspections_are_written_as_pydantic_writes_them(engine: Engine, fraction: float) -> None:
    pool = synth.inspection_pool(engine, fraction, 6)
    for inspection in pool + pool:
        assessment = engine.assess(inspection)
        assert any(t.kind == "finding" for a in assessment.actions for t in a.triggered_by) or fraction < 1
        _both(assessment)
        _verdicts(engine.verdicts(inspection))


def test_the_kept_fragments_stay_bounded_and_right_when_cleared(engine: Engine,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonout, "_kept", jsonout._Kept(limit=16, joined_limit=4))
    for inspection in synth.inspection_pool(engine, 0.5, 4) * 2:
        _both(engine.assess(inspection))
        assert len(jsonout._kept.entries) <= 16 and len(jsonout._kept.lists) <= 4


def test_a_kept_fragment_is_only_ever_its_own_instances() -> None:
    kept = jsonout._Kept(limit=4, joined_limit=4)
    first = Trigger(kind="fact", code="a", label="甲")
    assert kept.json(first) == first.__pydantic_serializer__.to_json(first)
    other = Trigger(kind="finding", code="b", label="乙")
    kept.entries[(id(other), None)] = (first, b"stale")  # as if `other` had taken a freed instance's id
    assert kept.json(other) == other.__pydantic_serializer__.to_json(other)
    kept.lists[(None, id(other))] = ((first,), b"stale")
    assert kept.joined([other]) == other.__pydantic_serializer__.to_json(other)
    brief = kept.joined([first, other], frozenset(["label"]))
    assert brief == b'{"kind":"fact","code":"a","label":"\xe7\x94\xb2","value":null,"value_label":null},' \
                    b'{"kind":"finding","code":"b","value":null,"value_label":null}'


def test_only_lists_of_frozen_models_are_written_from_kept_fragments() -> None:
    from pydantic import BaseModel

    class Item(BaseModel):  # made per call and not frozen: its kept text could go stale
        name: str

    class Listing(BaseModel):
        items: list[Item]

    with pytest.raises(ImportError, match=r"Listing\.items must list frozen models"):
        jsonout._runs(Listing, ("items",))
