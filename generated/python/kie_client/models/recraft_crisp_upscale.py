"""Recraft Crisp Upscale: `recraft/crisp-upscale` (upscale, image output).

Generated from specs/models/recraft/crisp-upscale.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "RecraftCrispUpscaleInput"]

SPEC: Final = ModelSpec(
    id="recraft/crisp-upscale",
    title="Recraft Crisp Upscale",
    kind="upscale",
    output="image",
    description="",
    module="recraft_crisp_upscale",
    class_name="RecraftCrispUpscaleInput",
    group="recraft",
    method="crisp_upscale",
    fields=(
        FieldSpec(
            name="image",
            py_name="image",
            type="url",
            required=True,
            description="Image to upscale (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1757169577325ijj8vwvt.jpg",
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
class RecraftCrispUpscaleInput:
    """Input of Recraft Crisp Upscale (`recraft/crisp-upscale`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image: str | os.PathLike[str]
    """Image to upscale (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175716...
    """
