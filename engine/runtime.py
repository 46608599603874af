"""Owns durable-rules' global state: one host without timer threads, behind one lock; state deleted per run."""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Callable
from typing import Any

from durable import engine as durable

from engine.compile import GROUP_PREFIX, SEEN_ACTION, CompiledRuleset, satisfied
from engine.errors import EvaluationError

Action = Callable[[Any], None]


class _Host(durable.Host):  # type: ignore[misc]
    """A durable-rules host that starts no timer threads (they race with callers: error 307)."""

    def __init__(self, resolve_action: Callable[[str], Action]):
        self._ruleset_directory: dict[str, Any] = {}
        self._ruleset_list: list[Any] = []
        self.store_message_callback = None
        self.delete_message_callback = None
        self.queue_message_callback = None
        self.get_stored_messages_callback = None
        self.get_queued_messages_callback = None
        self.get_idle_state_callback = None
        self._resolve_action = resolve_action

    def get_action(self, action_name: str) -> Action:
        return self._resolve_action(action_name)


class Runtime:
    """Registers compiled rulesets once; `fired(facts)` returns the criterion ids whose rules fired."""

    _lock = threading.Lock()  # durable-rules is process-global and not thread-safe
    _sids = itertools.count(1)

    def __init__(self, rulesets: list[CompiledRuleset], action_hook: Callable[[str], None] | None = None):
        self.rulesets = rulesets
        self._fired: list[str] = []
        self._errors: list[str] = []
        self._action_hook = action_hook
        self._emits = {rule_id: facts for r in rulesets for rule_id, facts in r.emits.items()}
        self._satisfied: set[str] = set()
        self._host = _Host(self._make_action)
        with self._lock:
            # durable-rules deletes "run" from the dicts it is given: hand it a copy
            self._host.set_rulesets({r.name: copy.deepcopy(r.definition) for r in rulesets})

    def _make_action(self, criterion_id: str) -> Action:
        def action(c: Any) -> None:  # one parameter: synchronous action
            try:
                if self._action_hook is not None:
                    self._action_hook(criterion_id)
                if criterion_id == SEEN_ACTION:
                    return
                if criterion_id.startswith(GROUP_PREFIX):
                    group = criterion_id.removeprefix(GROUP_PREFIX)
                    if group not in self._satisfied:  # a count rule may fire more than once
                        self._satisfied.add(group)
                        c.assert_fact(satisfied(group))
                    return
                if criterion_id in self._fired:
                    return  # a rule can match again within one sid; its markers are already asserted
                self._fired.append(criterion_id)
                for fact in self._emits.get(criterion_id, ()):
                    c.assert_fact(dict(fact))  # forward chaining: markers that counts and later actions join on
            except BaseException as error:  # durable-rules would swallow it: record instead
                self._errors.append(f"{criterion_id}: {error!r}")
        return action

    def fired(self, facts: dict[str, Any], rulesets: list[CompiledRuleset] | None = None) -> set[str]:
        """Assert the facts into each ruleset under a fresh sid, collect fired criteria, delete the state."""
        with self._lock:
            self._fired, self._errors, self._satisfied = [], [], set()
            for ruleset in rulesets if rulesets is not None else self.rulesets:
                fact = ruleset.encode(facts)
                sid = str(next(self._sids))
                fact["sid"] = sid
                try:
                    self._host.assert_fact(ruleset.name, fact)
                except BaseException as error:  # the sentinel rule always matches, so nothing is "not handled"
                    raise EvaluationError(f"规则引擎执行失败（{ruleset.name}）：{error!r}") from error
                self._host.delete_state(ruleset.name, sid)
            if self._errors:
                raise EvaluationError("判定规则动作执行出错，结果不可用：" + "; ".join(self._errors))
            return set(self._fired)
