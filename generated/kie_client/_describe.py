"""What a person needs to know of a model input: its description, then its limits, one per line.

Shared by the generated docstrings (the generator loads this file) and `kie run MODEL --help`, so
both always say the same. Reads any object with FieldSpec's attributes.
"""

from __future__ import annotations

from typing import Any


def _span(low: Any, high: Any) -> str:
    return f"{'any' if low is None else low} to {'any' if high is None else high}"


def describe_field(field: Any) -> list[str]:
    lines = [field.description or field.name]
    if field.required:
        lines.append("Required.")
    if field.min_length is not None or field.max_length is not None:
        lines.append(f"Length: {_span(field.min_length or 0, field.max_length)} characters.")
    if field.minimum is not None or field.maximum is not None:
        step = f", step {field.step}" if field.step is not None else ""
        lines.append(f"Range: {_span(field.minimum, field.maximum)}{step}.")
    lines += [f"- {option.value}: {option.label}" for option in field.options]
    if field.min_items is not None or field.max_items is not None:
        lines.append(f"Items: {_span(field.min_items or 0, field.max_items)}.")
    url = field.items if field.items else field
    if url.accept:
        size = f", at most {url.max_size_text}" if url.max_size_text else ""
        lines.append(f"Accepts: {', '.join(url.accept)}{size}; a local path is uploaded first.")
    if field.nullable:
        lines.append("May be null.")
    if field.default is not None:
        lines.append(f"Default: {field.default!r}.")
    if field.example is not None:
        lines.append(f"Example: {field.example!r}.")
    return lines
