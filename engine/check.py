"""Lint a rules folder end to end: load → validate → link, then compile and run each edition once.

Whatever this passes, the engine can load and run: a condition durable-rules cannot take, or a rulebook that fails
on its first inspection, is reported here with its location, not discovered by an inspector.
"""

from __future__ import annotations

from pathlib import Path

from engine.assess import Engine
from engine.errors import EvaluationError, Problem, ProblemsError
from engine.inspection import Inspection, InspectionInfo
from engine.rulebook import Rulebook, load_rulebook


def lint_rules(root: Path) -> tuple[Rulebook, list[Problem]]:
    """Every problem of a rules folder (or one file): the load and link problems, else the compile and run ones."""
    book, problems = load_rulebook(root)
    if problems or not book.standards:
        return book, problems
    return book, run_problems(book, str(root))


def run_problems(book: Rulebook, root: str) -> list[Problem]:
    """Compile the rulebook and assess an empty inspection on each edition's first day."""
    try:
        engine = Engine.from_book(book, root=root)
    except ProblemsError as error:
        return error.problems
    try:
        for std in book.standards.values():
            info = InspectionInfo(date=std.effective_from, scope=[std.family])
            engine.assess(Inspection(info=info, facts={}))
    except EvaluationError as error:
        return [Problem(root, 1, 1, "cannot_run", f"规则编译后试运行出错：{error}", "简化出错的规则，并报告此问题")]
    finally:
        engine.close()
    return []
