"""OmniHuman 1.5 Human Identification: `omnihuman-1-5/human-identification` (human-identification, text output).

Generated from specs/models/omnihuman-1-5/human-identification.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Omnihuman15HumanIdentificationInput"]

SPEC: Final = ModelSpec(
    id="omnihuman-1-5/human-identification",
    title="OmniHuman 1.5 Human Identification",
    kind="human-identification",
    output="text",
    description="",
    module="omnihuman_1_5_human_identification",
    class_name="Omnihuman15HumanIdentificationInput",
    group="omnihuman_1_5",
    method="human_identification",
    fields=(
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="Portrait image URL. Requirements: JPG/PNG/JPEG format, less than 5MB, resolution under 4096x4096. Recommended: single person facing forward, with the face occupying a large proportion of the image. Accepted file types: image/jpeg, image/png, image/jpg. Max file size: 5MB.",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
            ),
            max_size=5000000,
            max_size_text="5MB",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Omnihuman15HumanIdentificationInput:
    """Input of OmniHuman 1.5 Human Identification (`omnihuman-1-5/human-identification`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_url: str | os.PathLike[str]
    """Portrait image URL. Requirements: JPG/PNG/JPEG format, less than 5MB, resolution under 4096x4096. Recommended: single person facing forward, with the face occupying a large proportion of the image. Accepted file types: image/jpeg, image/png, image/jpg. Max file size: 5MB.
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, at most 5MB; a local path is uploaded first.
    """
