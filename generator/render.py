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

from .layout import import_line, literal
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


def markdown_cell(text: Any) -> str:
    """Text for one Markdown table cell."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")


def _value_type(field: Field) -> str:
    if field.type == "enum":
        if all(
            isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool))
            for v in field.values
        ):
            base = f"Literal[{', '.join(map(literal, field.values))}]"
        else:
            base = "float"
    elif field.type == "array":
        assert field.items is not None
        base = f"Sequence[{_value_type(field.items)}]"
    elif field.type == "object":
        base = "Mapping[str, object]"  # its keys are checked against the spec, as JSON objects are
    else:
        base = {
            "string": "str",
            "url": "str | os.PathLike[str]",
            "integer": "int",
            "number": "float",
            "boolean": "bool",
        }[field.type]
    return base


def py_type(field: Field) -> str:
    """The annotation of a field's keyword argument; None leaves an optional field out."""
    base = _value_type(field)
    return f"{base} | None" if field.nullable or not field.required else base


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
        py_type=py_type,
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
