"""Type stub of the C module engine/_fired.c (see its header comment)."""

def fired(handle: int, fact: str, /) -> tuple[int, int, list[str], int]: ...


def fired_all(handles: tuple[int, ...], facts: list[str], retraction: str, /) -> tuple[
    list[str], tuple[int, int, int, list[str], int, int] | None]: ...
