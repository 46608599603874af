"""durable-rules decides and the two-valued pass checks it: on every example and on random partial inspections of
every encoded edition, `Engine(verify=True)` (both decide every criterion, and must agree) gives the statuses the
default engine gives; a runtime that misfires is caught."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import app
from engine.assess import Engine
from engine.compile import FactLayout, _Texts
from engine.errors import EvaluationError
from engine.inspection import Inspection, parse_inspection, validate_inspection

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
KEEP = (0.0, 0.3, 0.6, 0.9, 1.0)  # share of an edition's facts answered


@pytest.fixture(scope="module")
def verifying(engine: Engine) -> Iterator[Engine]:
    checked = Engine(engine.book, verify=True)
    yield checked
    checked.close()


def _random_inspection(engine: Engine, standard_id: str, seed: int, keep: float) -> Inspection:
    """Random answers (profile included, so some scopes fail) to a random share of one edition's facts."""
    book, rng = engine.book, random.Random(seed)
    std = book.standards[standard_id]
    facts = {code: synth.synthetic_value(book.facts[code], rng)
             for code in sorted(synth.standard_fact_codes(book, standard_id)) if rng.random() < keep}
    data: dict[str, Any] = {"inspection": {"date": str(std.effective_from), "scope": [std.family]}, "facts": facts}
    return validate_inspection(data, book)


def _statuses(engine: Engine, inspection: Inspection) -> dict[str, str]:
    return dict(engine.evaluate(inspection).status)


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_agree_with_the_two_valued_pass(engine: Engine, verifying: Engine, example: Path) -> None:
    inspection = parse_inspection(example.read_text(encoding="utf-8"), example.name, engine.book)
    assert _statuses(verifying, inspection) == _statuses(engine, inspection)


def test_random_partial_inspections_agree_on_every_edition(engine: Engine, verifying: Engine) -> None:
    seen: dict[str, int] = dict.fromkeys(("hazard", "clear", "undetermined", "not_applicable", "not_judged"), 0)
    editions = [std.id for std in engine.book.standards.values() if std.encoded]
    for std_id in editions:
        for seed in range(12):
            inspection = _random_inspection(engine, std_id, seed, KEEP[seed % len(KEEP)])
            statuses = _statuses(engine, inspection)
            assert _statuses(verifying, inspection) == statuses, (std_id, seed)
            for status in statuses.values():
                seen[status] += 1
    assert all(seen.values()), seen  # every status was reached, so the comparison covered each path


class _Misfiring:
    """A runtime that drops or adds one criterion to what durable-rules fired."""

    def __init__(self, real: Any, drop: str | None = None, add: str | None = None):
        self.real, self.drop, self.add = real, drop, add

    def fired(self, facts: dict[str, Any], rulesets: Any = None) -> set[str]:
        fired: set[str] = self.real.fired(facts, rulesets) - {self.drop}
        return fired | {self.add} if self.add else fired


def _with_runtime(engine: Engine, runtime: Any, verify: bool) -> Engine:
    copy = Engine.__new__(Engine)
    copy.__dict__.update(engine.__dict__)
    copy.runtime, copy.verify = runtime, verify
    return copy


def _full(engine: Engine) -> tuple[Inspection, str]:
    inspection = synth.full_inspection(engine, 1)
    hazard = next(cid for cid, s in engine.evaluate(inspection).status.items() if s == "hazard")
    return inspection, hazard


def test_a_missed_hazard_on_answered_facts_is_caught_by_verify(engine: Engine) -> None:
    inspection, hazard = _full(engine)
    missing = _Misfiring(engine.runtime, drop=hazard)
    # every fact answered: the default engine trusts durable-rules' silence (this is what verify is for)
    assert _with_runtime(engine, missing, verify=False).evaluate(inspection).status[hazard] == "clear"
    with pytest.raises(EvaluationError, match=hazard):
        _with_runtime(engine, missing, verify=True).evaluate(inspection)


def test_a_missed_hazard_the_two_valued_pass_sees_is_always_an_error(engine: Engine) -> None:
    inspection, _ = _full(engine)
    partial, hazard = _hazard_without_one_of_its_facts(engine, inspection)
    with pytest.raises(EvaluationError, match=hazard):
        _with_runtime(engine, _Misfiring(engine.runtime, drop=hazard), verify=False).evaluate(partial)


def _hazard_without_one_of_its_facts(engine: Engine, inspection: Inspection) -> tuple[Inspection, str]:
    """An inspection where a hazard stands although one fact it reads is unanswered (an OR's other branch holds)."""
    for cid, status in engine.evaluate(inspection).status.items():
        if status != "hazard":
            continue
        for code in sorted(engine._reads[cid]):
            partial = _without(inspection, {code})
            if engine.evaluate(partial).status[cid] == "hazard":
                return partial, cid
    raise AssertionError("no hazard survives an unanswered fact in the synthetic inspection")


def test_a_rule_fired_out_of_scope_is_always_an_error(engine: Engine) -> None:
    inspection, _ = _full(engine)
    for code in sorted(inspection.facts):
        if engine.book.facts[code].profile and inspection.facts[code] is True:
            narrowed = inspection.model_copy(update={"facts": {**inspection.facts, code: False}})
            statuses = engine.evaluate(narrowed).status
            out_of_scope = next((cid for cid, s in statuses.items() if s == "not_applicable"), None)
            if out_of_scope is not None:
                with pytest.raises(EvaluationError, match=out_of_scope):
                    misfiring = _Misfiring(engine.runtime, add=out_of_scope)
                    _with_runtime(engine, misfiring, verify=False).evaluate(narrowed)
                return
    raise AssertionError("no profile answer puts a criterion out of scope")


def _without(inspection: Inspection, codes: set[str]) -> Inspection:
    return inspection.model_copy(update={"facts": {k: v for k, v in inspection.facts.items() if k not in codes}})


def test_cli_verify_gives_the_same_assessment() -> None:
    example = str(EXAMPLES[0])
    plain = CliRunner().invoke(app, ["assess", example, "--format", "json"])
    verified = CliRunner().invoke(app, ["assess", example, "--format", "json", "--verify"])
    assert plain.exit_code == verified.exit_code == 0
    assert json.loads(verified.stdout) == json.loads(plain.stdout)


def test_cli_evaluation_error_exits_4_and_prints_no_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    def disagree(self: Engine, inspection: Inspection) -> Any:
        raise EvaluationError("durable-rules 与三值逻辑结论不一致")
    monkeypatch.setattr(Engine, "assess", disagree)
    result = CliRunner().invoke(app, ["assess", str(EXAMPLES[0]), "--verify"])
    assert result.exit_code == 4
    assert result.stdout == "" and "判定出错：durable-rules 与三值逻辑结论不一致" in result.stderr


def test_memoised_edition_choice_is_never_changed_by_a_later_inspection(engine: Engine) -> None:
    # the same date and scope share the edition choice; each result must keep its own `applies`
    def on(sectors: list[str]) -> Inspection:
        return validate_inspection({"inspection": {"date": synth.DATE}, "facts": {"profile.sectors": sectors}},
                                   engine.book)

    def applies(result: Any) -> dict[str, bool | None]:
        return {use.family: use.applies for use in result.standards}

    gas, steel = engine.verdicts(on(["城镇燃气"])), engine.verdicts(on(["冶金"]))
    assert applies(gas)["city-gas"] is True and applies(gas)["gongmao"] is False
    assert applies(steel)["city-gas"] is False and applies(steel)["gongmao"] is True
    assert engine.choose_editions(dt.date.fromisoformat(synth.DATE))[0][0].applies is None


def test_property_texts_stay_few_for_many_values() -> None:
    layout = FactLayout()
    layout.prop("x", "x", lambda value: value, "integer")
    (_, write), = layout.writers
    texts = [write(f"值{n}") for n in range(3 * _Texts.LIMIT)]
    assert texts == [f'"p0":"值{n}"' for n in range(3 * _Texts.LIMIT)]
    table = write.__self__  # type: ignore[attr-defined]
    assert len(table) == _Texts.LIMIT
