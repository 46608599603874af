"""What `hazard test TARGET` runs: the target's feature files and the examples whose assessment involves it."""

from __future__ import annotations

from pathlib import Path

from authoring.runner import Selection
from authoring.snapshots import assess_example
from engine.assess import Engine
from engine.errors import Problem, ProblemsError
from engine.rulebook import did_you_mean

ACTIONS = "actions"


class SelectionError(Exception):
    """The target names nothing that can be run."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.render())


def select(target: str | None, engine: Engine, features: Path, examples: Path, snapshots: Path) -> Selection:
    """The features and examples of a target: everything, an edition id, `actions`, or a feature file or folder."""
    every = sorted(examples.glob("*.yaml")) if examples.is_dir() else []
    if target is None:
        return Selection([features], every, snapshots)
    path = Path(target)
    if path.exists():
        edition = path.parent.name if path.is_file() else path.name
        return Selection([path], _involving(engine, every, edition) if path.is_dir() else [], snapshots)
    known = [*sorted(engine.book.standards), ACTIONS]
    if target not in known:
        raise SelectionError(Problem(target, 1, 1, "unknown_edition", f"没有标准版本或路径 '{target}'",
                                     did_you_mean(target, known, "可选：" + "、".join(known))))
    folder = features / target
    return Selection([folder] if folder.is_dir() else [], every if target == ACTIONS else
                     _involving(engine, every, target), snapshots)


def _involving(engine: Engine, examples: list[Path], edition: str) -> list[Path]:
    """The examples with a finding of the edition that is not `not_applicable` (an edition's own examples)."""
    if edition not in engine.book.standards:
        return []
    chosen = []
    for example in examples:
        try:
            assessment = assess_example(engine, example)
        except ProblemsError:
            chosen.append(example)  # its snapshot test says what is wrong with it
            continue
        if any(f.standard == edition and f.status != "not_applicable" for f in assessment.findings):
            chosen.append(example)
    return chosen
