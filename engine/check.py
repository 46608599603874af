"""Lint a rules folder end to end: load → validate → link, then compile and run each edition once.

Whatever this passes, the engine can load and run: a condition durable-rules cannot take, or a rulebook that fails
on its first inspection, is reported here with its location, not discovered by an inspector.
"""

from __future__ import annotations

from pathlib import Path

from engine.assess import Engine
from engine.clock import today
from engine.errors import EvaluationError, Problem, ProblemsError
from engine.inspection import Inspection, InspectionInfo
from engine.rulebook import Rulebook, load_rulebook, rule_files

FACTS_FOLDER, ACTIONS_FOLDER = "_facts", "actions"


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
            info = InspectionInfo(date=std.effective_from or std.effective_until or today(), scope=[std.family])
            engine.assess(Inspection(info=info, facts={}))
    except EvaluationError as error:
        return [Problem(root, 1, 1, "cannot_run", f"规则编译后试运行出错：{error}", "简化出错的规则，并报告此问题")]
    finally:
        engine.close()
    return []


def rules_root(path: Path) -> Path | None:
    """The rules folder a path lies in: the nearest folder, the path's own or above it, that holds `_facts/`."""
    start = path.resolve() if path.is_dir() else path.resolve().parent
    return next((folder for folder in (start, *start.parents) if (folder / FACTS_FOLDER).is_dir()), None)


def lint_path(path: Path) -> list[Problem]:
    """Lint a rules folder, one edition folder or one rule file.

    An edition (or a file of one) is linted with the shared fact catalog and the other editions' `standard.yaml`
    of its rules folder, but only its own problems are reported and only it is compiled and run: fast enough to
    lint on save. Facts and action files are linted with the whole rulebook (everything may read them).
    """
    root = rules_root(path)
    if root is None or root == path.resolve():
        return lint_rules(path)[1]
    inside = path.resolve().relative_to(root).parts
    edition = root / inside[0] if inside and inside[0] not in (FACTS_FOLDER, ACTIONS_FOLDER) else None
    if edition is not None and edition.is_dir():
        files = [*rule_files(root / FACTS_FOLDER), *rule_files(edition),
                 *(p for p in sorted(root.glob("*/standard.yaml")) if p.parent != edition)]
        book, problems = load_rulebook(root, files)
    else:
        book, problems = load_rulebook(root)
    own = [p for p in problems if _within(p.file, path)]
    if own or problems:
        elsewhere = f"所在规则文件夹 {root} 的其他文件有 {len(problems)} 个问题"
        return own or [Problem(str(path), 1, 1, "rulebook_problems", elsewhere, f"运行 hazard lint {root} 查看")]
    return run_problems(book, str(path))


def _within(file: str, path: Path) -> bool:
    target, found = path.resolve(), Path(file).resolve()
    return found == target or target in found.parents
