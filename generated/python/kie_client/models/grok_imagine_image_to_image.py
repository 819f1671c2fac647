"""Grok Imagine Image to Image: `grok-imagine/image-to-image` (image-to-image, image output).

Generated from specs/models/grok-imagine/image-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GrokImagineImageToImageInput"]

SPEC: Final = ModelSpec(
    id="grok-imagine/image-to-image",
    title="Grok Imagine Image to Image",
    kind="image-to-image",
    output="image",
    description="",
    module="grok_imagine_image_to_image",
    class_name="GrokImagineImageToImageInput",
    group="grok_imagine",
    method="image_to_image",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="A text description specifying the desired content or style of the generated image. (Max length: 390000 characters)",
            example="Recreate the Titanic movie poster with two adorable anthropomorphic cats in the same romantic pose at the bow of the ship. The male cat is an orange tabby wearing a vest, standing behind a white long-haired female cat in a lace dress, holding her paws as they stretch forward in the wind. Both cats are photorealistic with detailed fur, wind-swept hair, and dramatic sunset lighting (warm golden highlights, cool blue shadows). Background: the Titanic ship at dusk with four smokestacks, glowing deck lights, calm ocean, and orange-pink sunset sky. Center title: “CATANIC” in the same gold metallic serif style as Titanic, same size and position.",
            max_length=390000,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="An array containing up to 1 URL string pointing to reference images. (Use file URLs after upload, not raw file content. Accepted types: image/jpeg, image/png, image/webp. Max size: 10.0MB per image.) In your prompt, reference the uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean).",
            example=["https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCrwq.png"],
            max_items=5,
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
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GrokImagineImageToImageInput:
    """Input of Grok Imagine Image to Image (`grok-imagine/image-to-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_urls: Sequence[str | os.PathLike[str]]
    """An array containing up to 1 URL string pointing to reference images. (Use file URLs after upload, not raw file content. Accepted types: image/jpeg, image/png, image/webp. Max size: 10.0MB per image.) In your prompt, reference the uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean).
    Required.
    Up to 5 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCr...
    """

    prompt: str | None = None
    """A text description specifying the desired content or style of the generated image. (Max length: 390000 characters)
    Up to 390000 characters.
    Example: 'Recreate the Titanic movie poster with two adorable anthropomorphi...
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
