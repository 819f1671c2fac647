"""The OpenAPI document inside a docs page: found, checked for depth before it is parsed, parsed
with line marks, and the createTask input schema taken out of it with apidog's artefacts removed.

The page reader and the contract test both start here, so they see the same schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from ..load import yaml_fault
from .common import MAX_NESTING, Line, PageError, page_error, page_lines

HEADING = "## OpenAPI Specification"
CREATE_TASK = "/api/v1/jobs/createTask"
_VARIANT_KEYS = ("oneOf", "anyOf", "allOf")


@dataclass(frozen=True)
class Artefact:
    """Something apidog writes that is not part of the API's contract, removed before reading."""

    kind: str
    line: int
    doc: str


DEGENERATE = "degenerate allOf/anyOf entry"
RESTATED = "variant restating a field with another type"
PADDED = "property name padded with whitespace"
# What the reader does about each, said in the draft's notes.
DECISIONS = {
    DEGENERATE: "Ignored: an apidog artefact that no object could satisfy, not part of the API.",
    RESTATED: "Ignored: an apidog artefact; the variant only makes the field required.",
    PADDED: "Read without the whitespace, in the fields and the request examples alike.",
}


@dataclass
class Document:
    """The parsed document and where its first line sits on the page."""

    path: Path
    root: CommentedMap
    first: int

    def line(self, node: Any, key: Any = None) -> int:
        """The page line of `node` (or of its `key`/index)."""
        if key is not None and isinstance(node, CommentedMap) and key in node:
            return self.first + int(node.lc.key(key)[0])
        if key is not None and isinstance(node, CommentedSeq) and 0 <= key < len(node):
            return self.first + int(node.lc.item(key)[0])
        if isinstance(node, CommentedMap | CommentedSeq):
            return self.first + int(node.lc.line)
        return self.first

    def error(self, node: Any, key: Any, what: str, todo: str = "") -> PageError:
        return page_error(self.path, self.line(node, key), what, todo)


def yaml_block(path: Path, lines: list[Line]) -> tuple[str, int]:
    """The text of the ```yaml block under the OpenAPI heading, and its first line's number."""
    heading = next((i for i, line in enumerate(lines) if line.text == HEADING), None)
    if heading is None:
        raise page_error(path, 1, f"no {HEADING!r} heading", "is this a docs OpenAPI page?")
    fence = next((i for i in range(heading + 1, len(lines)) if lines[i].text), None)
    if fence is None or lines[fence].text not in ("```yaml", "```yml"):
        raise page_error(
            path, lines[heading].number, "no ```yaml block follows the heading", "is it truncated?"
        )
    end = next((i for i in range(fence + 1, len(lines)) if lines[i].text == "```"), None)
    if end is None:
        raise page_error(
            path, lines[fence].number, "the ```yaml block never closes", "is the page truncated?"
        )
    return "\n".join(line.raw for line in lines[fence + 1 : end]) + "\n", lines[fence].number + 1


_FAULTS = {
    "alias": ("the document uses a YAML anchor or alias", "write the value out in full"),
    "nesting": (
        f"the document nests deeper than {MAX_NESTING} levels",
        "is it really one model's request schema?",
    ),
    "surrogate": ("the document escapes a lone surrogate, which is no character", "is it damaged?"),
    "digits": ("the document writes a number too long to read", "is it damaged?"),
}


def check_text(path: Path, text: str, first: int) -> None:
    """Refuse what would make loading the block recurse, expand or fail (see yaml_fault) from
    the tokens alone, before it is loaded."""
    try:
        fault = yaml_fault(text, MAX_NESTING)
    except MarkedYAMLError as error:
        raise _yaml_error(path, error, first) from None
    except ReaderError as error:
        line = first + text.count("\n", 0, error.position)
        raise page_error(path, line, f"the document holds character U+{error.character:04X}",
                         "YAML refuses control characters; is the page damaged?") from None  # fmt: skip
    if fault is not None:
        raise page_error(path, first + fault.line, *_FAULTS[fault.kind])


def _yaml_error(path: Path, error: MarkedYAMLError, first: int) -> PageError:
    mark = error.problem_mark or error.context_mark
    line = first + (mark.line if mark else 0)
    return page_error(path, line, f"the OpenAPI block is not valid YAML: {error.problem}")


def load(path: Path, lines: list[Line]) -> Document:
    text, first = yaml_block(path, lines)
    check_text(path, text, first)
    try:
        root = YAML().load(text)
    except MarkedYAMLError as error:
        raise _yaml_error(path, error, first) from None
    except YAMLError as error:
        raise page_error(path, first, f"the OpenAPI block is not valid YAML: {error}") from None
    if not isinstance(root, CommentedMap):
        raise page_error(path, first, "the OpenAPI block is not a mapping")
    return Document(path, root, first)


def _child(doc: Document, node: Any, key: str, where: str) -> CommentedMap:
    value = node.get(key) if isinstance(node, CommentedMap) else None
    if not isinstance(value, CommentedMap):
        raise doc.error(node, key, f"no {where}", "is this a createTask page?")
    return value


def create_task(doc: Document) -> CommentedMap:
    """The POST createTask operation."""
    paths = _child(doc, doc.root, "paths", "`paths` mapping")
    return _child(doc, _child(doc, paths, CREATE_TASK, f"{CREATE_TASK} path"), "post", "post")


def request_content(doc: Document) -> CommentedMap:
    """The createTask request's application/json content: its schema and examples."""
    body = _child(doc, create_task(doc), "requestBody", "requestBody of createTask")
    content = _child(doc, body, "content", "request content")
    return _child(doc, content, "application/json", "application/json request content")


def request_schema(doc: Document) -> CommentedMap:
    return _child(doc, request_content(doc), "schema", "request schema")


def input_schema(doc: Document, request: CommentedMap) -> CommentedMap:
    properties = _child(doc, request, "properties", "properties in the request schema")
    schema = _child(doc, properties, "input", "`input` object in the request schema")
    has_fields = isinstance(schema.get("properties"), CommentedMap) or any(
        isinstance(schema.get(key), CommentedSeq) for key in _VARIANT_KEYS
    )
    if not has_fields:
        raise doc.error(properties, "input", "the input object has no properties")
    return schema


def _objects(schema: CommentedMap) -> Iterator[CommentedMap]:
    """Every object schema inside `schema` (itself included), through properties, items and variants."""
    stack = [schema]
    while stack:
        node = stack.pop()
        yield node
        children = [*(node.get("properties") or {}).values(), node.get("items")]
        for key in _VARIANT_KEYS:
            children += list(node.get(key) or [])
        stack.extend(child for child in children if isinstance(child, CommentedMap))


def _is_degenerate(entry: Any) -> bool:
    """apidog writes `- type: string` entries under an object's allOf/anyOf: they say nothing."""
    return isinstance(entry, CommentedMap) and set(entry) == {"type"} and entry["type"] != "object"


def remove_artefacts(doc: Document, schema: CommentedMap) -> list[Artefact]:
    """Remove (in place) what apidog adds that no request could satisfy; say what was removed."""
    found: list[Artefact] = []
    for node in list(_objects(schema)):
        found += _remove_degenerate(doc, node)
        found += _remove_restated(doc, node)
        found += _strip_names(doc, node)
    return found


def _strip_names(doc: Document, node: CommentedMap) -> list[Artefact]:
    """`'image_urls '` is a slip of the docs' editor: no request sends the space."""
    properties = node.get("properties")
    if not isinstance(properties, CommentedMap):
        return []
    found = []
    for position, name in enumerate(list(properties)):
        if not isinstance(name, str) or name == name.strip():
            continue
        line = doc.line(properties, name)
        found.append(Artefact(PADDED, line, f"the property is named {name!r}"))
        properties.insert(position, name.strip(), properties.pop(name))
        properties.lc.data[name.strip()] = [line - doc.first, 0, line - doc.first, 0]
    for key in ("required", "x-apidog-orders", "x--orders"):
        if isinstance(node.get(key), CommentedSeq):
            node[key] = CommentedSeq(n.strip() if isinstance(n, str) else n for n in node[key])
    return found


def _remove_degenerate(doc: Document, node: CommentedMap) -> list[Artefact]:
    found = []
    for key in _VARIANT_KEYS:
        entries = node.get(key)
        if not isinstance(entries, CommentedSeq):
            continue
        bare = [i for i, entry in enumerate(entries) if _is_degenerate(entry)]
        if not bare:
            continue
        found.append(
            Artefact(
                DEGENERATE,
                doc.line(node, key),
                f"{key} lists {len(bare)} bare `type` entries on an object",
            )
        )
        for i in reversed(bare):
            del entries[i]
        if not entries:
            del node[key]
    return found


def _remove_restated(doc: Document, node: CommentedMap) -> list[Artefact]:
    """A variant that only makes a field required restates it with a type that contradicts the
    field's own schema (`type: string` for an array): keep the field's own schema."""
    own = node.get("properties") or {}
    found = []
    for variant in _variant_entries(node):
        properties = variant.get("properties")
        if not isinstance(properties, CommentedMap):
            continue
        for name in list(properties):
            restated, original = properties[name], own.get(name)
            if (
                isinstance(original, CommentedMap)
                and isinstance(restated, CommentedMap)
                and set(restated) == {"type"}
                and restated["type"] != original.get("type")
            ):
                found.append(
                    Artefact(
                        RESTATED,
                        doc.line(properties, name),
                        f"a variant restates {name} as {restated['type']}, "
                        f"the field itself is {original.get('type')}",
                    )
                )
                del properties[name]
    return found


def _variant_entries(node: CommentedMap) -> Iterator[CommentedMap]:
    """Variant objects under `node`, also those one allOf down (allOf: [anyOf: [...]])."""
    for key in _VARIANT_KEYS:
        for entry in node.get(key) or []:
            if isinstance(entry, CommentedMap):
                yield entry
                for inner in _VARIANT_KEYS:
                    yield from (e for e in entry.get(inner) or [] if isinstance(e, CommentedMap))


def plain(value: Any) -> Any:
    """ruamel's round-trip values as plain dicts, lists, str, int, float, bool and None."""
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    for kind in (str, int, float):
        if isinstance(value, kind):
            return kind(value)
    return value


def without_extensions(value: Any) -> Any:
    """Plain data with every `x-...` key (apidog's orders, refs, enum labels) dropped."""
    if isinstance(value, dict):
        return {
            plain(k): without_extensions(v)
            for k, v in value.items()
            if not (isinstance(k, str) and k.startswith("x-"))
        }
    if isinstance(value, list):
        return [without_extensions(v) for v in value]
    return plain(value)


def page_json_schema(path: Path) -> tuple[dict[str, Any], list[Artefact]]:
    """The page's `input` schema as a JSON Schema: x-* keys dropped, apidog's artefacts removed."""
    doc = load(path, page_lines(path.read_text("utf-8")))
    schema = input_schema(doc, request_schema(doc))
    artefacts = remove_artefacts(doc, schema)
    return without_extensions(schema), artefacts
