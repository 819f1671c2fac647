"""The node classes: one per model, made from its row in nodes.py, and the utility nodes."""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from kie_client import MODELS, __version__
from kie_client._plans import check_request, request_body
from kie_client.registry import spec_of

from . import _run, _settings
from ._widgets import input_types, returns

CATEGORY = "Kie.ai"
Inputs = dict[str, dict[str, Any]]


class NodeRow(NamedTuple):
    """A model's node as nodes.py lists it."""

    id: str  # stable: workflows name nodes by it
    class_name: str
    model: str
    title: str
    output: str  # video, image, audio or text
    description: str


def check_client(rows: tuple[NodeRow, ...], version: str) -> None:
    """Refuse to load beside a kie-client that lacks a model of the pack, saying what to install."""
    missing = [row.model for row in rows if row.model not in MODELS]
    if missing:
        raise ImportError(
            f"the Kie.ai nodes need kie-client {version} (installed: {__version__}), made from "
            f"the same specs; it lacks {len(missing)} model(s), e.g. {missing[0]}: "
            "pip install the kie-client made with this pack"
        )


class KieModelNode:
    """A Kie.ai model: widgets and sockets from its spec, checked by the client before the run."""

    MODEL: ClassVar[str]
    FUNCTION = "generate"

    @classmethod
    def INPUT_TYPES(cls) -> Inputs:
        return input_types(_run.inputs_of(cls.MODEL))

    @classmethod
    def VALIDATE_INPUTS(cls, **given: Any) -> bool | str:
        found = _run.problems(cls.MODEL, given)
        return "; ".join(found) if found else True

    async def generate(self, **given: Any) -> tuple[Any, str, str]:
        return await _run.run(self.MODEL, given)


def model_node(row: NodeRow) -> type:
    """The node class of one model."""
    output = row.output
    attributes = {
        "MODEL": row.model,
        "CATEGORY": f"{CATEGORY}/{output}",
        "DESCRIPTION": row.description,
        "RETURN_NAMES": tuple(name for name, _, _ in returns(output)),
        "RETURN_TYPES": tuple(kind for _, kind, _ in returns(output)),
        "OUTPUT_TOOLTIPS": tuple(tooltip for _, _, tooltip in returns(output)),
    }
    return type(row.class_name, (KieModelNode,), attributes)


class KieCredits:
    """The account's remaining credits (asked anew on every run)."""

    CATEGORY = f"{CATEGORY}/utility"
    DESCRIPTION = __doc__
    FUNCTION = "credits"
    RETURN_TYPES = ("INT",)
    RETURN_NAMES = ("credits",)
    OUTPUT_NODE = True

    @classmethod
    def INPUT_TYPES(cls) -> Inputs:
        return {"required": {}}

    @classmethod
    def IS_CHANGED(cls) -> float:
        return math.nan  # never equal to itself: credits change without any input changing

    async def credits(self) -> dict[str, Any]:
        async with _settings.client() as client:
            left = await client.credits()
        return {"ui": {"text": [f"{left:,} credits"]}, "result": (left,)}


class KiePreflight:
    """Checks a model's input as the nodes do and shows the exact createTask body, sending nothing
    and paying nothing. Local file paths are shown as given; a run uploads them first."""

    CATEGORY = f"{CATEGORY}/utility"
    DESCRIPTION = __doc__
    FUNCTION = "preflight"
    RETURN_TYPES = ("STRING",)
    RETURN_NAMES = ("request",)
    OUTPUT_NODE = True

    @classmethod
    def INPUT_TYPES(cls) -> Inputs:
        return {
            "required": {
                "model": (sorted(MODELS), {"tooltip": "The model's id"}),
                "input": (
                    "STRING",
                    {"multiline": True, "default": "{}", "tooltip": "The input, as JSON"},
                ),
            }
        }

    def preflight(self, model: str, input: str) -> dict[str, Any]:
        try:
            values = json.loads(input)
        except ValueError as error:
            raise ValueError(f"input: not JSON ({error})") from None
        spec = spec_of(model)
        check_request(spec, values)  # raises ValidationError, listing every problem
        body = json.dumps(request_body(spec, values), ensure_ascii=False, indent=2)
        return {"ui": {"text": [body]}, "result": (body,)}


class KieTaskResult:
    """Waits for a task made earlier (e.g. one whose node was cancelled) and reads its result,
    paying nothing more. Only the output of the task's kind is filled: video, image, audio or text.
    """

    CATEGORY = f"{CATEGORY}/utility"
    DESCRIPTION = __doc__
    FUNCTION = "result"
    RETURN_TYPES = ("VIDEO", "IMAGE", "AUDIO", "STRING", "STRING")
    RETURN_NAMES = ("video", "image", "audio", "text", "urls")

    @classmethod
    def INPUT_TYPES(cls) -> Inputs:
        return {"required": {"task_id": ("STRING", {"tooltip": "The id of a Kie.ai task"})}}

    async def result(self, task_id: str) -> tuple[Any, ...]:
        with tempfile.TemporaryDirectory(prefix="kie-") as temporary:
            async with _settings.client() as client:
                record = await _run.wait(client, task_id.strip())
                value = await _run.result(client, record, Path(temporary))
        kind = _run.output_of(record.model)
        filled = [value if name == kind else None for name in ("video", "image", "audio", "text")]
        return (*filled, "\n".join(record.result_urls))


UTILITY_NODES: dict[str, tuple[type, str]] = {
    "Kie_Credits": (KieCredits, "Kie.ai Credits"),
    "Kie_Preflight": (KiePreflight, "Kie.ai Preflight"),
    "Kie_TaskResult": (KieTaskResult, "Kie.ai Task Result"),
}
