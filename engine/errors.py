"""Problems with a stable code and a location, collected rather than raised one by one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One author- or user-visible problem: `file:line:col: code: message`."""

    file: str
    line: int
    col: int
    code: str
    message: str
    suggestion: str = ""

    def render(self) -> str:
        """Render as `file:line:col: code: message (suggestion)`."""
        text = f"{self.file}:{self.line}:{self.col}: {self.code}: {self.message}"
        return f"{text} — {self.suggestion}" if self.suggestion else text


class ProblemsError(Exception):
    """Raised when a stage found problems; carries all of them, sorted."""

    def __init__(self, problems: list[Problem], sort: bool = True):
        self.problems = sorted(problems) if sort else list(problems)
        super().__init__("\n".join(p.render() for p in self.problems))


class EvaluationError(Exception):
    """The engine itself failed (a rule action raised, evaluators disagree): never read as 'no hazard'."""
