"""The market page's "Copy page" Markdown, read faithfully.

`### input Object Parameters` holds one `#### name` block per field, each a list of
`- **Key**: value` lines (Type, Required, Description, Max Length, Range, Options with their
indented `` - `value`: label `` lines, Max File Size, Accepted File Types, Multiple Files, Default
Value); `### Request Example` gives the docs' example as a ```json block. Every such line becomes
part of the spec; prose that reads like a constraint, and any line the reader has no place for,
becomes a TODO note quoted with its line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..problems import quote
from .common import (
    Draft,
    Line,
    PageError,
    docs_example,
    docs_json,
    finish_field,
    laid_out,
    media_of,
    new_draft,
    number,
    ordered,
    page_error,
    settle_rules,
    size_text,
    too_fine,
)

FORM = "copy-page"
INPUTS = "### input Object Parameters"
REQUEST = "### Request Example"
TYPES = ("string", "number", "integer", "boolean", "array")
KEYS = (
    "Type",
    "Required",
    "Description",
    "Max Length",
    "Min Length",
    "Range",
    "Options",
    "Max File Size",
    "Accepted File Types",
    "Multiple Files",
    "Default Value",
)
FILE_KEYS = ("Max File Size", "Accepted File Types")
UNREAD_TODO = "The importer does not read this line: make it part of the spec, or say why not."

_FIELD = re.compile(r"#### ([A-Za-z_][A-Za-z0-9_-]*)")
_KEY = re.compile(r"- \*\*([^*]+)\*\*:(.*)")
_OPTION = re.compile(r"- `([^`]*)`: ?(.*)")
_CODE = re.compile(r"`(.*)`")
_LENGTH = re.compile(r"(\d[\d,]*) characters")
_NUMBER = r"-?\d+(?:\.\d+)?"
_RANGE = re.compile(rf"({_NUMBER}) - ({_NUMBER})(?: \(step: ({_NUMBER})\))?")
_SIZE = re.compile(r"(\d+(?:\.\d+)?) ?([KMG]B)")
_MIME = re.compile(r"[a-z0-9.+-]+/[a-z0-9.+*-]+")
_MODEL = re.compile(r"\| \*\*Format\*\* \| `([^`]+)` \|")
_PROSE_DEFAULT = re.compile(r"\bDefault value: (\"[^\"]*\"|\S+?)[.,;]?(?=\s|$)")
# The response example of the status query shows a result file, whose extension says the output.
_RESULT = re.compile(r'resultUrls\\?"\s*:\s*\[\s*\\?"[^"\\]*\.([A-Za-z0-9]+)\\?"')
_OUTPUT_OF_EXTENSION = {
    **dict.fromkeys(("mp4", "mov", "webm", "mkv"), "video"),
    **dict.fromkeys(("png", "jpg", "jpeg", "webp", "gif"), "image"),
    **dict.fromkeys(("mp3", "wav", "m4a", "ogg", "flac"), "audio"),
}


def detect(lines: list[Line]) -> bool:
    return any(line.text.startswith(INPUTS) for line in lines)


@dataclass
class _Block:
    """One `#### name` block: its `- **Key**` lines (each as a Line holding the value), its
    options, and the lines it has that the form does not define."""

    name: str
    heading: Line
    keys: dict[str, Line] = field(default_factory=dict)
    options: list[tuple[Line, str, str]] = field(default_factory=list)  # line, value, label
    stray: list[Line] = field(default_factory=list)

    def value(self, key: str) -> str | None:
        return self.keys[key].text if key in self.keys else None


def _find(lines: list[Line], text: str, start: int = 0) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].text == text), None)


def _blocks(path: Path, lines: list[Line]) -> list[_Block]:
    """The `#### name` blocks of the input section (`lines`, without its heading)."""
    blocks: list[_Block] = []
    for line in lines:
        if not line.text:
            continue
        if heading := _FIELD.fullmatch(line.text):
            blocks.append(_Block(heading[1], line))
        elif line.text.startswith("#"):
            raise page_error(path, line.number, f"{quote(line.text)} is not a field heading",
                             "expected '#### NAME' with NAME a field name")  # fmt: skip
        elif not blocks:
            raise page_error(path, line.number, "text before the first '#### NAME' field")
        else:
            _add_line(path, blocks[-1], line)
    return blocks


def _add_line(path: Path, block: _Block, line: Line) -> None:
    key = _KEY.fullmatch(line.text) if line.raw[:1] == "-" else None
    option = _OPTION.fullmatch(line.text) if line.raw[:1].isspace() else None
    last = next(reversed(block.keys), None)
    if key:
        name = key[1].strip()
        if name in block.keys:
            raise page_error(path, line.number, f"{block.name}: '- **{name}**' is given twice",
                             f"first on line {block.keys[name].number}")  # fmt: skip
        block.keys[name] = Line(line.number, key[2].strip(), line.raw)
    elif option and last == "Options":
        block.options.append((line, option[1], option[2]))
    elif last == "Description":  # a description running on over several lines
        said = block.keys["Description"]
        block.keys["Description"] = Line(said.number, f"{said.text} {line.text}", said.raw)
    else:
        block.stray.append(line)


class _FieldReader:
    """One block: type, Required, limits, file types, options, default, description."""

    def __init__(self, path: Path, block: _Block, draft: Draft) -> None:
        self.path, self.block, self.draft = path, block, draft
        self.name = block.name

    def error(self, line: Line, message: str, hint: str = "") -> PageError:
        return page_error(self.path, line.number, f"{self.name}: {message}", hint)

    def line(self, key: str) -> Line:
        return self.block.keys[key]

    def read(self) -> dict[str, Any]:
        page_type = self.page_type()
        if "Required" not in self.block.keys:
            raise self.error(self.block.heading, "the block has no '- **Required**' line")
        required = self.block.value("Required")
        if required not in ("Yes", "No"):
            raise self.error(self.line("Required"), f"Required is {quote(required)}, not Yes or No")
        spec = self.typed(page_type)
        if required == "Yes":
            spec["required"] = True
        self.lengths(spec)
        self.range(spec)
        options = self.options(numeric=page_type in ("number", "integer"))
        self.default(spec, options)
        self.unread()
        description = self.block.keys.get("Description")
        return finish_field(self.draft, self.name, spec, options,
                            [description] if description and description.text else [])  # fmt: skip

    def page_type(self) -> str:
        if "Type" not in self.block.keys:
            raise self.error(self.block.heading, "the block has no '- **Type**' line")
        written = self.line("Type").text
        stated = _CODE.fullmatch(written)
        page_type = stated[1] if stated else written
        if page_type not in TYPES:
            raise self.error(self.line("Type"), f"unknown type {quote(page_type)}",
                             f"known types: {', '.join(TYPES)}")  # fmt: skip
        return page_type

    # What the type line and the file lines make of the field --------------------------------

    def typed(self, page_type: str) -> dict[str, Any]:
        """The field's type; a string with file lines (or a URL's name) is a URL, an array's
        items are URLs or strings alike."""
        files = self.files()
        multiple = self.block.value("Multiple Files")
        if multiple not in (None, "Yes", "No"):
            raise self.error(self.line("Multiple Files"), f"Multiple Files is {quote(multiple)}, not Yes or No")  # fmt: skip
        if multiple == "Yes" and page_type != "array":
            raise self.error(self.line("Multiple Files"),
                             f"Multiple Files: Yes on a {page_type} field", "one of the two is wrong")  # fmt: skip
        is_url = bool(files) or self.name.lower().endswith(("_url", "_urls", "url", "urls"))
        if page_type == "array":
            return {"type": "array", "items": self.scalar("string", is_url, files)}
        if files and page_type != "string":
            raise self.error(self.line(next(k for k in FILE_KEYS if k in self.block.keys)),
                             f"file limits on a {page_type} field", "one of the two is wrong")  # fmt: skip
        return self.scalar(page_type, is_url and page_type == "string", files)

    def scalar(self, page_type: str, is_url: bool, files: dict[str, Any]) -> dict[str, Any]:
        if not is_url:
            return {"type": page_type}
        spec: dict[str, Any] = {"type": "url"}
        if medium := media_of(self.name, files.get("accept", [])):
            spec["media"] = medium
        return ordered({**spec, **files})

    def files(self) -> dict[str, Any]:
        """The accepted file types and size, as the spec's `accept` and `max_size`."""
        found: dict[str, Any] = {}
        if "Accepted File Types" in self.block.keys:
            line = self.line("Accepted File Types")
            types = [t.strip(" `") for t in line.text.split(",")]
            if not all(_MIME.fullmatch(t) for t in types):
                raise self.unreadable(line, "e.g. 'image/jpeg, image/png'")
            found["accept"] = types
        if "Max File Size" in self.block.keys:
            line = self.line("Max File Size")
            size = _SIZE.fullmatch(line.text)
            if size is None:
                raise self.unreadable(line, "e.g. '10MB'")
            found["max_size"] = size_text(size[1], size[2])
        return found

    # Limits -------------------------------------------------------------------------------

    def unreadable(self, line: Line, example: str) -> PageError:
        return self.error(
            line, f"unreadable limit {quote(line.raw.strip())}", f"expected {example}"
        )

    def lengths(self, spec: dict[str, Any]) -> None:
        for key, limit in (("Min Length", "min_length"), ("Max Length", "max_length")):
            if key not in self.block.keys:
                continue
            line = self.line(key)
            length = _LENGTH.fullmatch(line.text)
            if length is None:
                raise self.unreadable(line, "e.g. '5000 characters'")
            if spec["type"] != "string":
                raise self.error(line, f"a length limit on a {spec['type']} field")
            spec[limit] = int(length[1].replace(",", ""))
        if spec.get("min_length", 0) > spec.get("max_length", float("inf")):
            raise self.error(self.line("Min Length"), "Min Length is above Max Length",
                             "one of the two limits is wrong")  # fmt: skip

    def range(self, spec: dict[str, Any]) -> None:
        if "Range" not in self.block.keys:
            return
        line = self.line("Range")
        found = _RANGE.fullmatch(line.text)
        if found is None:
            raise self.unreadable(line, "e.g. '0 - 1 (step: 0.1)'")
        if spec["type"] not in ("number", "integer"):
            raise self.error(line, f"a range on a {spec['type']} field")
        low, high = number(found[1]), number(found[2])
        if low > high:
            raise self.error(line, f"the range's minimum {low} is above its maximum {high}",
                             "one of the two limits is wrong")  # fmt: skip
        spec["min"], spec["max"] = low, high
        if found[3] is not None:
            step = number(found[3])
            if step <= 0:
                raise self.error(line, f"the range's step {step} is not above 0")
            if why := too_fine(low, high, step):
                raise self.error(line, why, "is the step right?")
            spec["step"] = step

    def options(self, numeric: bool) -> dict[Any, str]:
        if "Options" not in self.block.keys:
            return {}
        if not self.block.options:
            raise self.error(self.line("Options"), "Options lists no option",
                             "expected indented lines like '  - `png`: PNG'")  # fmt: skip
        options: dict[Any, str] = {}
        for line, written, label in self.block.options:
            try:
                value: Any = number(written) if numeric else written
            except ArithmeticError:
                raise self.error(line, f"option {quote(written)} is not a number") from None
            if value in options:
                raise self.error(line, f"option {quote(written)} is listed twice")
            options[value] = label or written
        return options

    # The default --------------------------------------------------------------------------

    def default(self, spec: dict[str, Any], options: dict[Any, str]) -> None:
        """The form's pre-filled value. It is the field's default where the API can assume it;
        for a required field, or a file (a sample the docs show), it is an example instead. An
        empty value is the form left empty: nothing."""
        if "Default Value" not in self.block.keys:
            return
        line = self.line("Default Value")
        written = _CODE.fullmatch(line.text)
        if written is None:
            raise self.error(line, f"the default {quote(line.text)} is not written as `JSON`")
        value, _ = docs_json(self.path, line.number, written[1], f"the default of {self.name}")
        if value in ("", []):
            return
        if problem := _misfit(spec, options, value):
            raise self.error(line, f"the default {value!r} {problem}", "the default or the limit is wrong")  # fmt: skip
        file = spec["type"] == "url" or spec.get("items", {}).get("type") == "url"
        spec["example" if spec.get("required") or file else "default"] = value
        self.prose_default(spec, value)

    def prose_default(self, spec: dict[str, Any], value: Any) -> None:
        """A description that states another default than the Default Value line."""
        description = self.block.keys.get("Description")
        said = _PROSE_DEFAULT.search(description.text) if description else None
        shown = value if isinstance(value, str) else json.dumps(value)
        if description and said and said[1].strip('"') != shown and "default" in spec:
            self.draft.note(description.text,
                            f"The description says default {said[1]}, the Default Value line {shown!r}: decide.",
                            self.name, description.number)  # fmt: skip

    def unread(self) -> None:
        for key, line in self.block.keys.items():
            if key not in KEYS:
                self.draft.note(line.raw.strip(), UNREAD_TODO, self.name, line.number)
        for line in self.block.stray:
            self.draft.note(line.text, UNREAD_TODO, self.name, line.number)


_PYTHON_TYPES: dict[str, Any] = {
    "string": str,
    "url": str,
    "boolean": bool,
    "array": list,
    "number": (int, float),
    "integer": int,
}


def _misfit(spec: dict[str, Any], options: dict[Any, str], value: Any) -> str | None:
    """How a value breaks the field's own type, options or limits, if it does."""
    kind = spec["type"]
    if isinstance(value, bool) != (kind == "boolean") or not isinstance(value, _PYTHON_TYPES[kind]):
        return f"is not a {kind}"
    if options and value not in options:
        return "is not one of its options"
    if kind in ("number", "integer") and not spec.get("min", value) <= value <= spec.get(
        "max", value
    ):
        return f"is outside the range {spec['min']} - {spec['max']}"
    if kind == "string" and len(value) > spec.get("max_length", len(value)):
        return f"is longer than Max Length {spec['max_length']}"
    return None


# The page ---------------------------------------------------------------------------------


def _section(path: Path, lines: list[Line]) -> tuple[int, int]:
    """Where the (first) input section starts and where its request example starts."""
    start = next((i for i, line in enumerate(lines) if line.text.startswith(INPUTS)), None)
    if start is None:
        raise page_error(path, 1, f"not a model page: it has no '{INPUTS}' section")
    end = _find(lines, REQUEST, start)
    if end is None:
        raise page_error(path, lines[-1].number,
                         f"the page ends before its '{REQUEST}': is it truncated?")  # fmt: skip
    return start, end


def _request_example(path: Path, lines: list[Line], heading: int) -> tuple[Any, list[int]]:
    """The ```json block under the request example's heading, and where it writes `undefined`."""
    opening = next((i for i in range(heading + 1, len(lines)) if lines[i].text), None)
    if opening is None or not lines[opening].text.startswith("```"):
        at = lines[opening if opening is not None else heading].number
        raise page_error(path, at, "the request example has no ```json block")
    closing = _find(lines, "```", opening + 1)
    if closing is None:
        raise page_error(path, lines[opening].number,
                         "the request example's ```json block never closes: is it truncated?")  # fmt: skip
    body = "\n".join(line.raw for line in lines[opening + 1 : closing])
    payload, undefined = docs_json(path, lines[opening].number + 1, body, "the request example")
    if not isinstance(payload, dict):
        raise page_error(path, lines[opening].number, "the request example is not a JSON object")
    return payload, undefined


def _model_id(path: Path, lines: list[Line], payload: dict[str, Any]) -> str:
    stated = next((m[1] for line in lines if (m := _MODEL.fullmatch(line.text))), None)
    if stated is None and isinstance(payload.get("model"), str):
        stated = payload["model"]
    if not stated:
        raise page_error(path, 1, "no model id: neither the model table nor the request example names one")  # fmt: skip
    return str(stated)


def _output_from_result(lines: list[Line], draft: Draft) -> None:
    """The status query's example result file says what the model outputs better than its id."""
    found = next((m for line in lines if (m := _RESULT.search(line.raw))), None)
    output = _OUTPUT_OF_EXTENSION.get(found[1].lower()) if found else None
    if found and output:
        draft.spec["output"] = output
        draft.undecided[1] = (
            f"kind {draft.spec['kind']!r} is guessed from the id, output {output!r} from the "
            f"result file {found[1]!r} of the page's response example"
        )


def _repeated_section(lines: list[Line], start: int, end: int, draft: Draft) -> None:
    """Some pages repeat their whole text; a repeat that says something else is noted."""
    again = next((i for i in range(end, len(lines)) if lines[i].text.startswith(INPUTS)), None)
    if again is None:
        return
    first = [line.text for line in lines[start:end]]
    if [line.text for line in lines[again : again + len(first)]] != first:
        draft.note(lines[again].text,
                   "The page gives its input section again, differently: compare it with the first.",
                   line=lines[again].number)  # fmt: skip


def read(path: Path, lines: list[Line]) -> Draft:
    """The draft spec a copy-page page describes; PageError (with the page line) if it cannot."""
    start, end = _section(path, lines)
    payload, undefined = _request_example(path, lines, end)
    draft = new_draft(_model_id(path, lines, payload), path, FORM)
    _output_from_result(lines, draft)
    for block in _blocks(path, lines[start + 1 : end]):
        if block.name in draft.spec["input"]:
            raise page_error(path, block.heading.number, f"{block.name} is described twice")
        draft.spec["input"][block.name] = _FieldReader(path, block, draft).read()
    if not draft.spec["input"]:
        raise page_error(path, lines[start].number, "the input section lists no '#### NAME' field")
    settle_rules(draft)
    _repeated_section(lines, start, end, draft)
    for line in undefined:
        draft.spec.setdefault("notes", []).append(
            {"line": line, "doc": lines[line - 1].text,
             "decision": "Left out of the docs example: JavaScript sends no key whose value is undefined."}
        )  # fmt: skip
    if examples := docs_example(payload):
        draft.spec["examples"] = examples
    return laid_out(draft)
