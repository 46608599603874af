"""The peers our `Engine.evaluate` is timed against, on the same criteria: ZEN (Rust), CLIPS (C), straight-line Python.

Each peer is built once from a list of criteria and answers one question per call: which criteria are true (the
Kleene-true set, i.e. our `hazard` findings). Each takes its natural input, prepared outside its timer by `prepare`:
ZEN a nested dict or its JSON text, CLIPS the text of one template fact, the Python floor our flat facts.
"""

from __future__ import annotations

import json
import operator
import time
from collections.abc import Callable
from typing import Any

from nnf import FLIP, NnfCompiler
from zen_graph import FactNester, decision_graph, key_of

from engine.models import DEVICE_NOT_WORKING, FactDef, FactRef, FactTest, FactType
from engine.rulebook import Criterion, Rulebook


class ZenPeer:
    """The criteria as one ZEN decision graph, called through `engine.evaluate(key, ctx)` (pre-built content)."""

    def __init__(self, book: Rulebook, criteria: list[Criterion], key: str = "criteria"):
        import zen

        self.key = key
        self.graph = decision_graph(book, criteria)
        self.json = json.dumps(self.graph, ensure_ascii=False)
        self.ids = {key_of(c.id): c.id for c in criteria}
        self.nest = FactNester(book)
        start = time.perf_counter()
        content = zen.ZenDecisionContent(self.json)
        self.engine = zen.ZenEngine({"loader": lambda _: content})
        self.decision = self.engine.create_decision(self.json)
        self.build_ms = (time.perf_counter() - start) * 1000

    def nested(self, facts: dict[str, Any]) -> dict[str, Any]:
        """The input a ZEN user holds: `{dust: {collector: {dry: …}}}` (our flat codes nested by their dots)."""
        return self.nest(facts)

    def text(self, facts: dict[str, Any]) -> str:
        """The same input as JSON text (ZEN's API takes `str`/`bytes` as well as a dict)."""
        return json.dumps(self.nest(facts), ensure_ascii=False)

    def call(self, context: dict[str, Any] | str) -> dict[str, Any]:
        """One evaluation; the result dict of booleans keyed by criterion."""
        return dict(self.engine.evaluate(self.key, context)["result"])

    def true_set(self, result: dict[str, Any]) -> set[str]:
        """Criterion ids whose output is true."""
        return {self.ids[k] for k, v in result.items() if v is True}


_CLIPS_OP = {"eq": "=", "ne": "<>", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def _clips_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


class ClipsCompiler(NnfCompiler):
    """Condition trees → CLIPS test expressions over one template fact (slot per fact; missing = nil)."""

    TRUE = "TRUE"
    FALSE = "FALSE"

    def __init__(self, book: Rulebook, slots: dict[str, str]):
        super().__init__(book)
        self.slots = slots
        self.used: set[str] = set()

    def var(self, code: str) -> str:
        self.used.add(code)
        return f"?{self.slots[code]}"

    def join(self, op: str, parts: list[str]) -> str:
        parts = list(dict.fromkeys(parts))
        return parts[0] if len(parts) == 1 else f"({op} " + " ".join(parts) + ")"

    def count(self, terms: list[str], needed: int) -> str:
        return "(>= (+ 0 " + " ".join(f"(b2i {t})" for t in terms) + f") {needed})"

    def test(self, node: FactTest, fact: FactDef, negate: bool) -> str:
        v, op, operand = self.var(fact.code), node.operator, node.operand
        if fact.type is FactType.list:
            return self.list_test(v, op, operand, negate)
        if op == "effective":
            states = ["有效"] if operand != negate else list(DEVICE_NOT_WORKING)
            return self.join("or", [f"(eq {v} {_clips_literal(s)})" for s in states])
        if op == "in":
            values = " ".join(_clips_literal(self.value(fact, x)) for x in operand)
            inner = f"(member$ {v} (create$ {values}))"
            return f"(and (neq {v} nil) (not {inner}))" if negate else inner
        op = FLIP[op] if negate else op
        if fact.type is FactType.date:
            right = _clips_literal(_ordinal(operand))
            return f"(and (neq {v} nil) ({_CLIPS_OP[op]} {v} {right}))"
        if isinstance(operand, FactRef):
            w = self.var(operand.fact)
            return f"(and (numberp {v}) (numberp {w}) ({_CLIPS_OP[op]} {v} (* {w} {operand.times!r})))"
        right = _clips_literal(self.value(fact, operand))
        if fact.type in (FactType.integer, FactType.number):
            return f"(and (numberp {v}) ({_CLIPS_OP[op]} {v} {right}))"
        return f"(eq {v} {right})" if op == "eq" else f"(and (neq {v} nil) (neq {v} {right}))"

    def list_test(self, v: str, op: str, operand: Any, negate: bool) -> str:
        """A list fact is a multislot `$?fN` and a slot `?fN_k` saying whether it was answered."""
        known, items = f"(eq {v}_k TRUE)", f"${v}"
        if op == "empty":
            return f"(and {known} ({'=' if operand != negate else '>'} (length$ {items}) 0))"
        values = [operand] if op == "contains" else list(operand)
        members = [f"(member$ {_clips_literal(x)} {items})" for x in values]
        if negate:
            members = [f"(not {m})" for m in members]
        return f"(and {known} {self.join('or' if (op == 'contains_any') != negate else 'and', members)})"


def _ordinal(value: Any) -> int:
    import datetime as dt

    return dt.date.fromisoformat(str(value)).toordinal()


class ClipsPeer:
    """The criteria as CLIPS rules (clipspy) on one template fact; a fired rule adds its criterion to a global."""

    def __init__(self, book: Rulebook, criteria: list[Criterion]):
        import clips

        self.book = book
        self.env = clips.Environment()
        codes = sorted({code for c in criteria for code in _facts_of(book, c)})
        self.slots = {code: f"f{i}" for i, code in enumerate(codes)}
        self.types = {code: book.facts[code].type for code in codes}
        compiler = ClipsCompiler(book, self.slots)
        start = time.perf_counter()
        fields = []
        for code, slot in self.slots.items():
            fields += [f"(multislot {slot})", f"(slot {slot}_k (default FALSE))"] if self.types[code] is FactType.list else \
                [f"(slot {slot})"]  # a slot's default is nil
        self.env.build(f"(deftemplate insp {' '.join(fields)})")
        self.env.build("(defglobal ?*hits* = (create$))")
        self.env.build("(deffunction b2i (?x) (if ?x then 1 else 0))")
        self.ids: dict[str, str] = {}
        for number, crit in enumerate(criteria):
            compiler.used = set()
            expression = compiler.criterion(crit)
            binds = " ".join(self._bind(code) for code in sorted(compiler.used))
            name = f"c{number}"
            self.ids[name] = crit.id
            self.env.build(f"(defrule {name} (insp {binds}) (test {expression}) => "
                           f"(bind ?*hits* (create$ ?*hits* {name})))")
        self.hits = self.env.find_global("hits")
        self.template = self.env.find_template("insp")
        self.env.reset()
        self.build_ms = (time.perf_counter() - start) * 1000

    def _bind(self, code: str) -> str:
        slot = self.slots[code]
        if self.types[code] is FactType.list:
            return f"({slot} $?{slot}) ({slot}_k ?{slot}_k)"
        return f"({slot} ?{slot})"

    def slots_of(self, facts: dict[str, Any]) -> dict[str, Any]:
        """The inspection as the slots of one `insp` fact (clipspy values; an unanswered slot keeps its default nil,
        an unanswered list stays empty with its `_k` slot FALSE)."""
        import clips

        slots: dict[str, Any] = {}
        for code, value in facts.items():
            slot = self.slots.get(code)
            if slot is None:
                continue
            kind = self.types[code]
            if kind is FactType.list:
                slots[slot], slots[f"{slot}_k"] = tuple(value), clips.Symbol("TRUE")
            elif kind is FactType.bool:
                slots[slot] = clips.Symbol("TRUE" if value else "FALSE")
            else:
                slots[slot] = _ordinal(value) if kind is FactType.date else value
        return slots

    def call(self, slots: dict[str, Any]) -> tuple[Any, ...]:
        """Assert the fact through clipspy's fact builder, run, read the hits, reset."""
        self.template.assert_fact(**slots)
        self.env.run()
        hits = tuple(self.hits.value)
        self.env.reset()
        return hits

    def true_set(self, hits: tuple[Any, ...]) -> set[str]:
        return {self.ids[str(h)] for h in hits}


class PythonCompiler(NnfCompiler):
    """Condition trees → Python boolean expressions over local variables (None = missing)."""

    TRUE = "True"
    FALSE = "False"

    def __init__(self, book: Rulebook, names: dict[str, str]):
        super().__init__(book)
        self.names = names

    def count(self, terms: list[str], needed: int) -> str:
        return "(" + " + ".join(f"bool({t})" for t in terms) + f" >= {needed})"

    def test(self, node: FactTest, fact: FactDef, negate: bool) -> str:
        v, op, operand = self.names[fact.code], node.operator, node.operand
        guard = f"{v} is not None"
        if fact.type is FactType.list:
            return self.list_test(v, guard, op, operand, negate)
        if op == "effective":
            states = ("有效",) if operand != negate else tuple(DEVICE_NOT_WORKING)
            return f"({v} in {states!r})"
        if op == "in":
            values = tuple(self.value(fact, x) for x in operand)
            return f"({guard} and {v} not in {values!r})" if negate else f"({v} in {values!r})"
        op = FLIP[op] if negate else op
        symbol = {"eq": "==", "ne": "!=", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}[op]
        if isinstance(operand, FactRef):
            w = self.names[operand.fact]
            return f"({guard} and {w} is not None and {v} {symbol} {w} * {operand.times!r})"
        right = str(operand) if fact.type is FactType.date else self.value(fact, operand)  # ISO dates sort as dates
        return f"({v} == {right!r})" if op == "eq" else f"({guard} and {v} {symbol} {right!r})"

    @staticmethod
    def list_test(v: str, guard: str, op: str, operand: Any, negate: bool) -> str:
        if op == "empty":
            return f"({guard} and len({v}) {'==' if operand != negate else '>'} 0)"
        if op == "contains":
            return f"({guard} and {operand!r} {'not in' if negate else 'in'} {v})"
        values = frozenset(operand)
        if op == "contains_any":
            return f"({guard} and {'' if negate else 'not '}{set(values)!r}.isdisjoint({v}))"
        return f"({guard} and {'not ' if negate else ''}{set(values)!r}.issubset({v}))"


def python_floor(book: Rulebook, criteria: list[Criterion]) -> Callable[[dict[str, Any]], list[str]]:
    """Generated straight-line Python over the same criteria: one `if` per criterion on our flat facts (the floor)."""
    codes = sorted({code for c in criteria for code in _facts_of(book, c)})
    names = {code: f"v{i}" for i, code in enumerate(codes)}
    compiler = PythonCompiler(book, names)
    lines = ["def decide(facts):", "    get = facts.get"]
    lines += [f"    {names[code]} = get({code!r})" for code in codes]
    lines.append("    out = []")
    for crit in criteria:
        lines += [f"    if {compiler.criterion(crit)}:", f"        out.append({crit.id!r})"]
    lines.append("    return out")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), "<python-floor>", "exec"), namespace)  # bench: our own generated code
    return operator.itemgetter("decide")(namespace)  # type: ignore[no-any-return]


def c_engine_alone(engine: Any, rulesets: list[Any], facts: list[dict[str, Any]]) -> tuple[
        Callable[[Any], Any], list[Any]]:
    """durable-rules' C engine with nothing around it: assert each ruleset's pre-encoded fact, take the fired rules,
    retract it. The floor of any `evaluate` in which durable-rules decides every criterion on every call."""
    from engine import runtime

    take = runtime._fired_in_c or runtime.fired_in_python
    handles = [engine.runtime._registered[r.name].handle for r in rulesets]
    retract, retraction = runtime.durable.retract_fact, runtime._RETRACT

    def run(texts: list[str]) -> None:
        for handle, text in zip(handles, texts, strict=True):
            take(handle, text)
            retract(handle, retraction)
    return run, [[r.encode(f, runtime._SID) for r in rulesets] for f in facts]


def _facts_of(book: Rulebook, crit: Criterion) -> list[str]:
    from engine.rulebook import facts_read

    return list(facts_read(book, crit))
