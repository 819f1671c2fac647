"""Every model the package knows, and lazy access to its module.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import difflib
import importlib
import json
from types import ModuleType
from typing import Final, NamedTuple

from kie_client._spec import ModelSpec
from kie_client.errors import NotFoundError


class ModelEntry(NamedTuple):
    module: str
    class_name: str
    group: str
    method: str
    kind: str
    output: str
    title: str
    inputs: tuple[str, ...]  # the input names, required ones first


# One JSON row per model: id, module, input class, group, method, kind, output, title, inputs.
# Rows of data rather than constructor calls keep this module quick to import with many models.
_ROWS: Final = (
    '["bytedance/v1-lite-text-to-video","bytedance_v1_lite_text_to_video","BytedanceV1LiteTextToVideoInput","bytedance","v1_lite_text_to_video","text-to-video","video","ByteDance Seedance V1 Lite Text to Video",["prompt","aspect_ratio","resolution","duration","camera_fixed","seed","enable_safety_checker"]]',
    '["grok-imagine/image-to-video","grok_imagine_image_to_video","GrokImagineImageToVideoInput","grok_imagine","image_to_video","image-to-video","video","Grok Imagine Image to Video",["image_urls","task_id","index","prompt","mode"]]',
    '["kling-2.6/image-to-video","kling_2_6_image_to_video","Kling26ImageToVideoInput","kling_2_6","image_to_video","image-to-video","video","Kling 2.6 Image to Video",["prompt","image_urls","sound","duration"]]',
    '["kling/v1-avatar-standard","kling_v1_avatar_standard","KlingV1AvatarStandardInput","kling","v1_avatar_standard","avatar","video","Kling V1 Avatar Standard",["image_url","audio_url","prompt"]]',
    '["kling/v2-5-turbo-image-to-video-pro","kling_v2_5_turbo_image_to_video_pro","KlingV25TurboImageToVideoProInput","kling","v2_5_turbo_image_to_video_pro","image-to-video","video","Kling 2.5 Turbo Image to Video Pro",["prompt","image_url","duration","negative_prompt","cfg_scale"]]',
)


def _entries() -> dict[str, ModelEntry]:
    entries = {}
    for row in _ROWS:
        model_id, module, class_name, group, method, kind, output, title, inputs = json.loads(row)
        entries[model_id] = ModelEntry(
            module, class_name, group, method, kind, output, title, tuple(inputs)
        )

    return entries


MODELS: Final[dict[str, ModelEntry]] = _entries()

# The largest file any model documents for a URL input, in bytes (None: no model says).
LARGEST_INPUT_FILE_BYTES: Final[int | None] = 10000000


def load_model(model_id: str) -> ModuleType:
    """The generated module of `model_id`, imported now if it was not yet."""
    entry = MODELS.get(model_id)
    if entry is None:
        close = difflib.get_close_matches(model_id, MODELS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(sorted(MODELS))}"
        raise NotFoundError(f"unknown model {model_id!r}{hint}")
    return importlib.import_module(f"kie_client.models.{entry.module}")


def spec_of(model_id: str) -> ModelSpec:
    """The spec of `model_id`: its fields, limits and rules."""
    spec: ModelSpec = load_model(model_id).SPEC
    return spec
