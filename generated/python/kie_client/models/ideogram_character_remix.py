"""Ideogram Character Remix: `ideogram/character-remix` (image-to-image, image output).

Generated from specs/models/ideogram/character-remix.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "IdeogramCharacterRemixInput"]

SPEC: Final = ModelSpec(
    id="ideogram/character-remix",
    title="Ideogram Character Remix",
    kind="image-to-image",
    output="image",
    description="",
    module="ideogram_character_remix",
    class_name="IdeogramCharacterRemixInput",
    group="ideogram",
    method="character_remix",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt to remix the image with (Max length: 5000 characters)",
            example="A fisheye lens selfie photograph taken at night on an urban street. The image is circular with a black border and shows a person wearing dark sunglasses and a black jacket, holding a silver digital camera up to capture the reflection. The background shows a row of shuttered storefronts with red neon lighting visible in the upper portion. The street is empty and dark, with street lights creating a warm glow along the sidewalk. The fisheye effect creates a curved, distorted perspective that bends the straight lines of the street and buildings. The lighting is predominantly red and dark, creating a moody urban atmosphere. The person's reflection shows long dark hair and is positioned in the center of the circular frame. Multiple storefront shutters are visible in the background, creating a repeating pattern of horizontal lines. The overall composition has a cinematic quality with strong contrast between the dark street and the illuminated storefronts above.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The image URL to remix (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755768466167d0tiuc6e.webp",
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
                "https://file.aiquickdraw.com/custom-page/akr/section-images/1755768479029sugx0g6f.webp"
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
            name="image_size",
            py_name="image_size",
            type="enum",
            description="Select description",
            default="square_hd",
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
        FieldSpec(
            name="strength",
            py_name="strength",
            type="number",
            description="Strength of the input image in the remix Default value: 0.8 (Min: 0.1, Max: 1, Step: 0.1) (step: 0.1)",
            default=0.8,
            example=0.8,
            minimum=0.1,
            maximum=1,
            step=0.1,
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description='Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt. Default value: "" (Max length: 500 characters)',
            example="",
            max_length=500,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            description="A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example=[],
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
            name="reference_mask_urls",
            py_name="reference_mask_urls",
            type="url",
            description="A set of masks to apply to the character references. Currently only 1 mask is supported, rest will be ignored. (maximum total size 10MB across all character references). The masks should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
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
)


@dataclass(frozen=True, kw_only=True, slots=True)
class IdeogramCharacterRemixInput:
    """Input of Ideogram Character Remix (`ideogram/character-remix`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The prompt to remix the image with (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: "A fisheye lens selfie photograph taken at night on an urban street...
    """

    image_url: str | os.PathLike[str]
    """The image URL to remix (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
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
    """Select description
    Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
    Default: 'square_hd'
    Example: 'square_hd'
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

    strength: float | None = None
    """Strength of the input image in the remix Default value: 0.8 (Min: 0.1, Max: 1, Step: 0.1) (step: 0.1)
    From 0.1 to 1, in steps of 0.1.
    Default: 0.8
    Example: 0.8
    """

    negative_prompt: str | None = None
    """Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt. Default value: "" (Max length: 500 characters)
    Up to 500 characters.
    Example: ''
    """

    image_urls: Sequence[str | os.PathLike[str]] | None = None
    """A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: []
    """

    reference_mask_urls: str | os.PathLike[str] | None = None
    """A set of masks to apply to the character references. Currently only 1 mask is supported, rest will be ignored. (maximum total size 10MB across all character references). The masks should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    """
