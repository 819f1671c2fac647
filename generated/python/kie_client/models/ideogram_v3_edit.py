"""Ideogram V3 Edit: `ideogram/v3-edit` (image-edit, image output).

Generated from specs/models/ideogram/v3-edit.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "IdeogramV3EditInput"]

SPEC: Final = ModelSpec(
    id="ideogram/v3-edit",
    title="Ideogram V3 Edit",
    kind="image-edit",
    output="image",
    description="",
    module="ideogram_v3_edit",
    class_name="IdeogramV3EditInput",
    group="ideogram",
    method="v3_edit",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt to fill the masked part of the image. Maximum length: 5000 characters.",
            example="A dog wearing a cowboy hat",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The image URL to generate an image from. Needs to match the dimensions of the mask. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755076859801ryyol1du.webp",
            media="image",
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="mask_url",
            py_name="mask_url",
            type="url",
            required=True,
            description="The mask URL to inpaint the image. Needs to match the dimensions of the input image. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755076871089hx9uonhc.webp",
            media="image",
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="rendering_speed",
            py_name="rendering_speed",
            type="enum",
            description="The rendering speed to use. Default value: `BALANCED`. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality",
            default="BALANCED",
            example="BALANCED",
            options=(
                Option(value="TURBO", label="TURBO"),
                Option(value="BALANCED", label="BALANCED"),
                Option(value="QUALITY", label="QUALITY"),
            ),
        ),
        FieldSpec(
            name="expand_prompt",
            py_name="expand_prompt",
            type="boolean",
            description="Determine if MagicPrompt should be used in generating the request or not. Default value: `true`. - Boolean value: `true` / `false`",
            default=True,
            example=True,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Seed for the random number generator.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class IdeogramV3EditInput:
    """Input of Ideogram V3 Edit (`ideogram/v3-edit`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The prompt to fill the masked part of the image. Maximum length: 5000 characters.
    Required.
    Up to 5000 characters.
    Example: 'A dog wearing a cowboy hat'
    """

    image_url: str | os.PathLike[str]
    """The image URL to generate an image from. Needs to match the dimensions of the mask. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
    Required.
    Points at: image.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
    """

    mask_url: str | os.PathLike[str]
    """The mask URL to inpaint the image. Needs to match the dimensions of the input image. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
    Required.
    Points at: image.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
    """

    rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None
    """The rendering speed to use. Default value: `BALANCED`. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality
    Options: TURBO, BALANCED, QUALITY
    Default: 'BALANCED'
    Example: 'BALANCED'
    """

    expand_prompt: bool | None = None
    """Determine if MagicPrompt should be used in generating the request or not. Default value: `true`. - Boolean value: `true` / `false`
    Default: True
    Example: True
    """

    seed: int | None = None
    """Seed for the random number generator.
    """
