"""The step patterns of the Chinese features: what the step library binds and what the feature linter matches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import yaml

StepType = Literal["given", "when", "then"]

# what a placeholder quotes, by its name: the linter checks each against the rulebook
CRITERION, FACT, ACTION, TRIGGER, LABEL, DATE, KIND = "criterion", "fact", "action", "trigger", "label", "date", "kind"
KIND_WORDS = {"法定": "statute", "政策": "policy"}


@dataclass(frozen=True)
class StepPattern:
    """One step of the library: its type, its text as a `parse` pattern, the table header it takes."""

    type: StepType
    text: str
    table: tuple[str, str] | None = None

    @property
    def has_arguments(self) -> bool:
        """True when the text has placeholders (bound with `parsers.parse`, else matched literally)."""
        return "{" in self.text


DATE_STEP = StepPattern("given", '检查日期为 "{date}"')
FACTS_STEP = StepPattern("given", "事实如下:", ("事实", "值"))
CONTEXT_STEP = StepPattern("given", "检查背景如下:", ("背景", "值"))
ASSESS_STEP = StepPattern("when", "进行判定")
ACTION_REQUIRED = StepPattern("then", '后续措施包括 "{action}"')
ACTION_ABSENT = StepPattern("then", '后续措施不包括 "{action}"')
ACTION_CONDITIONAL = StepPattern("then", '后续措施 "{action}" 视情况而定，取决于 "{fact}"')
ACTION_DEADLINE = StepPattern("then", '后续措施 "{action}" 的期限为 "{text}"')
ACTION_KIND = StepPattern("then", '后续措施 "{action}" 的类型为 "{kind}"')
ACTION_BASIS = StepPattern("then", '后续措施 "{action}" 的依据包括 "{text}"')
ACTION_PARTY = StepPattern("then", '后续措施 "{action}" 由 "{party}" 负责')
ACTION_TRIGGER = StepPattern("then", '后续措施 "{action}" 由 "{trigger}" 触发')
STATUS_IS = StepPattern("then", '"{criterion}" 的判定为 "{label}"')
MISSING_INCLUDES = StepPattern("then", '"{criterion}" 待补充的事实包括 "{fact}"')
EVIDENCE_INCLUDES = StepPattern("then", '"{criterion}" 的证据包括 "{fact}"')
REASON_CONTAINS = StepPattern("then", '"{criterion}" 的不适用原因包含 "{text}"')
NOT_JUDGED_REASON = StepPattern("then", '"{criterion}" 的未判定原因包含 "{text}"')
NOTICE_CONTAINS = StepPattern("then", '判定说明包含 "{text}"')
READING_INCLUDES = StepPattern("then", '"{criterion}" 按解读判定，解读包含 "{text}"')
NO_READING = StepPattern("then", '"{criterion}" 的判定不依赖解读')

STEPS: tuple[StepPattern, ...] = (
    DATE_STEP, FACTS_STEP, CONTEXT_STEP, ASSESS_STEP, ACTION_REQUIRED, ACTION_ABSENT, ACTION_CONDITIONAL,
    ACTION_DEADLINE, ACTION_KIND, ACTION_BASIS, ACTION_PARTY, ACTION_TRIGGER, STATUS_IS, MISSING_INCLUDES,
    EVIDENCE_INCLUDES, REASON_CONTAINS, NOT_JUDGED_REASON, NOTICE_CONTAINS, READING_INCLUDES, NO_READING,
)


_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def table_value(raw: str) -> Any:
    """A table cell as the YAML value it spells (an empty cell: unanswered)."""
    return yaml.load(raw, Loader=_LOADER) if raw.strip() else None
