"""Doc drift: what a model's doc page now says that its committed spec does not, in meaning only
(fields, types, limits, option sets, required flags, defaults), and rewriting a spec to its page
while keeping what a person decided.

A committed spec may be stricter than its page on purpose (limits decided from prose, a null the
callback shows), so only what the page states counts: a key the page does not state is never drift.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..load import load_file
from ..paths import display_path
from ..pipeline import text_problems
from ..problems import Problem, quote
from . import FORMS, Draft, PageError, pages_in, read_page
from .common import FIELD_KEYS, page_error

# Keys a page may state about a field, beyond its type and required flag. Descriptions, examples,
# option labels and `multiline` are wording or presentation, never drift.
STATED_KEYS = (
    "nullable",
    "default",
    "min_length",
    "max_length",
    "pattern",
    "min",
    "max",
    "step",
    "values",
    "min_items",
    "max_items",
    "accept",
    "max_size",
    "media",
    "items",
    "fields",
)
# Compared as sets, named as the report names them: labels are wording, and order means nothing.
AS_SETS = {"values": "options", "accept": "accept"}

Page = tuple[Path, Draft]


@dataclass(frozen=True)
class Difference:
    path: str  # where in the spec, e.g. input.image_urls.items
    change: str  # the spec's value -> the page's, e.g. "max_length 1000 -> 2500"

    @property
    def field(self) -> str:
        """The input field it is about, as notes and rules name it."""
        return self.path.split(".")[1]


def _canon(value: Any) -> str:
    """One text per meaning: "5" and 5 differ, as do true and 1."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _same(key: str, old: Any, new: Any) -> bool:
    if key in AS_SETS:
        return {_canon(v) for v in old or ()} == {_canon(v) for v in new}
    if key == "description" and isinstance(old, str) and isinstance(new, str):
        return old.split() == new.split()  # a folded block is the same text
    return _canon(old) == _canon(new)


def _type_name(field: dict[str, Any]) -> str:
    if field.get("type") == "array":
        return f"array of {_type_name(field.get('items', {}))}"
    return str(field.get("type"))


def _summary(field: dict[str, Any]) -> str:
    return f"({_type_name(field)}, {'required' if field.get('required') else 'optional'})"


# -- what differs ------------------------------------------------------------------------------


def differences(spec: dict[str, Any], page: dict[str, Any]) -> list[Difference]:
    """What the page (a draft's spec) states that the committed spec does not, field by field."""
    return _fields_differences(spec["input"], page["input"], "input")


def _fields_differences(spec: dict[str, Any], page: dict[str, Any], path: str) -> list[Difference]:
    found: list[Difference] = []
    for name, field in page.items():
        where = f"{path}.{name}"
        if name in spec:
            found += _field_differences(spec[name], field, where)
        else:
            found.append(Difference(where, f"added {_summary(field)}"))
    found += [
        Difference(f"{path}.{name}", f"removed {_summary(field)}")
        for name, field in spec.items()
        if name not in page
    ]
    return found


def _field_differences(spec: dict[str, Any], page: dict[str, Any], path: str) -> list[Difference]:
    if spec.get("type") != page.get("type"):
        return [Difference(path, f"type {spec.get('type')} -> {page.get('type')}")]
    found: list[Difference] = []
    if bool(spec.get("required")) != bool(page.get("required")):  # pages always say which
        found.append(Difference(path, "now required" if page.get("required") else "now optional"))
    for key in (k for k in STATED_KEYS if k in page):
        if key == "items":
            found += _field_differences(spec.get("items", {}), page["items"], f"{path}.items")
        elif key == "fields":
            found += _fields_differences(spec.get("fields", {}), page["fields"], f"{path}.fields")
        elif key in AS_SETS:
            found += [Difference(path, c) for c in _set_changes(key, spec.get(key), page[key])]
        elif key not in spec or not _same(key, spec[key], page[key]):
            old = _shown(spec[key]) if key in spec else "unset"
            found.append(Difference(path, f"{key} {old} -> {_shown(page[key])}"))
    return found


def _set_changes(key: str, old: Iterable[Any] | None, new: Iterable[Any]) -> list[str]:
    old_values, new_values = list(old or ()), list(new)
    had, has = {_canon(v) for v in old_values}, {_canon(v) for v in new_values}
    added = [_shown(v) for v in new_values if _canon(v) not in had]
    removed = [_shown(v) for v in old_values if _canon(v) not in has]
    return [
        f"{AS_SETS[key]} {verb} {', '.join(values)}"
        for verb, values in (("added", added), ("removed", removed))
        if values
    ]


# -- rewriting a spec to its page --------------------------------------------------------------


def _yaml() -> YAML:
    """Round-trip YAML in the committed specs' layout: a kept part is written back as it was."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _styled_like(old: Any, new: Any) -> Any:
    """A list written as the one it replaces was, e.g. `accept: [image/png, image/jpeg]`."""
    if not isinstance(old, CommentedSeq) or not isinstance(new, list) or not old.fa.flow_style():
        return new
    styled = CommentedSeq(new)
    styled.fa.set_flow_style()
    return styled


def _set_in_order(mapping: CommentedMap, key: str, value: Any) -> None:
    """Set a field's key, a new one where the committed specs' key order puts it."""
    value = _styled_like(mapping.get(key), value)
    if key in mapping or key not in FIELD_KEYS:
        mapping[key] = value
        return
    rank = FIELD_KEYS.index(key)
    position = sum(1 for k in mapping if k in FIELD_KEYS and FIELD_KEYS.index(k) < rank)
    mapping.insert(position, key, value)


def _merge_mapping(
    tree: CommentedMap, page: dict[Any, Any], merge_value: Callable[[Any, Any, Any], Any]
) -> None:
    """`tree` gets exactly the page's keys: new ones placed in the page's order, kept ones merged
    in place so their comments and layout stay."""
    wanted = {_canon(key) for key in page}
    for key in [k for k in tree if _canon(k) not in wanted]:
        del tree[key]
    held = {_canon(key): key for key in tree}
    for index, (key, value) in enumerate(page.items()):
        if _canon(key) not in held:
            tree.insert(index, key, value)
            continue
        old_key = held[_canon(key)]
        merged = merge_value(key, tree[old_key], value)
        if merged is not tree[old_key]:
            tree[old_key] = merged


def _merge_fields(tree: CommentedMap, page: dict[str, Any], path: str, lost: list[str]) -> None:
    _merge_mapping(
        tree, page, lambda name, old, new: _merge_field(old, new, f"{path}.{name}", lost)
    )


def _merge_field(old: CommentedMap, new: dict[str, Any], path: str, lost: list[str]) -> Any:
    """The field with the page's stated keys and the spec's own ones; the page's field when the
    type changed (the spec's own keys may not fit the new type, so they are reported)."""
    if old.get("type") != new.get("type"):
        own = [key for key in old if key not in new and key not in ("description", "example")]
        if own:
            lost.append(f"{path}: its type changed, so the spec's own {', '.join(own)} went")
        return new
    for key, value in new.items():
        if key == "items":
            _set_in_order(old, key, _merge_field(old[key], value, f"{path}.items", lost))
        elif key == "fields":
            _merge_fields(old.setdefault(key, CommentedMap()), value, f"{path}.fields", lost)
        elif key == "values":  # a kept option keeps the spec's label
            _merge_mapping(old.setdefault(key, CommentedMap()), value, lambda _v, label, _: label)
        elif not _same(key, old.get(key), value):
            _set_in_order(old, key, value)
    if old.get("required") and not new.get("required"):
        del old["required"]
    return old


def _rule_fields(rule: dict[str, Any]) -> list[str]:
    names = list(rule.get("exclusive", []))
    for field, others in rule.get("requires", {}).items():
        names += [field, *([others] if isinstance(others, str) else others)]
    return names + list(rule.get("forbid", {}))


def _rule_gap(rule: dict[str, Any], inputs: dict[str, Any]) -> str | None:
    """Why a rule no longer fits the fields, or None if it does."""
    shown = _shown({k: v for k, v in rule.items() if k != "message"})
    gone = sorted({name for name in _rule_fields(rule) if name not in inputs})
    if gone:
        return f"rule {shown}: names removed field(s) {', '.join(gone)}"
    for name, chosen in rule.get("forbid", {}).items():
        options = {_canon(value) for value in inputs[name].get("values", {})}
        for value in chosen if isinstance(chosen, list) else [chosen]:
            if options and _canon(value) not in options:
                return f"rule {shown}: the page no longer offers {name} {_shown(value)}"
    return None


def _note_gap(note: dict[str, Any], inputs: dict[str, Any]) -> str | None:
    if note.get("field") is None or note["field"] in inputs:
        return None
    return f"note on removed field {note['field']}: {note.get('decision') or note.get('todo')!r}"


def _drop(tree: CommentedMap, key: str, gap: Callable[[Any], str | None]) -> list[str]:
    """Remove the entries of a list that no longer fit; returns why each went."""
    entries = tree.get(key) or []
    lost: list[str] = []
    for index in reversed(range(len(entries))):
        reason = gap(entries[index])
        if reason:
            lost.insert(0, reason)
            del entries[index]
    if key in tree and not entries:
        del tree[key]
    return lost


def _kept_example(old: Any, new: dict[str, Any]) -> Any:
    """The spec's example, with its layout and `rejected_for`, while the page still gives it."""
    if old is None or ("rejected_for" in new and "rejected_for" not in old):
        return new
    same = all(_same(key, old.get(key), new.get(key)) for key in ("input", "callBackUrl"))
    return old if same else new


def _merge_examples(tree: CommentedMap, page_examples: list[dict[str, Any]]) -> None:
    old = {example["name"]: example for example in tree.get("examples", [])}
    merged = [_kept_example(old.pop(example["name"], None), example) for example in page_examples]
    merged += old.values()  # examples a person added
    examples = tree.setdefault("examples", [])
    if [id(e) for e in merged] != [id(e) for e in examples]:
        examples[:] = merged


def _overruled_decisions(tree: CommentedMap, changed: set[str]) -> list[str]:
    return [
        f"input.{note['field']}: decided {note['decision']!r}; the page changed the field: review it"
        for note in tree.get("notes", [])
        if "decision" in note and note.get("field") in changed
    ]


def rewrite(tree: CommentedMap, page: dict[str, Any], found: list[Difference]) -> list[str]:
    """Rewrite the spec `tree` to the page in place, keeping what a person decided that still
    applies; returns what could not be kept."""
    both = set(tree["input"]) & set(page["input"])
    lost = _overruled_decisions(tree, {d.field for d in found if d.field in both})
    _merge_fields(tree["input"], page["input"], "input", lost)
    lost += _drop(tree, "rules", lambda rule: _rule_gap(rule, tree["input"]))
    lost += _drop(tree, "notes", lambda note: _note_gap(note, tree["input"]))
    _merge_examples(tree, page.get("examples", []))
    if "source" in page:
        tree["source"] = page["source"]
    return lost


def _rewritten(
    spec_path: Path, specs_root: Path, page: Page, found: list[Difference]
) -> tuple[str, list[str], list[Problem]]:
    """The spec's new text, what it could not keep, and what makes it invalid (then nothing is written)."""
    from ..draft import checked_spec  # the page must be importable as it stands

    path, draft = page
    checked_spec(draft, path)  # also marks a docs example that breaks the page's own limits
    yaml = _yaml()
    tree = yaml.load(spec_path.read_text("utf-8"))
    lost = rewrite(tree, draft.spec, found)
    out = io.StringIO()
    yaml.dump(tree, out)
    text = out.getvalue()
    rel = spec_path.relative_to(specs_root).as_posix()
    return text, lost, text_problems(text, display_path(spec_path, specs_root.parent), rel)


# -- the command -------------------------------------------------------------------------------


def _read_pages(paths: list[Path]) -> tuple[list[Page], list[Problem]]:
    pages: list[Page] = []
    problems: list[Problem] = []
    for path in pages_in(paths):
        try:
            pages.append((path, read_page(path)))
        except PageError as error:
            problems += error.problems
    return pages, problems


def _newest_per_model(pages: list[Page]) -> list[Page]:
    """One page per model, of the newest form (FORMS lists the newest first), by model id."""
    newest: dict[str, Page] = {}
    for path, draft in pages:
        held = newest.get(draft.model_id)
        if held is None or FORMS.index(draft.form) < FORMS.index(held[1].form):
            newest[draft.model_id] = (path, draft)
    return [newest[model] for model in sorted(newest)]


def _refuse(problems: list[Problem], outcome: str) -> int:
    for problem in sorted(set(problems)):
        print(problem, file=sys.stderr)
    print(outcome, file=sys.stderr)
    return 2


Drifted = tuple[Page, Path, list[Difference]]


def _compare(pages: list[Page], specs_root: Path) -> tuple[list[Drifted], list[Problem]]:
    """Print each model's differences; returns the models that drifted."""
    drifted: list[Drifted] = []
    problems: list[Problem] = []
    for path, draft in _newest_per_model(pages):
        model = draft.model_id
        spec_path = specs_root / "models" / f"{model}.yaml"
        if (specs_root / "models").resolve() not in spec_path.resolve().parents:
            problems += page_error(
                path, 1, f"the model id {quote(model)} leaves specs/models/"
            ).problems
            continue
        if not spec_path.is_file():
            print(f"{model}: no committed spec")
            continue
        doc, spec_problems = load_file(spec_path, specs_root, specs_root.parent)
        if doc is None or spec_problems:
            problems += spec_problems
            continue
        found = differences(doc.data, draft.spec)
        for difference in found:
            print(f"{model}: {difference.path}: {difference.change}")
        if found:
            drifted.append(((path, draft), spec_path, found))
        else:
            print(f"{model}: no drift")
    return drifted, problems


def _update(drifted: list[Drifted], specs_root: Path) -> int:
    """Rewrite every drifted spec, or none if any would be invalid."""
    from ..draft import write_draft

    rewritten: list[tuple[Draft, str, list[str]]] = []
    problems: list[Problem] = []
    for page, spec_path, found in drifted:
        try:
            text, lost, invalid = _rewritten(spec_path, specs_root, page, found)
        except PageError as error:
            problems += error.problems
            continue
        problems += invalid
        rewritten.append((page[1], text, lost))
    if problems:
        return _refuse(problems, "no spec was rewritten")
    for draft, text, lost in rewritten:
        written = write_draft(text, draft, specs_root, force=True)
        print(f"rewrote {display_path(written, specs_root.parent)}")
        for line in lost:
            print(f"{draft.model_id}: not kept: {line}")
    return 0


def drift(paths: list[Path], specs_root: Path, update: bool = False) -> int:
    """Print how each page's model drifted from its committed spec. Exit status: 0 no drift (or
    every drifted spec rewritten), 1 drift, 2 a bad page or spec (nothing is written)."""
    pages, problems = _read_pages(paths)
    if problems:
        return _refuse(problems, "nothing was compared")
    drifted, problems = _compare(pages, specs_root)
    if problems:
        return _refuse(
            problems, "nothing was rewritten" if update else "not every page was compared"
        )
    if update and drifted:
        return _update(drifted, specs_root)
    return 1 if drifted else 0
