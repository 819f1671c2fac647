"""What a person needs to know of a model input: its description, then its limits, one per line;
and of a model: its cross-field rules.

Shared by the generated docstrings and reference pages (the generator loads this file) and
`kie run MODEL --help`, so that all say the same. Reads any object with FieldSpec's (ModelSpec's)
attributes.
"""

from __future__ import annotations

from typing import Any

EXAMPLE_WIDTH = 70  # a longer example is cut, so that its line ("Example: ...") fits 80 columns


def _amount(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _count(low: int | None, high: int | None, noun: str) -> str | None:
    """How many characters or items, as a person says it: 'Up to 4 items', 'At least 1 character',
    'Exactly 1 item', '1 to 1000 characters'; None when nothing limits it."""
    low = low or 0
    if high is None:
        return f"At least {_amount(low, noun)}." if low else None
    if low == high:
        return f"Exactly {_amount(high, noun)}."
    return f"Up to {_amount(high, noun)}." if low == 0 else f"{low} to {_amount(high, noun)}."


def _range(field: Any) -> str | None:
    """A number's bounds and step: 'From 1 to 10, in steps of 0.5.', 'At least 0.'"""
    low, high = field.minimum, field.maximum
    if low is None and high is None:
        return None
    if high is None:
        bounds = f"At least {low}"
    elif low is None:
        bounds = f"At most {high}"
    else:
        bounds = f"From {low} to {high}"
    return bounds + ("" if field.step is None else f", in steps of {field.step}") + "."


def _labelled(option: Any) -> bool:
    """Whether an option's label says more than its value (not '5' for 5, nor 'High' for high)."""
    label = option.label.strip()
    return bool(label) and label.casefold() != str(option.value).casefold()


def _option_lines(options: Any) -> list[str]:
    """One line of values, or a line per option where some label says more than its value."""
    if not options:
        return []
    if not any(_labelled(option) for option in options):
        return [f"Options: {', '.join(str(option.value) for option in options)}"]
    return ["Options:"] + [
        f"- {option.value}: {option.label}" if _labelled(option) else f"- {option.value}"
        for option in options
    ]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


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
    limits = field_limits(items, uploads=uploads and items.type == "url")
    kind = " is a list:" if items.type == "array" else ":"
    return [f"Each item{kind} {' '.join(limits)}"] if limits else []


def _contents(field: Any, *, uploads: bool) -> list[str]:
    """What a URL points at and accepts, or what a list's items take."""
    if field.type == "url":
        return _url_lines(field, uploads=uploads)
    return [] if field.items is None else _item_lines(field.items, uploads=uploads)


def field_limits(field: Any, *, uploads: bool = True) -> list[str]:
    """What the field takes, a line each: required, limits, options, null, default, example."""
    lines = [
        "Required." if field.required else None,
        _count(field.min_length, field.max_length, "character"),
        None if field.pattern is None else f"Must match: {field.pattern}",
        _range(field),
        *_option_lines(field.options),
        _count(field.min_items, field.max_items, "item"),
        *_contents(field, uploads=uploads),
        "May be null." if field.nullable else None,
        None if field.default is None else f"Default: {field.default!r}",
        None if field.example is None else f"Example: {_clip(repr(field.example), EXAMPLE_WIDTH)}",
    ]
    return [line for line in lines if line is not None]


def describe_field(field: Any, *, uploads: bool = True) -> list[str]:
    """Its description, then `field_limits`; `uploads` says whether a local path for a URL in it
    is uploaded (top level only)."""
    return [field.description or field.name, *field_limits(field, uploads=uploads)]


def describe_rules(model: Any) -> list[str]:
    """The model's cross-field rules in the spec's words; a message several rules share, once."""
    return list(dict.fromkeys(rule.message for rule in model.rules))
