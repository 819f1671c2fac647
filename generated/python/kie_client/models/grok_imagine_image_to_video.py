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
            description="Provide an external image URL as a reference for video generation. Up to 7 images are supported. Do not use it simultaneously with task_id. In your prompt, reference an uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean). - Supports JPEG, PNG, and WEBP formats - Maximum file size for each image: 10MB - The Spicy mode is not available when using external images - The array can contain a maximum of seven URLs - Only one is supported when the resolution is 1080p.",
            example=[
                "https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"
            ],
            max_items=7,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
                type="url",
                media="image",
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
            description="Task ID from a previously generated Grok image. Use with index to select a specific image. Do not use with image_urls. - Use task ID from grok-imagine/text-to-image generations - Supports all modes including Spicy - Maximum length: 100 characters",
            example="task_grok_12345678",
            max_length=100,
        ),
        FieldSpec(
            name="index",
            py_name="index",
            type="integer",
            description="When using task_id, specify which image to use (Grok generates 6 images per task). Only works with task_id. - 0-based index (0-5) - Ignored if image_urls is provided - Default: 0",
            default=0,
            example=0,
            minimum=0,
            maximum=5,
        ),
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="Text prompt describing the desired video motion. Optional field. - Should be detailed and specific about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Supports English language prompts",
            example='POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: "thanks! Back to work" she exits the frame and walks right to a different part of the office.',
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="mode",
            py_name="mode",
            type="enum",
            description="Specifies the generation mode affecting the style and intensity of motion. Note: Spicy mode is not available for external image inputs. - **fun**: More creative and playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and intense motion effects (not available for external images) Default: normal",
            default="normal",
            example="normal",
            options=(
                Option(value="fun", label="fun"),
                Option(value="normal", label="normal"),
                Option(value="spicy", label="spicy"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="string",
            description="The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1)",
            pattern="^([6-9]|[12][0-9]|30)$",
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="The resolution of the generated video.",
            default="480p",
            example="480p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Image ratio selection only applies to multi-image generation mode. In single-image mode, the video width and height are referenced to the image width and height.",
            default="16:9",
            options=(
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="1:1", label="1:1"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
            ),
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.",
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
    """Provide an external image URL as a reference for video generation. Up to 7 images are supported. Do not use it simultaneously with task_id. In your prompt, reference an uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean). - Supports JPEG, PNG, and WEBP formats - Maximum file size for each image: 10MB - The Spicy mode is not available when using external images - The array can contain a maximum of seven URLs - Only one is supported when the resolution is 1080p.
    Up to 7 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17622...
    """

    task_id: str | None = None
    """Task ID from a previously generated Grok image. Use with index to select a specific image. Do not use with image_urls. - Use task ID from grok-imagine/text-to-image generations - Supports all modes including Spicy - Maximum length: 100 characters
    Up to 100 characters.
    Example: 'task_grok_12345678'
    """

    index: int | None = None
    """When using task_id, specify which image to use (Grok generates 6 images per task). Only works with task_id. - 0-based index (0-5) - Ignored if image_urls is provided - Default: 0
    From 0 to 5.
    Default: 0
    Example: 0
    """

    prompt: str | None = None
    """Text prompt describing the desired video motion. Optional field. - Should be detailed and specific about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Supports English language prompts
    Up to 5000 characters.
    Example: 'POV hand comes into frame handing the girl a cup of take away coff...
    """

    mode: Literal["fun", "normal", "spicy"] | None = None
    """Specifies the generation mode affecting the style and intensity of motion. Note: Spicy mode is not available for external image inputs. - **fun**: More creative and playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and intense motion effects (not available for external images) Default: normal
    Options: fun, normal, spicy
    Default: 'normal'
    Example: 'normal'
    """

    duration: str | None = None
    """The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1)
    Must match: ^([6-9]|[12][0-9]|30)$
    """

    resolution: Literal["480p", "720p", "1080p"] | None = None
    """The resolution of the generated video.
    Options: 480p, 720p, 1080p
    Default: '480p'
    Example: '480p'
    """

    aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None
    """Image ratio selection only applies to multi-image generation mode. In single-image mode, the video width and height are referenced to the image width and height.
    Options: 2:3, 3:2, 1:1, 16:9, 9:16
    Default: '16:9'
    """

    nsfw_checker: bool | None = None
    """Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
    """
