"""Every criterion has feature scenarios that make it a hazard, clear it, and leave it undetermined."""

import re
from pathlib import Path

from engine.rulebook import require_rulebook

ROOT = Path(__file__).resolve().parent.parent
NEEDED = {"重大事故隐患", "未发现", "待补充"}
STEP = re.compile(r'"([^"]+)" 的判定为 "([^"]+)"')


def scenario_labels() -> dict[str, set[str]]:
    labels: dict[str, set[str]] = {}
    for feature in (ROOT / "features").rglob("*.feature"):
        for criterion, label in STEP.findall(feature.read_text(encoding="utf-8")):
            labels.setdefault(criterion, set()).add(label)
    return labels


def test_every_criterion_has_hazard_clear_and_undetermined_scenarios() -> None:
    book = require_rulebook(ROOT / "rules")
    labels = scenario_labels()
    gaps = {cid: sorted(NEEDED - labels.get(cid, set())) for cid in book.criteria}
    gaps = {cid: need for cid, need in gaps.items() if need}
    assert not gaps, "判定项缺少场景：\n" + "\n".join(f"{cid}: 缺 {'、'.join(n)}" for cid, n in sorted(gaps.items()))


def test_features_name_only_known_criteria() -> None:
    book = require_rulebook(ROOT / "rules")
    unknown = sorted(set(scenario_labels()) - set(book.criteria) - set(book.gaps))
    assert not unknown, f"feature 中引用了不存在的判定项：{unknown}"


def test_every_item_not_obtained_has_a_scenario_saying_it_is_not_judged() -> None:
    book = require_rulebook(ROOT / "rules")
    labels = scenario_labels()
    silent = sorted(gid for gid in book.gaps if "未判定（未编码）" not in labels.get(gid, set()))
    assert not silent, f"未取得原文的条目缺少“未判定（未编码）”场景：{silent}"


def test_every_partial_edition_is_said_to_be_partial() -> None:
    """An edition with items not obtained declares its total, so that N of M can be said."""
    book = require_rulebook(ROOT / "rules")
    undeclared = sorted({gap.standard.id for gap in book.gaps.values() if gap.standard.items_total is None
                         and not gap.standard.items_note})
    assert not undeclared, f"部分编码的版本缺少 items_total 或 items_note：{undeclared}"


def test_features_mirror_rule_files() -> None:
    rules = {p.relative_to(ROOT / "rules").with_suffix("") for p in (ROOT / "rules").glob("*/[0-9]*.yaml")}
    features = {p.relative_to(ROOT / "features").with_suffix("") for p in (ROOT / "features").glob("*/[0-9]*.feature")}
    assert rules - features == set(), f"规则文件没有对应的 feature：{sorted(map(str, rules - features))}"


ACTION_STEPS = {
    "trigger": re.compile(r'后续措施包括 "([^"]+)"|后续措施 "([^"]+)" 视情况而定'),
    "non_trigger": re.compile(r'后续措施不包括 "([^"]+)"'),
}


def test_every_action_rule_has_trigger_and_non_trigger_scenarios() -> None:
    book = require_rulebook(ROOT / "rules")
    seen: dict[str, set[str]] = {kind: set() for kind in ACTION_STEPS}
    for feature in (ROOT / "features").rglob("*.feature"):
        text = feature.read_text(encoding="utf-8")
        for kind, pattern in ACTION_STEPS.items():
            seen[kind] |= {a or b for a, b in pattern.findall(text)} if kind == "trigger" else set(pattern.findall(text))
    gaps = {aid: [k for k in ACTION_STEPS if aid not in seen[k]] for aid in book.actions}
    gaps = {aid: kinds for aid, kinds in gaps.items() if kinds}
    assert not gaps, "措施缺少场景：\n" + "\n".join(f"{aid}: 缺 {kinds}" for aid, kinds in sorted(gaps.items()))
    unknown = (seen["trigger"] | seen["non_trigger"]) - set(book.actions)
    assert not unknown, f"feature 中引用了不存在的措施：{sorted(unknown)}"
