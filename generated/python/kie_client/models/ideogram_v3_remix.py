"""Ideogram V3 Remix: `ideogram/v3-remix` (image-to-image, image output).

Generated from specs/models/ideogram/v3-remix.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "IdeogramV3RemixInput"]

SPEC: Final = ModelSpec(
    id="ideogram/v3-remix",
    title="Ideogram V3 Remix",
    kind="image-to-image",
    output="image",
    description="",
    module="ideogram_v3_remix",
    class_name="IdeogramV3RemixInput",
    group="ideogram",
    method="v3_remix",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt to remix the image with. Maximum length: 5000 characters.",
            example="Change the cube into a sphere",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The image URL to remix. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/17550782013854ykfihxv.webp",
            media="image",
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="rendering_speed",
            py_name="rendering_speed",
            type="enum",
            description="The rendering speed to use. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality",
            example="BALANCED",
            options=(
                Option(value="TURBO", label="TURBO"),
                Option(value="BALANCED", label="BALANCED"),
                Option(value="QUALITY", label="QUALITY"),
            ),
        ),
        FieldSpec(
            name="style",
            py_name="style",
            type="enum",
            description="The style type to generate with. Cannot be used together with `style_codes`. - `AUTO`: Auto - `GENERAL`: General - `REALISTIC`: Realistic - `DESIGN`: Design",
            example="AUTO",
            options=(
                Option(value="AUTO", label="AUTO"),
                Option(value="GENERAL", label="GENERAL"),
                Option(value="REALISTIC", label="REALISTIC"),
                Option(value="DESIGN", label="DESIGN"),
            ),
        ),
        FieldSpec(
            name="expand_prompt",
            py_name="expand_prompt",
            type="boolean",
            description="Determine if MagicPrompt should be used in generating the request or not. - Boolean value: `true` / `false`",
            example=True,
        ),
        FieldSpec(
            name="image_size",
            py_name="image_size",
            type="enum",
            description="The resolution of the generated image. - `square`: Square - `square_hd`: Square HD - `portrait_4_3`: Portrait 3:4 - `portrait_16_9`: Portrait 9:16 - `landscape_4_3`: Landscape 4:3 - `landscape_16_9`: Landscape 16:9",
            example="square_hd",
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
            name="num_images",
            py_name="num_images",
            type="enum",
            description="Number of images to generate. - `1`: 1 image - `2`: 2 images - `3`: 3 images - `4`: 4 images",
            example="1",
            options=(
                Option(value="1", label="1"),
                Option(value="2", label="2"),
                Option(value="3", label="3"),
                Option(value="4", label="4"),
            ),
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Seed for the random number generator.",
        ),
        FieldSpec(
            name="strength",
            py_name="strength",
            type="number",
            description="Strength of the input image in the remix. - Minimum: `0.01` - Maximum: `1` - Step: `0.01`",
            example=0.8,
            minimum=0.01,
            maximum=1,
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Description of what to exclude from the generated image. If the positive prompt conflicts with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters.",
            max_length=5000,
            multiline=True,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class IdeogramV3RemixInput:
    """Input of Ideogram V3 Remix (`ideogram/v3-remix`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The prompt to remix the image with. Maximum length: 5000 characters.
    Required.
    Up to 5000 characters.
    Example: 'Change the cube into a sphere'
    """

    image_url: str | os.PathLike[str]
    """The image URL to remix. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
    Required.
    Points at: image.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
    """

    rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None
    """The rendering speed to use. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality
    Options: TURBO, BALANCED, QUALITY
    Example: 'BALANCED'
    """

    style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None = None
    """The style type to generate with. Cannot be used together with `style_codes`. - `AUTO`: Auto - `GENERAL`: General - `REALISTIC`: Realistic - `DESIGN`: Design
    Options: AUTO, GENERAL, REALISTIC, DESIGN
    Example: 'AUTO'
    """

    expand_prompt: bool | None = None
    """Determine if MagicPrompt should be used in generating the request or not. - Boolean value: `true` / `false`
    Example: True
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
    """The resolution of the generated image. - `square`: Square - `square_hd`: Square HD - `portrait_4_3`: Portrait 3:4 - `portrait_16_9`: Portrait 9:16 - `landscape_4_3`: Landscape 4:3 - `landscape_16_9`: Landscape 16:9
    Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
    Example: 'square_hd'
    """

    num_images: Literal["1", "2", "3", "4"] | None = None
    """Number of images to generate. - `1`: 1 image - `2`: 2 images - `3`: 3 images - `4`: 4 images
    Options: 1, 2, 3, 4
    Example: '1'
    """

    seed: int | None = None
    """Seed for the random number generator.
    """

    strength: float | None = None
    """Strength of the input image in the remix. - Minimum: `0.01` - Maximum: `1` - Step: `0.01`
    From 0.01 to 1.
    Example: 0.8
    """

    negative_prompt: str | None = None
    """Description of what to exclude from the generated image. If the positive prompt conflicts with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters.
    Up to 5000 characters.
    """
