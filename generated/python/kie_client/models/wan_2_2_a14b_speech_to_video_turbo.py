"""Wan 2.2 A14B Speech to Video Turbo: `wan/2-2-a14b-speech-to-video-turbo` (speech-to-video, video output).

Generated from specs/models/wan/2-2-a14b-speech-to-video-turbo.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan22A14bSpeechToVideoTurboInput"]

SPEC: Final = ModelSpec(
    id="wan/2-2-a14b-speech-to-video-turbo",
    title="Wan 2.2 A14B Speech to Video Turbo",
    kind="speech-to-video",
    output="video",
    description="",
    module="wan_2_2_a14b_speech_to_video_turbo",
    class_name="Wan22A14bSpeechToVideoTurboInput",
    group="wan",
    method="v2_2_a14b_speech_to_video_turbo",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt used for video generation (Max length: 5000 characters)",
            example="The lady is talking",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1756797663082u4pjmcrq.png",
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
            name="audio_url",
            py_name="audio_url",
            type="url",
            required=True,
            description="The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3",
            media="audio",
            accept=(
                "audio/mp3",
                "audio/wav",
                "audio/ogg",
                "audio/m4a",
                "audio/flac",
                "audio/aac",
                "audio/x-ms-wma",
                "audio/mpeg",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="num_frames",
            py_name="num_frames",
            type="number",
            description="Number of frames to generate. Must be between 40 to 120, (must be multiple of 4) (Min: 40, Max: 120, Step: 4) (step: 4)",
            default=80,
            example=80,
            minimum=40,
            maximum=120,
            step=4,
        ),
        FieldSpec(
            name="frames_per_second",
            py_name="frames_per_second",
            type="number",
            description="Frames per second of the generated video. Must be between 4 to 60. When using interpolation and adjust_fps_for_interpolation is set to true (default true,) the final FPS will be multiplied by the number of interpolated frames plus one. For example, if the generated frames per second is 16 and the number of interpolated frames is 1, the final frames per second will be 32. If adjust_fps_for_interpolation is set to false, this value will be used as-is (Min: 4, Max: 60, Step: 1) (step: 1)",
            default=16,
            example=16,
            minimum=4,
            maximum=60,
            step=1,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Resolution of the generated video (480p, 580p, or 720p)",
            default="480p",
            example="480p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="580p", label="580p"),
                Option(value="720p", label="720p"),
            ),
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Negative prompt for video generation (Max length: 500 characters)",
            example="",
            max_length=500,
            multiline=True,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed for reproducibility. If None, a random seed is chosen",
        ),
        FieldSpec(
            name="num_inference_steps",
            py_name="num_inference_steps",
            type="number",
            description="Number of inference steps for sampling. Higher values give better quality but take longer (Min: 2, Max: 40, Step: 1) (step: 1)",
            default=27,
            example=27,
            minimum=2,
            maximum=40,
            step=1,
        ),
        FieldSpec(
            name="guidance_scale",
            py_name="guidance_scale",
            type="number",
            description="Classifier-free guidance scale. Higher values give better adherence to the prompt but may decrease quality (Min: 1, Max: 10, Step: 0.1) (step: 0.1)",
            default=3.5,
            example=3.5,
            minimum=1,
            maximum=10,
            step=0.1,
        ),
        FieldSpec(
            name="shift",
            py_name="shift",
            type="number",
            description="Shift value for the video. Must be between 1.0 and 10.0 (Min: 1, Max: 10, Step: 0.1) (step: 0.1)",
            default=5,
            example=5,
            minimum=1,
            maximum=10,
            step=0.1,
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
class Wan22A14bSpeechToVideoTurboInput:
    """Input of Wan 2.2 A14B Speech to Video Turbo (`wan/2-2-a14b-speech-to-video-turbo`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt used for video generation (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'The lady is talking'
    """

    image_url: str | os.PathLike[str]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175679...
    """

    audio_url: str | os.PathLike[str]
    """The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg; Max size: 10.0MB)
    Required.
    Points at: audio.
    Accepts: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175679...
    """

    num_frames: float | None = None
    """Number of frames to generate. Must be between 40 to 120, (must be multiple of 4) (Min: 40, Max: 120, Step: 4) (step: 4)
    From 40 to 120, in steps of 4.
    Default: 80
    Example: 80
    """

    frames_per_second: float | None = None
    """Frames per second of the generated video. Must be between 4 to 60. When using interpolation and adjust_fps_for_interpolation is set to true (default true,) the final FPS will be multiplied by the number of interpolated frames plus one. For example, if the generated frames per second is 16 and the number of interpolated frames is 1, the final frames per second will be 32. If adjust_fps_for_interpolation is set to false, this value will be used as-is (Min: 4, Max: 60, Step: 1) (step: 1)
    From 4 to 60, in steps of 1.
    Default: 16
    Example: 16
    """

    resolution: Literal["480p", "580p", "720p"] | None = None
    """Resolution of the generated video (480p, 580p, or 720p)
    Options: 480p, 580p, 720p
    Default: '480p'
    Example: '480p'
    """

    negative_prompt: str | None = None
    """Negative prompt for video generation (Max length: 500 characters)
    Up to 500 characters.
    Example: ''
    """

    seed: int | None = None
    """Random seed for reproducibility. If None, a random seed is chosen
    """

    num_inference_steps: float | None = None
    """Number of inference steps for sampling. Higher values give better quality but take longer (Min: 2, Max: 40, Step: 1) (step: 1)
    From 2 to 40, in steps of 1.
    Default: 27
    Example: 27
    """

    guidance_scale: float | None = None
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may decrease quality (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
    From 1 to 10, in steps of 0.1.
    Default: 3.5
    Example: 3.5
    """

    shift: float | None = None
    """Shift value for the video. Must be between 1.0 and 10.0 (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
    From 1 to 10, in steps of 0.1.
    Default: 5
    Example: 5
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
