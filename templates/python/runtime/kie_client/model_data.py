"""The data shipped with each model: its example inputs (fixtures) and its input's JSON Schema.

from kie_client import fixtures_of, schema_of

fixtures_of("kling-2.6/image-to-video")["valid"][0]["input"]  # a request Kie accepts
schema_of("kling-2.6/image-to-video")["properties"]
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from kie_client.registry import MODELS, load_model


def fixtures_of(model_id: str) -> dict[str, Any]:
    """The example inputs of `model_id`: {"valid": [...], "invalid": [...]}, each case with its
    "input". Raises NotFoundError, naming the closest known id, for an unknown one."""
    return _read("fixtures", model_id)


def schema_of(model_id: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `model_id`'s input. Raises NotFoundError, naming the
    closest known id, for an unknown one."""
    return _read("schemas", model_id)


def _read(folder: str, model_id: str) -> dict[str, Any]:
    if model_id not in MODELS:
        load_model(model_id)  # raises the registry's NotFoundError, with its "did you mean"
    name = f"{MODELS[model_id].module}.json"
    data = json.loads(resources.files("kie_client").joinpath(folder, name).read_text("utf-8"))
    if not isinstance(data, dict):
        raise TypeError(f"kie_client/{folder}/{name} holds {type(data).__name__}, not an object")
    return data
