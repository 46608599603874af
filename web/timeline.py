"""What each timeline entry recorded, in words: 文号, fines, the measure, dates asked or granted, who checked how.

The event's payload is stored as the register received it (`EventOut.details`); here each field gets its label and
its value a reader can use. The plan is shown in its own section, and flags of the register's own (automatic) are
said in the entry's reason, so neither is repeated here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ledger.models import EventOut
from ledger.vocab import EventType
from web.event_forms import LABELS

# a field's label where the event gives it another meaning than the form's default
LABEL_BY_EVENT = {
    (EventType.list_, "deadline"): "督办期限", (EventType.list_notice, "deadline"): "督办期限",
    (EventType.register, "inspection_id"): "发现该隐患的检查", (EventType.close, "document_number"): "销号文号",
    (EventType.delist, "document_number"): "摘牌文号", (EventType.penalize, "document_number"): "处罚决定书文号",
    (EventType.suspend, "document_number"): "停产整顿决定文号", (EventType.resume, "document_number"): "恢复生产文号",
    (EventType.request_extension, "until"): "申请延至", (EventType.grant_extension, "until"): "同意延至",
}
SHOWN_ELSEWHERE = {"plan", "five_assurances", "automatic", "action"}
FINES = {"enterprise_fine", "person_fine"}
INSPECTIONS = {"inspection_id", "reinspection_id"}


@dataclass(frozen=True)
class Detail:
    """One recorded field of an event: label, value as text, and a link when it names a stored inspection."""

    label: str
    text: str
    href: str | None = None


def _text(name: str, value: Any) -> str:
    if name in FINES:
        return f"{value:,} 元"
    if isinstance(value, list):
        return "、".join(str(item) for item in value)
    return str(value)


def of_timeline(timeline: list[EventOut]) -> dict[int, list[Detail]]:
    """Each event's details by its sequence number; an extension granted as asked shows the date that was asked."""
    shown: dict[int, list[Detail]] = {}
    asked: str | None = None
    for event in timeline:
        if event.type is EventType.request_extension:
            asked = event.details.get("until")
        shown[event.seq] = details(event, asked)
    return shown


def details(event: EventOut, asked: str | None = None) -> list[Detail]:
    """The fields this event recorded, in the order they were stored (empty ones left out)."""
    found = []
    for name, value in event.details.items():
        if name in SHOWN_ELSEWHERE or value is None or value == [] or value == "" or isinstance(value, bool):
            continue
        label = LABEL_BY_EVENT.get((event.type, name)) or LABELS.get(name, name)
        if name in INSPECTIONS:
            found.append(Detail(label, "查看检查", f"/checks/{value}"))
        else:
            found.append(Detail(label, _text(name, value)))
    if event.type is EventType.grant_extension and not event.details.get("until"):
        found.append(Detail("同意延至", f"{asked}（按申请）" if asked else "企业申请的日期"))
    return found
