"""Build output models from values that are valid by construction, skipping validation (hot path of `assess`)."""

from __future__ import annotations

import copy
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_DEFAULTS: dict[type[BaseModel], dict[str, Any]] = {}
_set = object.__setattr__
_REQUIRED = object()


def build(cls: type[M], **values: Any) -> M:
    """Like `cls.model_construct(**values)` for the fields the model declares, about ten times cheaper.

    Values must already have the declared types (they come from validated inspections and linted rules); fields
    not given take their defaults (mutable defaults are copied). Tests compare the result with model validation.
    """
    defaults = _DEFAULTS.get(cls)
    if defaults is None:
        defaults = _DEFAULTS[cls] = {name: field.get_default(call_default_factory=True) if not field.is_required()
                                     else _REQUIRED for name, field in cls.model_fields.items()}
    unknown = set(values) - set(defaults)
    if unknown:
        raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)}")
    data = {}
    for name, default in defaults.items():  # declaration order, as validation would give
        if name in values:
            data[name] = values[name]
        elif default is _REQUIRED:
            raise TypeError(f"{cls.__name__}.{name} is required")
        else:
            data[name] = copy.copy(default) if isinstance(default, list | dict) else default
    model = cls.__new__(cls)
    _set(model, "__dict__", data)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
