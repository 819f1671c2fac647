"""What every page reader shares: the draft it returns, its errors, page lines, the limits pages
state in prose, and the guesses (title, kind, output) a person reviews afterwards."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..jsonschema_out import MAX_GRID_POINTS
from ..problems import Problem, SpecError
from ..semantics import step_too_fine

# Nothing a page says may make reading it slow or large: pages are a few tens of kilobytes.
MAX_PAGE_BYTES = 2_000_000
MAX_NESTING = 32


@dataclass
class Line:
    number: int
    text: str  # stripped
    raw: str


@dataclass
class Draft:
    """The draft spec as data, and what the importer could not decide."""

    spec: dict[str, Any]
    form: str = ""  # which published page form it was read from
    undecided: list[str] = field(default_factory=list)

    @property
    def model_id(self) -> str:
        return str(self.spec["model"])

    def note(
        self, doc: str, todo: str, field_name: str | None = None, line: int | None = None
    ) -> None:
        """A point the page states but no structured line carries, for a person to decide."""
        self._add(doc, field_name, line, todo=todo)

    def decide(self, doc: str, decision: str, field_name: str, line: int | None) -> None:
        """A point the importer settled itself, said so the spec shows where a limit came from."""
        self._add(doc, field_name, line, decision=decision)

    def _add(self, doc: str, field_name: str | None, line: int | None, **outcome: str) -> None:
        note: dict[str, Any] = {}
        if field_name is not None:
            note["field"] = field_name
        if line is not None:
            note["line"] = line
        note.update(doc=doc, **outcome)
        self.spec.setdefault("notes", []).append(note)


class PageError(SpecError):
    """The page cannot be read as a model page; nothing is written."""


def page_error(path: Path, line: int, message: str, hint: str = "", where: str = "") -> PageError:
    return PageError([Problem(str(path), line, 1, where, message, hint)])


def page_lines(text: str) -> list[Line]:
    return [Line(n, raw.strip(), raw) for n, raw in enumerate(text.splitlines(), start=1)]


def number(text: str) -> int | float:
    value = Decimal(text.replace(",", ""))
    return int(value) if value == value.to_integral_value() else float(value)


# Limits that descriptions state in regular wording, in every page form.
_MAX_LENGTH = re.compile(r"\b(?:Max(?:imum)? length|max length)[:\s]+(\d[\d,]*) characters", re.I)
_MIN_LENGTH = re.compile(r"\b(?:Min(?:imum)? length|min length)[:\s]+(\d[\d,]*) characters", re.I)
_ACCEPTED = re.compile(r"Accepted types: ([^;]+?)(?:;|$)")
_MAX_SIZE = re.compile(r"Max size: ([0-9]+(?:\.[0-9]+)?) ?([KMG]B)\b")
_MIME = re.compile(r"^[a-z0-9.+-]+/[a-z0-9.+*-]+$")


def prose_limits(text: str) -> dict[str, Any]:
    """The limits a description states in regular wording: length, accepted types, file size."""
    found: dict[str, Any] = {}
    if m := _MAX_LENGTH.search(text):
        found["max_length"] = int(m[1].replace(",", ""))
    if m := _MIN_LENGTH.search(text):
        found["min_length"] = int(m[1].replace(",", ""))
    if m := _ACCEPTED.search(text):
        types = [t.strip(" `") for t in m[1].split(",")]
        if types and all(_MIME.match(t) for t in types):
            found["accept"] = types
    if m := _MAX_SIZE.search(text):
        found["max_size"] = size_text(m[1], m[2])
    return found


def too_fine(low: Any, high: Any, step: Any) -> str | None:
    """Why a page's step cannot be a spec's, or None: one listing more values than a spec may.
    What is no finite number, or no step above 0, is left to the spec's own checks."""
    finite = all(
        isinstance(n, int | float) and not isinstance(n, bool) and math.isfinite(n)
        for n in (low, high, step)
    )
    if finite and step > 0 and step_too_fine(low, high, step):
        return f"the step {step} makes more than {MAX_GRID_POINTS:,} values from {low} to {high}"
    return None


def size_text(amount: str, unit: str) -> str:
    """A file size as specs write it: `10.0`, `MB` -> `10MB`."""
    return f"{Decimal(amount).normalize():f}{unit}"


_NOT_OFFERED = re.compile(
    r"\b(\d+) ?(?:s|seconds?) videos? (?:is|are) not supported for (\w+) resolution", re.I
)


def prose_rules(text: str) -> list[dict[str, Any]]:
    """Rules a description states in regular wording, e.g. a duration not offered at a resolution."""
    # Values as the page writes them; settle_rules gives them their fields' types.
    return [
        {
            "forbid": {"duration": m[1], "resolution": m[2]},
            "message": f"{m[1]} s videos are not offered at {m[2]}.",
        }
        for m in _NOT_OFFERED.finditer(text)
    ]


# Phrases that state a constraint in prose, which no structured line carries.
PROSE_RULES = re.compile(
    r"\b(do not|don't|not supported|only works|only one|only supports?|at the same time|"
    r"together with|instead of|ignored if|cannot|must|either|requires?|mutually exclusive)\b",
    re.IGNORECASE,
)
PROSE_TODO = "Stated in prose: make it a rule or a limit, or say why not."


def prose_notes(draft: Draft, field_name: str, text: str, line: int | None) -> None:
    """Each sentence of a description that reads like a constraint becomes a TODO note."""
    for sentence in re.split(r"(?<=[.!?])\s+", " ".join(text.split())):
        if PROSE_RULES.search(sentence):
            draft.note(sentence, PROSE_TODO, field_name, line)


def read_prose(draft: Draft, name: str, spec: dict[str, Any], text: str, line: int | None) -> None:
    """What a field's description states in regular wording becomes limits and rules; other
    constraint-like sentences become TODO notes. A structured limit wins over the same in prose."""
    for key, value in prose_limits(text).items():
        target = spec["items"] if key in ("accept", "max_size") and "items" in spec else spec
        if key in ("accept", "max_size") and target.get("type") != "url":
            continue
        stated = target.setdefault(key, value)
        if stated is value:  # the description is the only place that says it
            draft.decide(text, f"Read from the description: {key} {value}.", name, line)
        elif stated != value:
            draft.note(
                text,
                f"The description says {key} {value}, the page's own limit {stated}.",
                name,
                line,
            )
    draft.spec.setdefault("rules", []).extend(
        rule for rule in prose_rules(text) if rule not in draft.spec.get("rules", [])
    )
    prose_notes(draft, name, text, line)


def settle_rules(draft: Draft) -> None:
    """Rules read from prose name values as text: give them the type of the field's options, and
    turn a rule whose fields or values the page does not have into a TODO note instead."""
    inputs, kept = draft.spec["input"], []
    for rule in draft.spec.pop("rules", []):
        settled = {}
        for name, text in rule["forbid"].items():
            values = inputs.get(name, {}).get("values", {})
            settled[name] = next((v for v in values if str(v).lower() == text.lower()), None)
        if None in settled.values():
            draft.note(
                rule["message"], "Stated in prose about values the page does not list: decide."
            )
        else:
            kept.append({"forbid": settled, "message": rule["message"]})
    if kept:
        draft.spec["rules"] = kept


OUTPUT_OF_KIND = {"video": "video", "image": "image", "audio": "audio", "speech": "audio"}


def kind_of(model_id: str) -> str:
    """What the id says the model does, e.g. image-to-video; the rest of the id otherwise."""
    found = re.search(r"(text|image|video|audio|speech)-to-(video|image|audio|speech)", model_id)
    if found:
        return found[0]
    if "avatar" in model_id:
        return "avatar"
    rest = model_id.partition("/")[2] or model_id
    return re.sub(r"[^a-z0-9]+", "-", rest.lower()).strip("-")


def title_of(model_id: str) -> str:
    family, _, rest = model_id.partition("/")
    words = [
        w if any(c.isdigit() for c in w) else w.capitalize()
        for w in re.split(r"[-_/]", f"{family}/{rest}")
        if w
    ]
    return " ".join("to" if w == "To" else w for w in words)


def new_draft(model_id: str, page: Path, form: str, title: str | None = None) -> Draft:
    """A draft with the id, and a title, kind and output a person confirms."""
    kind = kind_of(model_id)
    output = next((out for word, out in OUTPUT_OF_KIND.items() if kind.endswith(word)), "video")
    draft = Draft(
        {
            "model": model_id,
            "title": title or title_of(model_id),
            "kind": kind,
            "output": output,
            "source": page.name,
            "input": {},
        },
        form,
    )
    made = "taken from the page" if title else "made from the id"
    draft.undecided += [
        f"title {draft.spec['title']!r} is {made}",
        f"kind {kind!r} and output {output!r} are guessed from the id",
    ]
    return draft


FIELD_KEYS = (
    "type",
    "required",
    "nullable",
    "multiline",
    "min_length",
    "max_length",
    "pattern",
    "min",
    "max",
    "step",
    "values",
    "min_items",
    "max_items",
    "items",
    "fields",
    "media",
    "accept",
    "max_size",
    "default",
    "description",
    "example",
)


def ordered(spec: dict[str, Any]) -> dict[str, Any]:
    """Keys in the order the committed specs use, so drafts read like them."""
    return {key: spec[key] for key in sorted(spec, key=FIELD_KEYS.index)}


# -- what the Markdown-like page forms (api-tab, copy-page) share --------------------------------


def finish_field(
    draft: Draft, name: str, spec: dict[str, Any], options: dict[Any, str], description: list[Line]
) -> dict[str, Any]:
    """What every list-of-parameters form does last to a field: listed options make it an enum,
    its description is read for prose limits and rules, a prompt is multiline."""
    if options:
        spec = {"type": "enum", **{k: v for k, v in spec.items() if k != "type"}}
        spec["values"] = options
    if description:
        spec["description"] = " ".join(line.text for line in description)
        for line in description:
            read_prose(draft, name, spec, line.text, line.number)
    if spec["type"] == "string" and name.endswith("prompt"):
        spec["multiline"] = True
    return ordered(spec)


MEDIA_WORDS = {
    "image": ("image", "images", "img", "frame", "photo", "picture", "mask"),
    "video": ("video", "videos"),
    "audio": ("audio", "audios", "voice", "music", "sound", "speech"),
}


def media_of(name: str, accept: list[str]) -> str | None:
    """The medium a URL field holds: the one its name says, else the one all its accepted types
    share; None when neither is clear."""
    words = set(re.split(r"[^a-z0-9]+", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()))
    named = {medium for medium, said in MEDIA_WORDS.items() if words & set(said)}
    if len(named) == 1:
        return named.pop()
    accepted = {mime.partition("/")[0] for mime in accept}
    return accepted.pop() if len(accepted) == 1 and accepted <= set(MEDIA_WORDS) else None


TOP_KEYS = ("model", "title", "kind", "output", "source", "input", "rules", "examples", "notes")


def laid_out(draft: Draft) -> Draft:
    """Top-level keys in the committed specs' order."""
    draft.spec = {key: draft.spec[key] for key in sorted(draft.spec, key=TOP_KEYS.index)}
    return draft


def docs_example(payload: Any) -> list[dict[str, Any]]:
    """The page's request example as the spec's docs example, when it has an input object."""
    if not isinstance(payload, dict) or not isinstance(payload.get("input"), dict):
        return []
    example: dict[str, Any] = {"name": "docs"}
    if isinstance(payload.get("callBackUrl"), str):
        example["callBackUrl"] = payload["callBackUrl"]
    example["input"] = payload["input"]
    return [example]


# Brackets, quotes, escapes and JavaScript's `undefined`: all a scan outside strings needs.
_JSON_TOKENS = re.compile(r'\\.|"|[\[\]{}]|\bundefined\b')
_UNDEFINED = "\x00undefined"  # no page writes a NUL: it stands for `undefined` while parsing


def docs_json(path: Path, first_line: int, text: str, what: str) -> tuple[Any, list[int]]:
    """The JSON a page shows, its text starting at page line `first_line`, and the lines where it
    writes JavaScript's `undefined` (a key JavaScript leaves out, so it is left out here too).
    Nesting deeper than MAX_NESTING is refused before parsing: json.loads would recurse."""

    def line_at(offset: int) -> int:
        return first_line + text.count("\n", 0, offset)

    opened: list[str] = []
    undefined: list[int] = []
    in_string = False
    for token in _JSON_TOKENS.finditer(text):
        mark = token[0]
        if mark == '"':
            in_string = not in_string
        elif in_string or mark.startswith("\\"):
            continue
        elif mark in ("[", "{"):
            opened.append(mark)
            if len(opened) > MAX_NESTING:
                raise page_error(path, line_at(token.start()),
                                 f"{what} nests deeper than {MAX_NESTING} levels",
                                 "is it a model page?")  # fmt: skip
        elif mark in ("]", "}"):
            del opened[-1:]
        elif opened[-1:] == ["{"]:
            undefined.append(token.start())
        else:
            raise page_error(path, line_at(token.start()),
                             f"{what} writes `undefined` where no key can be left out")  # fmt: skip
    pieces, kept_from = [], 0
    for start in undefined:
        pieces += [text[kept_from:start], '"\\u0000undefined"']
        kept_from = start + len("undefined")
    try:
        value = json.loads(
            "".join([*pieces, text[kept_from:]]), object_pairs_hook=_without_undefined
        )
    except json.JSONDecodeError as error:
        raise page_error(
            path, first_line + error.lineno - 1, f"{what} is not JSON: {error.msg}"
        ) from None
    return value, [line_at(start) for start in undefined]


def _without_undefined(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    return {key: value for key, value in pairs if value != _UNDEFINED}
