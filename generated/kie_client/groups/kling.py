"""Models whose ids start with `kling/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["KlingModels", "AsyncKlingModels"]


class KlingModels:
    """2 model(s) whose ids start with `kling/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def v1_avatar_standard(
        self,
        *,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        prompt: str,
        callback_url: str | None = None,
    ) -> Task:
        """Kling V1 Avatar Standard (`kling/v1-avatar-standard`): avatar, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v1_avatar_standard for the input as a dataclass.

        Args:
            image_url: The URL of the image to use as your avatar
                Required.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png'.
            audio_url: The URL of the audio file
                Required.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3'.
            prompt: The prompt to use for the video generation
                Required.
                Length: 0 to 5000 characters.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v1_avatar_standard import KlingV1AvatarStandardInput

        request = KlingV1AvatarStandardInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_5_turbo_image_to_video_pro(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling 2.5 Turbo Image to Video Pro (`kling/v2-5-turbo-image-to-video-pro`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_5_turbo_image_to_video_pro for the input as a dataclass.

        Args:
            prompt: Text description for the video generation
                Required.
                Length: 0 to 2500 characters.
                Example: 'Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.'.
            image_url: URL of the image to be used for the video
                Required.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png'.
            duration: The duration of the generated video in seconds
                - 5: 5 seconds
                - 10: 10 seconds
                Example: '5'.
            negative_prompt: Elements to avoid in the video
                Length: 0 to 2496 characters.
                Example: 'blur, distort, and low quality'.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt
                Range: 0 to 1, step 0.1.
                Example: 0.5.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_5_turbo_image_to_video_pro import (
            KlingV25TurboImageToVideoProInput,
        )

        request = KlingV25TurboImageToVideoProInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncKlingModels:
    """2 model(s) whose ids start with `kling/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def v1_avatar_standard(
        self,
        *,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        prompt: str,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V1 Avatar Standard (`kling/v1-avatar-standard`): avatar, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v1_avatar_standard for the input as a dataclass.

        Args:
            image_url: The URL of the image to use as your avatar
                Required.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png'.
            audio_url: The URL of the audio file
                Required.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3'.
            prompt: The prompt to use for the video generation
                Required.
                Length: 0 to 5000 characters.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v1_avatar_standard import KlingV1AvatarStandardInput

        request = KlingV1AvatarStandardInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_5_turbo_image_to_video_pro(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 2.5 Turbo Image to Video Pro (`kling/v2-5-turbo-image-to-video-pro`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_5_turbo_image_to_video_pro for the input as a dataclass.

        Args:
            prompt: Text description for the video generation
                Required.
                Length: 0 to 2500 characters.
                Example: 'Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.'.
            image_url: URL of the image to be used for the video
                Required.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png'.
            duration: The duration of the generated video in seconds
                - 5: 5 seconds
                - 10: 10 seconds
                Example: '5'.
            negative_prompt: Elements to avoid in the video
                Length: 0 to 2496 characters.
                Example: 'blur, distort, and low quality'.
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt
                Range: 0 to 1, step 0.1.
                Example: 0.5.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_5_turbo_image_to_video_pro import (
            KlingV25TurboImageToVideoProInput,
        )

        request = KlingV25TurboImageToVideoProInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return await self._client.submit(request, callback_url=callback_url)
