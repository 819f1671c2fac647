"""Wan 2.2 A14B Text to Video Turbo: `wan/2-2-a14b-text-to-video-turbo` (text-to-video, video output).

Generated from specs/models/wan/2-2-a14b-text-to-video-turbo.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan22A14bTextToVideoTurboInput"]

SPEC: Final = ModelSpec(
    id="wan/2-2-a14b-text-to-video-turbo",
    title="Wan 2.2 A14B Text to Video Turbo",
    kind="text-to-video",
    output="video",
    description="",
    module="wan_2_2_a14b_text_to_video_turbo",
    class_name="Wan22A14bTextToVideoTurboInput",
    group="wan",
    method="v2_2_a14b_text_to_video_turbo",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt to guide video generation. (Max length: 5000 characters)",
            example='Drone shot, fast traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending into a glowing sky, the balloon trailing steam and displaying the letters "KIE AI" as it rises into breathtaking polar majesty.',
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
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description='Aspect ratio of the generated video (16:9 or 9:16). Default value: "16:9"',
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
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
class Wan22A14bTextToVideoTurboInput:
    """Input of Wan 2.2 A14B Text to Video Turbo (`wan/2-2-a14b-text-to-video-turbo`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt to guide video generation. (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'Drone shot, fast traversal, starting inside a cracked, frosty circ...
    """

    resolution: Literal["480p", "720p"] | None = None
    """Resolution of the generated video (480p or 720p). Default value: "720p"
    Options: 480p, 720p
    Default: '720p'
    Example: '720p'
    """

    aspect_ratio: Literal["16:9", "9:16"] | None = None
    """Aspect ratio of the generated video (16:9 or 9:16). Default value: "16:9"
    Options: 16:9, 9:16
    Default: '16:9'
    Example: '16:9'
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
