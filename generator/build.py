"""Stage 3: plain data that passed the meta-schema -> the frozen spec model."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from .load import Document
from .naming import identifier, model_names
from .spec import (
    ApiSpec,
    Endpoint,
    Example,
    Field,
    HttpStatus,
    ModelSpec,
    Note,
    Option,
    PollStep,
    Rule,
    StatusCode,
    TaskState,
)

_UNITS = {"B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "KiB": 2**10, "MiB": 2**20, "GiB": 2**30}


def size_in_bytes(text: str) -> int:
    """`10MB` -> 10_000_000. MB is decimal, as storage vendors count; MiB is binary."""
    match = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?) ?([KMG]i?B|B)", text)
    assert match, text  # the meta-schema's pattern admits only this shape
    return int(Decimal(match[1]) * _UNITS[match[2]])


def build_field(name: str, data: dict[str, Any]) -> Field:
    items = data.get("items")
    return Field(
        name=name,
        py_name=identifier(name),
        type=data["type"],
        required=data.get("required", False),
        nullable=data.get("nullable", False),
        description=data.get("description", ""),
        default=data.get("default"),
        example=data.get("example"),
        min_length=data.get("min_length"),
        max_length=data.get("max_length"),
        multiline=data.get("multiline", False),
        pattern=data.get("pattern"),
        media=data.get("media"),
        accept=tuple(data.get("accept", ())),
        max_size=size_in_bytes(data["max_size"]) if "max_size" in data else None,
        max_size_text=data.get("max_size"),
        minimum=data.get("min"),
        maximum=data.get("max"),
        step=data.get("step"),
        options=tuple(Option(v, label) for v, label in data.get("values", {}).items()),
        min_items=data.get("min_items"),
        max_items=data.get("max_items"),
        items=build_field(name, items) if items else None,
        fields=tuple(build_field(n, f) for n, f in data.get("fields", {}).items()),
    )


def listed(value: Any) -> tuple[Any, ...]:
    return tuple(value) if isinstance(value, list) else (value,)


def _show(value: Any) -> str:
    return (
        repr(value)
        if isinstance(value, str)
        else str(value).lower() if isinstance(value, bool) else str(value)
    )


def build_rules(data: list[dict[str, Any]]) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for item in data:
        message = item.get("message")
        if "exclusive" in item:
            names = tuple(item["exclusive"])
            rules.append(
                Rule("exclusive", names, message or f"give at most one of {', '.join(names)}")
            )
        elif "one_of" in item:
            names = tuple(item["one_of"])
            rules.append(
                Rule("one_of", names, message or f"give exactly one of {', '.join(names)}")
            )
        elif "requires" in item:
            for name, needed in item["requires"].items():
                needs = listed(needed)
                rules.append(
                    Rule(
                        "requires",
                        (name, *needs),
                        message or f"{name} may be given only with {', '.join(needs)}",
                    )
                )
        else:
            names = tuple(item["forbid"])
            refused = tuple(listed(v) for v in item["forbid"].values())
            combo = " with ".join(
                f"{n}={'/'.join(_show(v) for v in r)}" for n, r in zip(names, refused, strict=True)
            )
            rules.append(Rule("forbid", names, message or f"{combo} is not offered", refused))
    return tuple(rules)


def build_note(data: dict[str, Any]) -> Note:
    return Note(
        doc=data["doc"],
        field=data.get("field"),
        line=data.get("line"),
        decision=data.get("decision"),
        todo=data.get("todo"),
    )


def build_model(doc: Document) -> ModelSpec:
    data = doc.data
    return ModelSpec(
        id=data["model"],
        title=data["title"],
        kind=data["kind"],
        output=data["output"],
        description=data.get("description", ""),
        source=data.get("source"),
        spec_file=doc.rel,
        **model_names(data["model"]),
        fields=tuple(build_field(n, f) for n, f in data["input"].items()),
        rules=build_rules(data.get("rules", [])),
        examples=tuple(
            Example(
                name=e["name"],
                input=e["input"],
                callback_url=e.get("callBackUrl"),
                rejected_for=(
                    (e["rejected_for"]["field"], e["rejected_for"]["rule"])
                    if "rejected_for" in e
                    else None
                ),
            )
            for e in data.get("examples", [])
        ),
        notes=tuple(build_note(n) for n in data.get("notes", [])),
    )


def build_api(doc: Document) -> ApiSpec:
    data = doc.data
    uploads = data.get("uploads", {})
    return ApiSpec(
        name=data["name"],
        version=data["version"],
        base_url=data["base_url"],
        upload_base_url=data["upload_base_url"],
        endpoints=tuple(
            Endpoint(name, e["method"], e["path"], e.get("host", "api"), e.get("description", ""))
            for name, e in sorted(data["endpoints"].items())
        ),
        status_codes=tuple(
            StatusCode(int(code), c["name"], c["description"], c.get("retry", False))
            for code, c in sorted(data["status_codes"].items(), key=lambda kv: int(kv[0]))
        ),
        http_statuses=tuple(
            HttpStatus(
                int(code),
                s["name"],
                s["description"],
                s.get("headers", {}),
                s.get("body_only", False),
            )
            for code, s in sorted(data.get("http_statuses", {}).items(), key=lambda kv: int(kv[0]))
        ),
        task_states=tuple(
            TaskState(name, s["final"], s.get("success", False), s["description"])
            for name, s in data["task_states"].items()
        ),
        poll_schedule=tuple(
            PollStep(s["interval_seconds"], s.get("until_seconds"))
            for s in data["polling"]["schedule"]
        ),
        poll_deadline_seconds=data["polling"]["deadline_seconds"],
        max_queries_per_second=data["polling"]["max_queries_per_second"],
        create_requests_per_window=data["rate_limits"]["create_requests"],
        create_window_seconds=data["rate_limits"]["create_window_seconds"],
        callbacks=dict(data["callbacks"]),
        upload_retention_days=uploads.get("retention_days"),
        upload_url_fetch_timeout_seconds=uploads.get("url_fetch_timeout_seconds"),
        download_url_valid_minutes=data.get("download_url_valid_minutes"),
        notes=tuple(build_note(n) for n in data.get("notes", [])),
    )
