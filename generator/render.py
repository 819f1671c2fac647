"""Stage 4: the Jinja environment every output renders with. Spec values enter code only through
`literal` (layout.py) and `doc` (escaped docstring text); names only through identifiers made in
naming.py."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import jinja2

from .layout import Code, Laid, Subscript, annotated, import_line, literal
from .runtime import TEMPLATES_DIR, describe
from .spec import Field, ModelSpec


def _escape(char: str) -> str:
    if char == "\\":
        return "\\\\"
    return repr(char)[1:-1]  # not printable: line and paragraph separators included


# A quote that could end a docstring early: one of three in a row, or the text's last (which the
# closing quotes may follow). Every other quote is left as a person wrote it.
_CLOSING_QUOTE = re.compile(r'"(?="")|"\Z')


def doc(text: Any) -> str:
    """Text for inside a triple-quoted docstring, reading as written: a backslash is doubled, a
    quote escaped only where it could close the string, a control character written as an escape,
    and no line keeps outer white space for a formatter to change."""
    out = []
    for line in str(text).strip().splitlines():
        line = line.strip()
        if line.isprintable() and "\\" not in line:
            out.append(line)  # the common case, checked at C speed
        else:
            out.append("".join(c if c.isprintable() and c != "\\" else _escape(c) for c in line))
    return _CLOSING_QUOTE.sub(r'\\"', "\n".join(out))


def opening(text: str) -> str:
    """Text for the start of a module's, class's or function's docstring, as black leaves it: a
    leading quote is spaced off the opening quotes."""
    return " " + text if text.startswith('"') else text


def markdown_cell(text: Any) -> str:
    """Text for one Markdown table cell."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")


_SCALAR_TYPES = {
    "string": "str",
    "url": "str | os.PathLike[str]",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "Mapping[str, object]",  # its keys are checked against the spec, as JSON objects are
}


def annotation(field: Field) -> Subscript | Code:
    """The type of a field's value, as layout.py lays it out."""
    if field.type == "enum":
        if all(
            isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool))
            for v in field.values
        ):
            return Subscript("Literal", tuple(field.values))
        return Code("float")
    if field.type == "array":
        assert field.items is not None
        return Subscript("Sequence", (annotation(field.items),))
    return Code(_SCALAR_TYPES[field.type])


def or_none(field: Field) -> bool:
    """Whether a field's annotation admits None: it may be left out, or sent as null."""
    return field.nullable or not field.required


def py_type(field: Field) -> str:
    """The annotation of a field's keyword argument; None leaves an optional field out."""
    return literal(annotation(field)) + (" | None" if or_none(field) else "")


def annotated_line(field: Field, depth: int, suffix: str) -> Laid:
    """A field's `name: annotation` line(s) at `depth`, then `suffix`, in black's form."""
    default = "" if field.required else "None"
    return annotated(
        field.py_name,
        annotation(field),
        or_none=or_none(field),
        default=default,
        suffix=suffix,
        depth=depth,
    )


def needs_mapping(models: Iterable[ModelSpec]) -> bool:
    """Whether an annotation of these models says Mapping, so that their module imports it."""
    return any("Mapping[" in py_type(f) for model in models for f in model.fields)


def described(field: Field) -> list[str]:
    """A field's description and limits, a line each, as the package's own `_describe` says them."""
    return list(describe().describe_field(field))


def field_doc(field: Field) -> str:
    return doc("\n".join(described(field)))


def rules_described(model: ModelSpec) -> list[str]:
    """A model's cross-field rules, as the package's own `_describe` says them."""
    return list(describe().describe_rules(model))


def registry_row(model: ModelSpec) -> str:
    """A model's registry entry as one JSON row (see registry.py.jinja)."""
    names = (model.module, model.class_name, model.group, model.method, model.kind, model.output)
    row = [model.id, *names, model.title, list(model.input_names)]
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Python, Markdown and TOML; values go through literal/doc
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        literal=literal,
        import_line=import_line,
        doc=doc,
        opening=opening,
        needs_mapping=needs_mapping,
        field_doc=field_doc,
        described=described,
        rules_described=rules_described,
        md=markdown_cell,
        registry_row=registry_row,
    )
    return env


def json_text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
