"""How much of an assessment a reader gets: the summary (the default of the API and the CLI's JSON) or everything.

The summary says the same about every criterion in fewer bytes:
- the criteria found not applicable are one line per standard and reason (`not_applicable`: the reason and the
  criterion ids) instead of a finding each with its full text — on a cold store, 53 of the 64 工贸 findings;
- an action triggered by findings names them by criterion id only: their citation is in `findings` already (an
  action that every major hazard triggers otherwise repeats each hazard's citation: 6 × 38 on a full 工贸 inspection).

Everything else (verdicts, evidence, missing facts, clear and not-judged findings, actions and their basis) is the
same. `full` keeps a finding per criterion and the triggers' labels, as stored by the register.
"""

from __future__ import annotations

from typing import Literal

from engine.jsonout import assessment_json
from engine.results import Assessment, Finding, NotApplicableGroup

Detail = Literal["summary", "full"]
DETAIL_HELP = "summary（默认）：不适用的判定项按标准和原因各一行，后续措施的触发隐患只列判定项编号；full：逐项列出全部内容"
_TRIGGER_LABELS = frozenset(["label", "value", "value_label"])  # left out of a trigger that is a finding


def summarised(assessment: Assessment) -> Assessment:
    """The assessment with its not-applicable findings as one line per standard and reason."""
    if assessment.detail == "summary":
        return assessment
    kept: list[Finding] = []
    grouped: dict[tuple[str, str | None], list[str]] = {}
    for finding in assessment.findings:
        if finding.status == "not_applicable":
            grouped.setdefault((finding.standard, finding.reason), []).append(finding.criterion)
        else:
            kept.append(finding)
    groups = [NotApplicableGroup(standard=standard, reason=reason, criteria=criteria)
              for (standard, reason), criteria in grouped.items()]
    return assessment.model_copy(update={"detail": "summary", "findings": kept, "not_applicable": groups})


def to_json(assessment: Assessment, detail: Detail) -> bytes:
    """The assessment as UTF-8 JSON bytes at this detail (engine/jsonout.py: shared parts written once)."""
    if detail == "full":
        return assessment_json(assessment)
    return assessment_json(summarised(assessment), _TRIGGER_LABELS)
