"""Drives durable-rules' engine directly: rulesets registered once (freed by `close`), one lock, state deleted.

durable-rules' Python `Host` wraps each fired rule in a JSON round trip of the session state, a closure, a promise
and a clock read, and swallows exceptions raised in actions. Its C engine (`durable_rules_engine`, the Rete network
that matches and fires) is called here without that wrapper: assert a fact, take the fired rules one by one, assert
the marker facts a fired rule emits (forward chaining), delete the state. An error while handling a fired rule is
raised, never swallowed.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import durable_rules_engine as durable

from engine.compile import GROUP_PREFIX, SEEN_ACTION, CompiledRuleset, satisfied
from engine.errors import EvaluationError

_NOT_HANDLED = 1  # durable-rules' result code for a fact that matched no rule
_to_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps builds a new encoder per call for non-defaults


_CRITERION, _COUNT, _SEEN = range(3)  # what a fired durable rule stands for


@dataclass
class _Registered:
    """One ruleset as registered in durable-rules: its handle and what each of its durable rules stands for."""

    compiled: CompiledRuleset
    handle: int
    runs: dict[str, tuple[int, str, tuple[str, ...]]]  # durable rule name -> (kind, target, facts its firing asserts)


def _kind(run: str, emits: dict[str, list[dict[str, Any]]]) -> tuple[int, str, tuple[str, ...]]:
    """What a durable rule stands for, with the facts its firing asserts as JSON text up to the sid."""
    if run == SEEN_ACTION:
        return _SEEN, run, ()
    if run.startswith(GROUP_PREFIX):
        return _COUNT, run.removeprefix(GROUP_PREFIX), (_to_json(satisfied(run.removeprefix(GROUP_PREFIX)))[:-1],)
    return _CRITERION, run, tuple(_to_json(fact)[:-1] for fact in emits.get(run, ()))


class Runtime:
    """Registers compiled rulesets once; `fired(facts)` returns the criterion ids whose rules fired."""

    _lock = threading.Lock()  # durable-rules is process-global and not thread-safe
    _sids = itertools.count(1)

    def __init__(self, rulesets: list[CompiledRuleset], action_hook: Callable[[str], None] | None = None):
        self.rulesets = rulesets
        self._action_hook = action_hook  # called for every fired rule (tests make it raise)
        emits = {rule_id: facts for r in rulesets for rule_id, facts in r.emits.items()}
        self._registered: dict[str, _Registered] = {}
        self._closed = False
        with self._lock:
            for ruleset in rulesets:
                runs = {name: _kind(rule["run"], emits) for name, rule in ruleset.definition.items()}
                rules = {name: {k: v for k, v in rule.items() if k != "run"} for name, rule in
                         ruleset.definition.items()}
                handle = durable.create_ruleset(ruleset.name, json.dumps(rules, ensure_ascii=False))
                self._registered[ruleset.name] = _Registered(ruleset, handle, runs)

    def close(self) -> None:
        """Free the rulesets in durable-rules (about 0.5 MB each); the runtime cannot be used afterwards."""
        with self._lock:
            for registered in self._registered.values():
                durable.delete_ruleset(registered.handle)
            self._registered.clear()
            self._closed = True

    def fired(self, facts: dict[str, Any], rulesets: list[CompiledRuleset] | None = None) -> set[str]:
        """Assert the facts into each ruleset under a fresh sid, collect fired criteria, delete the state."""
        fired: set[str] = set()
        with self._lock:
            if self._closed:  # its handles are freed: using one would crash the process
                raise EvaluationError("规则引擎已关闭（close），不能再判定；请新建 Engine")
            for ruleset in rulesets if rulesets is not None else self.rulesets:
                self._run(self._registered[ruleset.name], facts, fired)
        return fired

    def _run(self, ruleset: _Registered, facts: dict[str, Any], fired: set[str]) -> None:
        handle, runs, sid = ruleset.handle, ruleset.runs, str(next(self._sids))
        hook, tail = self._action_hook, f',"sid":"{sid}"}}'
        state: int | None = None
        try:
            result = durable.assert_fact(handle, ruleset.compiled.encode(facts, sid))
            if result[0] == _NOT_HANDLED:  # the sentinel rule matches every fact: this is never "nothing fired"
                raise EvaluationError(f"规则引擎未处理事实（{ruleset.compiled.name}），结果不可用")
            state = int(result[1])
            started = durable.start_action_for_state(handle, state)
            message = started[1] if started else None
            satisfied_groups: set[str] = set()
            while message:
                kind, target, asserts = runs[message[2:message.index('"', 2)]]  # a fired rule's message: {"<rule>": …}
                if hook is not None:
                    self._call_hook(target)
                if kind == _CRITERION:
                    if target not in fired:  # a rule fires once per satisfied OR branch
                        fired.add(target)
                        for text in asserts:  # forward chaining: markers that counts and later actions join on
                            self._assert_more(ruleset, text + tail)
                elif kind == _COUNT and target not in satisfied_groups:  # a count rule may fire more than once
                    satisfied_groups.add(target)
                    self._assert_more(ruleset, asserts[0] + tail)
                message = durable.complete_and_start_action(handle, state)
        except BaseException as error:
            if state is not None:
                with contextlib.suppress(durable.error):  # no action may be in progress
                    durable.abandon_action(handle, state)
            if isinstance(error, EvaluationError):
                raise
            raise EvaluationError(f"规则引擎执行失败（{ruleset.compiled.name}），结果不可用：{error!r}") from error
        finally:
            if state is not None:  # durable-rules crashes deleting the state of a fact it did not handle
                durable.delete_state(handle, sid)

    @staticmethod
    def _assert_more(ruleset: _Registered, text: str) -> None:
        if durable.assert_fact(ruleset.handle, text)[0] == _NOT_HANDLED:
            raise EvaluationError(f"规则引擎未处理事实（{ruleset.compiled.name}），结果不可用")

    def _call_hook(self, target: str) -> None:
        assert self._action_hook is not None
        try:
            self._action_hook(target)
        except BaseException as error:
            raise EvaluationError(f"判定规则动作执行出错，结果不可用：{target}: {error!r}") from error
