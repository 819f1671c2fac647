"""The ComfyUI node pack (`generated/comfyui`): one node per model, their reference pages and
example workflows (templates/comfyui). The nodes' inputs come from the pack's own `_widgets`,
which the generator loads, so pages and workflows show exactly what the nodes do."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from ..fixtures import model_fixtures
from ..format import Chunked, laid_out_file
from ..render import environment, json_text
from ..runtime import describe, runtime_files, runtime_module
from ..spec import ModelSpec, Project

# ComfyUI's own nodes that show a result, by what the model makes: type, input, widget values.
_SHOW = {
    "video": ("SaveVideo", "video", ["video/Kie", "auto", "auto"]),
    "image": ("PreviewImage", "images", []),
    "audio": ("PreviewAudio", "audio", []),
    "text": ("PreviewAny", "source", []),
}


def widgets() -> ModuleType:
    return runtime_module("comfyui/runtime/_widgets.py")


def node_id(model: ModelSpec) -> str:
    """Stable as long as the model's id is: workflows refer to nodes by it."""
    return f"Kie_{model.module}"


def node_class(model: ModelSpec) -> str:
    return "Kie" + model.class_name.removesuffix("Input")


def node_title(model: ModelSpec) -> str:
    return f"{model.title} (Kie.ai)"


def node_inputs(model: ModelSpec) -> list[Any]:
    return list(widgets().node_inputs(model, describe().describe_field))


def render_shared(project: Project) -> dict[str, str | bytes | Chunked]:
    env = environment()
    context = {"api": project.api, "models": project.models, "node_id": node_id}
    context |= {"node_class": node_class, "node_title": node_title}
    out: dict[str, str | bytes | Chunked] = dict(runtime_files("comfyui"))
    for target in ("nodes.py", "pyproject.toml", "requirements.txt", "README.md"):
        text = env.get_template(f"comfyui/package/{target}.jinja").render(context)
        # nodes.py is a row of strings per model, split one item a line: black's form as rendered
        out[target] = laid_out_file(text, certain=True) if target == "nodes.py" else text
    return out


def _node(number: int, kind: str, x: int, y: int, **parts: Any) -> dict[str, Any]:
    """A node of a workflow file, as ComfyUI saves one."""
    return {
        "id": number,
        "type": kind,
        "pos": [x, y],
        "size": [400, 320] if kind.startswith("Kie_") else [320, 100],
        "flags": {},
        "order": number,
        "mode": 0,
        "inputs": parts.get("inputs", []),
        "outputs": parts.get("outputs", []),
        "properties": {"Node name for S&R": kind},
        "widgets_values": parts.get("values", []),
    }


def example_input(model: ModelSpec) -> dict[str, Any]:
    """The docs' first example that the model takes (one may break a documented rule), else the
    smallest valid input."""
    valid = (e.input for e in model.examples if not e.rejected_for)
    return next(valid, None) or model_fixtures(model)["valid"][0]["input"]


def example_workflow(model: ModelSpec, inputs: list[Any]) -> dict[str, Any]:
    """A workflow of the model's node set to its example: widgets hold the example's values,
    a String node gives each media input its URLs, and a ComfyUI node shows the result."""
    mapping = widgets()
    example = example_input(model)
    shown_by, shown_input, shown_values = _SHOW[model.output]
    links: list[list[Any]] = [[1, 1, 0, 2, 0, mapping.RESULT_TYPES[model.output]]]
    sources: list[dict[str, Any]] = []
    sockets: list[dict[str, Any]] = []
    values: list[Any] = []
    for node_input in inputs:
        field = node_input.field
        if not node_input.socket:
            given = example.get(field.name)
            default = node_input.options["default"]
            values.append(default if given is None else mapping.to_widget(field, given))
            continue
        link = None
        if field.name in example and node_input.name == field.name:  # the field's first socket
            link, source = len(links) + 1, len(sources) + 3
            text = mapping.to_widget(field, example[field.name])
            kind = "PrimitiveStringMultiline" if "\n" in text else "PrimitiveString"
            output = {"name": "STRING", "type": "STRING", "links": [link], "slot_index": 0}
            sources.append(
                _node(source, kind, 20, 100 + 160 * len(sources), outputs=[output], values=[text])
            )
            links.append([link, source, 0, 1, len(sockets), "STRING"])
        sockets.append({"name": node_input.name, "type": node_input.type, "link": link})
    outputs = [
        {"name": name, "type": kind, "links": [1] if slot == 0 else [], "slot_index": slot}
        for slot, (name, kind, _) in enumerate(mapping.returns(model.output))
    ]
    shown = {"name": shown_input, "type": mapping.RESULT_TYPES[model.output], "link": 1}
    nodes = [
        _node(1, node_id(model), 420, 100, inputs=sockets, outputs=outputs, values=values),
        _node(2, shown_by, 900, 100, inputs=[shown], values=shown_values),
        *sources,
    ]
    return {
        "last_node_id": len(nodes),
        "last_link_id": len(links),
        "nodes": nodes,
        "links": links,
        "groups": [],
        "config": {},
        "extra": {},
        "version": 0.4,
    }


def render_model(model: ModelSpec) -> dict[str, str | bytes]:
    name = node_id(model)
    inputs = node_inputs(model)  # the node's page and its workflow show the same inputs
    page = (
        environment()
        .get_template("comfyui/package/node.md.jinja")
        .render(
            model=model,
            inputs=inputs,
            node_id=name,
            title=node_title(model),
            returns=widgets().returns(model.output),
        )
    )
    return {
        f"web/docs/{name}.md": page,
        f"example_workflows/{name}.json": json_text(example_workflow(model, inputs)),
    }
