"""Chinese messages for pydantic validation errors (users and rule authors never see pydantic's English)."""

from __future__ import annotations

import json
import re
from typing import Any

_TEMPLATES = {
    "missing": "缺少必填项",
    "extra_forbidden": "未知的键",
    "literal_error": "取值应为 {expected} 之一",
    "enum": "取值应为 {expected} 之一",
    "string_type": "应为文本",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数，不能有小数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "finite_number": "应为有限的数字（不能是 NaN 或无穷大）",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "list_type": "应为列表",
    "dict_type": "应为映射（键: 值）",
    "model_type": "应为映射（键: 值）",
    "model_attributes_type": "应为映射（键: 值）",
    "too_short": "至少需要 {min_length} 项",
    "too_long": "最多 {max_length} 项",
    "string_too_short": "至少 {min_length} 个字符",
    "string_too_long": "最多 {max_length} 个字符",
    "string_pattern_mismatch": "格式不符（应匹配 {pattern}）",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应不小于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应不大于 {le}",
    "date_type": "应为日期 YYYY-MM-DD",
    "date_parsing": "应为日期 YYYY-MM-DD",
    "date_from_datetime_parsing": "应为日期 YYYY-MM-DD（日期不存在或格式不对）",
    "date_from_datetime_inexact": "应为日期 YYYY-MM-DD，不带时间",
    "union_tag_invalid": "无法识别的条件写法（应为 all / any / not / at_least / criterion / action / fact 之一）",
    "union_tag_not_found": "无法识别的条件写法（应为 all / any / not / at_least / criterion / action / fact 之一）",
}


def pydantic_message(item: Any) -> str:
    """One pydantic error item (`ValidationError.errors()` entry) as a Chinese sentence."""
    kind = item.get("type", "")
    if kind in ("value_error", "assertion_error"):
        return str(item.get("msg", "")).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    template = _TEMPLATES.get(kind)
    if template is None:
        return str(item.get("msg", ""))
    context = dict(item.get("ctx") or {})
    if isinstance(context.get("expected"), str):  # "'a', 'b' or 'c'" → "'a'、'b'、'c'"
        context["expected"] = context["expected"].replace(" or ", "、").replace(", ", "、")
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template.split("{")[0].rstrip("（ ") or str(item.get("msg", ""))


_QUOTED = re.compile(r"'([^']*)'")  # pydantic's ctx quotes values: "'a', 'b'" or "<Kind.a: 'a'>, …"


def pydantic_problem(item: Any) -> tuple[str, str | None]:
    """A pydantic error item of a request or a command's input as (Chinese message, suggestion or None).

    Unlike `pydantic_message` (rule files, whose tagged unions are conditions), it names the key that is unknown or
    missing, and for a tagged union the tag it got and the ones it accepts.
    """
    kind, context = item.get("type", ""), dict(item.get("ctx") or {})
    loc = [str(part) for part in item.get("loc", ())]
    name = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        return f"未知的键 '{name}'", "删除它，或核对拼写"
    if kind == "missing":
        return f"缺少必填项 '{name}'", None
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        key = "、".join(_QUOTED.findall(str(context.get("discriminator", "")))) or "type"
        accepted = "、".join(_QUOTED.findall(str(context.get("expected_tags", ""))))
        message = f"未知的 {key}：'{context.get('tag', '')}'" if kind == "union_tag_invalid" else f"缺少 {key}"
        return message, f"{key} 可用：{accepted}" if accepted else None
    return pydantic_message(item), None


_JSON_MISTAKES = [  # json's messages, in Chinese
    ("Expecting property name enclosed in double quotes", "键应写在双引号中（或多了一个逗号）"),
    ("Expecting ':' delimiter", "键之后缺少冒号"),
    ("Expecting ',' delimiter", "缺少逗号"),
    ("Expecting value", "缺少值（或多了一个逗号，或 true/false/null 拼错）"),
    ("Unterminated string", "文本缺少结尾的双引号"),
    ("Extra data", "JSON 结束后还有多余内容"),
    ("Invalid control character", "文本中有未转义的控制字符（换行写作 \\n）"),
    ("Invalid \\escape", "无效的转义（反斜杠写作 \\\\）"),
]


def json_problem(error: json.JSONDecodeError) -> str:
    """Python's JSON parse error in Chinese, at its line and column."""
    said = next((words for english, words in _JSON_MISTAKES if error.msg.startswith(english)), error.msg)
    return f"第 {error.lineno} 行第 {error.colno} 列：{said}"


def shown(value: Any) -> str:
    """A value as it is written in YAML or JSON, not as Python's repr: null, true, "文本", [1, 2], {"value": 10}."""
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):  # a structure json cannot write (a key that is not text, a circular value)
        return str(value)
