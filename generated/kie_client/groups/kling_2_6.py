"""Models whose ids start with `kling-2.6/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["Kling26Models", "AsyncKling26Models"]


class Kling26Models:
    """1 model(s) whose ids start with `kling-2.6/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        sound: bool,
        duration: Literal["5", "10"],
        callback_url: str | None = None,
    ) -> Task:
        """Kling 2.6 Image to Video (`kling-2.6/image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_2_6_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video
                Required.
                Length: 0 to 1000 characters.
                Example: 'In a bright rehearsal room, sunlight streams through the window, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, while the other members stand around her. [Campus band female lead singer, full voice] leads: \x22I will try to fix you, with all my heart and soul...\x22 The background is an a cappella harmony, and the camera slowly circles around the band members.'.
            image_urls: The URL of the image used to generate video
                Required.
                Items: 1 to 1.
                Each item: Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png'].
            sound: This parameter is used to specify whether the generated video contains sound
                Required.
                Example: False.
            duration: Duration of the video in seconds
                Required.
                - 5: 5
                - 10: 10
                Example: '5'.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_2_6_image_to_video import Kling26ImageToVideoInput

        request = Kling26ImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            sound=sound,
            duration=duration,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncKling26Models:
    """1 model(s) whose ids start with `kling-2.6/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        sound: bool,
        duration: Literal["5", "10"],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 2.6 Image to Video (`kling-2.6/image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_2_6_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video
                Required.
                Length: 0 to 1000 characters.
                Example: 'In a bright rehearsal room, sunlight streams through the window, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, while the other members stand around her. [Campus band female lead singer, full voice] leads: \x22I will try to fix you, with all my heart and soul...\x22 The background is an a cappella harmony, and the camera slowly circles around the band members.'.
            image_urls: The URL of the image used to generate video
                Required.
                Items: 1 to 1.
                Each item: Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png'].
            sound: This parameter is used to specify whether the generated video contains sound
                Required.
                Example: False.
            duration: Duration of the video in seconds
                Required.
                - 5: 5
                - 10: 10
                Example: '5'.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_2_6_image_to_video import Kling26ImageToVideoInput

        request = Kling26ImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            sound=sound,
            duration=duration,
        )
        return await self._client.submit(request, callback_url=callback_url)
