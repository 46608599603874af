"""Helpers of the in-process page tests (TestClient): the form token of a page."""

from __future__ import annotations

import re


def csrf(html: str) -> str:
    """The CSRF token of the page's form."""
    found = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert found, "the page has no CSRF token"
    return found.group(1)
