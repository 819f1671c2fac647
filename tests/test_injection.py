"""A spec can never inject code: arbitrary text in titles, descriptions, examples, enum values and labels
yields generated code that compiles, imports and carries each value unchanged."""

from __future__ import annotations

import atexit
import importlib.util
import inspect
import shutil
import sys
import tempfile
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from ruamel.yaml.error import YAMLError

from conftest import write_tree, yaml_data, yaml_text
from generator.pipeline import generate

NASTY = [
    '"""',
    "'''",
    "\\",
    '\\"',
    "{{ x }}",
    "{% raw %}",
    "{#",
    "\n",
    "\r\n",
    "\t",
    "'",
    '"',
    "\\x00",
    "__import__('os').system('echo pwned')",
    '"""; import os; """',
    "\u2028",
    "\x85",
    "ß",
    "🎬",
]
text = st.lists(
    st.one_of(
        st.sampled_from(NASTY),
        st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12),
    ),
    max_size=5,
).map("".join)


def loaded(text_: str) -> Any:
    try:
        return yaml_data(text_)
    except YAMLError:  # ruamel cannot always read back what it wrote, e.g. a key of many lines
        return None


def import_file(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"injected_{abs(hash(path))}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through it
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


BLACK_CACHE = Path(tempfile.mkdtemp(prefix="kie-injection-black-"))
atexit.register(shutil.rmtree, BLACK_CACHE, True)


def words(value: str) -> str:
    """Docstrings keep a value's words; white space is laid out for reading."""
    return " ".join(value.split())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=text.filter(lambda t: t.strip() != ""),
    description=text,
    example=text,
    value=text,
    label=text,
    model_description=text,
)
def test_arbitrary_text_cannot_change_generated_code(
    title: str, description: str, example: str, value: str, label: str, model_description: str
) -> None:
    assume(value != "plain")
    spec = {
        "model": "acme/any-text",
        "title": title,
        "description": model_description,
        "kind": "text-to-video",
        "output": "video",
        "input": {
            "prompt": {
                "type": "string",
                "required": True,
                "description": description,
                "example": example,
            },
            "style": {
                "type": "enum",
                "values": {value: label, "plain": label},
                "description": label,
            },
        },
        "examples": [{"name": "docs", "input": {"prompt": example, "style": value}}],
    }
    document = yaml_text(spec)
    assume(loaded(document) == spec)  # only what YAML itself can carry
    with tempfile.TemporaryDirectory() as tmp:
        specs = write_tree(Path(tmp), {"acme/any-text.yaml": document})
        out = Path(tmp) / "generated"
        generate(specs, out, cache_dir=BLACK_CACHE)  # shared: unchanged files are not re-formatted
        module = import_file(out / "python/kie_client/models/acme_any_text.py")
        group = import_file(out / "python/kie_client/groups/acme.py")
        registry = import_file(out / "python/kie_client/registry.py")

    assert registry.MODELS["acme/any-text"].title == title  # through its JSON row, unchanged

    prompt, style = module.SPEC.fields
    assert module.SPEC.title == title
    assert module.SPEC.description == model_description
    assert (prompt.description, prompt.example) == (description, example)
    assert [(o.value, o.label) for o in style.options] == [(value, label), ("plain", label)]
    hints = typing.get_type_hints(module.AcmeAnyTextInput, globalns=vars(module))
    assert typing.get_args(typing.get_args(hints["style"])[0]) == (value, "plain")
    assert words(title) in words(inspect.getdoc(module.AcmeAnyTextInput) or "")
    assert words(title) in words(module.__doc__)
    # Nothing but the module's own names came to exist when it ran.
    assert sorted(n for n in vars(module) if not n.startswith("__")) == sorted(
        [
            "AcmeAnyTextInput",
            "ClassVar",
            "FieldSpec",
            "Final",
            "Literal",
            "ModelSpec",
            "Option",
            "RuleSpec",
            "SPEC",
            "Sequence",
            "annotations",
            "dataclass",
            "os",
        ]
    )
    # The client method carries the same text in its signature and docstring, and nothing more.
    assert sorted(n for n in vars(group) if not n.startswith("__")) == [
        "AcmeModels",
        "AsyncAcmeModels",
        "Literal",
        "Sequence",
        "TYPE_CHECKING",
        "annotations",
        "os",
    ]
    for method in (group.AcmeModels.any_text, group.AsyncAcmeModels.any_text):
        assert words(title) in words(inspect.getdoc(method) or "")
        style_annotation = inspect.signature(method).parameters["style"].annotation
        assert eval(style_annotation, vars(typing)) == typing.Literal[value, "plain"] | None
