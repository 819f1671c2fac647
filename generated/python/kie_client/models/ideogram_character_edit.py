"""Ideogram Character Edit: `ideogram/character-edit` (image-edit, image output).

Generated from specs/models/ideogram/character-edit.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "IdeogramCharacterEditInput"]

SPEC: Final = ModelSpec(
    id="ideogram/character-edit",
    title="Ideogram Character Edit",
    kind="image-edit",
    output="image",
    description="",
    module="ideogram_character_edit",
    class_name="IdeogramCharacterEditInput",
    group="ideogram",
    method="character_edit",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt to fill the masked part of the image. (Max length: 5000 characters)",
            example="A fabulous look head tilted down, looking forward with a smile\n",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The image URL to generate an image from. Needs to match the dimensions of the mask. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/17557680349256sa0lk53.webp",
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
            name="mask_url",
            py_name="mask_url",
            type="url",
            required=True,
            description="The mask URL to inpaint the image. Needs to match the dimensions of the input image. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755768046014ftgvma28.webp",
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
            name="reference_image_urls",
            py_name="reference_image_urls",
            type="array",
            required=True,
            description="A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example=[
                "https://file.aiquickdraw.com/custom-page/akr/section-images/1755768064644jodsmfhq.webp"
            ],
            items=FieldSpec(
                name="reference_image_urls",
                py_name="reference_image_urls",
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
            name="rendering_speed",
            py_name="rendering_speed",
            type="enum",
            description='The rendering speed to use. Default value: "BALANCED"',
            default="BALANCED",
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
            description='The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"',
            default="AUTO",
            example="AUTO",
            options=(
                Option(value="AUTO", label="AUTO"),
                Option(value="REALISTIC", label="REALISTIC"),
                Option(value="FICTION", label="FICTION"),
            ),
        ),
        FieldSpec(
            name="expand_prompt",
            py_name="expand_prompt",
            type="boolean",
            description="Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))",
            example=True,
        ),
        FieldSpec(
            name="num_images",
            py_name="num_images",
            type="enum",
            description="Select description",
            default="1",
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
            description="Seed for the random number generator",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class IdeogramCharacterEditInput:
    """Input of Ideogram Character Edit (`ideogram/character-edit`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The prompt to fill the masked part of the image. (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'A fabulous look head tilted down, looking forward with a smile\\n'
    """

    image_url: str | os.PathLike[str]
    """The image URL to generate an image from. Needs to match the dimensions of the mask. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175576...
    """

    mask_url: str | os.PathLike[str]
    """The mask URL to inpaint the image. Needs to match the dimensions of the input image. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175576...
    """

    reference_image_urls: Sequence[str | os.PathLike[str]]
    """A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17557...
    """

    rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None
    """The rendering speed to use. Default value: "BALANCED"
    Options: TURBO, BALANCED, QUALITY
    Default: 'BALANCED'
    Example: 'BALANCED'
    """

    style: Literal["AUTO", "REALISTIC", "FICTION"] | None = None
    """The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
    Options: AUTO, REALISTIC, FICTION
    Default: 'AUTO'
    Example: 'AUTO'
    """

    expand_prompt: bool | None = None
    """Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))
    Example: True
    """

    num_images: Literal["1", "2", "3", "4"] | None = None
    """Select description
    Options: 1, 2, 3, 4
    Default: '1'
    Example: '1'
    """

    seed: int | None = None
    """Seed for the random number generator
    """
