"""Load YAML keeping line/column of every node; reject duplicate keys; keep dates as strings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from engine.errors import Problem

Path_ = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps (dates stay strings until validated)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Scanner(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Scans and composes with libyaml when PyYAML has it (about 8x faster; same nodes, marks and resolvers)."""


_Scanner.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


@dataclass
class LoadedDocument:
    """A parsed document plus the position of every mapping key and sequence item."""

    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_) -> tuple[int, int]:
        """Best position for a data path: the longest prefix that has one."""
        for end in range(len(path), -1, -1):
            hit = self.positions.get(tuple(path[:end]))
            if hit:
                return hit
        return (1, 1)


def alias_problem(text: str, file: str) -> Problem | None:
    """The first YAML alias (`*name`) as a problem, or None (also when the text does not scan).

    Walking a composed node graph expands aliases: a few hundred bytes of nested ones make millions of nodes
    ("billion laughs"). Rule and inspection files never need them, so a file that uses one is refused, not read.
    """
    try:
        for token in yaml.scan(text, Loader=_Scanner):
            if isinstance(token, yaml.AliasToken):
                return Problem(file, token.start_mark.line + 1, token.start_mark.column + 1, "yaml_alias",
                               "不支持 YAML 锚点和别名（*name），文件未读取", "把锚点（&name）的内容直接写在每个用到的地方")
    except yaml.YAMLError:
        return None  # compose reports it as a yaml_syntax problem
    return None


def _walk(node: yaml.Node, path: Path_, doc: LoadedDocument, problems: list[Problem]) -> Any:
    doc.positions.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _Loader(  # construct the scalar key with the same resolver rules
                "").construct_object(key_node) if not isinstance(key_node, yaml.ScalarNode) else key_node.value
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if key in result:
                problems.append(Problem(doc.file, line, col, "duplicate_key",
                                        f"键 '{key}' 重复出现", "删除或合并重复的键"))
                continue
            doc.positions[(*path, key)] = (line, col)
            result[key] = _walk(value_node, (*path, key), doc, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, (*path, index), doc, problems) for index, item in enumerate(node.value)]
    return _Loader("").construct_object(node)


def load_text(text: str, file: str) -> tuple[LoadedDocument, list[Problem]]:
    """Parse YAML (JSON is YAML) text into data with positions, or a yaml_syntax problem."""
    doc = LoadedDocument(file=file, data=None)
    problems: list[Problem] = []
    alias = alias_problem(text, file)
    if alias is not None:
        return doc, [alias]
    try:
        node = yaml.compose(text, Loader=_Scanner)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = getattr(error, "problem", None) or str(error)
        problems.append(Problem(file, line, col, "yaml_syntax", f"无法解析 YAML/JSON：{reason}",
                                "检查缩进、冒号和引号；JSON 需用双引号"))
        return doc, problems
    doc.data = _walk(node, (), doc, problems) if node is not None else None
    return doc, problems


def load_file(path: Path, display: str | None = None) -> tuple[LoadedDocument, list[Problem]]:
    """Read and parse one file; unreadable files become a problem, not an exception."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return LoadedDocument(file=name, data=None), [
            Problem(name, 1, 1, "unreadable_file", f"无法读取文件：{error}", "确认路径存在且为 UTF-8 编码")]
    return load_text(text, name)
