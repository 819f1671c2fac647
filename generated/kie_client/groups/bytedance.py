"""Models whose ids start with `bytedance/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["BytedanceModels", "AsyncBytedanceModels"]


class BytedanceModels:
    """1 model(s) whose ids start with `bytedance/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def v1_lite_text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "9:21"] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: Literal["5", "10"] | None = None,
        camera_fixed: bool | None = None,
        seed: int | None = None,
        enable_safety_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """ByteDance Seedance V1 Lite Text to Video (`bytedance/v1-lite-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_lite_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video
                Required.
                Length: 0 to 10000 characters.
                Example: \x22Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.\x22.
            aspect_ratio: The aspect ratio of the generated video
                - 16:9: 16:9
                - 4:3: 4:3
                - 1:1: 1:1
                - 3:4: 3:4
                - 9:16: 9:16
                - 9:21: 9:21
                Example: '16:9'.
            resolution: Video resolution - 480p for faster generation, 720p for higher quality
                - 480p: 480p
                - 720p: 720p
                - 1080p: 1080p
                Example: '720p'.
            duration: Duration of the video in seconds
                - 5: 5s
                - 10: 10s
                Example: '5'.
            camera_fixed: Whether to fix the camera position
                Example: False.
            seed: Random seed to control video generation. Use -1 for random.
                May be null.
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API.
                Example: True.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_v1_lite_text_to_video import (
            BytedanceV1LiteTextToVideoInput,
        )

        request = BytedanceV1LiteTextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncBytedanceModels:
    """1 model(s) whose ids start with `bytedance/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def v1_lite_text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "9:21"] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: Literal["5", "10"] | None = None,
        camera_fixed: bool | None = None,
        seed: int | None = None,
        enable_safety_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """ByteDance Seedance V1 Lite Text to Video (`bytedance/v1-lite-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_lite_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video
                Required.
                Length: 0 to 10000 characters.
                Example: \x22Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.\x22.
            aspect_ratio: The aspect ratio of the generated video
                - 16:9: 16:9
                - 4:3: 4:3
                - 1:1: 1:1
                - 3:4: 3:4
                - 9:16: 9:16
                - 9:21: 9:21
                Example: '16:9'.
            resolution: Video resolution - 480p for faster generation, 720p for higher quality
                - 480p: 480p
                - 720p: 720p
                - 1080p: 1080p
                Example: '720p'.
            duration: Duration of the video in seconds
                - 5: 5s
                - 10: 10s
                Example: '5'.
            camera_fixed: Whether to fix the camera position
                Example: False.
            seed: Random seed to control video generation. Use -1 for random.
                May be null.
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API.
                Example: True.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_v1_lite_text_to_video import (
            BytedanceV1LiteTextToVideoInput,
        )

        request = BytedanceV1LiteTextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
