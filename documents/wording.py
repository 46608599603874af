"""Wording of delivered documents: legal bases without the rule files' confidence marks, answers as sentences.

A document goes to an enterprise or a department: it names no repository file and uses none of the marks (✅ ◐ ⚠ ✗)
the rule files grade their sources with; an unconfirmed text is said in words ("原文未经核实").
"""

from __future__ import annotations

import re
from typing import Any

from engine.models import DEVICE_STATES

Answer = tuple[str, Any, str, str | None]  # question, typed value, its label, the fact's type when known

UNCONFIRMED = "（原文未经核实）"


def with_unconfirmed(text: str, unconfirmed: bool) -> str:
    """The text, followed by （原文未经核实） when its wording is not confirmed."""
    return text + (UNCONFIRMED if unconfirmed else "")


# what follows "是否" → its negation when the answer is 否 (checked in this order); anything else: 未 + what follows
_NEGATIONS = (("均", "并非均"), ("全部", "并非全部"), ("都", "并非都"), ("已", "未"), ("有效", "无效"), ("有", "没有"),
              ("存在", "不存在"), ("应", "不应"), ("需", "不需"), ("是", "不是"), ("为", "不是"), ("能", "不能"),
              ("可", "不可"), ("符合", "不符合"), ("满足", "不满足"), ("属于", "不属于"), ("相通", "不相通"))
# a hint to the person answering: after the question mark ("（可多选）") or just before it ("（按最差的一台填写）")
_AFTER_MARK = re.compile(r"[？?]\s*（[^（）]*）$")
_INSTRUCTION = re.compile(r"（(?:按|多台|可多选|没有则|填写|如有)[^（）]*）$")
_PERFECT = re.compile(r"(?<![为除])了(?![解结])")  # "进行了" → "未进行" (but 了解, 为了, 除了 stay)
_STATE = re.compile(r"的?状态(?:如何)?$")
_AMOUNT = re.compile(r"(是|有)多少[^\s，。；]{0,3}$")
_WHICH = re.compile(r"(?<!下列)哪些(种类|类型|类别)?([一-鿿]{0,4})$")


def _stem(question: str) -> str:
    """The question without its question mark and a trailing hint in brackets."""
    stem = _AFTER_MARK.sub("", question.strip()).rstrip("？?").rstrip()
    return _INSTRUCTION.sub("", stem).rstrip()


def _amount(label: str) -> str:
    """10 人 → 10人 (a Chinese unit follows its number directly); 12 mm stays."""
    number, _, unit = label.partition(" ")
    return number + unit if unit and "\u4e00" <= unit[0] <= "\u9fff" else label


def _yes_no(stem: str, value: bool) -> str | None:
    """是否 / 能否 answered: the question as a statement; None when a 否 would negate a compound ("是否A，并B")."""
    asked = "是否" if "是否" in stem else "能否"
    if stem.count(asked) != 1:
        return None
    before, _, rest = stem.partition(asked)
    if value:
        return before + ("能" if asked == "能否" else "") + rest
    if any(joint in rest for joint in ("，", "且", "并")):  # 否 to "A and B" is not "not A and B"
        return None
    if any(negative in rest for negative in ("不", "未", "无")):  # "是否与实际不符？否" is better left as asked
        return None
    if asked == "能否":
        return before + "不能" + rest
    for start, negated in _NEGATIONS:
        if rest.startswith(start):
            return before + negated + _PERFECT.sub("", rest[len(start):])
    return before + "未" + _PERFECT.sub("", rest)


def finding_sentence(question: str, value: Any, label: str, kind: str | None = None) -> str | None:
    """One checklist answer said as a statement ("联锁状态如何？" 未设置 → "……联锁未设置"), or None when it cannot be.

    `kind` is the fact's type when known (bool, device, number, integer, list, enum). Only the question forms the
    catalog mostly uses are turned: 是否 (yes/no), 状态如何 (a device), 是多少 / 有多少 (a number), 哪些 (a list).
    """
    stem = _stem(question)
    if isinstance(value, bool):
        return _yes_no(stem, value)
    is_device = kind == "device" or (kind is None and value in DEVICE_STATES)
    if is_device:
        return _STATE.sub("", stem) + label if _STATE.search(stem) else None
    amount = _AMOUNT.search(stem) if isinstance(value, int | float) else None
    if amount:
        return stem[:amount.start()] + ("为" if amount[1] == "是" else "有") + _amount(label)
    which = _WHICH.search(stem) if isinstance(value, list) and value else None
    if which:
        noun = which[2]
        named = bool(noun) and all(str(item).endswith(noun) for item in value)
        return stem[:which.start()] + label + ("" if named else noun)  # "哪些浇铸炉" → "固定式浇铸炉", not "…炉浇铸炉"
    return None


def findings(answers: list[Answer]) -> list[str]:
    """The answers as statements; empty when any one of them cannot be said so (half the evidence would mislead)."""
    said = [finding_sentence(question, value, label, kind) for question, value, label, kind in answers]
    return [s for s in said if s is not None] if all(said) else []


def evidence_line(answers: list[Answer]) -> str:
    """检查发现 in one line: the answers as statements joined by ；, else every one as 问题：回答.

    When any one answer cannot be said as a statement, none is: a half-turned line reads as if the rest were not asked.
    """
    said = findings(answers)
    if said:
        return "；".join(said)
    return "；".join(f"{_stem(question)}：{label}" for question, _, label, _ in answers)
