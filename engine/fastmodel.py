"""Build output models from values that are valid by construction, skipping validation (hot path of `assess`)."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_REQUIRED = object()
_set = object.__setattr__


class _Template:
    """Per model class: defaults in declaration order, fields with mutable defaults, and the key sets seen valid."""

    def __init__(self, cls: type[BaseModel]):
        self.defaults = {name: _REQUIRED if field.is_required() else field.get_default(call_default_factory=True)
                         for name, field in cls.model_fields.items()}
        self.mutable = tuple(name for name, value in self.defaults.items() if isinstance(value, list | dict))
        self.required = frozenset(name for name, value in self.defaults.items() if value is _REQUIRED)
        # keyword sets already checked (a call site passes the same ones) -> the mutable defaults to make fresh
        self.valid: dict[tuple[str, ...], tuple[tuple[str, type], ...]] = {}

    def check(self, cls: type[BaseModel], keys: tuple[str, ...]) -> tuple[tuple[str, type], ...]:
        given = set(keys)
        if not self.required <= given or not given <= self.defaults.keys():
            raise TypeError(f"{cls.__name__}: missing {sorted(self.required - given)}, "
                            f"unknown {sorted(given - self.defaults.keys())}")
        fresh = self.valid[keys] = tuple((name, type(self.defaults[name])) for name in self.mutable if name not in given)
        return fresh


_TEMPLATES: dict[type[BaseModel], _Template] = {}


def build(cls: type[M], **values: Any) -> M:
    """Like `cls.model_construct(**values)`, cheaper: values must already have the declared types.

    They come from validated inspections and linted rules; fields not given take their defaults (mutable ones
    fresh). `tests/test_examples.py` checks that validating the result gives the same assessment.
    """
    template = _TEMPLATES.get(cls)
    if template is None:
        template = _TEMPLATES[cls] = _Template(cls)
    keys = tuple(values)
    fresh = template.valid.get(keys)
    if fresh is None:
        fresh = template.check(cls, keys)
    data = {**template.defaults, **values}  # declaration order, as validation would give
    for name, kind in fresh:
        data[name] = kind()
    model = cls.__new__(cls)
    _set(model, "__dict__", data)
    _set(model, "__pydantic_fields_set__", set(keys))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def clone(model: M, **changes: Any) -> M:
    """A copy of a model built by `build` with some fields replaced (no validation, fields set as in the original)."""
    copy = model.__class__.__new__(model.__class__)
    _set(copy, "__dict__", {**model.__dict__, **changes})
    _set(copy, "__pydantic_fields_set__", set(model.__pydantic_fields_set__))
    _set(copy, "__pydantic_extra__", None)
    _set(copy, "__pydantic_private__", None)
    return copy
