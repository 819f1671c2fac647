"""How a model's fields appear on its ComfyUI node, and how the node's inputs become the request.

Plain Python over any objects with kie_client's FieldSpec attributes, so that the generator words
the node docs and example workflows with the very mapping the nodes use.

- Text, numbers, booleans and options are widgets, starting at the spec's default; what a widget
  shows is sent. An optional field with no default, or one whose presence a rule weighs (e.g.
  "index requires task_id"), starts unset instead: "(not set)" in a list, -1 in a number, an
  empty text. It is then not sent.
- A URL of an image, video or audio is a socket taking that media or a STRING of URLs; a list of
  them gets numbered sockets, each taking a batch or one URL per line.
- Other lists and objects are JSON text (a list of strings: one item per line).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

NOT_SET = "(not set)"
SOCKET_TYPES = {"image": "IMAGE", "video": "VIDEO", "audio": "AUDIO"}
RESULT_TYPES = {**SOCKET_TYPES, "text": "STRING"}  # by what a model makes
MAX_SOCKETS = 4  # numbered sockets for a list of media; each takes a batch or many URLs
LARGEST = 2**53 - 1  # the widest integer a number widget holds exactly
LINKED = None  # what ComfyUI passes for an input fed by another node, before that node has run
ALWAYS_SENT = object()  # the `unset` of a widget whose every value is sent


@dataclass(frozen=True)
class NodeInput:
    name: str  # as ComfyUI shows and passes it
    field: Any  # the spec field it feeds
    type: str | list[str]  # a ComfyUI type, or a widget's options
    options: dict[str, Any]
    required: bool
    unset: Any = ALWAYS_SENT  # the widget value that sends nothing

    @property
    def socket(self) -> bool:
        """Fed only by another node's output (media, or URLs as text)."""
        return media_of(self.field) is not None


def returns(output: str) -> list[tuple[str, str, str]]:
    """A model node's outputs as (name, type, what it is): result, task id and result URLs."""
    batch = " (every image, as a batch)" if output == "image" else ""
    return [
        (output, RESULT_TYPES[output], f"The {output} the model made{batch}."),
        (
            "task_id",
            "STRING",
            "The task's id: resume it with a Kie.ai Task Result node, or chain it into a model "
            "that takes a task id.",
        ),
        ("urls", "STRING", "The result URLs, one per line."),
    ]


def media_of(field: Any) -> str | None:
    """The media a URL field, or a list of them, points at; None for any other field."""
    target = field.items if field.type == "array" else field
    return target.media if target is not None and target.type == "url" else None


def choice(value: Any) -> str:
    """An option as a widget lists it."""
    return value if isinstance(value, str) else json.dumps(value)


def _unset_value(field: Any) -> Any:
    """What a widget holds to leave its field unset: below every valid number, else empty."""
    if field.type in ("integer", "number"):
        return -1 if field.minimum is None or field.minimum >= 0 else field.minimum - 1
    return NOT_SET if field.type in ("enum", "boolean") else ""


def _widget(field: Any, unset: Any, tooltip: str) -> tuple[str | list[str], dict[str, Any]]:
    """A field's widget: its type (or options) and options, starting at `unset` or the default."""
    can_unset = unset is not ALWAYS_SENT
    default = field.default
    if field.type == "enum" or (field.type == "boolean" and can_unset):
        values = [o.value for o in field.options] if field.type == "enum" else [True, False]
        shown = [choice(v) for v in values]
        start = unset if can_unset else choice(values[0] if default is None else default)
        return [NOT_SET, *shown] if can_unset else shown, {"default": start, "tooltip": tooltip}
    if field.type == "boolean":
        return "BOOLEAN", {"default": bool(default), "tooltip": tooltip}
    if field.type in ("integer", "number"):
        low = unset if can_unset else field.minimum  # unset is below every valid value
        start = unset if can_unset else default
        options: dict[str, Any] = {
            "default": start if start is not None else (low if low is not None else 0),
            "min": -LARGEST if low is None else low,
            "max": LARGEST if field.maximum is None else field.maximum,
            "tooltip": tooltip,
        }
        if field.type == "integer":
            return "INT", {**options, "step": field.step or 1, "control_after_generate": False}
        if field.step is None:
            return "FLOAT", {**options, "step": 0.01, "round": False}
        return "FLOAT", {**options, "step": field.step}
    multiline = field.multiline or field.type in ("array", "object")
    text = unset if can_unset else ("" if default is None else to_widget(field, default))
    return "STRING", {"default": text, "multiline": multiline, "tooltip": tooltip}


def _weighed(spec: Any) -> set[str]:
    """Fields whose presence, not only value, a rule weighs."""
    return {name for rule in spec.rules if rule.kind != "forbid" for name in rule.fields}


def node_inputs(spec: Any, describe: Callable[[Any], list[str]]) -> list[NodeInput]:
    """The node's inputs: required ones first, in the spec's order within each."""
    weighed = _weighed(spec)
    inputs = []
    for field in spec.fields:
        lines = describe(field)
        media = media_of(field)
        if media is None:
            unset = ALWAYS_SENT
            if not field.required and (field.default is None or field.name in weighed):
                unset = _unset_value(field)
                shown = "Left empty" if unset == "" else f"At {choice(unset)}"
                lines.append(f"{shown}, it is not sent.")
            kind, options = _widget(field, unset, "\n".join(lines))
            inputs.append(NodeInput(field.name, field, kind, options, field.required, unset))
            continue
        socket = f"{SOCKET_TYPES[media]},STRING"
        if field.type != "array":
            tip = "\n".join([*lines, f"Connect {media} or a URL."])
            inputs.append(NodeInput(field.name, field, socket, {"tooltip": tip}, field.required))
            continue
        count = min(field.max_items or MAX_SOCKETS, MAX_SOCKETS)
        tip = "\n".join([*lines, f"Connect {media} (a batch gives several) or URLs, one per line."])
        for slot in range(count):
            name = field.name if slot == 0 else f"{field.name} {slot + 1}"
            needed = field.required and slot == 0
            inputs.append(NodeInput(name, field, socket, {"tooltip": tip}, needed))
    return sorted(inputs, key=lambda i: not i.required)


def input_types(inputs: Iterable[NodeInput]) -> dict[str, dict[str, Any]]:
    """INPUT_TYPES as ComfyUI reads it."""
    types: dict[str, dict[str, Any]] = {"required": {}, "optional": {}}
    for node_input in inputs:
        group = types["required" if node_input.required else "optional"]
        group[node_input.name] = (node_input.type, node_input.options)
    return types


def to_widget(field: Any, value: Any) -> Any:
    """A request value as the field's widget holds it (null: the field left unset)."""
    if value is None:
        return _unset_value(field)
    if field.type == "enum" or (field.type == "boolean" and not isinstance(value, bool)):
        return choice(value)
    if field.type == "array" and field.items.type in ("string", "url"):
        return "\n".join(value) if all(isinstance(v, str) for v in value) else json.dumps(value)
    if field.type in ("array", "object"):
        return json.dumps(value, ensure_ascii=False)
    return value


class Unreadable(ValueError):
    """A widget's text that is not what its field takes (e.g. JSON that does not parse)."""


def _same(value: Any, other: Any) -> bool:
    """JSON's equality: 1 and 1.0 are the same, true and 1 are not."""
    return isinstance(value, bool) == isinstance(other, bool) and value == other


def from_widget(node_input: NodeInput, value: Any) -> Any:
    """A widget's value as the request sends it; NotImplemented when it leaves the field unset."""
    field = node_input.field
    if _same(value, node_input.unset) or (value == NOT_SET and not field.required):
        return NotImplemented
    if field.type == "enum" or (field.type == "boolean" and isinstance(value, str)):
        values = [o.value for o in field.options] if field.type == "enum" else [True, False]
        return next((v for v in values if choice(v) == value), value)
    if field.type == "array" and field.items.type in ("string", "url") and isinstance(value, str):
        return [line.strip() for line in value.splitlines() if line.strip()]
    if field.type in ("array", "object") and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError as error:
            example = json.dumps(field.example) if field.example is not None else "[]"
            raise Unreadable(f"{field.name}: not JSON ({error}); write e.g. {example}") from None
    return value


def urls_in(value: str) -> list[str]:
    """The URLs in a STRING fed to a media socket: one per line."""
    return [line.strip() for line in value.splitlines() if line.strip()]


def request_input(
    inputs: Iterable[NodeInput],
    given: Mapping[str, Any],
    media: Callable[[Any, Any], list[str]],
) -> tuple[dict[str, Any], set[str]]:
    """The request input from the node's inputs, and the fields not known yet (fed by a node that
    has not run). `media(field, value)` turns media given to a socket into files or URLs."""
    values: dict[str, Any] = {}
    pending: set[str] = set()
    for node_input in inputs:
        field = node_input.field
        value = given.get(node_input.name, LINKED)
        if value is LINKED:
            if node_input.name in given:
                pending.add(field.name)
            continue
        if not node_input.socket:
            converted = from_widget(node_input, value)
            if converted is not NotImplemented:
                values[field.name] = converted
            continue
        items = media(field, value)
        if field.type == "array":
            values.setdefault(field.name, []).extend(items)
        else:
            values[field.name] = items[0] if len(items) == 1 else items
    return values, pending
