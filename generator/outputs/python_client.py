"""The Python distribution (`kie-client`): the typed client, CLI, simulator, JSON Schemas,
fixtures and reference pages (templates/python)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jinja2

from ..fixtures import model_fixtures
from ..format import Chunk, Chunked, laid_out_file
from ..jsonschema_out import model_schema
from ..layout import INDENT, LINE_LENGTH, laid_out
from ..naming import pascal
from ..render import annotated_line, environment, json_text
from ..runtime import runtime_files
from ..spec import ModelSpec, Project


@dataclass(frozen=True)
class Group:
    """Models sharing a client attribute, e.g. `client.kling_2_6`."""

    name: str
    class_name: str
    family: str  # the id prefix, as the ids write it
    models: tuple[ModelSpec, ...]


def model_groups(models: tuple[ModelSpec, ...]) -> list[Group]:
    by_name: dict[str, list[ModelSpec]] = {}
    for model in models:
        by_name.setdefault(model.group, []).append(model)
    return [
        Group(name, pascal(name) + "Models", members[0].id.partition("/")[0], tuple(members))
        for name, members in sorted(by_name.items())
    ]


def render_shared(project: Project) -> dict[str, str | bytes | Chunked]:
    """The files that depend on the whole project (and the runtime); Python not yet formatted."""
    env = environment()
    out: dict[str, str | bytes | Chunked] = dict(runtime_files("python"))
    groups = model_groups(project.models)
    context = {
        "api": project.api,
        "models": project.models,
        "groups": groups,
        "largest_input_file": project.largest_input_file,
    }
    # In black's form as rendered: a version string, JSON rows as strings; the client's only
    # lines that black could split are each group's property, which must fit.
    laid_out = {
        "kie_client/__init__.py": True,
        "kie_client/registry.py": True,
        "kie_client/client.py": all(map(_property_fits, groups)),
    }
    for target, template in (
        ("pyproject.toml", "python/package/pyproject.toml.jinja"),
        ("README.md", "python/package/README.md.jinja"),
        ("kie_client/__init__.py", "python/package/__init__.py.jinja"),
        ("kie_client/api.py", "python/package/api.py.jinja"),
        ("kie_client/registry.py", "python/package/registry.py.jinja"),
        ("kie_client/client.py", "python/package/client.py.jinja"),
    ):
        text = env.get_template(template).render(context)
        out[target] = laid_out_file(text, laid_out[target]) if target in laid_out else text
    for group in groups:
        out[f"kie_client/groups/{group.name}.py"] = group_chunks(env, context, group)
    return out


def _property_fits(group: Group) -> bool:
    """Whether the client's property for a group fits on its lines, as black would leave it."""
    definition = f"{INDENT}def {group.name}(self) -> Async{group.class_name}:"
    result = f"{INDENT * 2}return Async{group.class_name}(self)"
    return len(definition) <= LINE_LENGTH and len(result) <= LINE_LENGTH


def field_lines(model: ModelSpec, depth: int, suffix: str) -> tuple[dict[str, str], bool]:
    """Each field's `name: annotation` line(s) in black's form, by Python name, and whether all
    were laid out with certainty."""
    laid = {f.py_name: annotated_line(f, depth, suffix) for f in model.fields}
    return {name: line.text.rstrip("\n") for name, line in laid.items()}, all(
        line.certain for line in laid.values()
    )


def group_chunks(env: jinja2.Environment, context: dict[str, Any], group: Group) -> Chunked:
    macros: Any = env.get_template("python/package/group.py.jinja").make_module(
        {**context, "group": group}
    )  # its attributes are the template's macros
    exports = laid_out("__all__ = ", [group.class_name, "Async" + group.class_name])
    chunks = [Chunk(str(macros.header(exports.text.rstrip("\n"))), False, 0, formatted=True)]
    params = {m.id: field_lines(m, depth=2, suffix=",") for m in group.models}
    # past the line's end, black wraps `request = Class(...)` in parentheses: left to it
    certain = {
        m.id: params[m.id][1] and len(f"{INDENT * 2}request = {m.class_name}(") <= LINE_LENGTH
        for m in group.models
    }
    for awaited in (False, True):
        chunks.append(Chunk(str(macros.class_head(awaited)), False, 2, formatted=True))
        for m in group.models:
            method = str(macros.method(awaited, m, params[m.id][0]))
            chunks.append(Chunk(method, True, 1, formatted=certain[m.id]))
    return Chunked(tuple(chunks))


def model_chunks(env: jinja2.Environment, model: ModelSpec) -> Chunked:
    """A model's module, laid out in black's form already: black formats a piece only where a
    wide character left a line's width unsure."""
    spec = laid_out("SPEC: Final = ", model)
    exports = laid_out("__all__ = ", ["SPEC", model.class_name])
    fields, fields_certain = field_lines(model, depth=1, suffix="")
    macros: Any = env.get_template("python/package/model.py.jinja").make_module(
        {
            "model": model,
            "spec": spec.text.rstrip("\n"),
            "exports": exports.text.rstrip("\n"),
            "annotations": fields,
        }
    )  # its attributes are the template's macros
    return Chunked(
        (
            Chunk(str(macros.header()), False, 0, formatted=exports.certain),
            Chunk(str(macros.spec_statement()), False, 1, formatted=spec.certain),
            Chunk(str(macros.body()), False, 2, formatted=fields_certain),
        )
    )


def render_model(model: ModelSpec) -> dict[str, str | bytes | Chunked]:
    """The files of one model, which depend on nothing else; Python not yet formatted."""
    env = environment()
    schema = model_schema(model)
    return {
        f"kie_client/models/{model.module}.py": model_chunks(env, model),
        f"kie_client/schemas/{model.module}.json": json_text(schema),
        f"kie_client/fixtures/{model.module}.json": json_text(model_fixtures(model)),
        f"docs/models/{model.module}.md": env.get_template("python/package/model.md.jinja").render(
            model=model
        ),
    }
