"""JSON Schemas of the rule files, generated from the models (committed under rules/_schema/).

With a fact catalog, the `fact:` of every condition lists the known fact codes as an enum, so an editor completes
them (yaml-language-server reads the schema named on a rule file's first line).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from engine.models import ActionFile, ArticleDef, FactFile, KnownStandardsFile, StandardDef

SCHEMAS: dict[str, type[BaseModel]] = {
    "facts.schema.json": FactFile,
    "standard.schema.json": StandardDef,
    "criteria.schema.json": ArticleDef,
    "actions.schema.json": ActionFile,
    "known.schema.json": KnownStandardsFile,
}
_FACT_FIELDS = ("FactTest", "FactRef")  # the definitions whose `fact` names a catalog fact


def _with_fact_codes(schema: dict[str, Any], codes: list[str]) -> dict[str, Any]:
    for name in _FACT_FIELDS:
        field = schema.get("$defs", {}).get(name, {}).get("properties", {}).get("fact")
        if field is not None:
            field["enum"] = codes
    return schema


def schema_texts(fact_codes: list[str] | None = None) -> dict[str, str]:
    """File name → schema JSON text; `fact_codes` (the catalog's, sorted) become the enum of every `fact:`."""
    out: dict[str, str] = {}
    for name, model in SCHEMAS.items():
        schema: dict[str, Any] = model.model_json_schema(by_alias=True)
        if fact_codes:
            schema = _with_fact_codes(schema, sorted(fact_codes))
        out[name] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out


def write_schemas(folder: Path, fact_codes: list[str] | None = None) -> list[Path]:
    """Write every schema into the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts(fact_codes).items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written
