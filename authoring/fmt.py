"""`hazard fmt`: the canonical layout of rule files, comments kept (ruamel.yaml round trip).

Keys in the order of the rule models (unknown keys last, as written); condition leaves (`{fact: …, eq: …}`,
criterion and action references), deadlines, legal bases and lists of plain values in flow style; documents,
criteria, facts, notices, actions and `all` / `any` / `not` / `at_least` nodes in block style; two spaces per level,
list items indented under their key; and a first-line `yaml-language-server` modeline naming the file's JSON Schema.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from engine.check import rules_root
from engine.errors import Problem
from engine.loader import load_text, unreadable, yaml_problem
from engine.models import (
    ActionDef,
    ActionFile,
    ArticleDef,
    AtLeast,
    Basis,
    CriterionDef,
    Deadline,
    FactDef,
    FactFile,
    FactRef,
    FactTest,
    Notice,
    StandardDef,
)
from engine.rulebook import rule_files

MODELINE = "# yaml-language-server: $schema="
_CONDITION_KEYS = ("when", "applies_when", "not")
_FLOW_TAGS = ("fact", "criterion", "action")  # condition leaves


# where the model's field order is not the order authors read in, the canonical order (the one most files use)
_ORDERS: dict[type[BaseModel], list[str]] = {
    CriterionDef: ["id", "role", "item", "text", "confidence", "manual", "scope", "note", "applies_when", "when"],
    ActionDef: ["id", "code", "title", "text", "kind", "source", "responsible", "deadline", "basis", "confidence", "note",
                "supersedes", "when"],
    Deadline: ["kind", "event", "days", "hours", "month", "day"],
}


def _order(model: type[BaseModel]) -> list[str]:
    fields = [field.alias or name for name, field in model.model_fields.items()]
    preferred = _ORDERS.get(model, [])
    return preferred + [name for name in fields if name not in preferred]


@dataclass(frozen=True)
class _Kind:
    """How one kind of rule file is laid out: the model of its document and the schema that checks it."""

    model: type[BaseModel]
    schema: str


_KINDS = {"facts": _Kind(FactFile, "facts.schema.json"), "standard": _Kind(StandardDef, "standard.schema.json"),
          "article": _Kind(ArticleDef, "criteria.schema.json"), "actions": _Kind(ActionFile, "actions.schema.json")}
_ITEMS: dict[tuple[type[BaseModel], str], type[BaseModel]] = {
    (FactFile, "facts"): FactDef, (ArticleDef, "criteria"): CriterionDef, (StandardDef, "notices"): Notice,
    (ActionFile, "actions"): ActionDef, (ActionDef, "basis"): Basis}
_FIELDS: dict[tuple[type[BaseModel], str], type[BaseModel]] = {(ActionDef, "deadline"): Deadline}


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments, quotes and the order of unknown keys survive
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold the Chinese texts
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    yaml.representer.add_representer(type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


def _kind(path: Path, data: Any) -> str:
    if isinstance(data, dict) and "facts" in data:
        return "facts"
    if isinstance(data, dict) and "actions" in data:
        return "actions"
    return "standard" if path.name == "standard.yaml" else "article"


def _reorder(node: CommentedMap, model: type[BaseModel] | None) -> None:
    """Keys in the model's order; the others after them, as written (comments move with their keys)."""
    if model is None:
        return
    order = _order(model)
    for key in [k for k in order if k in node] + [k for k in list(node) if k not in order]:
        node.move_to_end(key)


def _flow_list(node: Any) -> None:
    if isinstance(node, CommentedSeq) and all(not isinstance(item, dict | list) for item in node):
        node.fa.set_flow_style()


def _condition(node: Any) -> None:
    """A condition node: a leaf in flow style, a compound in block style with its children laid out in turn."""
    if not isinstance(node, CommentedMap):
        return
    if any(tag in node for tag in _FLOW_TAGS) and not any(tag in node for tag in ("all", "any", "not", "at_least")):
        _reorder(node, FactTest if "fact" in node else None)
        for value in node.values():
            _flow_list(value)
            if isinstance(value, CommentedMap):
                _reorder(value, FactRef)
                value.fa.set_flow_style()
        node.fa.set_flow_style()
        return
    node.fa.set_block_style()
    _reorder(node, AtLeast if "at_least" in node else None)
    for key in ("all", "any", "of"):
        if isinstance(node.get(key), CommentedSeq):
            node[key].fa.set_block_style()
            for child in node[key]:
                _condition(child)
    if "not" in node:
        _condition(node["not"])


def _layout(node: Any, model: type[BaseModel] | None) -> None:
    """Lay out a model's mapping: its keys, its conditions, its lists and the nested models it holds."""
    if not isinstance(node, CommentedMap):
        return
    node.fa.set_block_style()
    _reorder(node, model)
    for key, value in node.items():
        if key in _CONDITION_KEYS:
            _condition(value)
        elif model is not None and (model, key) in _ITEMS and isinstance(value, CommentedSeq):
            value.fa.set_block_style()
            item_model = _ITEMS[(model, key)]
            for item in value:
                _layout(item, item_model)
                if item_model is Basis and isinstance(item, CommentedMap):
                    item.fa.set_flow_style()
        elif model is not None and (model, key) in _FIELDS and isinstance(value, CommentedMap):
            _reorder(value, _FIELDS[(model, key)])
            value.fa.set_flow_style()
        else:
            _flow_list(value)


def _modeline(path: Path, kind: str) -> str | None:
    root = rules_root(path)
    if root is None:
        return None
    schema = os.path.relpath(root / "_schema" / _KINDS[kind].schema, path.resolve().parent)
    return MODELINE + Path(schema).as_posix()


def format_text(text: str, path: Path) -> str:
    """The canonical layout of one rule file's text (raises ruamel's YAMLError when it does not parse)."""
    yaml = _yaml()
    data = yaml.load(text)
    if not isinstance(data, CommentedMap):
        return text  # not a rule document: left alone (lint says what is wrong)
    kind = _kind(path, data)
    _layout(data, _KINDS[kind].model)
    out = io.StringIO()
    yaml.dump(data, out)
    lines = out.getvalue().splitlines()
    if lines and lines[0].startswith(MODELINE):
        lines = lines[1:]
    modeline = _modeline(path, kind)
    return "\n".join(([modeline] if modeline else []) + lines) + "\n"


@dataclass(frozen=True)
class Formatted:
    """One file's canonical text, or the problem that kept it from being formatted."""

    path: Path
    before: str
    after: str | None
    problem: Problem | None = None

    @property
    def changed(self) -> bool:
        """True when the canonical layout differs from the file."""
        return self.after is not None and self.after != self.before


def format_file(path: Path) -> Formatted:
    """Format one file in memory (nothing is written)."""
    try:
        before = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return Formatted(path, "", None, unreadable(str(path), error))
    _, refused = load_text(before, str(path))  # what the engine would not read (tags, duplicate keys …) is said
    if refused:                                   # in its words, before ruamel's own constructors meet it
        return Formatted(path, before, None, replace(refused[0], message=f"未格式化：{refused[0].message}"))
    try:
        return Formatted(path, before, format_text(before, path))
    except YAMLError as error:  # ruamel's errors carry PyYAML's marks and wording
        said = yaml_problem(error, before, str(path))
        return Formatted(path, before, None, replace(said, message=f"未格式化：{said.message}"))


def rule_paths(paths: list[Path]) -> list[Path]:
    """The rule files of the given files and folders (generated schemas excluded)."""
    return [file for path in paths for file in rule_files(path)]
