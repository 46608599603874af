"""The first step of a new inspection: who is inspected (picked or new), when, through which channel, by whom.

The fields are checked with the engine's own models (`Enterprise`, `InspectionInfo`: GB 32100 check character,
GB/T 2260 region code) and the register's needs (a 统一社会信用代码 and a 行政区划代码 to register under).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from engine import clock
from engine.assess import Engine
from engine.inspection import DateWindow, Enterprise, InspectionInfo
from engine.messages import pydantic_message
from ledger.identity import Actor
from ledger.store.records import EnterpriseFields
from ledger.vocab import CHANNELS, LEVELS, Role

FIELDS = ("uscc", "name", "region_code", "region", "address", "principal", "actual_controller", "date", "channel",
          "level", "organ", "inspectors", "document_number", "rectify_by", "led_by")
LABELS = {"uscc": "统一社会信用代码", "name": "企业名称", "region_code": "行政区划代码", "region": "所在地区",
          "address": "地址", "principal": "主要负责人", "actual_controller": "实际控制人", "date": "检查日期",
          "channel": "检查渠道", "level": "检查机关层级", "organ": "检查机关", "inspectors": "检查人员",
          "document_number": "文书编号", "rectify_by": "整改期限", "led_by": "带队人",
          "industries": "行业（适用的判定标准）"}
_SPLIT = re.compile(r"[，,、；;\s]+")


def families(engine: Engine) -> list[tuple[str, str]]:
    """(family id, title of its newest edition) for every standard family."""
    newest: dict[str, Any] = {}
    for std in engine.book.standards.values():
        if std.family not in newest or std.starts > newest[std.family].starts:
            newest[std.family] = std
    return [(family, std.title) for family, std in sorted(newest.items())]


def defaults(actor: Actor, today: dt.date, picked: EnterpriseFields | None) -> dict[str, Any]:
    """A new form's values for this user (and the enterprise picked from the register, if any)."""
    values: dict[str, Any] = {"date": today.isoformat(), "industries": []}
    if actor.role is Role.department:
        values.update(channel="监督检查", level=actor.level or "区县", organ=actor.organ or "", inspectors=actor.name)
    else:
        values.update(channel="企业自查", uscc=actor.uscc or "")
    if picked is not None:
        values.update(uscc=picked.uscc, name=picked.name, region_code=picked.region_code, region=picked.region or "",
                      address=picked.address or "", principal=picked.principal or "",
                      actual_controller=picked.actual_controller or "", industries=list(picked.industries or []))
    return values


def read(form: Any) -> dict[str, Any]:
    """The posted values (text fields trimmed; industries as a list)."""
    values: dict[str, Any] = {name: str(form.get(name) or "").strip() for name in FIELDS}
    values["industries"] = [str(v) for v in form.getlist("industries")]
    return values


def _pydantic_errors(error: ValidationError, prefix: str = "") -> dict[str, str]:
    found: dict[str, str] = {}
    for item in error.errors():
        name = str(item["loc"][-1]) if item["loc"] else "name"
        message, label = pydantic_message(item), LABELS.get(name, name)
        found.setdefault(name, message if message.startswith(label) else f"{label}：{message}")
    return found


def _required(values: Mapping[str, Any], actor: Actor) -> dict[str, str]:
    errors = {}
    for name in ("uscc", "name", "region_code", "date"):
        if not values.get(name):
            errors[name] = f"请填写{LABELS[name]}"
    if not values.get("industries"):
        errors["industries"] = "请至少选择一个行业（决定适用的判定标准）"
    if actor.role is Role.department and not values.get("channel"):
        errors["channel"] = "请选择检查渠道"
    return errors


def validate(values: Mapping[str, Any], actor: Actor, engine: Engine, today: dt.date) -> tuple[
        dict[str, Any] | None, dict[str, str]]:
    """The draft header (the inspection block and the register block) or the errors by field."""
    errors = _required(values, actor)
    enterprise = {k: values.get(k) or None for k in ("name", "uscc", "region_code", "region", "address", "principal",
                                                      "actual_controller")}
    enterprise["industries"] = list(values.get("industries") or [])
    channel = "企业自查" if actor.role is Role.enterprise else values.get("channel") or None
    if actor.role is Role.enterprise and values.get("uscc") and values.get("uscc") != actor.uscc:
        errors["uscc"] = f"企业账号只能检查本企业（统一社会信用代码 {actor.uscc}）"
    if channel not in (None, *CHANNELS):
        errors["channel"] = "请选择列出的检查渠道"
    if values.get("level") and values["level"] not in LEVELS:
        errors["level"] = "请选择列出的层级"
    info: dict[str, Any] = {
        "date": values.get("date"), "enterprise": enterprise, "channel": channel, "level": values.get("level") or None,
        "organ": values.get("organ") or None, "document_number": values.get("document_number") or None,
        "inspectors": [p for p in _SPLIT.split(str(values.get("inspectors") or "")) if p],
        "scope": enterprise["industries"] or None}
    try:
        Enterprise.model_validate(enterprise)
    except ValidationError as error:
        errors = {**_pydantic_errors(error), **errors}
    outside = _outside_region(values, actor)
    if outside and "region_code" not in errors:
        errors["region_code"] = outside
    try:
        checked = InspectionInfo.model_validate({**info, "enterprise": None})
        window = DateWindow.from_env()
        if not window.earliest <= checked.date <= today:
            errors.setdefault("date", f"检查日期应在 {window.earliest} 至今天（{today}）之间")
    except ValidationError as error:
        errors = {**_pydantic_errors(error), **errors}
    rectify_by = _rectify_by(values, channel, errors)
    if errors:
        order = [*FIELDS, "industries"]
        return None, dict(sorted(errors.items(), key=lambda e: order.index(e[0]) if e[0] in order else len(order)))
    register = {"led_by": values["led_by"]} if values.get("led_by") and channel == "企业自查" else {}
    if rectify_by:
        register["rectify_by"] = rectify_by
    return {"inspection": {k: v for k, v in info.items() if v not in (None, [])}, "register": register}, {}


def _outside_region(values: Mapping[str, Any], actor: Actor) -> str | None:
    """A department checks enterprises of its own region: said on the first step, not after the whole checklist."""
    code = str(values.get("region_code") or "")
    if actor.role is not Role.department or not actor.region_code or not code or actor.sees("", code):
        return None
    return f"该企业（行政区划 {code}）不在你的辖区 {actor.region_code} 内：请核对行政区划代码，或由其所在地的部门检查"


def _rectify_by(values: Mapping[str, Any], channel: str | None, errors: dict[str, str]) -> str | None:
    """The 责令限期整改 deadline (A8) a department sets with the inspection: a date not before the inspection's."""
    text = str(values.get("rectify_by") or "")
    if not text or channel == "企业自查":
        return None
    if clock.iso_date(text) is None:
        errors.setdefault("rectify_by", "整改期限：应为日期 YYYY-MM-DD")
        return None
    if str(values.get("date") or "") > text:
        errors.setdefault("rectify_by", "整改期限不能早于检查日期")
        return None
    return text


def values_of(header: Mapping[str, Any]) -> dict[str, Any]:
    """A stored header back as form values (to change it)."""
    info = header.get("inspection") or {}
    enterprise = info.get("enterprise") or {}
    values: dict[str, Any] = {k: enterprise.get(k) or "" for k in ("uscc", "name", "region_code", "region", "address",
                                                                   "principal", "actual_controller")}
    values.update(date=info.get("date", ""), channel=info.get("channel") or "", level=info.get("level") or "",
                  organ=info.get("organ") or "", document_number=info.get("document_number") or "",
                  inspectors="、".join(info.get("inspectors") or []), industries=enterprise.get("industries") or [],
                  led_by=(header.get("register") or {}).get("led_by") or "",
                  rectify_by=(header.get("register") or {}).get("rectify_by") or "")
    return values
