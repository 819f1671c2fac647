"""The docs site's Markdown page, whose `## OpenAPI Specification` block is an OpenAPI 3.0
document of the createTask request (apidog extensions included).

Every property of `input` becomes a field with its limits, options, default, example and
description; object variants (oneOf/anyOf) are merged into one set of fields. What the language
cannot say, and what the page only says in prose, becomes a TODO note quoted with its page line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..problems import quote
from .common import (
    Draft,
    Line,
    laid_out,
    media_of,
    new_draft,
    ordered,
    read_prose,
    settle_rules,
    too_fine,
)
from .openapi_doc import (
    DECISIONS,
    HEADING,
    Document,
    create_task,
    input_schema,
    load,
    plain,
    remove_artefacts,
    request_content,
    request_schema,
)

FORM = "openapi-md"

# What a page may ask, so that no page makes a spec (or its fixtures) huge.
MAX_ENUM_VALUES = 1_000
MAX_LENGTH_CAP = 1_000_000
MAX_ITEMS_CAP = 10_000

# Keys this reader turns into spec keys, notes, or knowingly ignores (apidog's bookkeeping).
_READ_KEYS = frozenset(
    {
        "type", "description", "title", "enum", "x-apidog-enum", "default", "examples",
        "example", "minimum", "maximum", "multipleOf", "minLength", "maxLength", "pattern",
        "format", "items", "minItems", "maxItems", "properties", "required", "deprecated",
        "nullable", "x-apidog-orders", "x--orders", "x-apidog-ignore-properties",
        "x--ignore-properties", "x-apidog-refs", "additionalProperties",
    }
)  # fmt: skip
_LOWER = ("min", "min_length", "min_items")
_UPPER = ("max", "max_length", "max_items")
# Limits a variant may lack: the merged field then lacks them too, being the loosest.
_LIMITS = (*_LOWER, *_UPPER, "step", "pattern", "required", "media")
_OUTPUT_OF_TAG = (
    (re.compile(r"\bimage models?\b", re.I), "image"),
    (re.compile(r"\bvideo models?\b", re.I), "video"),
    (re.compile(r"\b(music|audio|speech|tts|voice) models?\b", re.I), "audio"),
)
DEPRECATED_TODO = "The page marks it deprecated: keep it, or drop it from the spec."
VARIANT_TODO = "The variants differ here; the spec takes the loosest: decide."


def detect(lines: list[Line]) -> bool:
    return any(line.text == HEADING for line in lines)


def _blank(value: Any) -> bool:
    return value == "" or (isinstance(value, list) and bool(value) and all(map(_blank, value)))


def _is_url(schema: CommentedMap, names: tuple[str, ...]) -> bool:
    return schema.get("format") == "uri" or names[0].endswith(("_url", "_urls", "Url", "Urls"))


def _ordered_names(schema: CommentedMap) -> list[str]:
    """Properties in apidog's order (refs it lists by id are named in `properties` too)."""
    properties = schema.get("properties") or {}
    orders = schema.get("x-apidog-orders") or schema.get("x--orders") or []
    names = [str(n) for n in orders if n in properties]
    return names + [str(n) for n in properties if n not in names]


def _example_of(schema: CommentedMap) -> Any:
    examples = schema.get("examples")
    if isinstance(examples, CommentedSeq) and examples:
        return plain(examples[0])
    return plain(schema.get("example"))


class _Fields:
    """Maps the input's properties into fields of the spec language, noting what it cannot say."""

    def __init__(self, doc: Document, draft: Draft) -> None:
        self.doc, self.draft = doc, draft
        self.top = ""  # the input field being read: notes name it, as notes name input fields

    def todo(self, name: str, line: int, doc: str, todo: str) -> None:
        self.draft.note(doc if name == self.top else f"{name}: {doc}", todo, self.top, line)

    def refuse(self, node: Any, key: Any, what: str, todo: str = "") -> Exception:
        return self.doc.error(node, key, what, todo)

    # One property -------------------------------------------------------------------------

    def field(self, name: str, parent: CommentedMap, names: tuple[str, ...] = ()) -> dict[str, Any]:
        """The field of `parent.properties[name]`, with `names` the enclosing fields (for media)."""
        schema = parent["properties"][name]
        line = self.doc.line(parent["properties"], name)
        if not isinstance(schema, CommentedMap):
            raise self.refuse(parent["properties"], name, f"property {quote(name)} is not a schema")
        spec = self.typed(schema, (name, *names), line)
        self.common(name, schema, spec, line)
        return ordered(spec)

    def item(self, schema: Any, names: tuple[str, ...], line: int) -> dict[str, Any]:
        """An array's element: typed like a field, without required/default/example."""
        if not isinstance(schema, CommentedMap):
            raise self.doc.error(self.doc.root, None, f"{names[0]}: its items are not a schema")
        spec = self.typed(schema, names, self.doc.line(schema) if schema else line)
        return ordered(spec)

    def typed(self, schema: CommentedMap, names: tuple[str, ...], line: int) -> dict[str, Any]:
        kind = schema.get("type")
        if "enum" in schema and kind != "boolean":
            spec = self.enum(schema, names[0], line)
        elif kind == "string":
            spec = self.string(schema, names, line)
        elif kind in ("integer", "number"):
            spec = self.number(schema, str(kind), names[0], line)
        elif kind == "boolean":
            spec = {"type": "boolean"}
        elif kind == "array":
            spec = self.array(schema, names, line)
        elif kind == "object":
            spec = {"type": "object", "fields": self.object_fields(schema, names)}
        else:
            raise self.refuse(schema, "type", f"{names[0]}: unknown type {quote(kind)}",
                              "known: string, integer, number, boolean, array, object")  # fmt: skip
        self.unread(schema, names[0], line)
        return spec

    def common(self, name: str, schema: CommentedMap, spec: dict[str, Any], line: int) -> None:
        """What any field may carry: default, example, description, nullable, deprecated."""
        for key, value in (
            ("default", plain(schema.get("default"))),
            ("example", _example_of(schema)),
        ):
            if _blank(value) and spec["type"] in ("url", "array"):
                continue  # pages write "" (or [""]) for "no value" where no text could be valid
            if value is not None:
                self.within_options(schema, key, value, spec, name)
                spec[key] = value
        if schema.get("nullable") is True:
            spec["nullable"] = True
        text = " ".join(str(schema.get("description") or "").split())
        if text:
            spec["description"] = text
            read_prose(self.draft, self.top, spec, text, line)
        if schema.get("deprecated") is True:
            self.todo(
                name, self.doc.line(schema, "deprecated"), "deprecated: true", DEPRECATED_TODO
            )
        self.guess_media(spec)

    def within_options(
        self, schema: CommentedMap, key: str, value: Any, spec: dict[str, Any], name: str
    ) -> None:
        if spec["type"] == "enum" and value not in spec["values"]:
            raise self.refuse(schema, "examples" if key == "example" else key,
                              f"{name}: the {key} {quote(value)} is not one of its options",
                              "fix the page's enum or its " + key)  # fmt: skip

    def unread(self, schema: CommentedMap, name: str, line: int) -> None:
        """Keys the language has no place for are kept as TODO notes, never dropped."""
        for key in schema:
            if key not in _READ_KEYS:
                said = json.dumps(plain(schema[key]), ensure_ascii=False)
                self.todo(name, self.doc.line(schema, key), f"{key}: {said}",
                          "The spec language has no such key: make it a rule, or say why not.")  # fmt: skip
        if schema.get("format") not in (None, "uri"):
            self.todo(name, line, f"format: {schema['format']}", "Not checked: decide.")

    # By type ------------------------------------------------------------------------------

    def enum(self, schema: CommentedMap, name: str, line: int) -> dict[str, Any]:
        values = schema["enum"]
        if not isinstance(values, CommentedSeq) or not values:
            raise self.refuse(schema, "enum", f"{name}: enum is not a list of values")
        if len(values) > MAX_ENUM_VALUES:
            raise self.refuse(schema, "enum", f"{name}: enum lists {len(values):,} values",
                              f"at most {MAX_ENUM_VALUES:,} are read")  # fmt: skip
        labels = {
            plain(entry.get("value")): str(entry.get("name") or entry.get("description") or "")
            for entry in schema.get("x-apidog-enum") or []
            if isinstance(entry, CommentedMap)
        }
        options: dict[Any, str] = {}
        for index, value in enumerate(values):
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                raise self.refuse(
                    values, index, f"{name}: option {quote(plain(value))} is not a string or number"
                )
            options[plain(value)] = labels.get(plain(value)) or str(value)
        if schema.get("type") in ("integer", "number"):
            self.number(schema, str(schema["type"]), name, line)  # its range must hold together
        return {"type": "enum", "values": options}

    def string(self, schema: CommentedMap, names: tuple[str, ...], line: int) -> dict[str, Any]:
        name = names[0]
        spec: dict[str, Any] = {"type": "url" if _is_url(schema, names) else "string"}
        low, high = self.bounds(schema, "minLength", "maxLength", name, MAX_LENGTH_CAP)
        if spec["type"] == "url":
            if medium := next(filter(None, (media_of(n, []) for n in names)), None):
                spec["media"] = medium
            if low is not None or high is not None:
                self.todo(name, line, f"minLength {low}, maxLength {high}",
                          "A length limit on a URL: keep it in the description, or drop it.")  # fmt: skip
        else:
            spec.update(
                {k: v for k, v in (("min_length", low), ("max_length", high)) if v is not None}
            )
            free_text = (high or 0) >= 1000 and not name.lower().endswith("id")
            if name.endswith("prompt") or free_text:
                spec["multiline"] = True
        if isinstance(schema.get("pattern"), str):
            spec["pattern"] = str(schema["pattern"])
        return spec

    def number(self, schema: CommentedMap, kind: str, name: str, line: int) -> dict[str, Any]:
        spec: dict[str, Any] = {"type": kind}
        low, high = self.bounds(schema, "minimum", "maximum", name, None)
        spec.update({k: v for k, v in (("min", low), ("max", high)) if v is not None})
        step = plain(schema.get("multipleOf"))
        if step is not None and low is not None and high is not None:
            if why := too_fine(low, high, step):
                raise self.refuse(schema, "multipleOf", f"{name}: {why}", "is the step right?")
            spec["step"] = step
        elif step is not None:
            self.todo(name, self.doc.line(schema, "multipleOf"), f"multipleOf: {step}",
                      "A step needs both min and max in the spec language: add them, or drop it.")  # fmt: skip
        return spec

    def array(self, schema: CommentedMap, names: tuple[str, ...], line: int) -> dict[str, Any]:
        spec: dict[str, Any] = {"type": "array"}
        low, high = self.bounds(schema, "minItems", "maxItems", names[0], MAX_ITEMS_CAP)
        spec.update({k: v for k, v in (("min_items", low), ("max_items", high)) if v is not None})
        if "items" not in schema:
            raise self.refuse(schema, "type", f"{names[0]}: an array without `items`",
                              "say what the array holds")  # fmt: skip
        spec["items"] = self.item(schema["items"], names, line)
        return spec

    def object_fields(self, schema: CommentedMap, names: tuple[str, ...]) -> dict[str, Any]:
        required = set(schema.get("required") or [])
        fields = {}
        for sub in _ordered_names(schema):
            fields[sub] = self.field(sub, schema, names)
            if sub in required:
                fields[sub] = ordered({**fields[sub], "required": True})
        if not fields:
            raise self.refuse(schema, "type", f"{names[0]}: an object without properties")
        return fields

    def bounds(
        self, schema: CommentedMap, low_key: str, high_key: str, name: str, cap: int | None
    ) -> tuple[Any, Any]:
        """A lower and upper limit that hold together and stay within what a page may ask."""
        low, high = plain(schema.get(low_key)), plain(schema.get(high_key))
        for key, value in ((low_key, low), (high_key, high)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                raise self.refuse(schema, key, f"{name}: {key} {quote(value)} is not a number")
        if low is not None and high is not None and low > high:
            raise self.refuse(schema, low_key, f"{name}: {low_key} {low} is above {high_key} {high}",
                              "one of the two limits is wrong")  # fmt: skip
        if cap is not None and high is not None and high > cap:
            raise self.refuse(schema, high_key, f"{name}: {high_key} {high:,} is over {cap:,}",
                              "is the limit right?")  # fmt: skip
        return low, high

    def guess_media(self, spec: dict[str, Any]) -> None:
        """Where the name says nothing, the accepted file types may say the medium."""
        target = spec.get("items", spec)
        is_url = target.get("type") == "url" and "media" not in target
        if is_url and (medium := media_of("", target.get("accept") or [])):
            target["media"] = medium
            if "items" in spec:
                spec["items"] = ordered(target)


def _loosest(first: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """A field that accepts what either variant's field accepts."""
    merged: dict[str, Any] = {}
    for key in [*first, *(k for k in other if k not in first)]:
        if key not in first or key not in other:
            if key not in _LIMITS:
                merged[key] = first.get(key, other.get(key))
        elif first[key] == other[key]:
            merged[key] = first[key]
        elif key in _LOWER:
            merged[key] = min(first[key], other[key])
        elif key in _UPPER:
            merged[key] = max(first[key], other[key])
        elif key == "values":
            merged[key] = {**first[key], **other[key]}
        elif key == "items":
            merged[key] = _loosest(first[key], other[key])
        elif key == "fields":
            merged[key] = _merge_fields([first[key], other[key]])
        elif key not in _LIMITS:
            merged[key] = first[key]  # type, description, default, example: the first variant's
    return ordered(merged)


def _merge_fields(sets: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for fields in sets:
        for name, spec in fields.items():
            merged[name] = _loosest(merged[name], spec) if name in merged else spec
    return merged


_IGNORED_IN_COMPARISON = ("description", "example")


def _flat(spec: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """A field as `path: value` pairs (descriptions and examples left out), to compare variants."""
    flat: dict[str, str] = {}
    for key, value in spec.items():
        if key in _IGNORED_IN_COMPARISON:
            continue
        if key in ("items", "fields") or (prefix.endswith("fields.") and isinstance(value, dict)):
            flat.update(_flat(value, f"{prefix}{key}."))
        else:
            flat[prefix + key] = json.dumps(value, ensure_ascii=False, default=str)
    return flat


def _difference(specs: list[tuple[str, dict[str, Any]]], titles: list[str]) -> str:
    """What the variants say differently about one field, or '' when they agree."""
    flats = {title: _flat(spec) for title, spec in specs}
    paths = list(dict.fromkeys(path for flat in flats.values() for path in flat))
    differing = [p for p in paths if len({flat.get(p) for flat in flats.values()}) > 1]
    parts = [
        f"{title}: " + ", ".join(f"{p} {flat.get(p, '(none)')}" for p in differing)
        for title, flat in flats.items()
        if differing
    ]
    if missing := [t for t in titles if t not in flats]:
        parts.append(f"absent from {', '.join(missing)}")
    return "; ".join(parts)


def _title_of(variant: CommentedMap, index: int, key: str = "variant") -> str:
    return str(variant.get("title") or f"{key}[{index}]")


# Kie's shared schemas that some pages refer to (`x-apidog-refs`) without including them, as the
# pages that do include them describe them.
SHARED_SCHEMAS = {
    "nsfw_checker": {
        "type": "boolean",
        "description": "Content filtering of the results. If set to false, content filtering is "
        "disabled and all results are returned as the model made them.",
    },
}
SHARED_DECISION = "Read as the field Kie's other pages describe under that name."


class _Input:
    """The input object: its own properties and those of its variants, merged into one."""

    def __init__(self, doc: Document, draft: Draft, schema: CommentedMap) -> None:
        self.doc, self.draft, self.schema = doc, draft, schema
        self.fields = _Fields(doc, draft)

    def sources(self) -> list[tuple[str, CommentedMap]]:
        """The object itself and each object variant of its oneOf/anyOf, with a title."""
        found = [("the object", self.schema)] if self.schema.get("properties") else []
        for key in ("oneOf", "anyOf"):
            for index, entry in enumerate(self.schema.get(key) or []):
                if isinstance(entry, CommentedMap) and entry.get("properties"):
                    found.append((_title_of(entry, index, key), entry))
        return found

    def read(self, chosen: set[str]) -> dict[str, Any]:
        """The merged fields; `chosen` are those a one_of rule picks between, whose absence from
        the other variants that rule explains."""
        sources = self.sources()
        titles = [title for title, _ in sources]
        names = list(dict.fromkeys(n for _, s in sources for n in _ordered_names(s)))
        fields: dict[str, Any] = {}
        for name in names:
            having = [(t, s) for t, s in sources if name in s["properties"]]
            self.fields.top = name
            specs = [(t, self.fields.field(name, s)) for t, s in having]
            fields[name] = specs[0][1]
            for _, spec in specs[1:]:
                fields[name] = _loosest(fields[name], spec)
            differs = _difference(specs, titles if name not in chosen else [t for t, _ in having])
            if len(titles) > 1 and differs:
                line = self.doc.line(having[0][1]["properties"], name)
                self.fields.todo(name, line, differs, VARIANT_TODO)
        for name in self.required(sources):
            fields[name] = ordered({**fields[name], "required": True})
        return fields | self.shared(set(fields))

    def shared(self, have: set[str]) -> dict[str, Any]:
        """Fields the page names only by a reference to a shared schema it does not include."""
        refs = self.schema.get("x-apidog-refs") or {}
        found = {}
        for ref in refs.values():
            name = str((ref or {}).get("$ref", "")).rpartition("/")[2]
            if name in SHARED_SCHEMAS and name not in have:
                found[name] = dict(SHARED_SCHEMAS[name])
                line = self.doc.line(self.schema, "x-apidog-refs")
                doc = f"The page refers to the shared schema {name} without including it."
                self.draft.spec.setdefault("notes", []).append(
                    {"field": name, "line": line, "doc": doc, "decision": SHARED_DECISION}
                )
        return found

    def required(self, sources: list[tuple[str, CommentedMap]]) -> list[str]:
        """Required by the object itself, or by every variant."""
        own = [str(n) for n in self.schema.get("required") or []]
        variants = [
            set(map(str, s.get("required") or [])) for t, s in sources if s is not self.schema
        ]
        in_every = set.intersection(*variants) if variants else set()
        return [*own, *sorted(in_every - set(own))]

    def groups(self) -> Iterator[tuple[str, int, list[CommentedMap], bool]]:
        """Each list of variants: its key, line, variants, and whether they are whole alternatives
        (the object's own oneOf/anyOf) rather than a constraint on it (allOf: [anyOf: ...])."""
        holders = [(self.schema, True)]
        holders += [
            (e, False) for e in self.schema.get("allOf") or [] if isinstance(e, CommentedMap)
        ]
        for holder, alternatives in holders:
            for key in ("oneOf", "anyOf"):
                if isinstance(holder.get(key), CommentedSeq):
                    variants = [v for v in holder[key] if isinstance(v, CommentedMap)]
                    yield key, self.doc.line(holder, key), variants, alternatives

    def rules(self) -> list[dict[str, Any]]:
        """What each group of variants requires beyond what all require: `one_of` where each
        variant names its own field and only one may be given; TODO notes otherwise."""
        rules = []
        for key, line, variants, alternatives in self.groups():
            sets = [set(map(str, v.get("required") or [])) for v in variants]
            common = set.intersection(*sets) if sets else set()
            own = [sorted(s - common) for s in sets]
            if not any(own):
                continue
            singles = all(len(o) == 1 for o in own) and len({o[0] for o in own}) == len(own)
            if singles and (key == "oneOf" or alternatives):
                names = [o[0] for o in own]
                listed = ", ".join(names)
                rules.append({"one_of": names, "message": f"Give exactly one of {listed}."})
                self.draft.spec.setdefault("notes", []).append(
                    {"line": line, "doc": f"input {key}: variants requiring {' or '.join(names)}",
                     "decision": f"A one_of rule: exactly one of {listed}."}
                )  # fmt: skip
            else:
                how = "exactly one" if key == "oneOf" else "at least one"
                said = "; ".join(
                    f"{_title_of(v, i)} requires {', '.join(o) or 'nothing more'}"
                    for i, (v, o) in enumerate(zip(variants, own, strict=True))
                )
                self.draft.note(f"input {key}: a request meets {how} of its variants: {said}",
                                "The spec language has no rule for this: make it one, or say why not.",
                                line=line)  # fmt: skip
        return rules


def _title(lines: list[Line]) -> str | None:
    return next(
        (" ".join(line.text[2:].split()) for line in lines if line.text.startswith("# ")), None
    )


def _request_examples(content: CommentedMap) -> list[dict[str, Any]]:
    """Every request example the page gives, at the schema or the content level."""
    schema = content.get("schema") or {}
    found: list[Any] = []
    for holder in (schema, content):
        found.append(holder.get("example"))
        examples = holder.get("examples")
        if isinstance(examples, CommentedSeq):
            found += list(examples)
        elif isinstance(examples, CommentedMap):  # OpenAPI's named examples
            found += [e.get("value") for e in examples.values() if isinstance(e, CommentedMap)]
    requests = [plain(e) for e in found if isinstance(e, CommentedMap)]
    return [
        r
        for i, r in enumerate(requests)
        if isinstance(r.get("input"), dict) and r not in requests[:i]
    ]


_MUST_BE = re.compile(r"[Mm]ust be `([^`]+)`|requires the `([^`]+)` model")


def _model_id(
    doc: Document, request: CommentedMap, examples: list[dict[str, Any]], title: str | None
) -> tuple[str, list[str]]:
    """The id the page's mentions agree on, and any other id it also names. The `model` schema's
    enum, default and examples count as one mention (they are one block, copied together); a tie
    goes to the id the page's title spells."""
    model = (request.get("properties") or {}).get("model") or {}
    block = {*(model.get("enum") or []), model.get("default"), *(model.get("examples") or [])}
    said = [*block, *(e.get("model") for e in examples)]
    said += [a or b for a, b in _MUST_BE.findall(str(model.get("description") or ""))]
    ids = [str(s) for s in said if isinstance(s, str) and s]
    if not ids:
        raise doc.error(request, "properties", "no model id: `model` has no enum, default or example",
                        "and no request example names one")  # fmt: skip
    spelled = re.sub(r"[^a-z0-9]", "", (title or "").lower())
    chosen = max(ids, key=lambda i: (ids.count(i), re.sub(r"[^a-z0-9]", "", i) == spelled))
    return chosen, sorted(set(ids) - {chosen})


def _output_from_tags(doc: Document, draft: Draft) -> None:
    """The page's tag (e.g. `docs/en/Market/Image    Models/Google`) says the output better than the id."""
    for tag in create_task(doc).get("tags") or []:
        text = " ".join(str(tag).split())
        output = next((out for pattern, out in _OUTPUT_OF_TAG if pattern.search(text)), None)
        if output:
            draft.spec["output"] = output
            kind = draft.spec["kind"]
            draft.undecided[1] = (
                f"kind {kind!r} is guessed from the id, output {output!r} from the tag {text!r}"
            )
            return


def _examples(examples: list[dict[str, Any]], fields: dict[str, Any]) -> list[dict[str, Any]]:
    """The request examples, their input's names as the fields have them (see PADDED)."""
    out = []
    for index, request in enumerate(examples):
        example: dict[str, Any] = {"name": "docs" if index == 0 else f"docs-{index + 1}"}
        if isinstance(request.get("callBackUrl"), str):
            example["callBackUrl"] = request["callBackUrl"]
        example["input"] = {
            (k.strip() if isinstance(k, str) and k.strip() in fields else k): v
            for k, v in request["input"].items()
        }
        out.append(example)
    return out


def _dedupe_notes(draft: Draft) -> None:
    """Variants repeat their descriptions: a sentence is noted once per field."""
    seen, kept = set(), []
    for note in draft.spec.get("notes", []):
        key = (note.get("field"), note["doc"], note.get("todo"), note.get("decision"))
        if key not in seen:
            seen.add(key)
            kept.append(note)
    if kept:
        draft.spec["notes"] = kept


def read(path: Path, lines: list[Line]) -> Draft:
    """The draft spec an OpenAPI page describes; PageError (with the page line) if it cannot."""
    doc = load(path, lines)
    content = request_content(doc)
    request = request_schema(doc)
    schema = input_schema(doc, request)
    artefacts = remove_artefacts(doc, schema)
    examples = _request_examples(content)
    title = _title(lines)
    model_id, others = _model_id(doc, request, examples, title)
    draft = new_draft(model_id, path, FORM, title)
    if others:
        draft.note(f"The page also names the model {', '.join(others)}.",
                   f"Most of the page's mentions say {model_id}: confirm the id.", line=1)  # fmt: skip
    _output_from_tags(doc, draft)
    for artefact in artefacts:
        draft.spec.setdefault("notes", []).append(
            {"line": artefact.line, "doc": artefact.doc, "decision": DECISIONS[artefact.kind]}
        )  # fmt: skip
    reader = _Input(doc, draft, schema)
    rules = reader.rules()
    draft.spec["input"] = reader.read({name for rule in rules for name in rule["one_of"]})
    settle_rules(draft)
    if rules:
        draft.spec["rules"] = [*draft.spec.get("rules", []), *rules]
    if examples:
        draft.spec["examples"] = _examples(examples, draft.spec["input"])
    _dedupe_notes(draft)
    return laid_out(draft)
