"""Google Imagen4 Ultra: `google/imagen4-ultra` (text-to-image, image output).

Generated from specs/models/google/imagen4-ultra.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GoogleImagen4UltraInput"]

SPEC: Final = ModelSpec(
    id="google/imagen4-ultra",
    title="Google Imagen4 Ultra",
    kind="text-to-image",
    output="image",
    description="",
    module="google_imagen4_ultra",
    class_name="GoogleImagen4UltraInput",
    group="google",
    method="imagen4_ultra",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt describing what you want to see (Max length: 5000 characters)",
            example="A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="A description of what to discourage in the generated images (Max length: 5000 characters)",
            example="",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="The aspect ratio of the generated image",
            default="1:1",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="3:4", label="3:4"),
                Option(value="4:3", label="4:3"),
                Option(value="auto", label="auto"),
            ),
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="string",
            description="Random seed for reproducible generation (Max length: 500 characters)",
            example="",
            max_length=500,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GoogleImagen4UltraInput:
    """Input of Google Imagen4 Ultra (`google/imagen4-ultra`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt describing what you want to see (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: "A lively comic scene where two colleagues are in an office. The fi...
    """

    negative_prompt: str | None = None
    """A description of what to discourage in the generated images (Max length: 5000 characters)
    Up to 5000 characters.
    Example: ''
    """

    aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | None = None
    """The aspect ratio of the generated image
    Options: 1:1, 16:9, 9:16, 3:4, 4:3, auto
    Default: '1:1'
    Example: '1:1'
    """

    seed: str | None = None
    """Random seed for reproducible generation (Max length: 500 characters)
    Up to 500 characters.
    Example: ''
    """
