"""The node pack as ComfyUI sees it: loaded as `load_custom_node` loads a pack, and its inputs
checked as `execution.validate_inputs` checks them. ComfyUI itself cannot be installed here; the
parts of it the pack uses are stood in for by tests/comfy_host (see its README)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from conftest import ROOT, fixture_cases

PACK = ROOT / "generated" / "comfyui"
HOST = Path(__file__).resolve().parent / "comfy_host"
LINK = ["7", 0]  # an input fed by another node's output, as a prompt writes it
_COERCE = {"INT": int, "FLOAT": float, "STRING": str, "BOOLEAN": bool}


def load_pack(folder: Path = PACK) -> ModuleType:
    """The pack imported as ComfyUI's nodes.load_custom_node imports a folder: under its path with
    dots mangled, so only relative imports inside it work."""
    if str(HOST) not in sys.path:
        sys.path.insert(0, str(HOST))
    module_path = str(folder)
    sys_module_name = module_path.replace(".", "_x_")
    spec = importlib.util.spec_from_file_location(
        sys_module_name, os.path.join(module_path, "__init__.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[sys_module_name] = module
    spec.loader.exec_module(module)
    return module


def pack_module(pack: ModuleType, name: str) -> ModuleType:
    """One of the pack's own modules, as the loaded pack imported it."""
    return sys.modules[f"{pack.__name__}.{name}"]


def comfy_validate(node: type, inputs: dict[str, Any]) -> tuple[list[str], str | None]:
    """What ComfyUI's validate_inputs says of a node given `inputs` (a prompt's, with LINK for a
    linked one): its own errors (missing required inputs, values it cannot convert), and what the
    node's VALIDATE_INPUTS returned (None when it said True). The node takes **kwargs, so ComfyUI
    leaves min, max and options to it, and passes every input, a linked one as None."""
    declared = node.INPUT_TYPES()
    required, optional = declared["required"], declared.get("optional", {})
    errors = []
    given: dict[str, Any] = {}
    for name, value in inputs.items():
        if value == LINK:
            given[name] = None
            continue
        kind = (required.get(name) or optional.get(name) or ("", {}))[0]
        try:
            given[name] = (
                _COERCE[kind](value) if isinstance(kind, str) and kind in _COERCE else value
            )
        except (TypeError, ValueError) as error:
            errors.append(
                f"Failed to convert an input value to a {kind} value: {name}, {value}, {error}"
            )
    errors += [f"Required input is missing: {name}" for name in required if name not in inputs]
    said = node.VALIDATE_INPUTS(**given)
    return errors, None if said is True else str(said)


def prompt_inputs(
    pack: ModuleType, model_id: str, values: dict[str, Any], *, media: str = "text"
) -> dict[str, Any]:
    """A prompt's inputs for a model's node holding `values` (a request input): each widget as the
    UI holds it (a field left out: its widget's starting value, or missing if it is required),
    each media field given to its first socket as URLs in text (`media="text"`, as the API lets a
    prompt do) or from another node (`media="linked"`). Keys that are no field are kept."""
    widgets = pack_module(pack, "_widgets")
    inputs: dict[str, Any] = {}
    for node_input in pack_module(pack, "_run").inputs_of(model_id):
        field = node_input.field
        if field.name not in values:
            if not node_input.socket and not node_input.required:
                inputs[node_input.name] = node_input.options["default"]
        elif not node_input.socket:
            inputs[node_input.name] = widgets.to_widget(field, values[field.name])
        elif node_input.name == field.name:
            value = values[field.name]
            texts = isinstance(value, list) and all(isinstance(v, str) for v in value)
            inputs[node_input.name] = (
                LINK if media == "linked" else "\n".join(value) if texts else value
            )
    fields = {f.name for f in pack_module(pack, "_run").spec_of(model_id).fields}
    return inputs | {key: value for key, value in values.items() if key not in fields}


def point_pack_at(simulator: Any, user_folder: Path, monkeypatch: Any) -> None:
    """The pack's settings as a user gives them, by environment variables, aimed at `simulator`;
    ComfyUI's user folder is `user_folder`."""
    monkeypatch.setenv("KIE_API_KEY", simulator.api_key or "")
    monkeypatch.setenv("KIE_BASE_URL", simulator.base_url)
    for name in ("KIE_UPLOAD_BASE_URL", "KIE_WAIT_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    import folder_paths

    monkeypatch.setattr(folder_paths, "user_directory", str(user_folder))


def expected_widgets(pack: ModuleType, model_id: str, given: dict[str, Any]) -> dict[str, Any]:
    """What the request must hold besides media: the example's values a widget sends, and the
    default of every optional field the example leaves out whose widget starts at it."""
    widgets = pack_module(pack, "_widgets")
    inputs = {i.name: i for i in pack_module(pack, "_run").inputs_of(model_id) if not i.socket}
    expected = {}
    for name, node_input in inputs.items():
        field = node_input.field
        if name in given:
            value = given[name]
            if not (
                node_input.unset is not widgets.ALWAYS_SENT and value in (None, node_input.unset)
            ):
                expected[name] = value
        elif node_input.unset is widgets.ALWAYS_SENT and field.default is not None:
            expected[name] = field.default
    return expected


def example_input(model_id: str) -> dict[str, Any]:
    """The input a model's example workflow holds: the docs' first example the model takes, else
    its smallest valid input (as the fixtures keep both)."""
    valid = fixture_cases(model_id)["valid"]
    return next((f for f in valid if f["name"].startswith("example-")), valid[0])["input"]
