"""JSON Schemas of the rule files, generated from the models (committed under rules/_schema/)."""

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


def schema_texts() -> dict[str, str]:
    """File name → schema JSON text."""
    out: dict[str, str] = {}
    for name, model in SCHEMAS.items():
        schema: dict[str, Any] = model.model_json_schema(by_alias=True)
        out[name] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written
