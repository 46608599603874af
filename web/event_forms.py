"""The forms of the register's events, read off the event models themselves (`ledger.events`), and their parsing.

Each next step the current user's role may take (`HazardDetail.next_steps`) gets a form whose fields are the
event model's fields; the register validates and decides (a refused event changes nothing).
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ValidationError

from engine.messages import pydantic_message
from ledger import events
from ledger.vocab import EventType

MODELS: dict[str, type[BaseModel]] = {
    get_args(model.model_fields["type"].annotation)[0].value: model
    for model in get_args(get_args(events.EventIn)[0])}
LABELS = {"on": "发生日期", "reason": "事由", "notified": "被告知人", "evidence": "整改完成的证据",
          "reinspection_id": "复查检查编号", "method": "核查方式", "inspectors": "核查人员", "document_number": "文号",
          "deadline": "期限", "organ": "督办单位", "until": "延至", "scope": "停产范围", "measure": "措施",
          "enterprise_fine": "对单位罚款（元）", "person": "被处罚的责任人员", "person_fine": "对责任人员罚款（元）",
          "inspection_id": "立案所依据的检查编号", "attachments": "整改材料"}
HINTS = {"on": "YYYY-MM-DD；缺省为今天，不得晚于今天、不得早于隐患登记日期",
         "notified": "每行一人；缺省为企业登记的主要负责人和实际控制人", "attachments": "每行一个文件名或编号",
         "inspectors": "每行一人", "reason": "必填"}
LONG_TEXT = {"reason", "evidence"}


Kind = Literal["date", "text", "textarea", "integer", "radios", "lines", "checkbox"]


@dataclass(frozen=True)
class Field:
    """One control of an event form."""

    name: str  # the form field (dotted inside the plan)
    label: str
    hint: str | None
    kind: Kind
    options: tuple[str, ...] = ()
    required: bool = False


def _unwrap(annotation: Any) -> Any:
    """`X | None` → X."""
    if get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [a for a in get_args(annotation) if a is not type(None)]
        return kept[0] if len(kept) == 1 else annotation
    return annotation


def _kind(name: str, annotation: Any) -> tuple[Kind, tuple[str, ...]]:
    annotation = _unwrap(annotation)
    if annotation is dt.date:
        return "date", ()
    if annotation is bool:
        return "checkbox", ()
    if annotation is int:
        return "integer", ()
    if get_origin(annotation) is Literal:
        return "radios", tuple(str(a) for a in get_args(annotation))
    if get_origin(annotation) is list:
        return "lines", ()
    return ("textarea" if name in LONG_TEXT else "text"), ()


def _fields(model: type[BaseModel], prefix: str = "") -> list[Field]:
    found: list[Field] = []
    for name, info in model.model_fields.items():
        if name in ("type", "version"):
            continue
        annotation = _unwrap(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            for sub, sub_info in annotation.model_fields.items():
                inner = _unwrap(sub_info.annotation)
                if isinstance(inner, type) and issubclass(inner, BaseModel):
                    label = sub_info.description or sub
                    found.append(Field(f"{prefix}{name}.{sub}.text", label, None, "textarea", required=True))
                    found.append(Field(f"{prefix}{name}.{sub}.secured", f"{label}：已落实", None, "checkbox"))
                else:
                    found.append(Field(f"{prefix}{name}.{sub}", sub_info.description or sub, None, *_kind(sub, inner),
                                       required=sub_info.is_required()))
            continue
        label = LABELS.get(name) or (info.description or name).split("（")[0]
        hint = HINTS.get(name) or (info.description if info.description and info.description != label else None)
        found.append(Field(f"{prefix}{name}", label, hint, *_kind(name, annotation), required=info.is_required()))
    return found


def fields_of(event_type: str) -> list[Field]:
    """The controls of one event's form."""
    return _fields(MODELS[event_type])


def _value(field: Field, form: Any) -> Any:
    if field.kind == "checkbox":
        return form.get(field.name) == "on"
    raw = str(form.get(field.name) or "").strip()
    if field.kind == "lines":
        return [line.strip() for line in raw.splitlines() if line.strip()]
    if not raw:
        return None
    if field.kind == "integer":
        return int(raw) if raw.lstrip("-").isdigit() else raw
    return raw


def parse(event_type: str, form: Any, version: int | None) -> tuple[Any, dict[str, str]]:
    """The event request of a posted form, or the errors by field name."""
    data: dict[str, Any] = {"type": event_type, "version": version}
    for field in fields_of(event_type):
        value = _value(field, form)
        if value is None or value == []:
            continue
        target = data
        *path, last = field.name.split(".")
        for part in path:
            target = target.setdefault(part, {})
        target[last] = value
    try:
        return MODELS[event_type].model_validate(data), {}
    except ValidationError as error:
        errors: dict[str, str] = {}
        for item in error.errors():
            name = ".".join(str(p) for p in item["loc"])
            label = next((f.label for f in fields_of(event_type) if f.name == name or f.name.startswith(name + ".")),
                         name)
            message = "必填" if item["type"] == "missing" else pydantic_message(item)
            errors.setdefault(name, f"{label}：{message}")
        return None, errors


def label(event_type: str) -> str:
    """The event in Chinese."""
    return EventType(event_type).label
