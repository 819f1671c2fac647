"""What a person reads about a model says one thing everywhere, in plain words: `kie run MODEL
--help`, the docstrings and the reference pages; and the mistakes a new user makes on the command
line are answered in one line."""

from __future__ import annotations

import argparse
import ast
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import model_flags

from conftest import GENERATED, write_tree
from generator.format import format_files
from generator.outputs.python_client import render_model
from generator.pipeline import load_project
from generator.render import markdown_cell
from kie_client import MODELS, spec_of
from kie_client._describe import describe_field
from kie_client._spec import FieldSpec, ModelSpec
from kie_client.cli import _parser as kie_parser
from kie_client.cli import main
from kie_client.cli._flags import flag
from kie_client.cli._parser import PASSED_ON

ALL = sorted(MODELS)
WITH_RULES = [model for model in ALL if spec_of(model).rules]


def kie(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`kie` run in-process: (exit code, stdout, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def words(text: str) -> str:
    return " ".join(text.split())


def help_of(capsys: pytest.CaptureFixture[str], model: str) -> str:
    code, out, err = kie(capsys, "run", model, "--help")
    assert code == 0, err
    return out


def a_field(test: Callable[[FieldSpec], bool]) -> tuple[str, FieldSpec]:
    """The first model with a field that passes `test`, and that field."""
    return next((model, f) for model in ALL for f in spec_of(model).fields if test(f))


# -- kie run MODEL --help -----------------------------------------------------------------------


@pytest.mark.parametrize("model", ALL)
def test_the_usage_shows_required_inputs_unbracketed(
    capsys: pytest.CaptureFixture[str], model: str
) -> None:
    usage = words(help_of(capsys, model).split("\n\n")[0])
    for field in spec_of(model).fields:
        if field.required:
            assert flag(field) in usage and f"[{flag(field)}" not in usage, usage
        else:
            assert flag(field) not in usage.split(), usage  # left to [INPUT ...]


@pytest.mark.parametrize("model", ALL)
def test_help_has_one_section_per_kind_of_option(
    capsys: pytest.CaptureFixture[str], model: str
) -> None:
    text = help_of(capsys, model)
    sections = [line[:-1] for line in text.splitlines() if line.endswith(":") and line[0] != " "]
    rules = ["rules"] if spec_of(model).rules else []
    assert sections == [f"inputs of {model}", *rules, "task options", "connection options"]


@pytest.mark.parametrize("model", WITH_RULES)
def test_every_rule_is_listed_in_help_docstring_and_page(
    capsys: pytest.CaptureFixture[str], model: str
) -> None:
    spec = spec_of(model)
    shown = words(help_of(capsys, model))
    page = words(page_of(spec).partition("## Rules")[2])
    docstring = words(class_docstring(spec))
    for rule in spec.rules:
        assert f"- {words(rule.message)}" in shown
        assert f"- {words(markdown_cell(rule.message))}" in page
        assert f"Rule: {words(rule.message)}" in docstring


def test_an_option_shows_its_label_only_where_it_says_more(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def labelled(field: FieldSpec) -> bool:
        return any(o.label.casefold() != str(o.value).casefold() for o in field.options)

    plain_model, plain = a_field(lambda f: bool(f.options) and not labelled(f))
    shown = help_of(capsys, plain_model)
    assert f"Options: {', '.join(str(o.value) for o in plain.options)}" in shown
    assert f"- {plain.options[0].value}: {plain.options[0].label}" not in shown

    labelled_model, field = a_field(labelled)
    option = next(o for o in field.options if o.label.casefold() != str(o.value).casefold())
    assert f"- {option.value}: {option.label}" in help_of(capsys, labelled_model)


@pytest.mark.parametrize("model", ALL)
def test_examples_are_one_short_line(capsys: pytest.CaptureFixture[str], model: str) -> None:
    shown = help_of(capsys, model)
    lines = [line.strip() for line in shown.splitlines() if line.strip().startswith("Example: ")]
    assert all(len(line) <= 80 for line in lines), lines
    for field in spec_of(model).fields:
        if field.example is not None and len(repr(field.example)) > 80:  # cut, not left out
            assert f"Example: {repr(field.example)[:40]}" in shown


@pytest.mark.parametrize(
    ("field", "line"),
    [
        (FieldSpec("p", "p", "string", required=True, max_length=1000), "Up to 1000 characters."),
        (FieldSpec("p", "p", "string", min_length=1), "At least 1 character."),
        (FieldSpec("p", "p", "string", min_length=1, max_length=1000), "1 to 1000 characters."),
        (FieldSpec("n", "n", "array", min_items=1, max_items=1), "Exactly 1 item."),
        (FieldSpec("n", "n", "array", max_items=4), "Up to 4 items."),
        (FieldSpec("n", "n", "integer", minimum=1, maximum=10), "From 1 to 10."),
        (FieldSpec("n", "n", "number", minimum=0), "At least 0."),
        (FieldSpec("n", "n", "number", maximum=1, step=0.5), "At most 1, in steps of 0.5."),
    ],
)
def test_limits_read_as_a_person_says_them(field: FieldSpec, line: str) -> None:
    assert line in describe_field(field)


def test_a_required_prompt_reads_up_to_its_length(capsys: pytest.CaptureFixture[str]) -> None:
    def bounded(f: FieldSpec) -> bool:
        return f.required and f.type == "string" and not f.min_length and f.max_length is not None

    model, field = a_field(bounded)
    assert f"Up to {field.max_length} characters." in help_of(capsys, model)


def test_null_is_sent_for_a_field_that_may_be_null(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def nullable(f: FieldSpec) -> bool:
        return f.nullable and f.type == "integer"

    model, field = a_field(nullable)
    flags = [*model_flags(model, tmp_path), flag(field), "null", "--dry-run"]
    code, out, err = kie(capsys, "run", model, *flags)
    assert code == 0, err
    assert json.loads(out)["input"][field.name] is None


def test_a_file_flag_given_dash_reads_stdin(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def long_text(f: FieldSpec) -> bool:
        return f.type == "string" and f.multiline

    model, field = a_field(long_text)
    flags = model_flags(model, tmp_path)
    if flag(field) in flags:  # given from stdin instead
        at = flags.index(flag(field))
        del flags[at : at + 2]
    monkeypatch.setattr("sys.stdin", io.StringIO("from stdin\n"))
    code, out, err = kie(capsys, "run", model, *flags, f"{flag(field)}-file", "-", "--dry-run")
    assert code == 0, err
    assert json.loads(out)["input"][field.name] == "from stdin"


# -- one text for help, docstrings and pages ----------------------------------------------------


def module_of(spec: ModelSpec) -> Path:
    return GENERATED / "kie_client" / "models" / f"{MODELS[spec.id].module}.py"


def page_of(spec: ModelSpec) -> str:
    return (GENERATED / "docs" / "models" / f"{MODELS[spec.id].module}.md").read_text("utf-8")


def input_class(source: str) -> ast.ClassDef:
    """The input dataclass of a generated model module (its only class)."""
    [node] = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]
    return node


def class_docstring(spec: ModelSpec) -> str:
    return ast.get_docstring(input_class(module_of(spec).read_text("utf-8"))) or ""


def field_docstrings(node: ast.ClassDef) -> dict[str, str]:
    """The docstring under each attribute of an input class, by attribute name."""
    found = {}
    for statement, after in zip(node.body, node.body[1:], strict=False):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
        ):
            found[statement.target.id] = str(after.value.value)
    return found


@pytest.mark.parametrize("model", ALL)
def test_docs_docstrings_and_help_say_the_same(
    capsys: pytest.CaptureFixture[str], model: str
) -> None:
    spec = spec_of(model)
    shown, page = words(help_of(capsys, model)), words(page_of(spec))
    docstrings = field_docstrings(input_class(module_of(spec).read_text("utf-8")))
    inputs = page.partition("## Inputs")[2].partition(" ## ")[0]
    assert "x-kie" not in inputs and "{'type'" not in inputs  # no JSON Schema for a person
    for field in spec.fields:
        lines = describe_field(field)
        assert words(docstrings[field.py_name]) == words("\n".join(lines))
        assert words("\n".join(lines)) in shown
        for line in lines:
            assert words(markdown_cell(line)) in page, line


# -- docstrings read as written -----------------------------------------------------------------

QUOTED = '''\
model: acme/quoted
title: Acme "Quoted"
description: It ends on a "quote"
kind: text-to-video
output: video
input:
  prompt:
    type: string
    required: true
    description: 'Say "hi" to the "cat", then stop: """ ends nothing; it ends on a "quote"'
'''


def test_quotes_in_a_description_read_as_written_in_the_docstring(tmp_path: Path) -> None:
    [model] = load_project(write_tree(tmp_path, {"acme/quoted.yaml": QUOTED})).models
    path = f"kie_client/models/{model.module}.py"
    source = format_files({path: render_model(model)[path]}, None)[path]
    assert 'Say "hi" to the "cat", then stop:' in source and "\\x22" not in source
    node = input_class(source)  # it parses: no quote closed a docstring early
    assert model.description in (ast.get_docstring(node) or "")
    assert model.fields[0].description in field_docstrings(node)["prompt"]


# -- a mistyped option ---------------------------------------------------------------------------


def typo(option: str) -> str:
    """The option with its last letter but one left out, as a hurried hand types it."""
    return option[:-2] + option[-1]


def subcommands() -> dict[str, argparse.ArgumentParser]:
    """Every `kie` subcommand's parser, by name, but those whose options are another program's."""
    top = kie_parser()
    [commands] = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    return {name: sub for name, sub in commands.choices.items() if not sub.get_default(PASSED_ON)}


def needed(parser: argparse.ArgumentParser, folder: Path) -> list[str]:
    """Values for the parser's required arguments, so that parsing gets as far as the options."""
    args = []
    for action in parser._actions:
        if action.option_strings and action.required:
            args += [action.option_strings[0], str(folder)]
        elif not action.option_strings and action.nargs != argparse.REMAINDER:
            args.append(str(next(iter(action.choices))) if action.choices else "x")
    return args


def longest_option(parser: argparse.ArgumentParser) -> str:
    return max(parser._option_string_actions, key=len)


def test_a_mistyped_option_of_kie_itself_is_answered_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = kie(capsys, typo("--version"), "models")
    assert (code, out) == (2, "")
    assert err == f"kie: unknown option {typo('--version')}; did you mean --version?\n"


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_a_mistyped_option_of_a_subcommand_is_answered_in_one_line(
    capsys: pytest.CaptureFixture[str], name: str, tmp_path: Path
) -> None:
    sub = subcommands()[name]
    option = longest_option(sub)
    code, out, err = kie(capsys, name, typo(option), *needed(sub, tmp_path))
    assert (code, out) == (2, "")
    assert err == f"kie {name}: unknown option {typo(option)}; did you mean {option}?\n"


@pytest.mark.parametrize("model", ALL)
def test_a_mistyped_input_of_a_model_is_answered_in_one_line(
    capsys: pytest.CaptureFixture[str], model: str
) -> None:
    option = max((flag(f) for f in spec_of(model).fields), key=len)
    code, out, err = kie(capsys, "run", model, typo(option), "x")
    assert (code, out) == (2, "")
    assert err == f"kie run {model}: unknown option {typo(option)}; did you mean {option}?\n"
