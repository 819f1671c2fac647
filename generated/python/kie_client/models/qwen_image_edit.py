"""Qwen Image Edit: `qwen/image-edit` (image-edit, image output).

Generated from specs/models/qwen/image-edit.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "QwenImageEditInput"]

SPEC: Final = ModelSpec(
    id="qwen/image-edit",
    title="Qwen Image Edit",
    kind="image-edit",
    output="image",
    description="",
    module="qwen_image_edit",
    class_name="QwenImageEditInput",
    group="qwen",
    method="image_edit",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt to generate the image with (Max length: 2000 characters)",
            example="",
            max_length=2000,
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
            name="acceleration",
            py_name="acceleration",
            type="enum",
            description="Acceleration level for image generation. Options: 'none', 'regular'. Higher acceleration increases speed. 'regular' balances speed and quality. Default value: \"none\"",
            default="none",
            example="none",
            options=(
                Option(value="none", label="none"),
                Option(value="regular", label="regular"),
                Option(value="high", label="high"),
            ),
        ),
        FieldSpec(
            name="image_size",
            py_name="image_size",
            type="enum",
            description="The size of the generated image. Default value: landscape_4_3",
            default="landscape_4_3",
            example="landscape_4_3",
            options=(
                Option(value="square", label="square"),
                Option(value="square_hd", label="square_hd"),
                Option(value="portrait_4_3", label="portrait_4_3"),
                Option(value="portrait_16_9", label="portrait_16_9"),
                Option(value="landscape_4_3", label="landscape_4_3"),
                Option(value="landscape_16_9", label="landscape_16_9"),
            ),
        ),
        FieldSpec(
            name="num_inference_steps",
            py_name="num_inference_steps",
            type="number",
            description="The number of inference steps to perform. Default value: 30 (Min: 2, Max: 49, Step: 1) (step: 1)",
            default=25,
            example=25,
            minimum=2,
            maximum=49,
            step=1,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="The same seed and the same prompt given to the same version of the model will output the same image every time.",
        ),
        FieldSpec(
            name="guidance_scale",
            py_name="guidance_scale",
            type="number",
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you. Default value: 4 (Min: 0, Max: 20, Step: 0.1) (step: 0.1)",
            default=4,
            example=4,
            minimum=0,
            maximum=20,
            step=0.1,
        ),
        FieldSpec(
            name="sync_mode",
            py_name="sync_mode",
            type="boolean",
            description="If set to true, the function will wait for the image to be generated and uploaded before returning the response. This will increase the latency of the function but it allows you to get the image directly in the response without going through the CDN. (Boolean value (true/false))",
            example=False,
        ),
        FieldSpec(
            name="num_images",
            py_name="num_images",
            type="enum",
            description="num_images",
            options=(
                Option(value="1", label="1"),
                Option(value="2", label="2"),
                Option(value="3", label="3"),
                Option(value="4", label="4"),
            ),
        ),
        FieldSpec(
            name="enable_safety_checker",
            py_name="enable_safety_checker",
            type="boolean",
            description="If set to true, the safety checker will be enabled. Default value: true (Boolean value (true/false))",
            example=True,
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
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description='The negative prompt for the generation Default value: " " (Max length: 500 characters)',
            example="blurry, ugly",
            max_length=500,
            multiline=True,
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
class QwenImageEditInput:
    """Input of Qwen Image Edit (`qwen/image-edit`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The prompt to generate the image with (Max length: 2000 characters)
    Required.
    Up to 2000 characters.
    Example: ''
    """

    image_url: str | os.PathLike[str]
    """The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175560...
    """

    acceleration: Literal["none", "regular", "high"] | None = None
    """Acceleration level for image generation. Options: 'none', 'regular'. Higher acceleration increases speed. 'regular' balances speed and quality. Default value: "none"
    Options: none, regular, high
    Default: 'none'
    Example: 'none'
    """

    image_size: (
        Literal[
            "square",
            "square_hd",
            "portrait_4_3",
            "portrait_16_9",
            "landscape_4_3",
            "landscape_16_9",
        ]
        | None
    ) = None
    """The size of the generated image. Default value: landscape_4_3
    Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
    Default: 'landscape_4_3'
    Example: 'landscape_4_3'
    """

    num_inference_steps: float | None = None
    """The number of inference steps to perform. Default value: 30 (Min: 2, Max: 49, Step: 1) (step: 1)
    From 2 to 49, in steps of 1.
    Default: 25
    Example: 25
    """

    seed: int | None = None
    """The same seed and the same prompt given to the same version of the model will output the same image every time.
    """

    guidance_scale: float | None = None
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you. Default value: 4 (Min: 0, Max: 20, Step: 0.1) (step: 0.1)
    From 0 to 20, in steps of 0.1.
    Default: 4
    Example: 4
    """

    sync_mode: bool | None = None
    """If set to true, the function will wait for the image to be generated and uploaded before returning the response. This will increase the latency of the function but it allows you to get the image directly in the response without going through the CDN. (Boolean value (true/false))
    Example: False
    """

    num_images: Literal["1", "2", "3", "4"] | None = None
    """num_images
    Options: 1, 2, 3, 4
    """

    enable_safety_checker: bool | None = None
    """If set to true, the safety checker will be enabled. Default value: true (Boolean value (true/false))
    Example: True
    """

    output_format: Literal["jpeg", "png"] | None = None
    """The format of the generated image. Default value: "png"
    Options: jpeg, png
    Default: 'png'
    Example: 'png'
    """

    negative_prompt: str | None = None
    """The negative prompt for the generation Default value: " " (Max length: 500 characters)
    Up to 500 characters.
    Example: 'blurry, ugly'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
