"""Wan 2.7 Image: `wan/2-7-image` (text-to-image, image output).

Generated from specs/models/wan/2-7-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan27ImageInput"]

SPEC: Final = ModelSpec(
    id="wan/2-7-image",
    title="Wan 2.7 Image",
    kind="text-to-image",
    output="image",
    description="",
    module="wan_2_7_image",
    class_name="Wan27ImageInput",
    group="wan",
    method="v2_7_image",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Prompt for image generation or editing. This field supports both Chinese and English, with a maximum length of 5000 characters as per Alibaba Cloud documentation.",
            example="Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="input_urls",
            py_name="input_urls",
            type="array",
            description="(Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field.",
            example=["https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX1k.jpg"],
            max_items=9,
            items=FieldSpec(name="input_urls", py_name="input_urls", type="url", media="image"),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="(Optional) Output aspect ratio when no image input is provided.",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="16:9", label="16:9"),
                Option(value="4:3", label="4:3"),
                Option(value="21:9", label="21:9"),
                Option(value="3:4", label="3:4"),
                Option(value="9:16", label="9:16"),
                Option(value="8:1", label="8:1"),
                Option(value="1:8", label="1:8"),
            ),
        ),
        FieldSpec(
            name="enable_sequential",
            py_name="enable_sequential",
            type="boolean",
            description="Whether to enable sequential/group image mode. Default is false.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="n",
            py_name="n",
            type="integer",
            description="Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when `enable_sequential=true` (default: 12).",
            example=4,
            minimum=1,
            maximum=12,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Output resolution. The current project uses `resolution` as a wrapper field corresponding to the underlying resolution parameter.",
            default="2K",
            example="2K",
            options=(
                Option(value="1K", label="1K"),
                Option(value="2K", label="2K"),
                Option(value="4K", label="4K"),
            ),
        ),
        FieldSpec(
            name="thinking_mode",
            py_name="thinking_mode",
            type="boolean",
            description="Whether to enable thinking mode. Only available when `enable_sequential=false` and `input_urls` is empty; the frontend will automatically disable it in other cases.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="color_palette",
            py_name="color_palette",
            type="array",
            description="(Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10 colors, 8 recommended.",
            min_items=3,
            max_items=10,
            items=FieldSpec(
                name="color_palette",
                py_name="color_palette",
                type="object",
                fields=(
                    FieldSpec(
                        name="hex",
                        py_name="hex_",
                        type="string",
                        required=True,
                        description="HEX color value.",
                        example="#C2D1E6",
                        pattern="^#[0-9A-Fa-f]{6}$",
                    ),
                    FieldSpec(
                        name="ratio",
                        py_name="ratio",
                        type="string",
                        required=True,
                        description="Color proportion, format must be xx.xx%.",
                        example="23.51%",
                        pattern="^\\d{1,3}\\.\\d{2}%$",
                    ),
                ),
            ),
        ),
        FieldSpec(
            name="bbox_list",
            py_name="bbox_list",
            type="array",
            description="(Optional) Interactive editing bounding box areas. The outer list length should match `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`.",
            example=[[]],
            items=FieldSpec(
                name="bbox_list",
                py_name="bbox_list",
                type="array",
                max_items=2,
                items=FieldSpec(
                    name="bbox_list",
                    py_name="bbox_list",
                    type="array",
                    min_items=4,
                    max_items=4,
                    items=FieldSpec(name="bbox_list", py_name="bbox_list", type="integer"),
                ),
            ),
        ),
        FieldSpec(
            name="watermark",
            py_name="watermark",
            type="boolean",
            description="Whether to add watermark.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed, range 0-2147483647.",
            default=0,
            example=0,
            minimum=0,
            maximum=2147483647,
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.",
        ),
    ),
    rules=(
        RuleSpec(
            kind="forbid",
            fields=(
                "enable_sequential",
                "n",
            ),
            message="n is 1-4 unless enable_sequential is true (then 1-12).",
            refused=(
                (False,),
                (
                    5,
                    6,
                    7,
                    8,
                    9,
                    10,
                    11,
                    12,
                ),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Wan27ImageInput:
    """Input of Wan 2.7 Image (`wan/2-7-image`).

    Rule: n is 1-4 unless enable_sequential is true (then 1-12).
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Prompt for image generation or editing. This field supports both Chinese and English, with a maximum length of 5000 characters as per Alibaba Cloud documentation.
    Required.
    Up to 5000 characters.
    Example: 'Transform the food photo by replacing the marked ingredients with ...
    """

    input_urls: Sequence[str | os.PathLike[str]] | None = None
    """(Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field.
    Up to 9 items.
    Each item: Points at: image.
    Example: ['https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX...
    """

    aspect_ratio: Literal["1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"] | None = None
    """(Optional) Output aspect ratio when no image input is provided.
    Options: 1:1, 16:9, 4:3, 21:9, 3:4, 9:16, 8:1, 1:8
    Example: '1:1'
    """

    enable_sequential: bool | None = None
    """Whether to enable sequential/group image mode. Default is false.
    Default: False
    Example: False
    """

    n: int | None = None
    """Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when `enable_sequential=true` (default: 12).
    From 1 to 12.
    Example: 4
    """

    resolution: Literal["1K", "2K", "4K"] | None = None
    """Output resolution. The current project uses `resolution` as a wrapper field corresponding to the underlying resolution parameter.
    Options: 1K, 2K, 4K
    Default: '2K'
    Example: '2K'
    """

    thinking_mode: bool | None = None
    """Whether to enable thinking mode. Only available when `enable_sequential=false` and `input_urls` is empty; the frontend will automatically disable it in other cases.
    Default: False
    Example: False
    """

    color_palette: Sequence[Mapping[str, object]] | None = None
    """(Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10 colors, 8 recommended.
    3 to 10 items.
    Each item is an object of:
    - hex: HEX color value. Required. Must match: ^#[0-9A-Fa-f]{6}$ Example: '#C2D1E6'
    - ratio: Color proportion, format must be xx.xx%. Required. Must match: ^\\d{1,3}\\.\\d{2}%$ Example: '23.51%'
    """

    bbox_list: Sequence[Sequence[Sequence[int]]] | None = None
    """(Optional) Interactive editing bounding box areas. The outer list length should match `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`.
    Each item is a list: Up to 2 items. Each item is a list: Exactly 4 items.
    Example: [[]]
    """

    watermark: bool | None = None
    """Whether to add watermark.
    Default: False
    Example: False
    """

    seed: int | None = None
    """Random seed, range 0-2147483647.
    From 0 to 2147483647.
    Default: 0
    Example: 0
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
