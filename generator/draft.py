"""Turning imported pages' drafts into spec files: each checked exactly as `make generate` checks
specs, with a docs example the draft refuses recorded as such, and written only if valid. Of
several pages of one model, only the newest form is imported."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from . import semantics
from .build import build_model
from .jsonschema_out import model_schema
from .load import load_text
from .metacheck import meta_problems
from .pages import FORMS, Draft, PageError, read_page
from .paths import display_path
from .pipeline import text_problems
from .problems import Problem
from .runtime import schema_check

# The first line of a draft spec; deleting it says the spec has been reviewed.
DRAFT_MARK = "# Imported from a doc page: review the TODO notes, then delete this line."


def spec_text(draft: Draft) -> str:
    """The draft as YAML, in the committed specs' layout."""
    depth = draft.model_id.count("/") + 2  # specs/models/<id>.yaml -> up to the project root
    header = (
        f"# yaml-language-server: $schema={'../' * depth}generator/metaschema/model.schema.json\n"
    )
    header += DRAFT_MARK + "\n"
    yaml = YAML()
    yaml.width = 4096  # keep each description on one line, as the page has it
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(draft.spec, out)
    return header + out.getvalue()


def _record_broken_example(draft: Draft, rel: str) -> None:
    """The docs' own example may break the page's limits (it happens): say so instead of failing."""
    doc, problems = load_text(spec_text(draft), rel, rel)
    if doc is None or problems or meta_problems(doc, "model"):
        return  # the full check below reports it
    model = build_model(doc)
    if semantics.field_problems(doc, model):
        return  # a field's schema cannot be built, or not in reasonable time: reported below
    for example, data in zip(model.examples, draft.spec.get("examples", []), strict=True):
        violations = schema_check().check(model_schema(model), example.input)
        if violations:
            first = violations[0]
            data["rejected_for"] = {"field": first.field, "rule": first.rule}
            draft.spec.setdefault("notes", []).append(
                {
                    "field": first.field,
                    "doc": f"The request example breaks {first.field}: {first.message}",
                    "todo": "Decide whether the example or the parameter list is right.",
                }
            )


def _drop_broken_field_examples(draft: Draft, problems: list[Problem]) -> bool:
    """A field's example that breaks the field's own limits is only an illustration: drop it with
    a note instead of refusing the page. True if every problem was such an example."""
    examples = [p for p in problems if p.path.startswith("input.") and p.path.endswith(".example")]
    for problem in {p.path: p for p in examples}.values():  # one note per example
        *keys, _ = problem.path.split(".")
        holder: Any = draft.spec
        for key in keys:
            holder = holder[key]
        holder.pop("example", None)
        draft.note(
            f"The page's example of {problem.path.removesuffix('.example')} breaks its limits: "
            f"{problem.message}",
            "Decide whether the example or the limit is right.",
            keys[1],
        )
    return bool(examples) and len(examples) == len(problems)


def checked_spec(draft: Draft, page: Path) -> str:
    """The draft's YAML, valid by every check the generator makes; PageError if it is not."""
    rel = f"models/{draft.model_id}.yaml"
    _record_broken_example(draft, rel)
    text = spec_text(draft)
    problems = text_problems(text, rel, rel)
    if _drop_broken_field_examples(draft, problems):
        text = spec_text(draft)
        problems = text_problems(text, rel, rel)
    if problems:
        located = [
            Problem(str(page), 1, 1, "", f"the draft spec would be invalid: {p}") for p in problems
        ]
        raise PageError(located)
    return text


def write_draft(text: str, draft: Draft, specs_root: Path, force: bool) -> Path:
    """Write the spec at the path its id dictates; never over an existing file unless forced."""
    models = (specs_root / "models").resolve()
    target = (models / f"{draft.model_id}.yaml").resolve()
    if models not in target.parents:  # the id was checked, but the file system is the last word
        raise PageError([Problem(draft.model_id, 1, 1, "", "the model id leaves specs/models/")])
    if target.exists() and not force:
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    return target


def notes_to_review(draft: Draft) -> list[str]:
    """Every point the importer could not decide, for the person who reviews the draft."""
    todo: list[Any] = [n for n in draft.spec.get("notes", []) if "todo" in n]
    points = list(draft.undecided)
    for note in todo:
        where = f"line {note['line']}: " if "line" in note else ""
        about = f"{note['field']}: " if "field" in note else ""
        points.append(f"{where}{about}{note['doc']!r}: {note['todo']}")
    return points


@dataclass
class Outcome:
    """What became of one page, as its summary line says it."""

    page: Path
    status: str  # one of STATUSES
    summary: str
    points: list[str] = field(default_factory=list)  # for the person who reviews the spec


STATUSES = ("imported", "skipped", "refused", "kept")  # skipped: a newer page of its model is
FAILED = ("refused", "kept")


def _shown(path: Path) -> str:
    return display_path(path, Path.cwd())


def _refused(page: Path, error: PageError) -> Outcome:
    first, *more = error.problems
    also = f" (and {len(more)} more problem(s))" if more else ""
    return Outcome(page, "refused", f"refused {first}{also}", [str(p) for p in more])


def _import_one(page: Path, draft: Draft, specs_root: Path, force: bool) -> Outcome:
    """Check and write one draft; PageError if the draft is not a valid spec."""
    text = checked_spec(draft, page)
    source = f"from {page.name} ({draft.form})"
    try:
        path = write_draft(text, draft, specs_root, force)
    except FileExistsError as exists:
        summary = f"kept {_shown(exists.args[0])} {source}: it exists; pass --force (make: FORCE=1)"
        return Outcome(page, "kept", summary + " to overwrite it")
    spec = draft.spec
    todo = sum("todo" in note for note in spec.get("notes", []))
    counts = f"{len(spec['input'])} fields, {len(spec.get('rules', []))} rules, {todo} TODO"
    summary = f"imported {_shown(path)} {source}: {counts}"
    return Outcome(page, "imported", summary, notes_to_review(draft))


def _import_model(drafts: list[tuple[Path, Draft]], specs_root: Path, force: bool) -> list[Outcome]:
    """The pages of one model: the newest form that makes a valid spec is imported, the rest
    skipped (FORMS lists the newest first; pages of one form, in the order given)."""
    outcomes: list[Outcome] = []
    chosen: tuple[Path, Draft] | None = None
    for page, draft in sorted(drafts, key=lambda pair: FORMS.index(pair[1].form)):
        if chosen is not None:
            why = "the newer form" if chosen[1].form != draft.form else "given first"
            source = f"{chosen[0].name} ({chosen[1].form}), {why}"
            summary = f"skipped {page.name} ({draft.form}): {draft.model_id} comes from {source}"
            outcomes.append(Outcome(page, "skipped", summary))
            continue
        try:
            outcomes.append(_import_one(page, draft, specs_root, force))
            chosen = page, draft
        except PageError as error:
            outcomes.append(_refused(page, error))
    return outcomes


def import_pages(pages: list[Path], specs_root: Path, force: bool) -> list[Outcome]:
    """Import each page (a refused page writes nothing, the others are still written); the
    outcomes come in the order the pages were given."""
    pages = list({page.resolve(): page for page in pages}.values())
    outcomes: dict[Path, Outcome] = {}
    models: dict[str, list[tuple[Path, Draft]]] = {}
    for page in pages:
        try:
            draft = read_page(page)
        except PageError as error:
            outcomes[page] = _refused(page, error)
            continue
        models.setdefault(draft.model_id, []).append((page, draft))
    for drafts in models.values():
        outcomes.update((o.page, o) for o in _import_model(drafts, specs_root, force))
    return [outcomes[page] for page in pages]
