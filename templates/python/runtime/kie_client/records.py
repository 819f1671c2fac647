"""What Kie reports of a task (recordInfo and callbacks), parsed into a typed record."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kie_client.api import State
from kie_client.errors import KieError


@dataclass(frozen=True)
class TaskRecord:
    task_id: str
    model: str
    state: State
    param: dict[str, Any]  # the create request, parsed from its JSON string
    result: dict[str, Any] | None  # resultJson, parsed, once the task succeeded
    result_urls: tuple[str, ...]
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

    @classmethod
    def parse(cls, data: object) -> TaskRecord:
        """A record from Kie's `data` object; the docs' spellings (`taskId`, `task_id`) both read."""
        if not isinstance(data, Mapping):
            raise KieError(f"expected a task record, got {type(data).__name__}")
        task_id = task_id_in(data)
        if task_id is None:
            raise KieError("the task record has no taskId")
        try:
            state = State(str(data.get("state")))
        except ValueError:
            known = ", ".join(State)
            raise KieError(
                f"task {task_id} has unknown state {data.get('state')!r}; known: {known}"
            ) from None
        result = _json_object(data.get("resultJson"))
        urls = result.get("resultUrls") if result else None
        return cls(
            task_id=task_id,
            model=str(data.get("model") or ""),
            state=state,
            param=_json_object(data.get("param")) or {},
            result=result,
            result_urls=(
                tuple(u for u in urls if isinstance(u, str)) if isinstance(urls, list) else ()
            ),
            fail_code=_text(data.get("failCode")),
            fail_message=_text(data.get("failMsg")),
            cost_time_ms=_integer(data.get("costTime")),
            created_at=_moment(data.get("createTime")),
            updated_at=_moment(data.get("updateTime")),
            completed_at=_moment(data.get("completeTime")),
            credits_consumed=_integer(data.get("consumeCredits")),
            credits_remaining=_integer(data.get("remainedCredits")),
            raw=dict(data),
        )


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


def _json_object(value: object) -> dict[str, Any] | None:
    """A JSON object given as a string (as Kie sends param and resultJson) or already parsed;
    None for text that is not one, however it fails (nesting too deep included)."""
    if isinstance(value, str) and value.strip():
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None
    return dict(value) if isinstance(value, Mapping) else None


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
