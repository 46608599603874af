"""Drives durable-rules' engine directly: rulesets registered once (freed by `close`), one lock, sessions emptied.

durable-rules' Python `Host` wraps each fired rule in a JSON round trip of the session state, a closure, a promise
and a clock read, and swallows exceptions raised in actions. Its C engine (`durable_rules_engine`, the Rete network
that matches and fires) is called here without that wrapper: assert a fact, take the names of the rules it fired,
assert the marker facts a fired rule emits (forward chaining), empty the session again (retract the fact and the
markers; the whole session is deleted after a failure). An error while handling a fired rule is raised, never
swallowed.

Asserting and taking the fired rules is one call into `engine._fired` (a small C module calling the same C functions
as durable-rules' binding) when it was built; otherwise the same loop runs here through the binding, one call per
fired rule. Both give the same names (tested).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import durable_rules_engine as durable

from engine.compile import FACT_ID, GROUP_PREFIX, SEEN_ACTION, SEEN_RULE, CompiledRuleset, CompileError, satisfied
from engine.errors import EvaluationError

Taken = tuple[int, int, list[str], int]  # (assert result, state offset, fired rule names, error taking them)

Failed = tuple[int, int, int, list[str], int, int]  # (index, assert result, state, names, take error, retract result)
Batch = Callable[[tuple[int, ...], list[str], str], tuple[list[str], Failed | None]]

_fired_in_c: Callable[[int, str], Taken] | None
_fired_all: Batch | None
try:
    from engine._fired import fired as _fired_in_c
    from engine._fired import fired_all as _fired_all
except ImportError:  # not built (no C compiler, or a platform without dlopen): the binding's loop below
    _fired_in_c = _fired_all = None

_NOT_HANDLED = 1  # durable-rules' result code for a fact that matched no rule
_ASSERTED = (0, _NOT_HANDLED, 2, 3)  # results of an assertion durable-rules took (else it refused the fact)
_SID = "1"  # one session per ruleset, reused: the lock runs one assessment at a time
_RETRACT = json.dumps({"id": FACT_ID, "sid": _SID})  # retracts the inspection's fact, the session's only one
_TAIL = f',"sid":"{_SID}"}}'  # ends a marker fact's JSON text


def _marker_tail(number: int) -> str:
    """Ends the JSON text of a run's `number`-th marker fact: its own id, so it can be retracted after the run."""
    return f',"id":"m{number}"{_TAIL}'


def _marker_retraction(number: int) -> str:
    return json.dumps({"id": f"m{number}", "sid": _SID})
_to_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps builds a new encoder per call for non-defaults



def fired_in_python(handle: int, text: str) -> Taken:
    """Assert one fact and take every rule it fires through durable-rules' binding (what `engine._fired` does)."""
    result, state = durable.assert_fact(handle, text)
    names: list[str] = []
    if result == _NOT_HANDLED:
        return result, state, names, 0
    try:
        started = durable.start_action_for_state(handle, state)
        message = started[1] if started else None
        while message:
            names.append(message[2:message.index('"', 2)])  # a fired rule's message: {"<rule>": …}
            message = durable.complete_and_start_action(handle, state)
    except durable.error as error:
        durable.abandon_action(handle, state)
        return result, state, names, _error_code(error)
    return result, state, names, 0


def _error_code(error: Exception) -> int:
    digits = str(error).rsplit(" ", 1)[-1]
    return int(digits) if digits.isdigit() else -1


@dataclass
class _Registered:
    """One ruleset as registered in durable-rules, and what its durable rules that are not criteria stand for.

    A criterion's (or action's) durable rule is named by its id, so the names fired are the ids decided.
    """

    compiled: CompiledRuleset
    handle: int
    others: dict[str, str]  # the rules that are not criteria (count groups, the sentinel): name -> what it stands for
    counts: dict[str, str]  # count rule name -> the marker it asserts once satisfied (JSON text up to the sid)
    emits: dict[str, tuple[str, ...]]  # criterion id -> the markers its firing asserts (JSON text up to the sid)


_PLAIN_OTHERS = frozenset({SEEN_RULE})  # a ruleset that chains nothing has no other rule than its sentinel


class Runtime:
    """Registers compiled rulesets once; `fired(facts)` returns the criterion ids whose rules fired."""

    _lock = threading.Lock()  # durable-rules is process-global and not thread-safe

    def __init__(self, rulesets: list[CompiledRuleset], action_hook: Callable[[str], None] | None = None,
                 take: Callable[[int, str], Taken] | None = None):
        self.rulesets = rulesets
        self._action_hook = action_hook  # called for every fired rule (tests make it raise)
        self._take = take or _fired_in_c or fired_in_python
        self._batch = _fired_all if take is None and action_hook is None else None  # plain rulesets in one C call
        self._registered: dict[str, _Registered] = {}
        self._closed = False
        with self._lock:
            for ruleset in rulesets:
                try:
                    self._registered[ruleset.name] = self._register(ruleset)
                except durable.error as error:  # e.g. a rule too large for its engine: free what was registered
                    for registered in self._registered.values():
                        durable.delete_ruleset(registered.handle)
                    self._registered.clear()
                    raise CompileError(f"{ruleset.name}: durable-rules 拒绝了该规则集（{error}）") from None

    @staticmethod
    def _register(ruleset: CompiledRuleset) -> _Registered:
        runs = {name: rule["run"] for name, rule in ruleset.definition.items()}
        if any(name != run for name, run in runs.items() if run != SEEN_ACTION and not run.startswith(GROUP_PREFIX)):
            raise ValueError(f"{ruleset.name}: a criterion's durable rule must be named by its id")
        counts = {name: _to_json(satisfied(run.removeprefix(GROUP_PREFIX)))[:-1]
                  for name, run in runs.items() if run.startswith(GROUP_PREFIX)}
        others = {name: run.removeprefix(GROUP_PREFIX) for name, run in runs.items()
                  if run == SEEN_ACTION or name in counts}
        emits = {rule_id: tuple(_to_json(fact)[:-1] for fact in facts) for rule_id, facts in ruleset.emits.items()}
        if not (counts or emits) and set(others) != _PLAIN_OTHERS:
            raise ValueError(f"{ruleset.name}: a ruleset that chains nothing has only its sentinel besides criteria")
        rules = {name: {k: v for k, v in rule.items() if k != "run"} for name, rule in ruleset.definition.items()}
        handle = durable.create_ruleset(ruleset.name, json.dumps(rules, ensure_ascii=False))
        return _Registered(ruleset, handle, others, counts, emits)

    def close(self) -> None:
        """Free the rulesets in durable-rules (about 0.5 MB each); the runtime cannot be used afterwards."""
        with self._lock:
            for registered in self._registered.values():
                durable.delete_ruleset(registered.handle)
            self._registered.clear()
            self._closed = True

    def fired(self, facts: dict[str, Any], rulesets: list[CompiledRuleset] | None = None) -> set[str]:
        """Assert the facts into each ruleset, collect the fired criteria, leave each session empty again."""
        fired: set[str] = set()
        with self._lock:
            if self._closed:  # its handles are freed: using one would crash the process
                raise EvaluationError("规则引擎已关闭（close），不能再判定；请新建 Engine")
            registered = [self._registered[r.name] for r in (rulesets if rulesets is not None else self.rulesets)]
            if self._batch is not None:
                self._run_plain([r for r in registered if not (r.counts or r.emits)], facts, fired)
                registered = [r for r in registered if r.counts or r.emits]
            for ruleset in registered:
                self._run(ruleset, facts, fired)
        return fired

    def _run_plain(self, rulesets: list[_Registered], facts: dict[str, Any], fired: set[str]) -> None:
        """Rulesets that chain nothing, in one C call: assert, take the fired rules, retract, for each in turn."""
        assert self._batch is not None
        while rulesets:
            try:
                texts = [r.compiled.encode(facts, _SID) for r in rulesets]
            except Exception as failure:
                raise EvaluationError(f"规则引擎拒绝了事实，结果不可用：{failure!r}") from failure
            names, failed = self._batch(tuple(r.handle for r in rulesets), texts, _RETRACT)
            fired.update(names)
            fired.difference_update(_PLAIN_OTHERS)
            if failed is None:
                return
            index, result, _, mine, error, _ = failed
            ruleset = rulesets[index]
            if result not in _ASSERTED:
                raise EvaluationError(f"规则引擎拒绝了事实（{ruleset.compiled.name}），结果不可用：错误码 {result}")
            if result == _NOT_HANDLED:
                raise EvaluationError(f"规则引擎未处理事实（{ruleset.compiled.name}），结果不可用")
            durable.delete_state(ruleset.handle, _SID)  # asserted but not emptied: drop the session
            if result != 0:
                raise EvaluationError(f"规则引擎会话未清空（{ruleset.compiled.name}，结果码 {result}），结果不可用")
            if error:
                raise EvaluationError(f"规则引擎取已触发规则时出错（{ruleset.compiled.name}，错误码 {error}），结果不可用")
            fired.update(set(mine).difference(ruleset.others))  # only the retraction failed: the result stands
            rulesets = rulesets[index + 1:]

    def _run(self, ruleset: _Registered, facts: dict[str, Any], fired: set[str]) -> None:
        handle = ruleset.handle
        try:
            result, _, names, error = self._take(handle, ruleset.compiled.encode(facts, _SID))
        except Exception as failure:  # durable-rules refused the fact itself: nothing was asserted
            raise EvaluationError(f"规则引擎拒绝了事实（{ruleset.compiled.name}），结果不可用：{failure!r}") from failure
        if result == _NOT_HANDLED:  # the sentinel rule matches every fact: this is never "nothing fired"
            raise EvaluationError(f"规则引擎未处理事实（{ruleset.compiled.name}），结果不可用")
        emptied = False
        try:
            if result != 0:  # e.g. ERR_EVENT_OBSERVED: a fact with its id was still in the session
                raise EvaluationError(f"规则引擎会话未清空（{ruleset.compiled.name}，结果码 {result}），结果不可用")
            if error or self._action_hook is not None:
                self._check(ruleset, error, names)
            markers = 0
            if ruleset.counts or ruleset.emits:
                markers = self._chain(ruleset, names, fired)
            else:  # a rule fires once per satisfied OR branch: the set keeps one
                fired.update(set(names).difference(ruleset.others))
            emptied = self._empty(handle, markers)  # the session is empty again
        except EvaluationError:
            raise
        except BaseException as failure:
            raise EvaluationError(f"规则引擎执行失败（{ruleset.compiled.name}），结果不可用：{failure!r}") from failure
        finally:  # anything failed: drop the whole session (it was handled, so it exists)
            if not emptied:
                durable.delete_state(handle, _SID)

    @staticmethod
    def _empty(handle: int, markers: int) -> bool:
        """Retract the inspection's fact and the run's markers; False when any retraction fails (then delete)."""
        emptied: bool = durable.retract_fact(handle, _RETRACT)[0] == 0
        for number in range(markers):
            emptied = durable.retract_fact(handle, _marker_retraction(number))[0] == 0 and emptied
        return emptied

    def _chain(self, ruleset: _Registered, names: list[str], fired: set[str]) -> int:
        """Forward chaining: assert the markers that count groups and later actions join on, until none is new.

        Each marker gets its own id (`m0`, `m1`, …) so that the run can retract it; returns how many were asserted.
        """
        satisfied_groups: set[str] = set()
        asserted = 0
        while True:
            hits = set(names).difference(ruleset.others)
            chained = [text for rule_id in hits - fired for text in ruleset.emits.get(rule_id, ())]
            fired |= hits
            for name in ruleset.counts.keys() & set(names) - satisfied_groups:  # count rules may fire repeatedly
                satisfied_groups.add(name)
                chained.append(ruleset.counts[name])
            if not chained:
                return asserted
            names = []
            for text in chained:
                result, _, more, error = self._take(ruleset.handle, text + _marker_tail(asserted))
                asserted += 1
                if result == _NOT_HANDLED:
                    raise EvaluationError(f"规则引擎未处理事实（{ruleset.compiled.name}），结果不可用")
                if error or self._action_hook is not None:
                    self._check(ruleset, error, more)
                names += more

    def _check(self, ruleset: _Registered, error: int, names: list[str]) -> None:
        if error:
            raise EvaluationError(f"规则引擎取已触发规则时出错（{ruleset.compiled.name}，错误码 {error}），结果不可用")
        if self._action_hook is not None:
            for name in names:
                self._call_hook(ruleset.others.get(name, name))

    def _call_hook(self, target: str) -> None:
        assert self._action_hook is not None
        try:
            self._action_hook(target)
        except BaseException as error:
            raise EvaluationError(f"判定规则动作执行出错，结果不可用：{target}: {error!r}") from error
