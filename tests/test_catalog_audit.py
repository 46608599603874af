"""Questions about whether a list, ledger, identification, sign, plan or system exists say how to answer when it
exists but is incomplete: an honest "是, we have a ledger" must not clear a criterion the standard means to catch."""

from __future__ import annotations

import re
from pathlib import Path

from engine.models import FactType
from engine.rulebook import require_rulebook

ROOT = Path(__file__).resolve().parent.parent
ASKS_FOR_A_DOCUMENT = re.compile(r"是否[^？]*?(建立|制定|编制|设置|辨识|进行|开展|列入|纳入)[^？]*?"
                                 r"(清单|台账|辨识|标志|标识|方案|制度|规程|预案|工艺控制指标|诊断|评估)")
SAYS_HOW = re.compile(r"即答“否”|视同未|答“否”")


def test_every_document_question_says_how_to_answer_an_incomplete_one() -> None:
    book = require_rulebook(ROOT / "rules")
    vague = [f"{fact.code}：{fact.question}" for fact in book.facts.values()
             if fact.type is FactType.bool and not fact.profile and ASKS_FOR_A_DOCUMENT.search(fact.question)
             and not SAYS_HOW.search(fact.help or "")]
    assert not vague, "这些问题没有说明“有但不全”时如何回答：\n" + "\n".join(vague)


def test_confined_space_list_and_ledger_missing_one_space_means_no() -> None:
    book = require_rulebook(ROOT / "rules")
    for code in ("confined.spaces_identified", "confined.ledger_established"):
        fact = book.facts[code]
        assert "每一处" in fact.question and "任一处" in (fact.help or "") and "即答“否”" in (fact.help or "")
