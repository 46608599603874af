"""The rule author's commands of `hazard`: feature lint (through `hazard lint`), `hazard test`, `hazard fmt`."""

from __future__ import annotations

from pathlib import Path

import typer

from engine.cli import DEFAULT_LINT_PATHS, DEFAULT_RULES, PATH_LINTERS
from engine.errors import Problem
from engine.rulebook import load_rulebook

DEFAULT_FEATURES = DEFAULT_RULES.parent / "features"


def lint_feature_path(path: Path, rules: Path) -> list[Problem] | None:
    """Lint feature files against the rulebook of `rules`; None for a path holding no feature file."""
    from authoring.features import feature_files, lint_features  # the Gherkin parser only when linting features

    if not feature_files(path):
        return None
    book, problems = load_rulebook(rules)
    if problems:
        return problems  # a broken rulebook would make every step look wrong: its own problems first
    return lint_features(path, book)


def register(app: typer.Typer) -> None:
    """Add feature lint to `hazard lint`, and the author commands to `hazard`."""
    PATH_LINTERS.append(lint_feature_path)
    DEFAULT_LINT_PATHS.append(DEFAULT_FEATURES)
