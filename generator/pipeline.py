"""The pipeline end to end: load -> validate -> model -> render -> format -> write (or compare)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache, partial
from pathlib import Path

from . import semantics, stamp
from .build import build_api, build_model
from .fixtures import model_fixtures
from .format import Chunked, format_files
from .incremental import Entry, Store
from .load import Document, load_file, load_text
from .metacheck import meta_problems
from .outputs import render_model, render_shared
from .paths import spec_files
from .problems import Problem, SpecError
from .spec import ModelSpec, Project
from .workers import each
from .write import MANIFEST, Changes, Drift, compare_tree, with_manifest, write_tree


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


def text_problems(text: str, shown: str, rel: str) -> list[Problem]:
    """A model spec's text (shown as `shown`, at `rel` below specs/), checked as `make generate`
    checks it: its problems, or [] when it is valid."""
    doc, problems = load_text(text, shown, rel)
    if doc is not None and not problems:
        problems = check_model(doc)[1]
    return problems


def _checked(
    specs_root: Path, display_root: Path, path: Path
) -> tuple[ModelSpec | None, list[Problem]]:
    """A spec file read and checked (in a worker process, when there are many)."""
    doc, problems = load_file(path, specs_root, display_root)
    if doc is None or problems:
        return None, problems
    return check_model(doc)


def load_project(
    specs_root: Path, display_root: Path | None = None, store: Store | None = None
) -> Project:
    """Every spec under `specs_root`, checked; raises SpecError listing all problems of all files.
    Specs the store has seen unchanged are taken from it, neither parsed nor checked again."""
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
    models: list[semantics.Source] = []
    keys = {}
    for path in spec_files(specs_root):
        rel = path.relative_to(specs_root).as_posix()
        keys[path] = store.key(rel, path.read_bytes()) if store else ""
    stored = {path: store.get(key) if store else None for path, key in keys.items()}
    fresh = [path for path, entry in stored.items() if not (entry and entry.model)]
    checked = dict(
        zip(fresh, each(partial(_checked, specs_root, display_root), fresh), strict=True)
    )
    for path, key in keys.items():
        # a document is read again only to locate a cross-spec problem
        document = cache(lambda p=path: load_file(p, specs_root, display_root)[0])
        entry = stored[path]
        if entry and entry.model:
            models.append((entry.model, document))
            continue
        model, found = checked[path]
        problems += found
        if model:
            model = replace(model, digest=key)
            if not found and store:
                store.put(key, Entry(model))
            models.append((model, document))
    problems += semantics.name_problems(models)
    if problems or api is None:
        raise SpecError(problems)
    return Project(api, tuple(sorted((m for m, _ in models), key=lambda m: m.id)))


def _formatted(
    files: Mapping[str, str | bytes | Chunked], cache_dir: Path | None
) -> dict[str, str | bytes]:
    """Files with their Python formatted (what is laid out in black's form already is kept)."""
    python = {
        p: text for p, text in files.items() if p.endswith(".py") and not isinstance(text, bytes)
    }
    others: dict[str, str | bytes] = {
        p: text for p, text in files.items() if not isinstance(text, Chunked) and p not in python
    }  # every Chunked file is Python
    return others | format_files(python, cache_dir)


def _files_of(cache_dir: Path | None, part: ModelSpec | Project) -> dict[str, str | bytes]:
    """The files of one model, or those the whole project shares, rendered and formatted (in a
    worker process, when there are many models)."""
    return _formatted(
        render_shared(part) if isinstance(part, Project) else render_model(part), cache_dir
    )


def produce(
    project: Project, cache_dir: Path | None, store: Store | None = None
) -> dict[str, bytes]:
    """Every output file's bytes, in memory, black applied, manifest included. A model whose
    files the store holds is neither rendered nor formatted again, nor are the shared files
    when the set of models is one the store has seen."""
    digests = [model.digest for model in project.models]
    shared_key = store.key("", "\0".join(digests).encode()) if store and all(digests) else ""
    shared = store.get(shared_key) if store and shared_key else None
    done: dict[str, str | bytes] = dict(shared.outputs or {}) if shared else {}
    todo: list[ModelSpec | Project] = [] if shared else [project]
    for model in project.models:
        entry = store.get(model.digest) if store and model.digest else None
        if entry and entry.outputs is not None:
            done.update(entry.outputs)
        else:
            todo.append(model)
    for part, files in zip(todo, each(partial(_files_of, cache_dir), todo), strict=True):
        done.update(files)
        if not store:
            continue
        if isinstance(part, Project) and shared_key:  # the shared files, for this set of models
            store.put(shared_key, Entry(None, files))
        elif isinstance(part, ModelSpec) and part.digest:
            store.put(part.digest, Entry(part, files))
    return with_manifest(done)


def _store(specs_root: Path, cache_dir: Path | None) -> Store | None:
    return Store(cache_dir / "specs", specs_root) if cache_dir else None


def generate(specs_root: Path, out: Path, cache_dir: Path | None) -> Changes:
    if cache_dir:  # no stamp stands while this run may fail
        stamp.forget(cache_dir)
    store = _store(specs_root, cache_dir)
    # this run's inputs as they are before it reads them, under the fingerprint its store uses
    read = stamp.inputs(specs_root, out, store.fingerprint) if store else ""
    # nothing is written unless every spec is valid
    files = produce(load_project(specs_root, store=store), cache_dir, store)
    changes = write_tree(out, files)
    if cache_dir:
        stamp.record(cache_dir, read, files[MANIFEST])
    return changes


def check(specs_root: Path, out: Path, cache_dir: Path | None) -> Drift:
    store = _store(specs_root, cache_dir)
    return compare_tree(out, produce(load_project(specs_root, store=store), cache_dir, store))
