"""Stage 3: the frozen, typed model of the specs. Templates see nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Scalar = str | int | float | bool
FieldType = Literal["string", "url", "integer", "number", "boolean", "enum", "array", "object"]
RuleKind = Literal["exclusive", "requires", "forbid", "one_of"]
Media = Literal["image", "video", "audio"]


@dataclass(frozen=True)
class Option:
    value: str | int | float
    label: str


@dataclass(frozen=True)
class Field:
    name: str  # as sent in the request
    py_name: str  # the Python identifier for it
    type: FieldType
    required: bool = False
    nullable: bool = False
    description: str = ""
    default: Any = None  # None: the docs give no default
    example: Any = None  # None: the docs give no example
    min_length: int | None = None
    max_length: int | None = None
    multiline: bool = False
    pattern: str | None = None  # a regular expression the value must match (search)
    media: Media | None = None  # what a URL points at
    accept: tuple[str, ...] = ()
    max_size: int | None = None  # bytes
    max_size_text: str | None = None  # as the docs write it, e.g. "10MB"
    minimum: int | float | None = None
    maximum: int | float | None = None
    step: int | float | None = None
    options: tuple[Option, ...] = ()
    min_items: int | None = None
    max_items: int | None = None
    items: Field | None = None
    fields: tuple[Field, ...] = ()  # an object's sub-fields

    @property
    def values(self) -> tuple[str | int | float, ...]:
        return tuple(o.value for o in self.options)


@dataclass(frozen=True)
class Rule:
    kind: RuleKind
    fields: tuple[
        str, ...
    ]  # exclusive, one_of: the rivals; requires: (field, *needed); forbid: the fields
    message: str
    refused: tuple[tuple[Scalar, ...], ...] = ()  # forbid: the refused values, per field

    @property
    def subject(self) -> str:
        """The field a violation is reported against (one_of: when none of its fields is given)."""
        return self.fields[1] if self.kind == "exclusive" else self.fields[0]


@dataclass(frozen=True)
class Example:
    name: str
    input: dict[str, Any]
    callback_url: str | None = None
    rejected_for: tuple[str, str] | None = None  # (field, rule) the docs' example breaks


@dataclass(frozen=True)
class Note:
    doc: str
    field: str | None = None
    line: int | None = None
    decision: str | None = None
    todo: str | None = None


@dataclass(frozen=True)
class ModelSpec:
    id: str
    title: str
    kind: str
    output: str
    description: str
    source: str | None
    spec_file: str  # path below specs/, for "generated from" headers
    module: str  # Python module name
    class_name: str  # the input dataclass
    group: str  # client attribute grouping models of one family
    method: str  # method name within the group
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...] = ()
    examples: tuple[Example, ...] = ()
    notes: tuple[Note, ...] = ()
    digest: str = ""  # what the spec file and generator hashed to, for the incremental store

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @property
    def input_names(self) -> tuple[str, ...]:
        """Every input, required ones first, as method signatures list them."""
        return self.required + tuple(f.name for f in self.fields if not f.required)


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    path: str
    host: str
    description: str


@dataclass(frozen=True)
class StatusCode:
    code: int
    name: str
    description: str
    retry: bool


@dataclass(frozen=True)
class HttpStatus:
    """HTTP's own refusal, answered before a request reaches Kie."""

    code: int
    name: str
    description: str
    headers: dict[str, str]  # response headers it always carries, each with what it says
    body_only: bool  # answered only by endpoints that take a request body


@dataclass(frozen=True)
class TaskState:
    name: str
    final: bool
    success: bool
    description: str


@dataclass(frozen=True)
class PollStep:
    interval_seconds: float
    until_seconds: float | None


@dataclass(frozen=True)
class ApiSpec:
    name: str
    version: str
    base_url: str
    upload_base_url: str
    endpoints: tuple[Endpoint, ...]
    status_codes: tuple[StatusCode, ...]
    http_statuses: tuple[HttpStatus, ...]
    task_states: tuple[TaskState, ...]
    poll_schedule: tuple[PollStep, ...]
    poll_deadline_seconds: float
    max_queries_per_second: float
    create_requests_per_window: int
    create_window_seconds: float
    callbacks: dict[str, str]
    upload_retention_days: int | None
    upload_url_fetch_timeout_seconds: float | None
    download_url_valid_minutes: int | None
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Project:
    api: ApiSpec
    models: tuple[ModelSpec, ...]  # sorted by id

    @property
    def largest_input_file(self) -> int | None:
        """The largest file any model documents for a URL input, in bytes; None if none says."""
        sizes = [
            f.max_size
            for model in self.models
            for field in model.fields
            for f in (field, field.items)
            if f is not None and f.max_size is not None
        ]
        return max(sizes, default=None)
