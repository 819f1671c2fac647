"""Models whose ids start with `infinitalk/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["InfinitalkModels", "AsyncInfinitalkModels"]


class InfinitalkModels:
    """1 model(s) whose ids start with `infinitalk/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def from_audio(
        self,
        *,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        prompt: str,
        resolution: Literal["480p", "720p"] | None = None,
        seed: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Infinitalk From Audio (`infinitalk/from-audio`): avatar, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.infinitalk_from_audio for the input as a dataclass.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175732...
            audio_url: The URL of the audio file. (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
                Required.
                Points at: audio.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175732...
            prompt: The text prompt to guide video generation. (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A young woman with long dark hair talking on a podcast.'
            resolution: Resolution of the video to generate. Must be either 480p or 720p.
                Options: 480p, 720p
                Default: '480p'
                Example: '480p'
            seed: Random seed for reproducibility. Valid range is 10000 to 1000000.
                From 10000 to 1000000.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.infinitalk_from_audio import InfinitalkFromAudioInput

        request = InfinitalkFromAudioInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
            resolution=resolution,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncInfinitalkModels:
    """1 model(s) whose ids start with `infinitalk/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def from_audio(
        self,
        *,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        prompt: str,
        resolution: Literal["480p", "720p"] | None = None,
        seed: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Infinitalk From Audio (`infinitalk/from-audio`): avatar, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.infinitalk_from_audio for the input as a dataclass.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175732...
            audio_url: The URL of the audio file. (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
                Required.
                Points at: audio.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175732...
            prompt: The text prompt to guide video generation. (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A young woman with long dark hair talking on a podcast.'
            resolution: Resolution of the video to generate. Must be either 480p or 720p.
                Options: 480p, 720p
                Default: '480p'
                Example: '480p'
            seed: Random seed for reproducibility. Valid range is 10000 to 1000000.
                From 10000 to 1000000.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.infinitalk_from_audio import InfinitalkFromAudioInput

        request = InfinitalkFromAudioInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
            resolution=resolution,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)
