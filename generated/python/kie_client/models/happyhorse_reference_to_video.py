"""HappyHorse Reference to Video: `happyhorse/reference-to-video` (reference-to-video, video output).

Generated from specs/models/happyhorse/reference-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "HappyhorseReferenceToVideoInput"]

SPEC: Final = ModelSpec(
    id="happyhorse/reference-to-video",
    title="HappyHorse Reference to Video",
    kind="reference-to-video",
    output="video",
    description="",
    module="happyhorse_reference_to_video",
    class_name="HappyhorseReferenceToVideoInput",
    group="happyhorse",
    method="reference_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.",
            example="A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern elegance.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="reference_image",
            py_name="reference_image",
            type="array",
            required=True,
            description="Reference image URL list. Provide 1–9 images. The order defines which image is character1, character2, etc. Image limits: Format: JPEG, JPG, PNG, and WEBP. Resolution: shortest side at least 400 px. 720P or higher recommended. Avoid small, blurry, or heavily compressed images, as they degrade output quality. File size: 10 MB maximum.",
            min_items=1,
            max_items=9,
            items=FieldSpec(
                name="reference_image",
                py_name="reference_image",
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
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Output video resolution. Valid values: 720P, 1080P (default).",
            default="1080p",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.",
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="1:1", label="1:1"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            description="Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.",
            default=5,
            example=5,
            minimum=3,
            maximum=15,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed for reproducibility (if supported).",
            default=0,
            minimum=0,
            maximum=2147483647,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class HappyhorseReferenceToVideoInput:
    """Input of HappyHorse Reference to Video (`happyhorse/reference-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
    Required.
    Up to 5000 characters.
    Example: 'A woman in a red qipao character1. The shot opens with a side medi...
    """

    reference_image: Sequence[str | os.PathLike[str]]
    """Reference image URL list. Provide 1–9 images. The order defines which image is character1, character2, etc. Image limits: Format: JPEG, JPG, PNG, and WEBP. Resolution: shortest side at least 400 px. 720P or higher recommended. Avoid small, blurry, or heavily compressed images, as they degrade output quality. File size: 10 MB maximum.
    Required.
    1 to 9 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Output video resolution. Valid values: 720P, 1080P (default).
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None
    """Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
    Options: 16:9, 9:16, 1:1, 4:3, 3:4
    Default: '16:9'
    Example: '16:9'
    """

    duration: int | None = None
    """Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
    From 3 to 15.
    Default: 5
    Example: 5
    """

    seed: int | None = None
    """Random seed for reproducibility (if supported).
    From 0 to 2147483647.
    Default: 0
    """
