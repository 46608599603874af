"""Compile linked criteria to durable-rules JSON ruleset definitions (pure data; no durable import here).

A criterion's rule fires only when applicability AND condition are *true* on the given facts. The scope layers every
rule of a ruleset shares (the edition's, the article's) are left out of its rules: the engine runs a ruleset only when
one of its groups of criteria is in scope, so those layers hold. NOT is pushed down to the leaves (negation normal
form): durable-rules never matches a missing property, so a missing fact can never make a rule fire, which is exactly
Kleene truth.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from json.encoder import encode_basestring
from math import comb
from typing import Any

from engine.errors import Problem
from engine.models import (
    DEVICE_NOT_WORKING,
    ActionRef,
    AllOf,
    Alternatives,
    AnyOf,
    AtLeast,
    Condition,
    CriterionRef,
    FactDef,
    FactRef,
    FactTest,
    FactType,
    NotOf,
)
from engine.rulebook import Action, Criterion, Rulebook, action_refs, criterion_refs, facts_read

MAX_PROPERTIES = 250  # durable-rules rejects facts with more than 255 properties (error 302)
MAX_COMBINATIONS = 16
_FLIP = {"eq": "ne", "ne": "eq", "gt": "le", "le": "gt", "ge": "lt", "lt": "ge"}
_DURABLE_OP = {"ne": "$neq", "gt": "$gt", "ge": "$gte", "lt": "$lt", "le": "$lte"}
_PRESENT = -1.234567e300  # any real number differs from it: `$neq` against it tests presence


class CompileError(Exception):
    """A condition that cannot be expressed on durable-rules; `rule_id` names the criterion or action when known."""

    def __init__(self, message: str, rule_id: str | None = None):
        self.rule_id = rule_id
        super().__init__(message)


Feature = Callable[[Any], Any]  # inspection value -> the value a rule tests
Writer = Callable[[Any], str]  # inspection value -> the property as JSON text ('"p3":true')


class _Texts(dict[Any, str]):
    """A property's JSON text per value, kept from first use (a bool, an enumerated fact: few values)."""

    LIMIT = 64  # values beyond the first 64 are written each time, so the table stays small

    def __init__(self, prefix: str, write: Callable[[Any], str]):
        super().__init__()
        self.prefix, self.write = prefix, write

    def __missing__(self, value: Any) -> str:
        text = self.prefix + self.write(value)
        if len(self) < self.LIMIT:
            self[value] = text
        return text


_JSON: dict[str, Callable[[Any], str]] = {"bool": {True: "true", False: "false"}.__getitem__, "number": repr,
                                          "integer": lambda v: encode_basestring(v) if isinstance(v, str) else repr(v)}


@dataclass
class FactLayout:
    """How inspection facts map onto the properties of one durable-rules fact."""

    properties: dict[str, str] = field(default_factory=dict)  # feature key (a fact code, or code#test) -> property
    encoders: list[tuple[str, str, Feature]] = field(default_factory=list)  # (property, fact code, value -> value)
    writers: list[tuple[str, Writer]] = field(default_factory=list)  # (fact code, its value -> '"p3":true')

    def prop(self, key: str, code: str, feature: Feature, kind: str) -> str:
        """Property name for one feature of a fact (the fact's own value, or one list test computed from it).

        `kind` (bool, number, string) says how the feature's value is written as JSON.
        """
        if key not in self.properties:
            prop = self.properties[key] = f"p{len(self.properties)}"
            self.encoders.append((prop, code, feature))
            prefix, write = f'"{prop}":', _JSON[kind]
            if kind == "number":  # numbers are many-valued: written each time, with no table
                self.writers.append((code, lambda value: prefix + write(feature(value))))
            elif key == code:  # a fact's own bool, integer or enumerated value: its text kept per value
                self.writers.append((code, _Texts(prefix, lambda value: write(feature(value))).__getitem__))
            else:  # a list test: kept per outcome
                self.writers.append((code, _compose(_Texts(prefix, write), feature)))
        return self.properties[key]


def _compose(texts: _Texts, feature: Feature) -> Writer:
    return lambda value: texts[feature(value)]


@dataclass
class CompiledRuleset:
    """One durable-rules ruleset: its name, JSON definition, fact layout and the criteria it decides."""

    name: str
    edition: str
    definition: dict[str, Any]
    layout: FactLayout
    facts: dict[str, FactDef]
    criteria: list[str]  # the criterion (or action) ids whose rules this ruleset holds
    emits: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # id -> facts its action asserts (chaining)

    @cached_property
    def _batch(self) -> tuple[frozenset[str], Callable[[dict[str, Any]], tuple[Any, ...]], tuple[Writer, ...]]:
        codes = [code for code, _ in self.layout.writers]
        getter = operator.itemgetter(*codes) if len(codes) > 1 else lambda facts: tuple(facts[c] for c in codes)
        return frozenset(codes), getter, tuple(write for _, write in self.layout.writers)

    def values(self, facts: dict[str, Any]) -> dict[str, Any]:
        """Validated inspection facts projected onto this ruleset's properties (what `encode` writes)."""
        out = {prop: feature(facts[code]) for prop, code, feature in self.layout.encoders if code in facts}
        out[SEEN_PROPERTY], out["id"] = 1, FACT_ID
        return out

    def encode(self, facts: dict[str, Any], sid: str) -> str:
        """The durable-rules fact for these inspection facts, as JSON text (written directly: no dict, no encoder)."""
        codes, values_of, writers = self._batch
        if facts.keys() >= codes:  # every fact answered: values taken and written in C loops
            parts = list(map(operator.call, writers, values_of(facts)))
        else:
            parts = [write(facts[code]) for code, write in self.layout.writers if code in facts]
        parts.append(f'"{SEEN_PROPERTY}":1,"id":"{FACT_ID}","sid":{encode_basestring(sid)}')
        return "{" + ",".join(parts) + "}"


def durable_number(value: float) -> float:
    """A float durable-rules can parse: the next float (1 ulp) when Python would write it as `3e-05`.

    durable-rules' JSON parser rejects exponents without a decimal point (error 204); Python writes some floats so.
    """
    if 1e-4 <= abs(value) < 1e16 or value == 0:  # written without an exponent: nothing to check
        return value
    text = repr(value)
    return math.nextafter(value, math.inf) if "e" in text and "." not in text else value


def _own_value(fact: FactDef) -> tuple[Feature, str]:
    """How a fact's own value is sent to durable-rules: dates as ordinals, numbers in a form it parses.

    An enumerated value is sent as its position among the fact's values: ASCII, which durable-rules parses and returns
    faster than 中文 text.
    """
    if fact.type is FactType.date:
        return (lambda v: dt.date.fromisoformat(str(v)).toordinal()), "number"
    if fact.type is FactType.number:
        return (lambda v: durable_number(float(v))), "number"
    if fact.type is FactType.bool:
        return same, "bool"
    if fact.type is FactType.integer:
        return same, "integer"
    return _position(fact), "integer"


def _position(fact: FactDef) -> Feature:
    """An enumerated value -> its position among the fact's values (a value outside them is sent as text)."""
    positions = {value: index for index, value in enumerate(fact.values)}
    return lambda value: positions.get(value, value)


def same(value: Any) -> Any:
    """The identity feature: the value is sent as it is."""
    return value


GROUP_PREFIX = "#count:"
SEEN_ACTION = "#seen"
SEEN_RULE = "seen"  # the sentinel rule's name
SEEN_PROPERTY = "_seen"  # every asserted fact carries it, so a rule always matches and its state can be deleted
FACT_ID = "fact"  # the inspection's fact is the only one with an id in its state: durable-rules need not hash it


class _Compiler:
    def __init__(self, book: Rulebook, layout: FactLayout):
        self.book, self.layout = book, layout
        self.groups: dict[str, tuple[int, list[str]]] = {}  # group name -> (needed, criterion ids)

    def rule(self, crit: Criterion, shared: set[int]) -> dict[str, Any]:
        """The durable rule of one criterion: its own scope layers AND its condition.

        The `shared` layers (those every criterion of the ruleset has: the edition's, the article's) are left out:
        the engine runs the ruleset only when they hold.
        """
        layers = [cond for cond, _ in crit.applicability() if id(cond) not in shared]
        try:
            return self.rule_for(crit.id, crit.definition.when, layers)
        except CompileError as error:
            raise CompileError(str(error), error.rule_id or crit.id) from None

    def rule_for(self, rule_id: str, when: Condition, layers: list[Condition]) -> dict[str, Any]:
        """One rule; large counts and action references join on marker facts asserted by other rules' actions."""
        conjuncts = list(when.all) if isinstance(when, AllOf) else [when]
        chained = [c for c in conjuncts if isinstance(c, AtLeast) and _too_many(c)]
        refs = [c for c in conjuncts if isinstance(c, ActionRef)]
        plain = [c for c in conjuncts if c not in chained and c not in refs]
        parts = [self.node(cond, False) for cond in layers]
        parts += [self.node(c, False) for c in plain]
        conditions: list[dict[str, Any]] = [{"m": _join("$and", parts)}] if parts else []
        for index, node in enumerate(chained):
            children = [child.criterion for child in node.of if isinstance(child, CriterionRef)]
            if len(children) != len(node.of):
                raise CompileError(f"{rule_id}: 大计数 at_least 的子条件必须都是 criterion 引用")
            group = f"{rule_id}#{index}"
            self.groups[group] = (node.at_least, children)
            conditions.append({f"g{index}": {f"sat_{_slug(group)}": 1}})
        for index, ref in enumerate(refs):
            conditions.append({f"a{index}": {f"act_{_slug(ref.action)}": 1}})
        if not conditions:
            raise CompileError(f"{rule_id}: 没有可编译的条件")
        return {"all": conditions, "run": rule_id}

    def node(self, node: Condition, negate: bool) -> dict[str, Any]:
        if isinstance(node, FactTest):
            return self.test(node, negate)
        if isinstance(node, NotOf):
            return self.node(node.not_, not negate)
        if isinstance(node, AllOf | AnyOf):
            parts = [self.node(c, negate) for c in (node.all if isinstance(node, AllOf) else node.any)]
            return _join("$and" if isinstance(node, AllOf) != negate else "$or", parts)
        if isinstance(node, AtLeast):
            return self.at_least(node, negate)
        if isinstance(node, Alternatives):
            # true exactly when an answered way holds: an OR, since a missing property never matches. Its negation
            # needs "answered", which a rule cannot test: lint refuses alternatives under not (misplaced_alternatives)
            if negate:
                raise CompileError("alternatives 不能在 not 之下")
            return _join("$or", [self.node(c, False) for c in node.alternatives])
        if isinstance(node, ActionRef):
            raise CompileError(f"措施引用 {node.action} 只能作为 when 的顶层合取项")
        assert isinstance(node, CriterionRef)
        return self.criterion(self.book.criteria[node.criterion], negate)

    def criterion(self, crit: Criterion, negate: bool) -> dict[str, Any]:
        parts = [self.node(cond, negate) for cond, _ in crit.applicability()]
        return _join("$or" if negate else "$and", [*parts, self.node(crit.definition.when, negate)])

    def at_least(self, node: AtLeast, negate: bool) -> dict[str, Any]:
        needed, children = node.at_least, list(node.of)
        if negate:  # fewer than N true  ==  at least M-N+1 false
            needed = len(children) - needed + 1
        if needed > len(children):
            raise CompileError("at_least 大于子条件个数")
        if comb(len(children), needed) > MAX_COMBINATIONS:
            raise CompileError(f"at_least {needed} of {len(children)} 组合过多：只能作为 when 的顶层合取项（链式计数）")
        compiled = [self.node(c, negate) for c in children]
        return _join("$or", [_join("$and", list(group)) for group in combinations(compiled, needed)])

    def test(self, node: FactTest, negate: bool) -> dict[str, Any]:
        fact = self.book.facts[node.fact]
        op, operand = node.operator, node.operand
        if fact.type is FactType.list:
            return self.list_test(node, fact, negate)
        if op == "effective":
            working = operand != negate
            states = [self.value(fact, s) for s in (["有效"] if working else DEVICE_NOT_WORKING)]
            return _join("$or", [{self.own(fact.code): state} for state in states])
        if op == "in":
            values = [self.value(fact, v) for v in operand]
            return _join("$and", [{"$neq": {self.own(fact.code): v}} for v in values]) if negate else \
                _join("$or", [{self.own(fact.code): v} for v in values])
        op = _FLIP[op] if negate else op
        prop = self.own(fact.code)
        if isinstance(operand, FactRef):
            other = self.own(operand.fact)
            right = {"$mul": {"$l": {"$m": other}, "$r": durable_number(operand.times)}}
            comparison = {_DURABLE_OP.get(op, "$eq"): {prop: right}}
            return _join("$and", [{"$neq": {other: _PRESENT}}, comparison])
        value = self.value(fact, operand)
        return {prop: value} if op == "eq" else {_DURABLE_OP[op]: {prop: value}}

    def list_test(self, node: FactTest, fact: FactDef, negate: bool) -> dict[str, Any]:
        """One boolean property per list test, computed when encoding, so a rule has no OR over list values.

        durable-rules fires a rule once per satisfied OR branch, and those branches multiply across a rule.
        """
        op, operand, code = node.operator, node.operand, fact.code
        if op == "contains":
            return {self.layout.prop(f"{code}#{operand}", code, lambda v: operand in v, "bool"): not negate}
        if op == "empty":
            return {self.layout.prop(f"{code}#empty", code, lambda v: len(v) == 0, "bool"): operand != negate}
        items = frozenset(operand)
        key = f"{code}#{op}:{json.dumps(sorted(items), ensure_ascii=False)}"
        feature: Feature = (lambda v: not items.isdisjoint(v)) if op == "contains_any" else items.issubset
        return {self.layout.prop(key, code, feature, "bool"): not negate}

    def own(self, code: str) -> str:
        """The property holding a fact's own value."""
        feature, kind = _own_value(self.book.facts[code])
        return self.layout.prop(code, code, feature, kind)

    @staticmethod
    def value(fact: FactDef, value: Any) -> Any:
        """A rule's operand as durable-rules sees the fact (see `_own_value`)."""
        if fact.type is FactType.date:
            return dt.date.fromisoformat(str(value)).toordinal()
        if fact.type is FactType.number:
            return durable_number(float(value))
        if fact.type in (FactType.enum, FactType.device):
            return _position(fact)(value)
        return value


def _too_many(node: AtLeast) -> bool:
    """Counts over criterion references are always chained (expanded combinations overflow durable: error 113)."""
    refs_only = all(isinstance(child, CriterionRef) for child in node.of)
    return refs_only or comb(len(node.of), node.at_least) > MAX_COMBINATIONS


def _slug(group: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in group)


def marker(group: str, criterion_id: str) -> dict[str, Any]:
    """The fact an element's action asserts for a count group it feeds."""
    return {f"m_{_slug(group)}": 1, "e": criterion_id, SEEN_PROPERTY: 1}


def action_marker(action_id: str) -> dict[str, Any]:
    """The fact an action rule asserts when it fires, for the action rules that refer to it."""
    return {f"act_{_slug(action_id)}": 1, SEEN_PROPERTY: 1}


def satisfied(group: str) -> dict[str, Any]:
    """The fact a count group's action asserts once it has enough markers."""
    return {f"sat_{_slug(group)}": 1, SEEN_PROPERTY: 1}


def _join(op: str, parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Combine with $and/$or, flattening nested nodes of the same operator and dropping duplicates."""
    flat: dict[str, dict[str, Any]] = {}
    for part in parts:
        for sub in part[op] if set(part) == {op} else [part]:
            flat.setdefault(json.dumps(sub, sort_keys=True, ensure_ascii=False), sub)
    items = list(flat.values())
    return items[0] if len(items) == 1 else {op: items}


MAX_RULES = 60  # durable-rules fails (error 303) when 64 rules match one asserted fact


def _partition(book: Rulebook, criteria: list[Criterion]) -> list[list[Criterion]]:
    """Criteria grouped into rulesets, each capped in rules and width.

    One per article with a scope of its own, one for the articles without (the edition's), merged where criteria
    reference each other: fewer, larger rulesets, one assertion each.
    """
    parent = {c.id: c.id for c in criteria}

    def root(cid: str) -> str:
        while parent[cid] != cid:
            parent[cid] = parent[parent[cid]]
            cid = parent[cid]
        return cid

    first_of_scope: dict[int, str] = {}
    for crit in criteria:
        links = [first_of_scope.setdefault(_scope_key(crit), crit.id)]
        links += [ref for ref in criterion_refs(crit.definition.when) if ref in parent]
        for other in links:
            parent[root(other)] = root(crit.id)
    groups: dict[str, list[Criterion]] = {}
    for crit in criteria:
        groups.setdefault(root(crit.id), []).append(crit)
    return [chunk for group in groups.values() for chunk in _split(book, group)]


def _scope_key(crit: Criterion) -> int:
    """Criteria share a ruleset by article; articles with no scope of their own share one (split to size later)."""
    return id(crit.article) if crit.article.applies_when is not None else id(crit.standard)


def _split(book: Rulebook, group: list[Criterion]) -> list[list[Criterion]]:
    def width(codes: set[str]) -> int:
        return sum(len(book.facts[c].values) if book.facts[c].type is FactType.list else 1 for c in codes)

    linked = any(criterion_refs(c.definition.when) for c in group)
    chunks: list[list[Criterion]] = [[]]
    used: set[str] = set()
    for crit in group:
        codes = set(facts_read(book, crit))
        if chunks[-1] and (len(chunks[-1]) >= MAX_RULES or width(used | codes) > MAX_PROPERTIES):
            if linked:
                raise CompileError(f"{crit.id}: 互相引用的判定项超过一个规则集的容量（{MAX_RULES} 条规则）", crit.id)
            chunks.append([])
            used = set()
        chunks[-1].append(crit)
        used |= codes
    return chunks


def compile_rulebook(book: Rulebook) -> list[CompiledRuleset]:
    """One ruleset per edition (split further when the fact layout would be too wide)."""
    rulesets = []
    for std in sorted(book.standards.values(), key=lambda s: s.id):
        criteria = book.criteria_of(std.id)
        for index, group in enumerate(_partition(book, criteria)):
            layout = FactLayout()
            compiler = _Compiler(book, layout)
            shared = set.intersection(*({id(cond) for cond, _ in c.applicability()} for c in group))
            definition = {c.id: compiler.rule(c, shared) for c in group}  # named by id: the names fired are the ids
            emits: dict[str, list[dict[str, Any]]] = {}
            for number, (name, (needed, refs)) in enumerate(compiler.groups.items()):
                definition[f"count{number}_{_slug(name)}"] = {
                    "all": [{"m": {f"m_{_slug(name)}": 1}}], "count": needed, "run": GROUP_PREFIX + name}
                for ref in refs:
                    emits.setdefault(ref, []).append(marker(name, ref))
            if len(layout.properties) > MAX_PROPERTIES:
                raise CompileError(f"{std.id}-{index}: 规则集事实属性 {len(layout.properties)} 个，超过 {MAX_PROPERTIES}")
            rulesets.append(_ruleset(book, f"{std.id}-{index}", std.id, definition, layout,
                                     [c.id for c in group], emits))
    return rulesets


def _ruleset(book: Rulebook, name: str, edition: str, definition: dict[str, Any], layout: FactLayout, ids: list[str],
             emits: dict[str, list[dict[str, Any]]]) -> CompiledRuleset:
    # durable-rules leaks the state of an unhandled fact (MemoryError after 1,024 sids) and segfaults if it is
    # deleted: a sentinel rule makes every assertion handled, so state is always deleted.
    definition[SEEN_RULE] = {"all": [{"m": {SEEN_PROPERTY: 1}}], "run": SEEN_ACTION}
    codes = {code for _, code, _ in layout.encoders}
    return CompiledRuleset(name=f"{name}-{book.content_hash}", edition=edition, definition=definition, layout=layout,
                           facts={code: book.facts[code] for code in sorted(codes)}, criteria=ids, emits=emits)


ACTIONS_EDITION = "#actions"


def _action_rule(compiler: _Compiler, action: Action) -> dict[str, Any]:
    try:
        return compiler.rule_for(action.id, action.definition.when, [])
    except CompileError as error:
        raise CompileError(str(error), error.rule_id or action.id) from None


def compile_problem(book: Rulebook, error: CompileError, root: str) -> Problem:
    """A compile error as a problem located at the criterion or action it came from (else at the rules root)."""
    where: tuple[str, int] = (root, 1)
    if error.rule_id in book.criteria:
        crit = book.criteria[error.rule_id]
        where = (crit.file, crit.line)
    elif error.rule_id in book.actions:
        action = book.actions[error.rule_id]
        where = (action.file, action.line)
    return Problem(where[0], where[1], 1, "cannot_compile", f"无法编译为 durable-rules 规则：{error}",
                   "简化该条件（拆分 at_least、减少嵌套），或见 docs/rule-format.md 的限制一节")


def compile_actions(book: Rulebook) -> list[CompiledRuleset]:
    """Action rules as one forward-chaining ruleset: a fired action asserts a marker that later actions join on."""
    actions: list[Action] = list(book.actions.values())
    if not actions:
        return []
    if len(actions) > MAX_RULES:
        raise CompileError(f"后续措施规则超过一个规则集的容量（{MAX_RULES} 条）")
    layout = FactLayout()
    compiler = _Compiler(book, layout)
    definition = {a.id: _action_rule(compiler, a) for a in actions}
    referenced = {ref for a in actions for ref in action_refs(a.definition.when)}
    emits = {aid: [action_marker(aid)] for aid in sorted(referenced)}
    return [_ruleset(book, "actions", ACTIONS_EDITION, definition, layout, [a.id for a in actions], emits)]
