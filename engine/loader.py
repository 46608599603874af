"""Load YAML keeping line/column of every node; reject duplicate keys; keep dates as strings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from engine.errors import Problem

Path_ = tuple[str | int, ...]


_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~13x faster


class _Loader(_FAST_LOADER):  # type: ignore[valid-type,misc]
    """Safe loader (libyaml's parser when PyYAML has it) without implicit timestamps: dates stay strings."""


class _Scanner(yaml.SafeLoader):
    """The pure-Python scanner, used only to locate an alias once one was found (its tokens carry positions)."""


_YAML = "tag:yaml.org,2002:"
# Numbers as JSON and YAML 1.2 read them: decimal only. YAML 1.1 reads `010` as octal 8, `1:30` as 90 and `0x10` as
# 16; an inspector's leading zero must not turn 10 people into 8 (and a hazard into "clear"). Those stay text, and the
# fact's type check then asks for a number.
_DECIMAL_INT = re.compile(r"^[-+]?[0-9]+$")
_DECIMAL_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|"
                            r"^\.(?:nan|NaN|NAN)$")
_NUMBER_START = list("-+0123456789.")
_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag not in (_YAML + "timestamp", _YAML + "int", _YAML + "float")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(_YAML + "int", _DECIMAL_INT, _NUMBER_START)
_Loader.add_implicit_resolver(_YAML + "float", _DECIMAL_FLOAT, _NUMBER_START)


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


MAX_DEPTH = 64  # nesting of mappings and lists; rule files need about 15, an inspection 4
MAX_INDENT = 4 * MAX_DEPTH  # columns of leading spaces: deeper block nesting than MAX_DEPTH at 4 spaces a level
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'')  # a quoted scalar on one line
_FLOW = re.compile(r"[\[\]{}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def nesting_problem(text: str, file: str) -> Problem | None:
    """Nesting deeper than MAX_DEPTH, found by one linear pass before the YAML parser sees the text.

    PyYAML's scanner spends time proportional to the flow depth on every token and its composer recurses once per
    level, so 100,000 nested `[` never finish and 5,000 overflow the stack. Brackets inside quotes and comments are
    skipped; the count is an upper bound, so a file this rejects really is nested too deep (or has unbalanced
    brackets, which the parser would refuse anyway).
    """
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        indent = len(line) - len(line.lstrip(" "))
        if indent > MAX_INDENT:
            return _too_deep(file, number, indent + 1, f"缩进 {indent} 列")
        if not _FLOW.search(line):
            continue
        code = _QUOTED.sub("", line).split(" #", 1)[0]
        for bracket in _FLOW.finditer(code):
            depth = depth + 1 if bracket.group() in "[{" else max(depth - 1, 0)
            if depth > MAX_DEPTH:
                return _too_deep(file, number, bracket.start() + 1, f"括号嵌套超过 {MAX_DEPTH} 层")
    return None


def _too_deep(file: str, line: int, col: int, what: str) -> Problem:
    return Problem(file, line, col, "too_deep", f"嵌套过深（{what}），文件未读取；最多允许 {MAX_DEPTH} 层",
                   "检查是否误写了多余的括号或缩进；正常的规则和检查文件不超过 20 层")


class _AliasFound(Exception):
    """The walk reached a node it had already walked: the document uses an alias."""

    def __init__(self, node: yaml.Node):
        self.node = node
        super().__init__("alias")


class _Refused(Exception):
    """A node the loader will not turn into data; carries the problem."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.render())


def _float(text: str) -> float:
    special = {".inf": "inf", "+.inf": "inf", "-.inf": "-inf", ".nan": "nan"}
    return float(special.get(text.lower(), text))


_BUILD: dict[str, Callable[[str], Any]] = {  # the scalars a rule or inspection file may hold, built without a loader
    _YAML + "str": str, _YAML + "int": int, _YAML + "float": _float,  # int("010") is 10: decimal, as resolved
    _YAML + "bool": lambda text: yaml.constructor.SafeConstructor.bool_values[text.lower()],
    _YAML + "null": lambda _: None}


def _scalar(node: yaml.Node, doc: LoadedDocument) -> Any:
    """Construct one scalar; what Python refuses (an integer of 5,000 digits) or cannot output becomes a problem."""
    where = (node.start_mark.line + 1, node.start_mark.column + 1)
    build = _BUILD.get(node.tag)
    if build is None:  # an explicit tag (!!binary, !!timestamp, !!python/…): rule and inspection files need none
        raise _Refused(Problem(doc.file, *where, "unsupported_tag", f"不支持 YAML 标签 {_short_tag(node.tag)}",
                               "删除标签：日期、数字和文本都直接写（日期加引号，如 \"2025-06-01\"）"))
    try:
        value = build(node.value)
    except (ValueError, OverflowError, KeyError):
        if _DECIMAL_INT.match(node.value):  # a plain number Python refuses: thousands of digits
            raise _Refused(Problem(doc.file, *where, "invalid_scalar", "无法读取的值：数字位数过多",
                                   "数字不超过 15 位；编号等文本加引号")) from None
        tag = _short_tag(node.tag)
        raise _Refused(Problem(doc.file, *where, "invalid_scalar", f"无法读取的值：{node.value!r} 不能按 {tag} 读取",
                               f"删除标签 {tag}，或改正这个值")) from None
    if isinstance(value, str) and _SURROGATE.search(value):
        raise _Refused(Problem(doc.file, *where, "invalid_text",
                               "文本含有孤立的 UTF-16 代理字符（如 \\ud800），不是有效的 Unicode", "删除该字符"))
    return value


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_YAML) if tag.startswith(_YAML) else tag


def _walk(node: yaml.Node, path: Path_, doc: LoadedDocument, problems: list[Problem], seen: set[int]) -> Any:
    if id(node) in seen:  # an alias shares its anchor's node: expanding it could make millions ("billion laughs")
        raise _AliasFound(node)
    seen.add(id(node))
    doc.positions.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if len(path) > MAX_DEPTH:
        raise _Refused(_too_deep(doc.file, node.start_mark.line + 1, node.start_mark.column + 1, f"{len(path)} 层"))
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(doc.file, line, col, "complex_key",
                                        "键必须是文本或数字，不能是列表或映射（? [a, b]）",
                                        "把键写成普通文本，例如 profile.sectors"))
                continue
            key = _scalar(key_node, doc)
            if key in result:
                problems.append(Problem(doc.file, line, col, "duplicate_key",
                                        f"键 '{key}' 重复出现", "删除或合并重复的键"))
                continue
            doc.positions[(*path, key)] = (line, col)
            result[key] = _walk(value_node, (*path, key), doc, problems, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, (*path, index), doc, problems, seen) for index, item in enumerate(node.value)]
    return _scalar(node, doc)


def refusal(text: str, file: str) -> Problem | None:
    """Why a text is not parsed at all (nested too deep, lone surrogates), checked in linear time; else None."""
    if _SURROGATE.search(text):  # only a str built in Python can hold one; a file read as UTF-8 cannot
        return Problem(file, 1, 1, "invalid_text", "文本含有孤立的 UTF-16 代理字符", "以 UTF-8 编码提交")
    return nesting_problem(text, file)


_YAML_GENERIC = "检查缩进、冒号和引号；JSON 需用双引号"
_WIDE_COLON_KEY = re.compile(r"""^\s*(- )?[^\s"'#:：][^"'#:：]*：""")  # `key：value`, a 中文 colon where ': ' belongs


_YAML_MISTAKES = [  # (in the problem, in its context, message, suggestion): libyaml's and the Python parser's words
    ("expected ',' or ']'", "", "列表 [ … ] 未闭合或缺少逗号{since}", "补上逗号或右方括号 ]"),
    ("expected ',' or '}'", "", "映射 {{ … }} 未闭合或缺少逗号{since}", "补上逗号或右花括号 }}"),
    ("mapping values are not allowed", "", "此处不能出现冒号",
     "含冒号的文本加引号，如 \"a: b\"；或检查上一行的键是否缺少冒号、缩进是否对齐"),
    ("<tab>", "", "不能用制表符（Tab）缩进", "改用空格缩进"),
    ("cannot start any token", "", "值不能以 “{found}” 开头", "把这个值加上引号"),
    ("expected <block end>", "block mapping", "缩进不一致{since}", "同一层的键左对齐，只用空格缩进"),
    ("did not find expected key", "block mapping", "缩进不一致{since}", "同一层的键左对齐，只用空格缩进"),
    ("end of stream", "quoted scalar", "引号未闭合{since}", "补上结尾的引号"),
    ("undefined alias", "", "未定义的别名（*…）", "写出完整的值，或把以 * 开头的文本加上引号"),
    ("invalid Unicode character escape", "", "无效的 Unicode 转义（如单独的代理字符 \\ud842）",
     "直接写出该字符（UTF-8），或写成完整的一对转义"),
    ("node content", "", "缺少值（文件在列表或映射中途结束？）", "补全列表或映射，或删除多余的 [ {{"),
]


def yaml_problem(error: Exception, text: str, file: str) -> Problem:
    """PyYAML's syntax error in Chinese where it is a common one, at its position (its own words otherwise)."""
    mark, begun = getattr(error, "problem_mark", None), getattr(error, "context_mark", None)
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    reason, context = str(getattr(error, "problem", None) or error), str(getattr(error, "context", None) or "")
    found = _line(text, line)[col - 1:col]
    if found == "\t" and "cannot start any token" in reason:
        reason = "<tab>"
    words = {"since": f"（从第 {begun.line + 1} 行开始）" if begun is not None else "", "found": found}
    message, suggestion = next(((m.format(**words), h.format(**words)) for problem, where, m, h in _YAML_MISTAKES
                                if problem in reason and where in context),
                               (f"无法解析 YAML/JSON：{reason}", _YAML_GENERIC))
    wide = [n for n in range(max(1, line - 1), line + 1) if _WIDE_COLON_KEY.match(_line(text, n))]
    if wide and message.startswith(("此处不能出现冒号", "缩进不一致", "无法解析")):  # 'a：1' is plain text to YAML
        suggestion = f"第 {wide[0]} 行用了中文冒号“：”，键与值之间应为英文冒号加空格 “: ”；" + suggestion
    return Problem(file, line, col, "yaml_syntax", message, suggestion)


def _line(text: str, number: int) -> str:
    lines = text.splitlines()
    return lines[number - 1] if 0 < number <= len(lines) else ""


# JSON writes a character outside the BMP (a 生僻字 such as 𠮷) as an escaped UTF-16 pair, "\ud842\udfb7", as Python's
# json.dump does by default; YAML's parser refuses a surrogate escape. An even run of backslashes before it (none, or
# escaped backslashes) makes it an escape rather than literal text.
_ESCAPED_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})")


def _joined_pairs(text: str) -> str:
    """A JSON text with its escaped surrogate pairs written as the characters they stand for (YAML text unchanged)."""
    if "\\u" not in text or text.lstrip()[:1] not in ("{", "["):
        return text
    return _ESCAPED_PAIR.sub(lambda m: m[1] + chr(0x10000 + ((int(m[2], 16) - 0xD800) << 10) + int(m[3], 16) - 0xDC00),
                             text)


def load_text(text: str, file: str) -> tuple[LoadedDocument, list[Problem]]:
    """Parse YAML (JSON is YAML) text into data with positions, or the problems that stopped it."""
    doc = LoadedDocument(file=file, data=None)
    text = _joined_pairs(text)
    refused = refusal(text, file)
    if refused:
        return doc, [refused]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        return doc, [yaml_problem(error, text, file)]
    except RecursionError:  # nesting_problem's bound makes this unreachable in practice; never a traceback
        return doc, [_too_deep(file, 1, 1, "解析时栈溢出")]
    problems: list[Problem] = []
    try:
        doc.data = _walk(node, (), doc, problems, set()) if node is not None else None
    except _Refused as stopped:
        doc.data = None
        return doc, [stopped.problem]
    except _AliasFound as found:
        doc.data = None
        mark = found.node.start_mark
        return doc, [alias_problem(text, file) or Problem(file, mark.line + 1, mark.column + 1, "yaml_alias",
                                                         "不支持 YAML 锚点和别名（*name），文件未读取", "")]
    return doc, problems


def load_file(path: Path, display: str | None = None) -> tuple[LoadedDocument, list[Problem]]:
    """Read and parse one file; unreadable files become a problem, not an exception."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return LoadedDocument(file=name, data=None), [unreadable(name, error)]
    return load_text(text, name)


def unreadable(name: str, error: OSError | UnicodeDecodeError) -> Problem:
    """Why a file could not be read, in words to act on (a file saved as GBK is the common case on Windows)."""
    if isinstance(error, UnicodeDecodeError):
        raw = error.object if isinstance(error.object, bytes) else b""
        line = raw[:error.start].count(b"\n") + 1
        try:
            raw.decode("gb18030")
            said = f"文件不是 UTF-8 编码（看起来是 GBK/GB18030，第 {line} 行起）"
        except UnicodeDecodeError:
            said = f"文件不是 UTF-8 编码（第 {line} 行有无法解码的字节）"
        return Problem(name, line, 1, "unreadable_file", said, "用编辑器另存为 UTF-8 编码（记事本：另存为 → 编码选 UTF-8）")
    said = _os_reason(error, {FileNotFoundError: "文件不存在", IsADirectoryError: "这是文件夹，不是文件",
                              PermissionError: "没有读取权限"}, "无法读取（{}）")
    return Problem(name, 1, 1, "unreadable_file", said, "确认路径正确、文件可读")


def unwritable(name: str, error: OSError) -> Problem:
    """Why an output file could not be written, in words to act on."""
    said = _os_reason(error, {FileNotFoundError: "所在文件夹不存在", IsADirectoryError: "这是文件夹，请写文件名",
                              PermissionError: "没有写入权限"}, "{}")
    return Problem(name, 1, 1, "unwritable_output", f"无法写入：{said}", "确认文件夹存在且可写，或换一个路径（-o）")


def _os_reason(error: OSError, reasons: dict[type[OSError], str], otherwise: str) -> str:
    """The words for the error's kind, else `otherwise` with the system's own words in its {}."""
    return next((words for kind, words in reasons.items() if isinstance(error, kind)),
                otherwise.format(error.strerror or error))
