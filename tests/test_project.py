"""Project-wide rules: schema committed and fresh, engine names no industry, durable-rules in two modules."""

import re
from pathlib import Path

from engine.schema import schema_texts

ROOT = Path(__file__).resolve().parent.parent


def test_committed_schema_is_fresh() -> None:
    for name, text in schema_texts().items():
        committed = ROOT / "rules" / "_schema" / name
        assert committed.read_text(encoding="utf-8") == text, f"{committed} is stale: run `hazard schema`"


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
