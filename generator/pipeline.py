"""The pipeline end to end: load -> validate -> model -> render -> format -> write (or compare)."""

from __future__ import annotations

from pathlib import Path

from . import semantics
from .build import build_api, build_model
from .fixtures import model_fixtures
from .format import format_python
from .load import Document, load_file, spec_files
from .metacheck import meta_problems
from .problems import Problem, SpecError
from .render import render
from .spec import ModelSpec, Project
from .write import Changes, Drift, compare_tree, with_manifest, write_tree


def check_model(doc: Document) -> tuple[ModelSpec | None, list[Problem]]:
    """A model spec's document, checked as `make generate` checks it: the model and its problems."""

    problems = meta_problems(doc, "model")
    if problems:
        return None, problems  # the shape is wrong: later checks would only echo it
    model = build_model(doc)
    for check in (semantics.path_problems, semantics.field_problems, semantics.rule_problems):
        problems += check(doc, model)
    if not problems:
        problems += semantics.example_problems(doc, model)
    if not problems:
        problems += semantics.fixture_problems(doc, model, model_fixtures(model))
    return model, problems


def load_project(specs_root: Path, display_root: Path | None = None) -> Project:
    """Every spec under `specs_root`, checked; raises SpecError listing all problems of all files."""
    display_root = display_root or specs_root.parent
    problems: list[Problem] = []
    api_path = specs_root / "api.yaml"
    api = None
    if not api_path.is_file():
        problems.append(
            Problem(str(api_path), 1, 1, "", "no API spec found", "write specs/api.yaml")
        )
    else:
        doc, found = load_file(api_path, specs_root, display_root)
        problems += found
        if doc:
            found = meta_problems(doc, "api")
            problems += found
            api = None if found else build_api(doc)
    models: list[tuple[Document, ModelSpec]] = []
    for path in spec_files(specs_root):
        doc, found = load_file(path, specs_root, display_root)
        problems += found
        if doc and not found:
            model, found = check_model(doc)
            problems += found
            if model:
                models.append((doc, model))
    problems += semantics.name_problems(models)
    if problems or api is None:
        raise SpecError(problems)
    return Project(api, tuple(sorted((m for _, m in models), key=lambda m: m.id)))


def produce(project: Project, cache_dir: Path | None) -> dict[str, bytes]:
    """Every output file's bytes, in memory, black applied, manifest included."""
    files = render(project)
    python = {
        path: text for path, text in files.items() if path.endswith(".py") and isinstance(text, str)
    }
    files.update(format_python(python, cache_dir))
    return with_manifest(files)


def generate(specs_root: Path, out: Path, cache_dir: Path | None) -> Changes:
    files = produce(
        load_project(specs_root), cache_dir
    )  # nothing is written unless every spec is valid
    return write_tree(out, files)


def check(specs_root: Path, out: Path, cache_dir: Path | None) -> Drift:
    return compare_tree(out, produce(load_project(specs_root), cache_dir))
