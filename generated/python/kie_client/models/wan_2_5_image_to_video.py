"""Wan 2.5 Image to Video: `wan/2-5-image-to-video` (image-to-video, video output).

Generated from specs/models/wan/2-5-image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan25ImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="wan/2-5-image-to-video",
    title="Wan 2.5 Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="wan_2_5_image_to_video",
    class_name="Wan25ImageToVideoInput",
    group="wan",
    method="v2_5_image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt describing the desired video motion. Maximum length: 800 characters.",
            example='The same woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: "Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!" Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.',
            max_length=800,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the image to use as the first frame. Must be publicly accessible. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
                "image/webp",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            required=True,
            description="The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds",
            example="5",
            options=(
                Option(value="5", label="5"),
                Option(value="10", label="10"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution. Valid values: `720p`, `1080p`.",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Negative prompt used to describe content to avoid. Maximum length: 500 characters.",
            max_length=500,
            multiline=True,
        ),
        FieldSpec(
            name="enable_prompt_expansion",
            py_name="enable_prompt_expansion",
            type="boolean",
            description="Whether to enable prompt rewriting using LLM. - Boolean value: `true` / `false`",
            example=True,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed for reproducibility. If omitted, a random seed is chosen.",
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
class Wan25ImageToVideoInput:
    """Input of Wan 2.5 Image to Video (`wan/2-5-image-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt describing the desired video motion. Maximum length: 800 characters.
    Required.
    Up to 800 characters.
    Example: 'The same woman from the reference image looks directly into the ca...
    """

    image_url: str | os.PathLike[str]
    """URL of the image to use as the first frame. Must be publicly accessible. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175879...
    """

    duration: Literal["5", "10"]
    """The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds
    Required.
    Options: 5, 10
    Example: '5'
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Video resolution. Valid values: `720p`, `1080p`.
    Options: 720p, 1080p
    Example: '1080p'
    """

    negative_prompt: str | None = None
    """Negative prompt used to describe content to avoid. Maximum length: 500 characters.
    Up to 500 characters.
    """

    enable_prompt_expansion: bool | None = None
    """Whether to enable prompt rewriting using LLM. - Boolean value: `true` / `false`
    Example: True
    """

    seed: int | None = None
    """Random seed for reproducibility. If omitted, a random seed is chosen.
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
