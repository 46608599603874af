"""The runtime's one-call C loop (engine/_fired.c) against durable-rules' own binding, and its failure paths."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from engine import runtime
from engine.assess import Engine
from engine.errors import EvaluationError
from engine.inspection import parse_inspection
from engine.runtime import Runtime, Taken, fired_in_python

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


def test_the_c_loop_is_built_here() -> None:
    # `make test` builds it (gcc and Python headers are needed for durable-rules anyway); without it the engine
    # still works through the binding, only slower: this keeps a broken build from going unnoticed
    assert runtime._fired_in_c is not None


@pytest.fixture(scope="module")
def both(engine: Engine) -> Iterator[tuple[Runtime, Runtime, list[Any]]]:
    rulesets = [replace(r, name=r.name + "-py") for r in engine.rulesets + engine.action_rulesets]
    python = Runtime(rulesets, take=fired_in_python)
    yield engine.runtime, python, rulesets
    python.close()


def _inspections(engine: Engine) -> list[Any]:
    found = [parse_inspection(p.read_text(encoding="utf-8"), p.name, engine.book)
             for p in sorted((ROOT / "examples").glob("*.yaml"))]
    return found + [synth.full_inspection(engine, seed, std) for std, s in engine.book.standards.items()
                    if s.encoded for seed in (1, 2)]


def test_the_c_loop_fires_what_the_binding_fires(engine: Engine, both: tuple[Runtime, Runtime, list[Any]]) -> None:
    in_c, in_python, renamed = both
    by_name = {r.name: r for r in renamed}
    fired = 0
    for inspection in _inspections(engine):
        for ruleset in engine.rulesets + engine.action_rulesets:
            twin = [by_name[ruleset.name + "-py"]]
            assert in_c.fired(inspection.facts, [ruleset]) == in_python.fired(inspection.facts, twin), ruleset.name
            fired += len(in_c.fired(inspection.facts, [ruleset]))
    assert fired > 100  # the comparison saw rules fire, not only silence


def test_each_fired_rule_is_taken_with_its_repeats(engine: Engine) -> None:
    # the raw names, repeats included (a rule fires once per satisfied OR branch), agree call for call
    inspection = synth.full_inspection(engine, 1)
    repeats = 0
    for ruleset in engine.rulesets:
        handle, taken = engine.runtime._registered[ruleset.name].handle, []
        for take in (runtime._fired_in_c, fired_in_python):
            assert take is not None
            result, _, names, error = take(handle, ruleset.encode(inspection.facts, "take-1"))
            runtime.durable.delete_state(handle, "take-1")
            assert (result, error) == (0, 0) and "seen" in names
            taken.append(sorted(names))
        assert taken[0] == taken[1], ruleset.name
        repeats += len(taken[0]) - len(set(taken[0]))
    assert repeats > 0


def _failing_take(real: Any) -> Any:
    def take(handle: int, text: str) -> Taken:
        result, state, names, _ = real(handle, text)
        return result, state, names, 310 + 7  # as if taking the fired rules had failed after the assertion
    return take


def test_an_error_taking_fired_rules_is_an_error_and_the_state_is_still_deleted(engine: Engine) -> None:
    inspection = synth.full_inspection(engine, 1)
    rulesets = [replace(r, name=r.name + "-failing") for r in engine.rulesets[:1]]
    failing = Runtime(rulesets, take=_failing_take(runtime._fired_in_c or fired_in_python))
    try:
        for _ in range(1100):  # more than the 1,024 live sids durable-rules allows per ruleset
            with pytest.raises(EvaluationError, match="错误码 317"):
                failing.fired(inspection.facts)
    finally:
        failing.close()


def test_rules_are_named_by_the_id_they_decide(engine: Engine) -> None:
    for ruleset in engine.rulesets + engine.action_rulesets:
        criteria = [name for name, rule in ruleset.definition.items() if name == rule["run"]]
        assert sorted(criteria) == sorted(ruleset.criteria)


def test_a_reused_session_is_left_empty_after_each_assessment(engine: Engine) -> None:
    # each ruleset keeps one session and retracts the inspection's fact after it: one inspection after another
    # must fire exactly what a never-used runtime fires for each
    rulesets = [r for r in engine.rulesets if r.edition == synth.GONGMAO]
    inspections = [synth.full_inspection(engine, seed) for seed in range(1, 6)]
    inspections += [parse_inspection(p.read_text(encoding="utf-8"), p.name, engine.book)
                    for p in sorted((ROOT / "examples").glob("*.yaml"))[:6]]
    in_turn = [engine.runtime.fired(i.facts, rulesets) for i in inspections * 2]
    for number, inspection in enumerate(inspections):
        fresh = Runtime([replace(r, name=f"{r.name}-fresh{number}") for r in rulesets])
        try:
            alone = fresh.fired(inspection.facts)
        finally:
            fresh.close()
        assert in_turn[number] == in_turn[number + len(inspections)] == alone, number


def test_a_fact_durable_rules_refuses_is_an_error(engine: Engine) -> None:
    def refuse(handle: int, text: str) -> Any:
        return runtime.durable.assert_fact(handle, text.replace('"id"', '"id" 3e-05 '))  # not JSON: durable raises
    inspection = synth.full_inspection(engine, 1)
    rulesets = [replace(r, name=r.name + "-refused") for r in engine.rulesets[:1]]
    refusing = Runtime(rulesets, take=refuse)
    try:
        with pytest.raises(EvaluationError, match="拒绝了事实"):
            refusing.fired(inspection.facts)
    finally:
        refusing.close()


def test_a_chaining_session_is_reused_and_fires_what_a_fresh_one_fires(engine: Engine,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # rulesets that assert markers (count groups, actions referring to actions) retract them with the fact after
    # each run and keep their session: in turn, and again, they fire what a never-used runtime fires
    from engine.actions import action_facts

    chaining = [r for r in engine.rulesets + engine.action_rulesets if r.emits]
    assert {r.edition for r in chaining} >= {"#actions", "fire-gb35181-2017"}
    inputs = [i.facts for i in _inspections(engine)]
    inputs += [action_facts(i, hazards) for i in _inspections(engine)[:12] for hazards in ([], [object()])]
    deleted: list[int] = []
    delete = runtime.durable.delete_state
    monkeypatch.setattr(runtime.durable, "delete_state", lambda handle, sid: deleted.append(handle) or delete(handle, sid))
    in_turn = [engine.runtime.fired(facts, chaining) for facts in inputs * 2]
    monkeypatch.undo()
    assert not deleted  # each session was emptied by retraction and kept, not deleted and created anew
    assert sum(map(len, in_turn)) > 50  # rules and markers fired, not only silence
    for number, facts in enumerate(inputs):
        fresh = Runtime([replace(r, name=f"{r.name}-chain{number}") for r in chaining])
        try:
            alone = fresh.fired(facts)
        finally:
            fresh.close()
        assert in_turn[number] == in_turn[number + len(inputs)] == alone, number


def test_a_session_not_emptied_is_an_error_then_dropped(engine: Engine) -> None:
    # the batch of plain rulesets (one C call) reports the ruleset whose fact was already there, deletes its session
    # and raises; the next run starts from an empty session and fires what it should
    inspection = synth.full_inspection(engine, 1)
    rulesets = [r for r in engine.rulesets if r.edition == synth.GONGMAO]
    expected = engine.runtime.fired(inspection.facts, rulesets)
    left = rulesets[3]
    assert runtime._fired_in_c is not None
    runtime._fired_in_c(engine.runtime._registered[left.name].handle, left.encode(inspection.facts, runtime._SID))
    with pytest.raises(EvaluationError, match=f"会话未清空（{left.name}"):
        engine.runtime.fired(inspection.facts, rulesets)
    assert engine.runtime.fired(inspection.facts, rulesets) == expected
