"""Wan 2.2 A14B Image to Video Turbo: `wan/2-2-a14b-image-to-video-turbo` (image-to-video, video output).

Generated from specs/models/wan/2-2-a14b-image-to-video-turbo.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan22A14bImageToVideoTurboInput"]

SPEC: Final = ModelSpec(
    id="wan/2-2-a14b-image-to-video-turbo",
    title="Wan 2.2 A14B Image to Video Turbo",
    kind="image-to-video",
    output="video",
    description="",
    module="wan_2_2_a14b_image_to_video_turbo",
    class_name="Wan22A14bImageToVideoTurboInput",
    group="wan",
    method="v2_2_a14b_image_to_video_turbo",
    fields=(
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png",
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
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt to guide video generation. (Max length: 5000 characters)",
            example="Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description='Resolution of the generated video (480p or 720p). Default value: "720p"',
            default="720p",
            example="720p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="720p", label="720p"),
            ),
        ),
        FieldSpec(
            name="enable_prompt_expansion",
            py_name="enable_prompt_expansion",
            type="boolean",
            description="Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false))",
            example=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="number",
            description="Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1) (step: 1)",
            default=0,
            example=0,
            minimum=0,
            maximum=2147483647,
            step=1,
        ),
        FieldSpec(
            name="acceleration",
            py_name="acceleration",
            type="enum",
            description="Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: \"none\"",
            default="none",
            example="none",
            options=(
                Option(value="none", label="none"),
                Option(value="regular", label="regular"),
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
class Wan22A14bImageToVideoTurboInput:
    """Input of Wan 2.2 A14B Image to Video Turbo (`wan/2-2-a14b-image-to-video-turbo`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_url: str | os.PathLike[str]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175516...
    """

    prompt: str
    """The text prompt to guide video generation. (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'Overcast lighting, medium lens, soft lighting, low contrast lighti...
    """

    resolution: Literal["480p", "720p"] | None = None
    """Resolution of the generated video (480p or 720p). Default value: "720p"
    Options: 480p, 720p
    Default: '720p'
    Example: '720p'
    """

    enable_prompt_expansion: bool | None = None
    """Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false))
    Example: False
    """

    seed: float | None = None
    """Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1) (step: 1)
    From 0 to 2147483647, in steps of 1.
    Default: 0
    Example: 0
    """

    acceleration: Literal["none", "regular"] | None = None
    """Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
    Options: none, regular
    Default: 'none'
    Example: 'none'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
