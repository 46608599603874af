"""A document that cannot be produced: a stable snake_case code, where, what, and what to do."""

from __future__ import annotations


class DocumentError(Exception):
    """Raised instead of writing a half-made document (the CLI exits 2 on it, the API answers 4xx)."""

    def __init__(self, code: str, loc: str, message: str, suggestion: str):
        super().__init__(f"{code}: {message}")
        self.code, self.loc, self.message, self.suggestion = code, loc, message, suggestion

    def render(self) -> str:
        """One line as the CLI prints it."""
        return f"{self.loc}: {self.code}: {self.message} — {self.suggestion}"
