"""OpenAPI request bodies generated from the fact catalog, so clients (and fuzzers) see every code, type and value."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from engine.inspection import CONTEXT_PREFIX, FROM_INSPECTION_BLOCK, InspectionInput
from engine.labels import BOOL_WORDS
from engine.models import FactDef, FactType
from engine.rulebook import Rulebook, facts_used

REF = "#/components/schemas/"
CONVERTIBLE_FROM = {"kPa": ["MPa"], "MPa": ["kPa"], "m": ["mm"], "mm": ["m"], "t": ["kg"], "kg": ["t"]}


def fact_value_schema(fact: FactDef) -> dict[str, Any]:
    """JSON Schema of one fact's answer, as `validate_inspection` accepts it."""
    unit = fact.unit.value if fact.unit else None
    if fact.type is FactType.bool:
        plain: dict[str, Any] = {"type": "boolean"}
    elif fact.type in (FactType.integer, FactType.number):
        plain = {"type": "integer" if fact.type is FactType.integer else "number"}
    elif fact.type in (FactType.enum, FactType.device):
        plain = {"type": "string", "enum": list(fact.values)}
    elif fact.type is FactType.list:
        plain = {"type": "array", "items": {"type": "string", "enum": list(fact.values)}}
    else:
        plain = {"type": "string", "format": "date"}
    variants = [plain]
    if fact.type is FactType.bool:  # 是/否 as well as true/false (engine.labels.BOOL_WORDS)
        variants.append({"type": "string", "enum": list(BOOL_WORDS)})
    if unit is not None and fact.type in (FactType.integer, FactType.number):
        units = [unit] + (CONVERTIBLE_FROM.get(unit, []) if fact.type is FactType.number else [])
        variants.append({"type": "object", "properties": {"value": plain, "unit": {"type": "string", "enum": units}},
                         "required": ["value", "unit"], "additionalProperties": False})
    variants.append({"type": "null", "description": "明确未回答：保持未知"})
    described = f"{fact.question}" + (f"（单位 {unit}）" if unit else "")
    return {"anyOf": variants, "description": described}


def asked_facts(book: Rulebook) -> list[str]:
    """Catalog facts that some criterion, scope or notice reads: the answers an inspection can give."""
    codes: dict[str, None] = {}
    for crit in book.criteria.values():
        for condition, _ in crit.applicability():
            codes.update(dict.fromkeys(facts_used(condition)))
        codes.update(dict.fromkeys(facts_used(crit.definition.when)))
    for std in book.standards.values():
        for notice in std.notices:
            codes.update(dict.fromkeys(facts_used(notice.when)))
    return sorted(c for c in codes if c in book.facts)


def facts_schema(book: Rulebook, description: str) -> dict[str, Any]:
    """An object whose keys are the fact codes the criteria ask (unknown codes are rejected with 422)."""
    return {"type": "object", "description": description, "additionalProperties": False,
            "properties": {code: fact_value_schema(book.facts[code]) for code in asked_facts(book)}}


def _inspection_components(book: Rulebook) -> dict[str, Any]:
    schema = InspectionInput.model_json_schema(ref_template=REF + "Inspection{model}")
    components = {f"Inspection{name}": value for name, value in schema.pop("$defs", {}).items()}
    info = components["InspectionInspectionInfo"]
    info["properties"]["scope"] = {"anyOf": [{"type": "array", "items": {"type": "string", "enum": book.families()}},
                                             {"type": "null"}],
                                   "description": "本次检查涵盖的标准族；缺省为全部"}
    province = book.facts.get(CONTEXT_PREFIX + "province")
    if province is not None:  # the server accepts exactly the catalog's names
        info["properties"]["province"] = {"type": "string", "enum": list(province.values), "default": "山东",
                                          "description": info["properties"]["province"].get("description", "")}
    schema["properties"]["facts"] = {"$ref": REF + "Facts"}
    schema["properties"]["context"] = {"$ref": REF + "Context"}
    components["InspectionRequest"] = schema
    components["Context"] = {
        "type": "object", "additionalProperties": False,
        "description": "检查背景与历史（决定后续措施）；未填写的项为未知，依赖它的措施列为“视情况而定”",
        "properties": {code.removeprefix(CONTEXT_PREFIX): fact_value_schema(fact) for code, fact in book.facts.items()
                       if code.startswith(CONTEXT_PREFIX)
                       and code.removeprefix(CONTEXT_PREFIX) not in FROM_INSPECTION_BLOCK}}
    components["Facts"] = facts_schema(book, "事实代码 → 回答；代码、类型和可选值来自事实目录（null 表示未回答）")
    return components


def install_request_schemas(app: FastAPI, book: Rulebook, max_batch: int) -> None:
    """Replace the free-form request bodies in the generated OpenAPI with the catalog-derived schemas."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            schema.setdefault("components", {}).setdefault("schemas", {}).update(_inspection_components(book))
            paths = schema["paths"]
            for path in ("/v1/assessments", "/v1/verdicts"):
                _set_body(paths[path]["post"], {"$ref": REF + "InspectionRequest"})
            _set_body(paths["/v1/assessments:batch"]["post"], {
                "type": "array", "items": {"$ref": REF + "InspectionRequest"}, "maxItems": max_batch})
            _set_body(paths["/v1/checklists"]["post"], {"$ref": REF + "Facts"})
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]


def _set_body(operation: dict[str, Any], schema: dict[str, Any]) -> None:
    content = operation["requestBody"]["content"]["application/json"]
    description = content.get("schema", {}).get("description")
    content["schema"] = {**schema, **({"description": description} if description else {})}
