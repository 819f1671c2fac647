"""Google Imagen4 Fast: `google/imagen4-fast` (text-to-image, image output).

Generated from specs/models/google/imagen4-fast.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GoogleImagen4FastInput"]

SPEC: Final = ModelSpec(
    id="google/imagen4-fast",
    title="Google Imagen4 Fast",
    kind="text-to-image",
    output="image",
    description="",
    module="google_imagen4_fast",
    class_name="GoogleImagen4FastInput",
    group="google",
    method="imagen4_fast",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt describing what you want to see (Max length: 5000 characters)",
            example="Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.",
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
            default="16:9",
            example="16:9",
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
            type="integer",
            description="Random seed for reproducible generation",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GoogleImagen4FastInput:
    """Input of Google Imagen4 Fast (`google/imagen4-fast`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt describing what you want to see (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'Create a cinematic, photorealistic medium shot capturing the nosta...
    """

    negative_prompt: str | None = None
    """A description of what to discourage in the generated images (Max length: 5000 characters)
    Up to 5000 characters.
    Example: ''
    """

    aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | None = None
    """The aspect ratio of the generated image
    Options: 1:1, 16:9, 9:16, 3:4, 4:3, auto
    Default: '16:9'
    Example: '16:9'
    """

    seed: int | None = None
    """Random seed for reproducible generation
    """
