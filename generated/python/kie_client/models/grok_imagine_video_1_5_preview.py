"""Grok Imagine Video 1.5 Preview: `grok-imagine-video-1-5-preview` (text-to-video, video output).

Generated from specs/models/grok-imagine-video-1-5-preview.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GrokImagineVideo15PreviewInput"]

SPEC: Final = ModelSpec(
    id="grok-imagine-video-1-5-preview",
    title="Grok Imagine Video 1.5 Preview",
    kind="text-to-video",
    output="video",
    description="",
    module="grok_imagine_video_1_5_preview",
    class_name="GrokImagineVideo15PreviewInput",
    group="grok_imagine_video_1_5_preview",
    method="run",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="Prompt for video generation. Maximum length: 4096 characters.",
            max_length=4096,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            description="Upload image files to be used as API input. Supported file types: image/jpeg, image/png, image/webp, image/jpg. Maximum file size: 20MB. Supports multi-file upload, up to 7 file.Only one is supported when the resolution is 1080p.",
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
                max_size=20000000,
                max_size_text="20MB",
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="The aspect ratio of the video. This parameter is invalid if it is a single image.",
            default="auto",
            example="auto",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="3:2", label="3:2"),
                Option(value="2:3", label="2:3"),
                Option(value="auto", label="auto"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Resolution for video generation.",
            default="480p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            description="Video duration in seconds. Range: [1, 15]. Default: 8. Minimum: 1. Maximum: 15. Step: 1.",
            default=8,
            minimum=1,
            maximum=15,
            step=1,
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GrokImagineVideo15PreviewInput:
    """Input of Grok Imagine Video 1.5 Preview (`grok-imagine-video-1-5-preview`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str | None = None
    """Prompt for video generation. Maximum length: 4096 characters.
    Up to 4096 characters.
    """

    image_urls: Sequence[str | os.PathLike[str]] | None = None
    """Upload image files to be used as API input. Supported file types: image/jpeg, image/png, image/webp, image/jpg. Maximum file size: 20MB. Supports multi-file upload, up to 7 file.Only one is supported when the resolution is 1080p.
    Up to 7 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
    """

    aspect_ratio: Literal["1:1", "16:9", "9:16", "3:2", "2:3", "auto"] | None = None
    """The aspect ratio of the video. This parameter is invalid if it is a single image.
    Options: 1:1, 16:9, 9:16, 3:2, 2:3, auto
    Default: 'auto'
    Example: 'auto'
    """

    resolution: Literal["480p", "720p", "1080p"] | None = None
    """Resolution for video generation.
    Options: 480p, 720p, 1080p
    Default: '480p'
    """

    duration: int | None = None
    """Video duration in seconds. Range: [1, 15]. Default: 8. Minimum: 1. Maximum: 15. Step: 1.
    From 1 to 15, in steps of 1.
    Default: 8
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
