"""The fast two-valued decider agrees with the three-valued evaluator on random condition trees and partial facts."""

from __future__ import annotations

import random
from typing import Any

import pytest
from pydantic import TypeAdapter

from engine.logic import Outcome, decide, evaluate, evidence_of, missing_of
from engine.models import Condition

CONDITION: TypeAdapter[Any] = TypeAdapter(Condition)
DEVICE = ["有效", "失效", "未设置"]


def _leaf(rng: random.Random) -> dict[str, Any]:
    kind = rng.randrange(6)
    if kind == 0:
        return {"fact": "n1", rng.choice(["eq", "ne", "gt", "ge", "lt", "le"]): rng.randint(0, 4)}
    if kind == 1:
        return {"fact": "n2", "gt": {"fact": "n1", "times": rng.choice([0.5, 1.0, 2.0])}}
    if kind == 2:
        return {"fact": "flag", "eq": rng.choice([True, False])}
    if kind == 3:
        return {"fact": "grade", "in": rng.sample(["甲", "乙", "丙"], rng.randint(1, 2))}
    if kind == 4:
        op = rng.choice(["contains", "contains_any", "contains_all", "empty"])
        operand = {"contains": "x", "contains_any": ["x", "y"], "contains_all": ["x", "z"], "empty": True}[op]
        return {"fact": "items", op: operand}
    return {"fact": "device", "effective": rng.choice([True, False])}


def _tree(rng: random.Random, depth: int) -> dict[str, Any]:
    kind = rng.randrange(7) if depth < 3 else 0
    if kind <= 1:
        return _leaf(rng)
    children = [_tree(rng, depth + 1) for _ in range(rng.randint(1, 4))]
    if kind == 6:  # one observation answered in 2-3 ways
        return {"alternatives": [*children, _leaf(rng)][:3]}
    if kind == 2:
        return {"all": children}
    if kind == 3:
        return {"any": children}
    if kind == 4:
        return {"not": children[0]}
    if rng.random() < 0.3:
        children.append({"criterion": "ref"})
    return {"at_least": rng.randint(1, len(children)), "of": children}


def _facts(rng: random.Random) -> dict[str, Any]:
    every = {"n1": rng.randint(0, 4), "n2": rng.randint(0, 6), "flag": rng.random() < 0.5,
             "grade": rng.choice(["甲", "乙", "丙"]), "items": rng.sample(["x", "y", "z"], rng.randint(0, 3)),
             "device": rng.choice(DEVICE)}
    return {k: v for k, v in every.items() if rng.random() < 0.7}


@pytest.mark.parametrize("seed", range(20))
def test_decide_is_the_kleene_value(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(150):
        node = CONDITION.validate_python(_tree(rng, 0))
        facts = _facts(rng)
        ref = rng.choice([True, False, None])

        expected = evaluate(node, facts, lambda _, r=ref: Outcome(r)).value
        assert decide(node, facts, lambda _, r=ref: r) is expected, (node, facts, ref)


@pytest.mark.parametrize("seed", range(20))
def test_evidence_and_missing_walk_only_what_decides(seed: int) -> None:
    # the walkers explaining a true or unknown node give exactly the evaluator's evidence or missing facts
    rng = random.Random(1000 + seed)
    checked = 0
    for _ in range(150):
        node = CONDITION.validate_python(_tree(rng, 0))
        facts = _facts(rng)
        ref = rng.choice([Outcome(True, evidence=["n2", "r"]), Outcome(False), Outcome(None, missing=["r", "n1"])])
        expected = evaluate(node, facts, lambda _, r=ref: r)
        truth, outcome = (lambda _, r=ref: r.value), (lambda _, r=ref: r)
        if expected.value is True:
            assert evidence_of(node, facts, truth, outcome) == expected.evidence, (node, facts, ref)
            checked += 1
        elif expected.value is None:
            assert missing_of(node, facts, truth, outcome) == expected.missing, (node, facts, ref)
            checked += 1
    assert checked > 60  # most trees came out true or unknown: the walkers were exercised
