"""Kling V3 Turbo Image to Video: `kling/v3-turbo-image-to-video` (image-to-video, video output).

Generated from specs/models/kling/v3-turbo-image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "KlingV3TurboImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="kling/v3-turbo-image-to-video",
    title="Kling V3 Turbo Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="kling_v3_turbo_image_to_video",
    class_name="KlingV3TurboImageToVideoInput",
    group="kling",
    method="v3_turbo_image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt describing the video to generate (Max length: 2500 characters)",
            example='Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.The camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, "These trees will turn yellow in a month, won\'t they?"Close-up of the man, he lowers his head and says, "But they\'ll be green again next summer."Then the woman turns her head, smiles at the man opposite, and says, "Are you always this optimistic? Or just about summer?"Then the man lifts his head, looks at the woman and says, "Only about summers with you."',
            max_length=2500,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)",
            example=["https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxCQm.png"],
            min_items=1,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                ),
                max_size=10000000,
                max_size_text="10MB",
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="string",
            required=True,
            description="The duration of the generated video in seconds Optional duration: 3s - 15s",
            default="5",
            example="5",
            pattern="^([3-9]|1[0-5])$",
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            required=True,
            description="Resolution of the generated video (720p or 1080p)",
            default="720p",
            example="720p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class KlingV3TurboImageToVideoInput:
    """Input of Kling V3 Turbo Image to Video (`kling/v3-turbo-image-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt describing the video to generate (Max length: 2500 characters)
    Required.
    Up to 2500 characters.
    Example: 'Outdoor terrace of a European villa, by a dining table with a blue...
    """

    image_urls: Sequence[str | os.PathLike[str]]
    """URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
    Required.
    At least 1 item.
    Each item: Points at: image. Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
    Example: ['https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxC...
    """

    duration: str
    """The duration of the generated video in seconds Optional duration: 3s - 15s
    Required.
    Must match: ^([3-9]|1[0-5])$
    Default: '5'
    Example: '5'
    """

    resolution: Literal["720p", "1080p"]
    """Resolution of the generated video (720p or 1080p)
    Required.
    Options: 720p, 1080p
    Default: '720p'
    Example: '720p'
    """
