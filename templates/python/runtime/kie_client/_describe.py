"""What a person needs to know of a model input: its description, then its limits, one per line.

Shared by the generated docstrings (the generator loads this file) and `kie run MODEL --help`, so
both always say the same. Reads any object with FieldSpec's attributes.
"""

from __future__ import annotations

from typing import Any


def _span(low: Any, high: Any) -> str:
    return f"{'any' if low is None else low} to {'any' if high is None else high}"


def _url_lines(url: Any, *, uploads: bool) -> list[str]:
    lines = [f"Points at: {url.media}."] if url.media else []
    if url.accept:
        size = f", at most {url.max_size_text}" if url.max_size_text else ""
        upload = "; a local path is uploaded first" if uploads else ""
        lines.append(f"Accepts: {', '.join(url.accept)}{size}{upload}.")
    return lines


def _item_lines(items: Any, *, uploads: bool) -> list[str]:
    """What an array's items take: an object's sub-fields, or the item's own limits.
    A local path is uploaded only for a URL that is a top-level list's item itself."""
    if items.type == "object":
        return ["Each item is an object of:"] + [
            f"- {sub.name}: {' '.join(describe_field(sub, uploads=False))}" for sub in items.fields
        ]
    limits = describe_field(items, uploads=uploads and items.type == "url")[1:]
    kind = " is a list:" if items.type == "array" else ":"
    return [f"Each item{kind} {' '.join(limits)}"] if limits else []


def describe_field(field: Any, *, uploads: bool = True) -> list[str]:
    """Its lines; `uploads` says whether a local path for a URL in it is uploaded (top level only)."""
    lines = [field.description or field.name]
    if field.required:
        lines.append("Required.")
    if field.min_length is not None or field.max_length is not None:
        lines.append(f"Length: {_span(field.min_length or 0, field.max_length)} characters.")
    if field.pattern is not None:
        lines.append(f"Must match: {field.pattern}")
    if field.minimum is not None or field.maximum is not None:
        step = f", step {field.step}" if field.step is not None else ""
        lines.append(f"Range: {_span(field.minimum, field.maximum)}{step}.")
    lines += [f"- {option.value}: {option.label}" for option in field.options]
    if field.min_items is not None or field.max_items is not None:
        lines.append(f"Items: {_span(field.min_items or 0, field.max_items)}.")
    if field.type == "url":
        lines += _url_lines(field, uploads=uploads)
    elif field.items is not None:
        lines += _item_lines(field.items, uploads=uploads)
    if field.nullable:
        lines.append("May be null.")
    if field.default is not None:
        lines.append(f"Default: {field.default!r}.")
    if field.example is not None:
        lines.append(f"Example: {field.example!r}.")
    return lines
