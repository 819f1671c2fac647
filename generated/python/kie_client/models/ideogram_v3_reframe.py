"""Ideogram V3 Reframe: `ideogram/v3-reframe` (reframe, image output).

Generated from specs/models/ideogram/v3-reframe.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "IdeogramV3ReframeInput"]

SPEC: Final = ModelSpec(
    id="ideogram/v3-reframe",
    title="Ideogram V3 Reframe",
    kind="reframe",
    output="image",
    description="",
    module="ideogram_v3_reframe",
    class_name="IdeogramV3ReframeInput",
    group="ideogram",
    method="v3_reframe",
    fields=(
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The image URL to reframe",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1757168087001amxesd6e.webp",
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
            required=True,
            description="The resolution for the reframed output image",
            example="square_hd",
            options=(
                Option(value="square", label="Square"),
                Option(value="square_hd", label="Square HD"),
                Option(value="portrait_4_3", label="Portrait 3:4"),
                Option(value="portrait_16_9", label="Portrait 9:16"),
                Option(value="landscape_4_3", label="Landscape 4:3"),
                Option(value="landscape_16_9", label="Landscape 16:9"),
            ),
        ),
        FieldSpec(
            name="rendering_speed",
            py_name="rendering_speed",
            type="enum",
            description="The rendering speed to use",
            default="BALANCED",
            options=(
                Option(value="TURBO", label="Turbo"),
                Option(value="BALANCED", label="Balanced"),
                Option(value="QUALITY", label="Quality"),
            ),
        ),
        FieldSpec(
            name="style",
            py_name="style",
            type="enum",
            description="The style type to generate with. Cannot be used with style_codes",
            default="AUTO",
            options=(
                Option(value="AUTO", label="Auto"),
                Option(value="GENERAL", label="General"),
                Option(value="REALISTIC", label="Realistic"),
                Option(value="DESIGN", label="Design"),
            ),
        ),
        FieldSpec(
            name="num_images",
            py_name="num_images",
            type="enum",
            description="Select description",
            default="1",
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
            type="number",
            description="Seed for the random number generator",
            default=0,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class IdeogramV3ReframeInput:
    """Input of Ideogram V3 Reframe (`ideogram/v3-reframe`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_url: str | os.PathLike[str]
    """The image URL to reframe
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175716...
    """

    image_size: Literal[
        "square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ]
    """The resolution for the reframed output image
    Required.
    Options:
    - square
    - square_hd: Square HD
    - portrait_4_3: Portrait 3:4
    - portrait_16_9: Portrait 9:16
    - landscape_4_3: Landscape 4:3
    - landscape_16_9: Landscape 16:9
    Example: 'square_hd'
    """

    rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None
    """The rendering speed to use
    Options: TURBO, BALANCED, QUALITY
    Default: 'BALANCED'
    """

    style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None = None
    """The style type to generate with. Cannot be used with style_codes
    Options: AUTO, GENERAL, REALISTIC, DESIGN
    Default: 'AUTO'
    """

    num_images: Literal["1", "2", "3", "4"] | None = None
    """Select description
    Options: 1, 2, 3, 4
    Default: '1'
    """

    seed: float | None = None
    """Seed for the random number generator
    Default: 0
    """
