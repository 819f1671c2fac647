"""What a model accepts, as data: each generated model module holds one `ModelSpec`.

Limits and rules live here as data read by shared code, not as code unrolled per model,
so that hundreds of models stay small to import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Protocol

FieldType = Literal["string", "url", "integer", "number", "boolean", "enum", "array", "object"]
RuleKind = Literal["exclusive", "requires", "forbid", "one_of"]
Media = Literal["image", "video", "audio"]
Scalar = str | int | float | bool


@dataclass(frozen=True, slots=True)
class Option:
    value: str | int | float
    label: str


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str  # as sent in the request
    py_name: str  # the keyword argument
    type: FieldType
    required: bool = False
    nullable: bool = False
    description: str = ""
    default: Any = None
    example: Any = None
    min_length: int | None = None
    max_length: int | None = None
    multiline: bool = False
    pattern: str | None = None  # a regular expression the value must match (search)
    media: Media | None = None  # what a URL points at
    accept: tuple[str, ...] = ()
    max_size: int | None = None  # bytes
    max_size_text: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    step: int | float | None = None
    options: tuple[Option, ...] = ()
    min_items: int | None = None
    max_items: int | None = None
    items: FieldSpec | None = None
    fields: tuple[FieldSpec, ...] = ()  # an object's sub-fields


@dataclass(frozen=True, slots=True)
class RuleSpec:
    kind: RuleKind
    fields: tuple[str, ...]
    message: str
    refused: tuple[tuple[Scalar, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class ModelSpec:
    id: str
    title: str
    kind: str
    output: str
    description: str
    module: str
    class_name: str
    group: str
    method: str
    fields: tuple[FieldSpec, ...]
    rules: tuple[RuleSpec, ...] = ()


class ModelInput(Protocol):
    """What every generated input dataclass is: its fields, and its model's spec as `SPEC`."""

    SPEC: ClassVar[ModelSpec]
