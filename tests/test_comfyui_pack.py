"""The node pack loads as ComfyUI loads it, with one node per spec, each declared as ComfyUI's
classic node contract documents, and every input checked as ComfyUI checks it before a run."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import kie_client
from comfy_support import (
    PACK,
    comfy_validate,
    example_input,
    expected_widgets,
    load_pack,
    pack_module,
    point_pack_at,
    prompt_inputs,
)
from conftest import GENERATED, SPECS, fixture_cases
from kie_client import MODELS, spec_of
from kie_client._validate import check_input
from kie_client.testing import KieSimulator

WIDGET_OPTIONS = {"default", "min", "max", "step", "round", "multiline", "tooltip", "forceInput"}
WIDGET_OPTIONS |= {"control_after_generate"}
SOCKETS = {"IMAGE,STRING", "VIDEO,STRING", "AUDIO,STRING"}


@pytest.fixture(scope="module")
def pack() -> ModuleType:
    return load_pack()


def model_nodes(pack: ModuleType) -> dict[str, type]:
    return {
        node_id: node
        for node_id, node in pack.NODE_CLASS_MAPPINGS.items()
        if hasattr(node, "MODEL")
    }


def test_every_spec_is_one_node_with_a_title_and_page(pack: ModuleType) -> None:
    nodes = model_nodes(pack)
    specs = list((SPECS / "models").rglob("*.yaml"))
    assert len(nodes) == len(specs) == len(MODELS)
    assert sorted(node.MODEL for node in nodes.values()) == sorted(MODELS)
    assert set(pack.NODE_DISPLAY_NAME_MAPPINGS) == set(pack.NODE_CLASS_MAPPINGS)
    web = PACK / pack.WEB_DIRECTORY
    for node_id, node in nodes.items():
        entry = MODELS[node.MODEL]
        assert node_id == f"Kie_{entry.module}"
        assert pack.NODE_DISPLAY_NAME_MAPPINGS[node_id] == f"{entry.title} (Kie.ai)"
        assert f"Kie.ai/{entry.output}" == node.CATEGORY
        assert (web / "docs" / f"{node_id}.md").is_file()
        assert (PACK / "example_workflows" / f"{node_id}.json").is_file()


def test_the_pack_says_how_it_installs() -> None:
    pyproject = (PACK / "pyproject.toml").read_text("utf-8")
    assert "[tool.comfy]" in pyproject and "PublisherId" in pyproject
    assert f"kie-client=={kie_client.__version__}" in (PACK / "requirements.txt").read_text("utf-8")
    assert (GENERATED / "pyproject.toml").is_file()  # the client installs on its own


def check_declaration(node: type) -> None:
    """One node against the node-definition shape ComfyUI documents."""
    declared = node.INPUT_TYPES()
    assert set(declared) <= {"required", "optional", "hidden"}
    for name, entry in [*declared["required"].items(), *declared["optional"].items()]:
        kind, options = entry
        assert isinstance(name, str) and name
        assert set(options) <= WIDGET_OPTIONS, name
        assert options["tooltip"].strip(), name
        if isinstance(kind, list):  # options, shown as text
            assert kind and all(isinstance(v, str) for v in kind)
            assert options["default"] in kind, name
        elif kind in ("INT", "FLOAT"):
            assert options["min"] <= options["default"] <= options["max"], name
            assert options["step"] > 0
        elif kind == "STRING":
            assert isinstance(options["default"], str)
        else:
            assert kind in SOCKETS or kind == "BOOLEAN", (name, kind)
    assert len(node.RETURN_TYPES) == len(node.RETURN_NAMES) == len(node.OUTPUT_TOOLTIPS) == 3
    assert node.RETURN_TYPES[1:] == ("STRING", "STRING")
    assert inspect.iscoroutinefunction(getattr(node, node.FUNCTION))
    assert inspect.getfullargspec(node.VALIDATE_INPUTS).varkw  # so ComfyUI passes every input


def test_every_node_declares_its_inputs_as_comfyui_documents(pack: ModuleType) -> None:
    for node in model_nodes(pack).values():
        check_declaration(node)


def test_inputs_keep_the_specs_limits_options_and_defaults(pack: ModuleType) -> None:
    widgets = pack_module(pack, "_widgets")
    for node in model_nodes(pack).values():
        declared = node.INPUT_TYPES()
        entries = declared["required"] | declared["optional"]
        for field in spec_of(node.MODEL).fields:
            kind, options = entries[field.name]
            assert (field.name in declared["required"]) == field.required
            if field.type == "enum":
                values = [widgets.choice(o.value) for o in field.options]
                assert [v for v in kind if v != widgets.NOT_SET] == values
            if field.type in ("integer", "number") and field.maximum is not None:
                assert options["max"] == field.maximum
            if field.type in ("integer", "number") and field.minimum is not None:
                assert options["min"] <= field.minimum
            starts_unset = field.name in unset_at_start(pack, node.MODEL)
            if field.default is not None and not starts_unset and widgets.media_of(field) is None:
                assert options["default"] == widgets.to_widget(field, field.default)
            if starts_unset:
                assert field.default is None or field.name in weighed_by_rules(node.MODEL)
            if field.type == "string":
                assert options["multiline"] == field.multiline


def unset_at_start(pack: ModuleType, model_id: str) -> set[str]:
    widgets = pack_module(pack, "_widgets")
    inputs = pack_module(pack, "_run").inputs_of(model_id)
    return {i.name for i in inputs if i.unset is not widgets.ALWAYS_SENT}


def weighed_by_rules(model_id: str) -> set[str]:
    """Fields whose presence a rule weighs: these start unset even with a default."""
    rules = spec_of(model_id).rules
    return {name for rule in rules if rule.kind != "forbid" for name in rule.fields}


def not_sent(pack: ModuleType, model_id: str, name: str, value: Any) -> bool:
    """Whether a value is one its widget does not send: the widget's "not set" (-1 for a seed
    from 0, an empty optional text)."""
    widgets = pack_module(pack, "_widgets")
    inputs = pack_module(pack, "_run").inputs_of(model_id)
    node_input = next((i for i in inputs if i.name == name and not i.socket), None)
    if node_input is None:
        return False
    shown = widgets.to_widget(node_input.field, value)
    return widgets.from_widget(node_input, shown) is NotImplemented


@pytest.fixture(scope="module")
def simulator() -> Any:
    with KieSimulator() as sim:
        yield sim


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, simulator: KieSimulator) -> Path:
    point_pack_at(simulator, tmp_path, monkeypatch)
    return tmp_path


def test_comfyui_validation_passes_valid_fixtures_and_names_the_field_of_invalid_ones(
    pack: ModuleType, simulator: KieSimulator, settings: Path
) -> None:
    before = len(simulator.requests)
    counts = dict.fromkeys(
        ("valid", "valid, judged as the widgets send it", "refused", "made valid by ComfyUI"), 0
    )
    for node in model_nodes(pack).values():
        fixtures = fixture_cases(node.MODEL)
        for fixture in fixtures["valid"]:
            given = fixture["input"]
            sent = {k: v for k, v in given.items() if not not_sent(pack, node.MODEL, k, v)}
            # what the widgets send, e.g. without an empty optional text, is what is judged
            expected = check_input(spec_of(node.MODEL), sent) if sent != given else []
            for media in ("text", "linked"):
                inputs = prompt_inputs(pack, node.MODEL, given, media=media)
                errors, said = comfy_validate(node, inputs)
                assert not errors and (said is None) == (not expected), (
                    node.MODEL,
                    fixture["name"],
                )
            counts["valid" if sent == given else "valid, judged as the widgets send it"] += 1
        for fixture in fixtures["invalid"]:
            inputs = prompt_inputs(pack, node.MODEL, fixture["input"])
            errors, said = comfy_validate(node, inputs)
            where = (node.MODEL, fixture["name"])
            if errors or said:
                top = fixture["field"].split(".")[0].split("[")[0]
                assert any(top in error for error in errors) or fixture["field"] in (said or ""), (
                    where,
                    errors,
                    said,
                )
                counts["refused"] += 1
            else:  # ComfyUI converted the value to the widget's type (12345 to "12345"), or
                # the widget does not send it (-1 for a seed from 0)
                bad = fixture["input"].get(fixture["field"])
                assert fixture["rule"] == "type" or not_sent(
                    pack, node.MODEL, fixture["field"], bad
                ), where
                counts["made valid by ComfyUI"] += 1
    assert len(simulator.requests) == before  # nothing was sent
    print(f"\nComfyUI validation: {counts}")


CORE_NODES = {"PrimitiveString", "PrimitiveStringMultiline", "SaveVideo", "PreviewImage"}
CORE_NODES |= {"PreviewAudio", "PreviewAny"}


def workflow_prompt(pack: ModuleType, workflow: dict[str, Any]) -> tuple[type, dict[str, Any]]:
    """The Kie node of a saved workflow and its inputs, as ComfyUI makes a prompt of it: widget
    values in the order of the node's widgets, and each linked input given its source's text."""
    nodes = {node["id"]: node for node in workflow["nodes"]}
    assert len(nodes) == len(workflow["nodes"]) == workflow["last_node_id"]
    assert len(workflow["links"]) == workflow["last_link_id"]
    for link, source, slot, target, target_slot, kind in workflow["links"]:
        assert link in nodes[source]["outputs"][slot]["links"]
        assert nodes[target]["inputs"][target_slot]["link"] == link
        assert nodes[source]["outputs"][slot]["type"] == kind
    (kie,) = [n for n in nodes.values() if n["type"] in pack.NODE_CLASS_MAPPINGS]
    assert {n["type"] for n in nodes.values()} - {kie["type"]} <= CORE_NODES
    node = pack.NODE_CLASS_MAPPINGS[kie["type"]]
    widgets = [i.name for i in pack_module(pack, "_run").inputs_of(node.MODEL) if not i.socket]
    assert len(kie["widgets_values"]) == len(widgets)
    inputs = dict(zip(widgets, kie["widgets_values"], strict=True))
    by_link = {link[0]: nodes[link[1]] for link in workflow["links"]}
    for socket in kie["inputs"]:
        if socket["link"] is not None:
            inputs[socket["name"]] = by_link[socket["link"]]["widgets_values"][0]
    return node, inputs


def test_each_example_workflow_loads_its_node_with_the_docs_example(pack: ModuleType) -> None:
    run, widgets = pack_module(pack, "_run"), pack_module(pack, "_widgets")
    for node_id, node in model_nodes(pack).items():
        saved = json.loads((PACK / "example_workflows" / f"{node_id}.json").read_text("utf-8"))
        found, inputs = workflow_prompt(pack, saved)
        assert found is node
        assert comfy_validate(node, inputs) == ([], None), node_id
        sent, _ = widgets.request_input(run.inputs_of(node.MODEL), inputs, run._named_urls)
        example = example_input(node.MODEL)
        media = {
            f.name: example[f.name]
            for f in spec_of(node.MODEL).fields
            if widgets.media_of(f) and f.name in example
        }
        assert sent == expected_widgets(pack, node.MODEL, example) | media, node_id
