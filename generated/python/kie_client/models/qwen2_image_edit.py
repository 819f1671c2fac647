"""Qwen2 Image Edit: `qwen2/image-edit` (image-edit, image output).

Generated from specs/models/qwen2/image-edit.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Qwen2ImageEditInput"]

SPEC: Final = ModelSpec(
    id="qwen2/image-edit",
    title="Qwen2 Image Edit",
    kind="image-edit",
    output="image",
    description="",
    module="qwen2_image_edit",
    class_name="Qwen2ImageEditInput",
    group="qwen2",
    method="image_edit",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt to generate the image with (Max length: 800 characters)",
            example="",
            max_length=800,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg",
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
            name="image_size",
            py_name="image_size",
            type="enum",
            description="The size of the generated image. Default value: 16:9",
            default="16:9",
            example="16:9",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="3:4", label="3:4"),
                Option(value="4:3", label="4:3"),
                Option(value="9:16", label="9:16"),
                Option(value="16:9", label="16:9"),
                Option(value="21:9", label="21:9"),
            ),
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="The same seed and the same prompt given to the same version of the model will output the same image every time.",
        ),
        FieldSpec(
            name="output_format",
            py_name="output_format",
            type="enum",
            description='The format of the generated image. Default value: "png"',
            default="png",
            example="png",
            options=(
                Option(value="jpeg", label="jpeg"),
                Option(value="png", label="png"),
            ),
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
class Qwen2ImageEditInput:
    """Input of Qwen2 Image Edit (`qwen2/image-edit`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The prompt to generate the image with (Max length: 800 characters)
    Required.
    Up to 800 characters.
    Example: ''
    """

    image_url: str | os.PathLike[str]
    """The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175560...
    """

    image_size: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"] | None = None
    """The size of the generated image. Default value: 16:9
    Options: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9
    Default: '16:9'
    Example: '16:9'
    """

    seed: int | None = None
    """The same seed and the same prompt given to the same version of the model will output the same image every time.
    """

    output_format: Literal["jpeg", "png"] | None = None
    """The format of the generated image. Default value: "png"
    Options: jpeg, png
    Default: 'png'
    Example: 'png'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
