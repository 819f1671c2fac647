"""`kie run MODEL` flags, derived from the model's spec at run time: nothing per model is written.

Values are converted as far as their text allows and otherwise passed on as typed, so a wrong
value is reported by the client's own checks, in the same words as in Python.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kie_client._describe import describe_field
from kie_client._spec import FieldSpec, ModelSpec

FILE_SUFFIX = "__file"  # namespace attribute of a --NAME-file flag


def flag(field: FieldSpec) -> str:
    return "--" + field.py_name.rstrip("_").replace("_", "-")


def _number(text: str) -> int | float | str:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text  # the client says why it is not a number


def _json_list(text: str) -> Any:
    """A list written as JSON text, e.g. '[{"name": "a"}]'; its items are checked by the client."""
    try:
        value = json.loads(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not valid JSON ({error}): {text!r}") from None
    if not isinstance(value, list):
        raise argparse.ArgumentTypeError(f"expected a JSON list, e.g. '[...]': {text!r}")
    return value


def takes_json(field: FieldSpec) -> bool:
    """A list of objects or of lists has no flag-per-item form: it is written as JSON."""
    return field.items is not None and field.items.type in ("object", "array")


def _converter(field: FieldSpec) -> Any:
    if field.type in ("integer", "number"):
        return _number
    if field.type == "enum":
        by_text = {str(option.value): option.value for option in field.options}
        return lambda text: by_text.get(text, text)
    return str


def _metavar(field: FieldSpec) -> str:
    if field.type == "enum":
        return "{" + ",".join(str(option.value) for option in field.options) + "}"
    return {"url": "URL|PATH", "integer": "N", "number": "X"}.get(field.type, "TEXT")


def add_model_flags(parser: argparse.ArgumentParser, spec: ModelSpec) -> None:
    inputs = parser.add_argument_group("inputs of " + spec.id)
    ordered = [f for f in spec.fields if f.required] + [f for f in spec.fields if not f.required]
    for field in ordered:
        text = "\n".join(describe_field(field))
        if field.type == "boolean":
            inputs.add_argument(
                flag(field), dest=field.py_name, action=argparse.BooleanOptionalAction, help=text
            )
        elif takes_json(field):
            inputs.add_argument(
                flag(field),
                dest=field.py_name,
                type=_json_list,
                metavar="JSON",
                help=text + "\nWrite the whole list as JSON.",
            )
        elif field.type == "array" and field.items is not None:
            inputs.add_argument(
                flag(field),
                dest=field.py_name,
                action="append",
                type=_converter(field.items),
                metavar=_metavar(field.items),
                help=text + "\nRepeat the flag for each item.",
            )
        else:
            inputs.add_argument(
                flag(field),
                dest=field.py_name,
                type=_converter(field),
                metavar=_metavar(field),
                help=text,
            )
        if field.type == "string" and field.multiline:
            inputs.add_argument(
                flag(field) + "-file",
                dest=field.py_name + FILE_SUFFIX,
                type=Path,
                metavar="PATH",
                help=f"Read {flag(field)} from a UTF-8 text file (for long text).",
            )


def model_values(spec: ModelSpec, args: argparse.Namespace) -> dict[str, Any]:
    """The request input the flags give, by request name; flags not given are left out."""
    values = {}
    for field in spec.fields:
        value = getattr(args, field.py_name)
        from_file = getattr(args, field.py_name + FILE_SUFFIX, None)
        if from_file is not None:
            if value is not None:
                raise ValueError(f"give {flag(field)} or {flag(field)}-file, not both")
            try:
                value = from_file.read_text("utf-8").removesuffix("\n")
            except (OSError, UnicodeDecodeError) as error:
                raise ValueError(f"cannot read {flag(field)}-file {from_file}: {error}") from None
        if value is not None:
            values[field.name] = value
    return values
