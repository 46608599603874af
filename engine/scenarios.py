"""Index of feature scenarios by the criterion ids their steps name (features/<edition>/*.feature)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

SCENARIO = re.compile(r"^\s*(场景大纲|剧本大纲|场景|剧本|Scenario Outline|Scenario)\s*[:：]\s*(.+?)\s*$")
BLOCK_END = re.compile(r"^\s*(功能|Feature|背景|Background|Rule|规则)\s*[:：]")
QUOTED_ID = re.compile(r'"([a-z0-9][a-z0-9-]*(?:\.[0-9a-z_-]+)+)"')


@dataclass(frozen=True)
class Scenario:
    """One scenario: its name and where it is written."""

    name: str
    file: str
    line: int


def scenarios_by_criterion(features: Path, criteria: Collection[str], base: Path | None = None) -> dict[
        str, list[Scenario]]:
    """Map each criterion id quoted in a scenario's steps to the scenarios that name it.

    Args:
        features: the features folder (one sub-folder per edition); a missing folder gives an empty index.
        criteria: the known criterion ids; other quoted ids (fact codes) are not indexed.
        base: folder the reported file paths are relative to (defaults to the parent of `features`).

    Returns:
        Criterion id → scenarios in file and line order, each scenario listed once per criterion.
    """
    index: dict[str, list[Scenario]] = {}
    if not features.is_dir():
        return index
    root = base or features.parent
    known = set(criteria)
    for path in sorted(features.rglob("*.feature")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for scenario, ids in _scenarios(text, _relative(path, root)):
            for criterion in (i for i in ids if i in known):
                index.setdefault(criterion, []).append(scenario)
    return index


def _scenarios(text: str, file: str) -> list[tuple[Scenario, list[str]]]:
    found: list[tuple[Scenario, list[str]]] = []
    current: Scenario | None = None
    ids: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        heading = SCENARIO.match(line)
        if heading or BLOCK_END.match(line):
            if current is not None:
                found.append((current, list(ids)))
            current = Scenario(heading.group(2), file, number) if heading else None
            ids = {}
            continue
        if current is not None and not line.lstrip().startswith("#"):
            ids.update(dict.fromkeys(QUOTED_ID.findall(line)))
    if current is not None:
        found.append((current, list(ids)))
    return found


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
