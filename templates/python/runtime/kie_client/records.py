"""What Kie reports of a task (recordInfo and callbacks), parsed into a typed record."""

from __future__ import annotations

import json
import math
import mimetypes
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from kie_client.api import State
from kie_client.errors import KieError
from kie_client.registry import MODELS


@dataclass(frozen=True)
class Output:
    """One result file of a task: where Kie serves it, its media type, the name it is saved under,
    and where it was saved.

    `media_type` is read from the file name in the URL (e.g. `video/mp4`); when the name says
    nothing, it is the model's output kind as a range (e.g. `video/*`). `name` is the task id,
    the file's place when the task has several, and the URL's file name, so that results of
    different tasks never overwrite each other in one folder. `path` is set once the file is
    saved (`client.run(..., download_to=folder)` or `client.download(output, folder)`).
    """

    url: str
    media_type: str
    name: str
    path: Path | None = None

    @classmethod
    def of(cls, url: str, model: str, task_id: str, place: str = "") -> Output:
        """The output at `url` of `model`'s task `task_id`; `place` is e.g. "-1" among several."""
        entry = MODELS.get(model)
        kind = f"{entry.output}/*" if entry else "application/octet-stream"
        saved_as = file_name(url)
        name = f"{task_id}{place}-{saved_as or 'result'}"
        return cls(url, mimetypes.guess_type(saved_as)[0] or kind, name)


def file_name(url: str) -> str:
    """The file name a URL ends with ("" for none), as it is saved and typed: the last part of
    its path as PurePosixPath names it (empty parts and `.` skipped), without building one."""
    parts = unquote(urlsplit(url).path).split("/")
    return next((part for part in reversed(parts) if part not in ("", ".")), "")


_STATES = {state.value: state for state in State}  # a lookup, cheaper than calling State


@dataclass(frozen=True)
class TaskRecord:
    """A task as Kie reports it. A finished media task's files are `outputs` (typed, in the
    order of `result_urls`); a text model answers in `result_object` instead, and its outputs
    are empty."""

    task_id: str
    model: str
    state: State
    param: dict[str, Any]  # the create request, parsed from its JSON string
    result: dict[str, Any] | None  # resultJson, parsed, once the task succeeded
    result_urls: tuple[str, ...]
    outputs: tuple[Output, ...]
    fail_code: str
    fail_message: str
    cost_time_ms: int | None
    created_at: datetime | None
    updated_at: datetime | None
    completed_at: datetime | None
    credits_consumed: int | None
    credits_remaining: int | None
    raw: dict[str, Any] = field(repr=False, compare=False)  # the record as received

    @property
    def final(self) -> bool:
        return self.state.final

    @property
    def succeeded(self) -> bool:
        return self.state.success

    @property
    def result_object(self) -> dict[str, Any] | None:
        """A text model's answer (resultJson's `resultObject`); None for a media model."""
        found = self.result.get("resultObject") if self.result else None
        return dict(found) if isinstance(found, Mapping) else None

    def with_paths(self, paths: Iterable[Path]) -> TaskRecord:
        """This record with its outputs saved at `paths` (in the same order)."""
        saved = (replace(o, path=p) for o, p in zip(self.outputs, paths, strict=True))
        return replace(self, outputs=tuple(saved))

    @classmethod
    def parse(cls, data: object) -> TaskRecord:
        """A record from Kie's `data` object; the docs' spellings (`taskId`, `task_id`) both read."""
        if not isinstance(data, Mapping):
            raise KieError(f"expected a task record, got {type(data).__name__}")
        task_id = task_id_in(data)
        if task_id is None:
            raise KieError("the task record has no taskId")
        state = _STATES.get(str(data.get("state")))
        if state is None:
            known = ", ".join(State)
            raise KieError(
                f"task {task_id} has unknown state {data.get('state')!r}; known: {known}"
            )
        result = _json_object(data.get("resultJson"))
        listed = result.get("resultUrls") if result else None
        urls = tuple(u for u in listed if isinstance(u, str)) if isinstance(listed, list) else ()
        model = str(data.get("model") or "")
        record = cls.__new__(cls)  # the fields in _READ_LATER are left to their first reading
        fields = vars(record)
        fields.update(
            task_id=task_id,
            model=model,
            state=state,
            result=result,
            result_urls=urls,
            outputs=tuple(
                Output.of(url, model, task_id, f"-{place}" if len(urls) > 1 else "")
                for place, url in enumerate(urls)
            ),
            fail_code=_text(data.get("failCode")),
            fail_message=_text(data.get("failMsg")),
            raw=dict(data),
            _given=dict(data),  # apart from `raw`, which is the caller's to change
        )
        if not isinstance(data.get("param"), str):  # an object given may yet change: read it now
            fields["param"] = _param(data.get("param"))
        return record


def task_id_in(data: Mapping[str, Any]) -> str | None:
    """The task id of a record, in either of the docs' spellings (`taskId`, `task_id`)."""
    task_id = data.get("taskId") or data.get("task_id")
    return task_id if isinstance(task_id, str) and task_id else None


def _text(value: object) -> str:
    return "" if value is None else str(value)


_LONGEST_NUMBER = 20  # digits: more than any count of credits or milliseconds


def _integer(value: object) -> int | None:
    """An integer field; None for anything else (NaN, infinities, booleans, 5,000 digits)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and len(value) <= _LONGEST_NUMBER:
        digits = value.strip().removeprefix("-")
        return int(value) if digits.isascii() and digits.isdigit() else None
    return None


def _moment(value: object) -> datetime | None:
    """Unix milliseconds as an aware UTC datetime; None for a time no calendar holds."""
    ms = _integer(value)
    try:
        return datetime.fromtimestamp(ms / 1000, tz=UTC) if ms else None
    except (OverflowError, OSError, ValueError):
        return None


def _param(value: object) -> dict[str, Any]:
    return _json_object(value) or {}


def _json_object(value: object) -> dict[str, Any] | None:
    """A JSON object given as a string (as Kie sends param and resultJson) or already parsed;
    None for text that is not one, however it fails (nesting too deep included)."""
    if isinstance(value, str) and value.strip():
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None
    return dict(value) if isinstance(value, Mapping) else None


class _ReadLater:
    """A field of a parsed record worked out from Kie's value under `key` when first read, as
    functools.cached_property is: a wait reads little more than the state of each record it polls.
    A value set on the record (by its constructor, or the first reading) hides this descriptor.
    Kie's values are immutable text and numbers, so that reading them later changes nothing."""

    def __init__(self, name: str, key: str, read: Callable[[object], object]) -> None:
        self._name = name
        self._key = key
        self._read = read

    def __get__(self, record: object, owner: type | None = None) -> Any:
        if record is None:
            return self
        fields = vars(record)
        value = fields[self._name] = self._read(fields["_given"].get(self._key))
        return value


# The fields TaskRecord.parse leaves to their first reading: Kie's key and how to read it.
_READ_LATER: dict[str, tuple[str, Callable[[object], object]]] = {
    "param": ("param", _param),
    "cost_time_ms": ("costTime", _integer),
    "created_at": ("createTime", _moment),
    "updated_at": ("updateTime", _moment),
    "completed_at": ("completeTime", _moment),
    "credits_consumed": ("consumeCredits", _integer),
    "credits_remaining": ("remainedCredits", _integer),
}
for _name, (_key, _read) in _READ_LATER.items():
    setattr(TaskRecord, _name, _ReadLater(_name, _key, _read))


@dataclass(frozen=True)
class UploadedFile:
    """A file Kie holds for 3 days; `download_url` is what a model's URL input takes."""

    download_url: str
    file_name: str
    file_path: str
    size: int | None
    mime_type: str
    uploaded_at: str

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> UploadedFile:
        url = data.get("downloadUrl")
        if not isinstance(url, str) or not url:
            raise KieError("the upload answer has no downloadUrl")
        return cls(
            download_url=url,
            file_name=_text(data.get("fileName")),
            file_path=_text(data.get("filePath")),
            size=_integer(data.get("fileSize")),
            mime_type=_text(data.get("mimeType")),
            uploaded_at=_text(data.get("uploadedAt")),
        )
