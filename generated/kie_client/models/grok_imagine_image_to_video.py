"""Grok Imagine Image to Video: `grok-imagine/image-to-video` (image-to-video, video output).

Generated from specs/models/grok-imagine/image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GrokImagineImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="grok-imagine/image-to-video",
    title="Grok Imagine Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="grok_imagine_image_to_video",
    class_name="GrokImagineImageToVideoInput",
    group="grok_imagine",
    method="image_to_video",
    fields=(
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            description="Provide one external image URL as a reference for video generation (only one image is supported). This is one of two image input options — you can either upload an external image or specify a task_id + index from a Grok-generated image below. Do not provide both image_urls and task_id at the same time.",
            example=[
                "https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"
            ],
            min_items=1,
            max_items=1,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
                type="url",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                ),
                max_size=10000000,
                max_size_text="10MB",
            ),
        ),
        FieldSpec(
            name="task_id",
            py_name="task_id",
            type="string",
            description="Enter the taskid of an image previously generated with the Grok model on Kie. Use it together with the index below to select a specific image from that generation. When using this method, do not provide image_urls. Unlike external images, this method supports Spicy mode.",
            max_length=100,
        ),
        FieldSpec(
            name="index",
            py_name="index",
            type="number",
            description="When using a task_id, specify which image to use (Grok generates 6 images per task). This parameter only works with task_id and is ignored if image_urls is used(0-based).",
            example=0,
            minimum=0,
            maximum=5,
            step=1,
        ),
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="The text prompt describing the desired video motion",
            example="POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: “thanks! Back to work” she exits the frame and walks right to a different part of the office.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="mode",
            py_name="mode",
            type="enum",
            description="Note: When generating videos using external image inputs, Spicy mode is not supported and will automatically switch to Normal.",
            example="normal",
            options=(
                Option(value="fun", label="fun"),
                Option(value="normal", label="normal"),
                Option(value="spicy", label="spicy"),
            ),
        ),
    ),
    rules=(
        RuleSpec(
            kind="exclusive",
            fields=(
                "image_urls",
                "task_id",
            ),
            message="Give either image_urls or task_id (with index), not both.",
        ),
        RuleSpec(
            kind="requires",
            fields=(
                "index",
                "task_id",
            ),
            message="index selects an image of a task_id; it means nothing without one.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GrokImagineImageToVideoInput:
    """Input of Grok Imagine Image to Video (`grok-imagine/image-to-video`).

    Rule: Give either image_urls or task_id (with index), not both.

    Rule: index selects an image of a task_id; it means nothing without one.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    image_urls: Sequence[str | os.PathLike[str]] | None = None
    """Provide one external image URL as a reference for video generation (only one image is supported). This is one of two image input options — you can either upload an external image or specify a task_id + index from a Grok-generated image below. Do not provide both image_urls and task_id at the same time.
    Items: 1 to 1.
    Each item: Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png'].
    """

    task_id: str | None = None
    """Enter the taskid of an image previously generated with the Grok model on Kie. Use it together with the index below to select a specific image from that generation. When using this method, do not provide image_urls. Unlike external images, this method supports Spicy mode.
    Length: 0 to 100 characters.
    """

    index: float | None = None
    """When using a task_id, specify which image to use (Grok generates 6 images per task). This parameter only works with task_id and is ignored if image_urls is used(0-based).
    Range: 0 to 5, step 1.
    Example: 0.
    """

    prompt: str | None = None
    """The text prompt describing the desired video motion
    Length: 0 to 5000 characters.
    Example: 'POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: “thanks! Back to work” she exits the frame and walks right to a different part of the office.'.
    """

    mode: Literal["fun", "normal", "spicy"] | None = None
    """Note: When generating videos using external image inputs, Spicy mode is not supported and will automatically switch to Normal.
    - fun: fun
    - normal: normal
    - spicy: spicy
    Example: 'normal'.
    """
