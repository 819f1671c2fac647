"""`kie run MODEL` flags, derived from the model's spec at run time: nothing per model is written.

Values are converted as far as their text allows and otherwise passed on as typed, so a wrong
value is reported by the client's own checks, in the same words as in Python.

Spec fields and kie's own options are kept apart by construction: a field's value lives under
`field:NAME` in the parsed namespace, which no option of kie's uses, and a field whose flag kie
(or another field) already spells is offered as `--field.NAME` instead, its help saying why.
A flag not given leaves nothing there, so that `null`, given for a field that may be null, is sent.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from kie_client._describe import describe_field
from kie_client._spec import FieldSpec, ModelSpec, Option

FIELD_DEST = "field:"  # namespace prefix of a spec field's value
FILE_SUFFIX = ":file"  # namespace suffix of a --NAME-file flag's path
RENAMED = "--field."  # the spelling of a field whose own flag is taken
SPELLINGS = "kie:flags"  # namespace attribute: each field dest's flag as spelled


def flag(field: FieldSpec) -> str:
    """The flag a field is given unless its spelling is taken."""
    return "--" + field.py_name.rstrip("_").replace("_", "-")


def _shown(value: str | int | float) -> str:
    """An option's value as one line of text: escapes as in a Python literal, no quotes."""
    return repr(value)[1:-1] if isinstance(value, str) else str(value)


def _help(field: FieldSpec) -> str:
    """The field's description and limits as help text, its options written as `_shown`; a % in
    the spec's words stays literal (argparse %-formats help)."""
    return "\n".join(describe_field(_shown_options(field))).replace("%", "%%")


def _shown_options(field: FieldSpec) -> FieldSpec:
    """The field (and its items) with its options' values written as `_shown`."""
    options = tuple(Option(_shown(option.value), option.label) for option in field.options)
    items = None if field.items is None else _shown_options(field.items)
    return replace(field, options=options, items=items)


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
    """The flag's text to the field's value; `null` to None where the field may be null."""
    convert = _value_converter(field)
    if not field.nullable:
        return convert
    return lambda given: None if given == "null" else convert(given)


def _value_converter(field: FieldSpec) -> Any:
    if takes_json(field):
        return _json_list
    if field.type in ("integer", "number"):
        return _number
    if field.type == "enum":
        # An option is taken as written or as `--help` shows it (escaped).
        by_text = {
            text(option.value): option.value for option in field.options for text in (str, _shown)
        }
        return lambda given: by_text.get(given, given)
    return str


def _metavar(field: FieldSpec) -> str:
    """What the flag's value is, as help and usage show it; a list's, its items' (a flag each)."""
    if takes_json(field):
        return "JSON"
    if field.items is not None:
        return _metavar(field.items)
    if field.type == "enum":
        return "{" + ",".join(_shown(option.value) for option in field.options) + "}"
    return {"url": "URL|PATH", "integer": "N", "number": "X"}.get(field.type, "TEXT")


def _options(field: FieldSpec) -> dict[str, Any]:
    """add_argument's options for the field's flag, but its spelling and dest; a flag not given
    leaves no value (`null` is one)."""
    text = _help(field)
    if field.type == "boolean":
        return {
            "action": argparse.BooleanOptionalAction,
            "default": argparse.SUPPRESS,
            "help": text,
        }
    valued = {"default": argparse.SUPPRESS, "metavar": _metavar(field)}
    if takes_json(field):
        return {
            **valued,
            "type": _converter(field),
            "help": text + "\nWrite the whole list as JSON.",
        }
    if field.items is not None:
        return {
            **valued,
            "action": "append",
            "type": _converter(field.items),
            "help": text + "\nRepeat the flag for each item.",
        }
    return {**valued, "type": _converter(field), "help": text}


def add_model_flags(container: argparse._ActionsContainer, spec: ModelSpec) -> dict[str, str]:
    """Add a flag per field of `spec`, after kie's own options so that those keep their spelling;
    the flag each field got (by dest) is returned, and kept in the parsed namespace for
    `model_values`' messages."""
    spellings = {}  # dest -> the flag as spelled
    required = [f for f in spec.fields if f.required]
    for field in required + [f for f in spec.fields if not f.required]:
        dest = FIELD_DEST + field.py_name
        spellings[dest] = _add(container, flag(field), dest=dest, **_options(field))
        if field.type == "string" and field.multiline:
            spellings[dest + FILE_SUFFIX] = _add(
                container,
                spellings[dest] + "-file",
                dest=dest + FILE_SUFFIX,
                default=argparse.SUPPRESS,
                metavar="PATH",
                help=f"Read {spellings[dest]} from a UTF-8 text file (for long text); - reads stdin.",
            )
    container.set_defaults(**{SPELLINGS: spellings})
    return spellings


def _add(container: argparse._ActionsContainer, spelling: str, **options: Any) -> str:
    """Add the flag as `spelling`, or as --field.NAME if that is taken; returns the one used."""
    try:
        container.add_argument(spelling, **options)
        return spelling
    except argparse.ArgumentError:  # kie's own option, or another field's flag
        renamed = RENAMED + spelling.removeprefix("--")
        note = f"Spelled {renamed}: {spelling} is kie's own option or another input's."
        container.add_argument(renamed, **{**options, "help": options["help"] + "\n" + note})
        return renamed


def _usage_of(field: FieldSpec, spellings: dict[str, str]) -> str:
    """A required field's flag as a usage line writes it, with the flag that may stand for it."""
    dest = FIELD_DEST + field.py_name
    spelled = spellings[dest]
    if field.type == "boolean":
        return f"({spelled} | --no-{spelled.removeprefix('--')})"
    given = f"{spelled} {_metavar(field)}"
    from_file = spellings.get(dest + FILE_SUFFIX)
    return f"({given} | {from_file} PATH)" if from_file else given


def usage(spec: ModelSpec, spellings: dict[str, str]) -> str:
    """`kie run MODEL`'s usage: the required inputs bare (argparse would bracket them, as it does
    not check them itself), the rest in brief; %-escaped, as argparse formats a usage."""
    words = [
        "%(prog)s",
        *(_usage_of(f, spellings).replace("%", "%%") for f in spec.fields if f.required),
    ]
    if not all(f.required for f in spec.fields):
        words.append("[INPUT ...]")
    return " ".join([*words, "[OPTION ...]"])


def _read(path: str) -> str:
    """The text of a file, or of stdin for `-`."""
    if path != "-":
        return Path(path).read_text("utf-8")
    if sys.stdin is None:  # started with stdin closed
        raise OSError("stdin is closed")
    return sys.stdin.read()


def model_values(spec: ModelSpec, args: argparse.Namespace) -> dict[str, Any]:
    """The request input the flags give, by request name; flags not given are left out."""
    spellings = getattr(args, SPELLINGS)
    given = vars(args)
    values = {}
    for field in spec.fields:
        dest, file_dest = FIELD_DEST + field.py_name, FIELD_DEST + field.py_name + FILE_SUFFIX
        if file_dest in given:
            if dest in given:
                raise ValueError(f"give {spellings[dest]} or {spellings[file_dest]}, not both")
            try:
                values[field.name] = _read(given[file_dest]).removesuffix("\n")
            except (OSError, UnicodeDecodeError) as error:
                raise ValueError(
                    f"cannot read {spellings[file_dest]} {given[file_dest]}: {error}"
                ) from None
        elif dest in given:
            values[field.name] = given[dest]
    return values
