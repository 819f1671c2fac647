"""Models whose ids start with `kling-3.0/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["Kling30Models", "AsyncKling30Models"]


class Kling30Models:
    """2 model(s) whose ids start with `kling-3.0/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def motion_control(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        video_urls: Sequence[str | os.PathLike[str]],
        prompt: str | None = None,
        mode: str | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        background_source: Literal["input_video", "input_image"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling 3.0 Motion Control (`kling-3.0/motion-control`): motion-control, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_motion_control for the input as a dataclass.

        Args:
            input_urls: (Required) Include a URL of an image
                Required.
                Exactly 1 item.
                Each item: Points at: image.
            video_urls: (Required) Include a video URL
                Required.
                Exactly 1 item.
                Each item: Points at: video.
            prompt: (Optional) Text prompt words, used to guide the generation of animation content. Can be empty or 0 - 2500 characters long.
                Up to 2500 characters.
            mode: (Optional) Video Quality Mode. std: Standard Mode (720p). pro: Professional Mode (1080p)
            character_orientation: (Optional) Reference source for character orientation. video: Refer to video (recommended); image: Refer to image. Default value: video
                Options:
                - video: Refer to video (recommended)
                - image: Refer to image
                Default: 'video'
            background_source: (Optional) Background source. input_video: Use video background; input_image: Use image background. Default value: input_video
                Options:
                - input_video: Use video background
                - input_image: Use image background
                Default: 'input_video'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_motion_control import Kling30MotionControlInput

        request = Kling30MotionControlInput(
            prompt=prompt,
            input_urls=input_urls,
            video_urls=video_urls,
            mode=mode,
            character_orientation=character_orientation,
            background_source=background_source,
        )
        return self._client.submit(request, callback_url=callback_url)

    def video(
        self,
        *,
        prompt: str,
        sound: bool,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        mode: Literal["std", "pro", "4K"],
        multi_shots: bool,
        multi_prompt: Sequence[Mapping[str, object]],
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        kling_elements: Sequence[Mapping[str, object]] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling 3.0 (`kling-3.0/video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_video for the input as a dataclass.

        Args:
            prompt: Video generation prompt. Takes effect when multi_shots is false.
                Required.
                Example: 'In a bright rehearsal room, sunlight streams through the window@el...
            sound: Whether to enable sound effects. true enables sound effects, false disables them. When multi_shots is true, this field defaults to true.
                Required.
                Default: False
                Example: True
            duration: Total video duration in seconds. Integer value, range: 3 to 15.
                Required.
                Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: '5'
                Example: '5'
            mode: Generation mode. std has standard resolution, pro has higher resolution, 4K has 4K resolution. Resolution mapping: - **std mode**: 16:9 (1280×720), 9:16 (720×1280), 1:1 (720×720) - **pro mode**: 16:9 (1920×1080), 9:16 (1080×1920), 1:1 (1080×1080) - **4K mode**: 16:9 (3840×2160), 9:16 (2160×3840), 1:1 (2160×2160)
                Required.
                Options: std, pro, 4K
                Default: 'pro'
                Example: 'pro'
            multi_shots: Whether to use multi-shot mode. true enables multi-shot mode, false enables single-shot mode.
                Required.
                Default: False
                Example: False
            multi_prompt: Shot prompts. Takes effect when multi_shots is true. Used to describe the text and duration of each shot. Supports up to 5 shots. Each shot duration is 1-12 seconds. If you need to use elements, add them after the prompt.
                Required.
                Up to 5 items.
                Each item is an object of:
                - prompt: Prompt text for this shot, a maximum of 500 characters per shot. Each @element will occupy 37 characters. Required. Up to 500 characters. Example: 'a happy dog in running@element_cat'
                - duration: Duration of this shot in seconds. Range: 1-12. Required. From 1 to 12. Example: 3
                Example: [{'prompt': 'a happy dog in running@element_cat', 'duration': 3}, {...
            image_urls: First and last frame image URLs. Required when elements are referenced in the prompt (using @element_name syntax). When multi_shots is false: if length is 2, index 0 is the first frame and index 1 is the last frame; if length is 1, the array item serves as the first frame. When multi_shots is true: only the first frame is supported.
                Up to 2 items.
                Each item: Points at: image.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI...
            aspect_ratio: Video aspect ratio. Options: 16:9, 9:16, 1:1. When image_urls(first and last frame images) is provided, this parameter is optional and the aspect ratio will be automatically adapted based on the uploaded images.
                Options: 16:9, 9:16, 1:1
                Default: '16:9'
                Example: '16:9'
            kling_elements: Referenced elements. Detailed information about elements referenced in the prompt. A single task can reference a maximum of three elements.
                Up to 3 items.
                Each item is an object of:
                - name: Element name, used in prompt with @ prefix (e.g., @element_dog) Required. Example: 'element_dog'
                - description: Element description Required. Example: 'dog'
                - element_input_urls: Image URLs for the element. 2-4 URLs required. Accepted formats: JPG, PNG. Maximum file size: 10MB per image. Required. 1 to 4 items. Example: ['https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfU...
                - element_input_audio_urls: Optional. List of audio material URLs for characters. The audio duration must be between 5 and 30 seconds. Each item: Points at: audio.
                - start_time: Start time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. If not uploaded, it defaults to 0.
                - end_time: End time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. Must be greater than start_time, and the difference between end_time and start_time must be within 3000 to 8000 milliseconds.
                Example: [{'name': 'element_dog', 'description': 'dog', 'element_input_urls'...
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_video import Kling30VideoInput

        request = Kling30VideoInput(
            prompt=prompt,
            image_urls=image_urls,
            sound=sound,
            duration=duration,
            aspect_ratio=aspect_ratio,
            mode=mode,
            multi_shots=multi_shots,
            multi_prompt=multi_prompt,
            kling_elements=kling_elements,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncKling30Models:
    """2 model(s) whose ids start with `kling-3.0/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def motion_control(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        video_urls: Sequence[str | os.PathLike[str]],
        prompt: str | None = None,
        mode: str | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        background_source: Literal["input_video", "input_image"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 3.0 Motion Control (`kling-3.0/motion-control`): motion-control, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_motion_control for the input as a dataclass.

        Args:
            input_urls: (Required) Include a URL of an image
                Required.
                Exactly 1 item.
                Each item: Points at: image.
            video_urls: (Required) Include a video URL
                Required.
                Exactly 1 item.
                Each item: Points at: video.
            prompt: (Optional) Text prompt words, used to guide the generation of animation content. Can be empty or 0 - 2500 characters long.
                Up to 2500 characters.
            mode: (Optional) Video Quality Mode. std: Standard Mode (720p). pro: Professional Mode (1080p)
            character_orientation: (Optional) Reference source for character orientation. video: Refer to video (recommended); image: Refer to image. Default value: video
                Options:
                - video: Refer to video (recommended)
                - image: Refer to image
                Default: 'video'
            background_source: (Optional) Background source. input_video: Use video background; input_image: Use image background. Default value: input_video
                Options:
                - input_video: Use video background
                - input_image: Use image background
                Default: 'input_video'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_motion_control import Kling30MotionControlInput

        request = Kling30MotionControlInput(
            prompt=prompt,
            input_urls=input_urls,
            video_urls=video_urls,
            mode=mode,
            character_orientation=character_orientation,
            background_source=background_source,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def video(
        self,
        *,
        prompt: str,
        sound: bool,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        mode: Literal["std", "pro", "4K"],
        multi_shots: bool,
        multi_prompt: Sequence[Mapping[str, object]],
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        kling_elements: Sequence[Mapping[str, object]] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 3.0 (`kling-3.0/video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_video for the input as a dataclass.

        Args:
            prompt: Video generation prompt. Takes effect when multi_shots is false.
                Required.
                Example: 'In a bright rehearsal room, sunlight streams through the window@el...
            sound: Whether to enable sound effects. true enables sound effects, false disables them. When multi_shots is true, this field defaults to true.
                Required.
                Default: False
                Example: True
            duration: Total video duration in seconds. Integer value, range: 3 to 15.
                Required.
                Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: '5'
                Example: '5'
            mode: Generation mode. std has standard resolution, pro has higher resolution, 4K has 4K resolution. Resolution mapping: - **std mode**: 16:9 (1280×720), 9:16 (720×1280), 1:1 (720×720) - **pro mode**: 16:9 (1920×1080), 9:16 (1080×1920), 1:1 (1080×1080) - **4K mode**: 16:9 (3840×2160), 9:16 (2160×3840), 1:1 (2160×2160)
                Required.
                Options: std, pro, 4K
                Default: 'pro'
                Example: 'pro'
            multi_shots: Whether to use multi-shot mode. true enables multi-shot mode, false enables single-shot mode.
                Required.
                Default: False
                Example: False
            multi_prompt: Shot prompts. Takes effect when multi_shots is true. Used to describe the text and duration of each shot. Supports up to 5 shots. Each shot duration is 1-12 seconds. If you need to use elements, add them after the prompt.
                Required.
                Up to 5 items.
                Each item is an object of:
                - prompt: Prompt text for this shot, a maximum of 500 characters per shot. Each @element will occupy 37 characters. Required. Up to 500 characters. Example: 'a happy dog in running@element_cat'
                - duration: Duration of this shot in seconds. Range: 1-12. Required. From 1 to 12. Example: 3
                Example: [{'prompt': 'a happy dog in running@element_cat', 'duration': 3}, {...
            image_urls: First and last frame image URLs. Required when elements are referenced in the prompt (using @element_name syntax). When multi_shots is false: if length is 2, index 0 is the first frame and index 1 is the last frame; if length is 1, the array item serves as the first frame. When multi_shots is true: only the first frame is supported.
                Up to 2 items.
                Each item: Points at: image.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI...
            aspect_ratio: Video aspect ratio. Options: 16:9, 9:16, 1:1. When image_urls(first and last frame images) is provided, this parameter is optional and the aspect ratio will be automatically adapted based on the uploaded images.
                Options: 16:9, 9:16, 1:1
                Default: '16:9'
                Example: '16:9'
            kling_elements: Referenced elements. Detailed information about elements referenced in the prompt. A single task can reference a maximum of three elements.
                Up to 3 items.
                Each item is an object of:
                - name: Element name, used in prompt with @ prefix (e.g., @element_dog) Required. Example: 'element_dog'
                - description: Element description Required. Example: 'dog'
                - element_input_urls: Image URLs for the element. 2-4 URLs required. Accepted formats: JPG, PNG. Maximum file size: 10MB per image. Required. 1 to 4 items. Example: ['https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfU...
                - element_input_audio_urls: Optional. List of audio material URLs for characters. The audio duration must be between 5 and 30 seconds. Each item: Points at: audio.
                - start_time: Start time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. If not uploaded, it defaults to 0.
                - end_time: End time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. Must be greater than start_time, and the difference between end_time and start_time must be within 3000 to 8000 milliseconds.
                Example: [{'name': 'element_dog', 'description': 'dog', 'element_input_urls'...
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_video import Kling30VideoInput

        request = Kling30VideoInput(
            prompt=prompt,
            image_urls=image_urls,
            sound=sound,
            duration=duration,
            aspect_ratio=aspect_ratio,
            mode=mode,
            multi_shots=multi_shots,
            multi_prompt=multi_prompt,
            kling_elements=kling_elements,
        )
        return await self._client.submit(request, callback_url=callback_url)
