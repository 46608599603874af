"""An assessment (or the verdicts) as JSON text, its shared parts written once: what pydantic writes, byte for byte.

Most of an assessment's JSON is the findings, the standards used and the follow-up actions, and the engine shares
one frozen instance of each between assessments (the same criterion, status and evidence is one `Finding`; an
action the hazards found do not trigger is the memoised plan's own). Their JSON is therefore written once and kept
with the instance. An action the hazards trigger is a fresh copy per assessment: its own fields are written each
time, its triggers (shared too) come from their kept JSON. Everything else goes through pydantic-core as before.
`Verdicts` the same way: its standards and its verdicts (one frozen `Verdict` per criterion, status and missing
facts) are shared.

`tests/test_jsonout.py` checks the text equal to pydantic's on every example, in full and summarised.
"""

from __future__ import annotations

import operator
import typing
from typing import Any

from pydantic import BaseModel

from engine.actions import ActionOut
from engine.results import Assessment, Verdicts

_ACTION_OWN = {"triggered_by", "conditional_on"}  # an action's fields after which its triggers are written
_KEPT_LIMIT = 4096  # instances whose JSON is kept (a finding's ~1 kB): bounded, cleared when full (~5 MB at most)
_JOINED_LIMIT = 1024  # joined trigger lists kept (~3.5 kB each with their keys: ~3.5 MB at most)


def _runs(model: type[BaseModel], listed: tuple[str, ...]) -> list[str | set[str]]:
    """The model's fields in order: a listed field alone, the others in runs written by one pydantic call each."""
    runs: list[str | set[str]] = []
    for name in model.model_fields:
        if name in listed:
            _require_frozen(model, name)
            runs.append(name)
        elif runs and isinstance(runs[-1], set):
            runs[-1].add(name)
        else:
            runs.append({name})
    return runs


def _require_frozen(model: type[BaseModel], name: str) -> None:
    """A list field whose items' JSON is kept must hold frozen models: a kept text must never go stale."""
    item = typing.get_args(model.model_fields[name].annotation)[0]
    if not item.model_config.get("frozen"):
        raise ImportError(f"engine.jsonout: {model.__name__}.{name} must list frozen models")


# lists of shared frozen models, written from kept fragments
_ASSESSMENT_RUNS = _runs(Assessment, ("standards", "findings", "actions"))
_VERDICTS_RUNS = _runs(Verdicts, ("standards", "verdicts"))
if list(ActionOut.model_fields)[-2:] != ["triggered_by", "conditional_on"]:  # _action writes them last, in this order
    raise ImportError("engine.jsonout: ActionOut must end with triggered_by, conditional_on")
_require_frozen(ActionOut, "triggered_by")
_require_frozen(ActionOut, "conditional_on")


class _Kept:
    """JSON text of frozen models by identity; an entry holds its instance, so no other object can take its id."""

    def __init__(self, limit: int, joined_limit: int):
        self.limit, self.joined_limit = limit, joined_limit
        self.entries: dict[tuple[int, Any], tuple[BaseModel, bytes]] = {}
        self.lists: dict[tuple[Any, ...], tuple[tuple[Any, ...], bytes]] = {}

    def json(self, model: BaseModel, exclude: Any = None) -> bytes:
        """The model's JSON (with `exclude` left out: part of the key, so it must be hashable)."""
        key = (id(model), exclude)
        entry = self.entries.get(key)
        if entry is not None and entry[0] is model:
            return entry[1]
        text = model.__pydantic_serializer__.to_json(model, exclude=exclude)
        if len(self.entries) >= self.limit:
            self.entries.clear()
        self.entries[key] = (model, text)
        return text

    def joined(self, models: list[Any], brief: frozenset[str] | None = None) -> bytes:
        """The models' JSON joined by commas, kept for the same instances in the same order (an action's triggers).

        `brief`: the fields left out of each model that is a trigger by a finding (a summary's, engine/detail.py).
        """
        key = (brief, *map(id, models))
        entry = self.lists.get(key)
        if entry is not None and all(map(operator.is_, entry[0], models)):
            return entry[1]
        text = b",".join(self.json(model, brief if brief and model.kind == "finding" else None) for model in models)
        if len(self.lists) >= self.joined_limit:
            self.lists.clear()
        self.lists[key] = (tuple(models), text)
        return text


_kept = _Kept(_KEPT_LIMIT, _JOINED_LIMIT)


def assessment_json(assessment: Assessment, brief: frozenset[str] | None = None) -> bytes:
    """The assessment as UTF-8 JSON; `brief`: the fields left out of each action's triggers that are findings."""
    return _written(assessment, _ASSESSMENT_RUNS, brief)


def verdicts_json(verdicts: Verdicts) -> bytes:
    """The verdicts as UTF-8 JSON."""
    return _written(verdicts, _VERDICTS_RUNS, None)


def _written(model: BaseModel, runs: list[str | set[str]], brief: frozenset[str] | None) -> bytes:
    serializer = model.__pydantic_serializer__
    parts: list[bytes] = []
    for run in runs:
        if isinstance(run, set):
            text = serializer.to_json(model, include=run)
            if len(text) > 2:  # b"{}": nothing to write
                parts.append(text[1:-1])
        elif run == "actions":
            parts.append(b'"actions":[' + b",".join(_action(a, brief) for a in getattr(model, run)) + b"]")
        else:
            parts.append(b'"' + run.encode() + b'":[' + b",".join(map(_kept.json, getattr(model, run))) + b"]")
    return b"{" + b",".join(parts) + b"}"


def _action(action: ActionOut, brief: frozenset[str] | None) -> bytes:
    """One action: whole from its kept JSON when no finding triggers it, else its own fields and kept triggers."""
    if not any(t.kind == "finding" for t in action.triggered_by):
        return _kept.json(action)
    own = action.__pydantic_serializer__.to_json(action, exclude=_ACTION_OWN)
    return (own[:-1] + b',"triggered_by":[' + _kept.joined(action.triggered_by, brief)
            + b'],"conditional_on":[' + _kept.joined(action.conditional_on) + b"]}")
