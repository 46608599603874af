"""Answers as a person reads them (是/否, 有效/失效/未设置, a list joined by 、, a number with its unit)."""

from __future__ import annotations

from typing import Any

YES, NO = "是", "否"
BOOL_WORDS = {YES: True, NO: False}  # how a yes/no answer may also be written in YAML and JSON


def value_label(value: Any, unit: str | None = None) -> str:
    """The Chinese label of a typed answer; device states and enum values are already words."""
    if value is None:
        return "（未回答）"
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, list):
        return "、".join(map(str, value)) or "无"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value} {unit}" if unit else str(value)
