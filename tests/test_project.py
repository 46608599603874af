"""Project-wide rules: schema committed and fresh, engine names no industry, durable-rules in two modules."""

import re
from pathlib import Path

from engine.rulebook import require_rulebook
from engine.schema import schema_texts

ROOT = Path(__file__).resolve().parent.parent


def test_committed_schema_is_fresh() -> None:
    codes = list(require_rulebook(ROOT / "rules").facts)
    for name, text in schema_texts(codes).items():
        committed = ROOT / "rules" / "_schema" / name
        assert committed.read_text(encoding="utf-8") == text, f"{committed} is stale: run `hazard schema`"


def test_the_schema_completes_fact_codes() -> None:
    import json

    criteria = json.loads((ROOT / "rules" / "_schema" / "criteria.schema.json").read_text(encoding="utf-8"))
    codes = criteria["$defs"]["FactTest"]["properties"]["fact"]["enum"]
    assert "ammonia.quick_freeze.headcount" in codes and codes == sorted(codes)
    assert criteria["$defs"]["FactRef"]["properties"]["fact"]["enum"] == codes


def test_engine_names_no_industry() -> None:
    words = ["冶金", "有色", "建材", "机械", "轻工", "纺织", "烟草", "商贸", "化工", "烟花", "燃气", "粉尘", "液氨",
             "gongmao", "dust", "ammonia", "metallurg"]
    for file in (ROOT / "engine").glob("*.py"):
        text = file.read_text(encoding="utf-8")
        found = [w for w in words if re.search(rf"\b{w}" if w.isascii() else w, text)]  # "dust" in "industries" is fine
        assert not found, f"{file.name} names {found}"


def test_durable_rules_imported_in_at_most_two_modules() -> None:
    users = [f.name for f in (ROOT / "engine").glob("*.py")
             if re.search(r"^\s*(from|import) durable", f.read_text(encoding="utf-8"), re.M)]
    assert users == ["runtime.py"] or sorted(users) == ["compile.py", "runtime.py"][: len(users)]
