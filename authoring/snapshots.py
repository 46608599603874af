"""Snapshots of the example inspections (assessment as JSON and as text), shared by the tests and `hazard test`."""

from __future__ import annotations

import difflib
import io
import json
import os
from pathlib import Path

from rich.console import Console

from engine.assess import Assessment, Engine
from engine.explain import render_assessment
from engine.inspection import parse_inspection
from engine.rulebook import Rulebook

UPDATE_VARIABLE = "UPDATE_SNAPSHOTS"
UPDATE_HINT = (f"确认改动无误后，设置 {UPDATE_VARIABLE}=1 重新运行以更新快照（如 {UPDATE_VARIABLE}=1 hazard test <版本>，"
               f"或 {UPDATE_VARIABLE}=1 make test），审阅 git diff 后提交")
TEXT_WIDTH = 160  # the width `hazard assess` prints at into a file or a pipe
MAX_DIFF_LINES = 40


def updating() -> bool:
    """True when snapshots are being rewritten (`UPDATE_SNAPSHOTS=1`)."""
    return os.environ.get(UPDATE_VARIABLE) == "1"


def assessment_text(assessment: Assessment, book: Rulebook) -> str:
    """The assessment as `hazard assess` prints it into a file."""
    out = io.StringIO()
    render_assessment(assessment, book, Console(file=out, width=TEXT_WIDTH, soft_wrap=False))
    return out.getvalue()


def assess_example(engine: Engine, example: Path) -> Assessment:
    """Assess one example inspection file."""
    return engine.assess(parse_inspection(example.read_text(encoding="utf-8"), example.name, engine.book))


def example_snapshots(engine: Engine, example: Path) -> dict[str, str]:
    """The snapshot texts of one example, by file suffix (`.json`, `.txt`)."""
    assessment = assess_example(engine, example)
    dumped = assessment.model_dump(mode="json", exclude={"rulebook"})  # the hash changes with any rule file
    return {".json": json.dumps(dumped, ensure_ascii=False, indent=2) + "\n",
            ".txt": assessment_text(assessment, engine.book)}


def check_snapshot(path: Path, actual: str, update: bool | None = None) -> str | None:
    """Compare with the committed snapshot (or rewrite it when updating); a Chinese message with a diff if it differs."""
    if update if update is not None else updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return None
    if not path.exists():
        return f"快照 {path} 不存在。{UPDATE_HINT}"
    expected = path.read_text(encoding="utf-8")
    if actual == expected:
        return None
    diff = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), "已提交的快照", "本次结果", lineterm=""))
    shown = "\n".join(diff[:MAX_DIFF_LINES]) + (f"\n…（另有 {len(diff) - MAX_DIFF_LINES} 行差异）"
                                                if len(diff) > MAX_DIFF_LINES else "")
    return f"快照 {path.name} 与本次判定结果不同：\n{shown}\n{UPDATE_HINT}"
