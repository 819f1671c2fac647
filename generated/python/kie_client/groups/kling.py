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
    """11 model(s) whose ids start with `kling/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def ai_avatar_pro(
        self,
        *,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        prompt: str,
        callback_url: str | None = None,
    ) -> Task:
        """Kling AI Avatar Pro (`kling/ai-avatar-pro`): avatar, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_ai_avatar_pro for the input as a dataclass.

        Args:
            image_url: The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            audio_url: The URL of the audio file (must be the URL of the uploaded file, not the file content; supported formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and the duration cannot exceed 5 minutes)
                Required.
                Points at: audio.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 100MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            prompt: The prompt to use for the video generation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_ai_avatar_pro import KlingAiAvatarProInput

        request = KlingAiAvatarProInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )
        return self._client.submit(request, callback_url=callback_url)

    def ai_avatar_standard(
        self,
        *,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        prompt: str,
        callback_url: str | None = None,
    ) -> Task:
        """Kling AI Avatar Standard (`kling/ai-avatar-standard`): avatar, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_ai_avatar_standard for the input as a dataclass.

        Args:
            image_url: The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            audio_url: The URL of the audio file (must be the URL of the uploaded file, not the file content; supported formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and the duration cannot exceed 5 minutes)
                Required.
                Points at: audio.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 100MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            prompt: The prompt to use for the video generation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_ai_avatar_standard import KlingAiAvatarStandardInput

        request = KlingAiAvatarStandardInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )
        return self._client.submit(request, callback_url=callback_url)

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
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            audio_url: The URL of the audio file
                Required.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            prompt: The prompt to use for the video generation
                Required.
                Up to 5000 characters.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v1_avatar_standard import KlingV1AvatarStandardInput

        request = KlingV1AvatarStandardInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_1_master_image_to_video(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling V2.1 Master Image to Video (`kling/v2-1-master-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_1_master_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video to generate (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A team of paratroopers descends into enemy territory, as they pass...
            image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            negative_prompt: Negative prompt to exclude certain elements from the video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_1_master_image_to_video import (
            KlingV21MasterImageToVideoInput,
        )

        request = KlingV21MasterImageToVideoInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_1_master_text_to_video(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling V2.1 Master Text to Video (`kling/v2-1-master-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_1_master_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video you want to generate (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'First-person view from a soldier jumping from a transport plane — ...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            aspect_ratio: The aspect ratio of the generated video frame
                Options: 16:9, 9:16, 1:1
                Default: '16:9'
                Example: '16:9'
            negative_prompt: Elements to avoid in the generated video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_1_master_text_to_video import KlingV21MasterTextToVideoInput

        request = KlingV21MasterTextToVideoInput(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_1_pro(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        tail_image_url: str | os.PathLike[str] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling V2.1 Pro (`kling/v2-1-pro`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_1_pro for the input as a dataclass.

        Args:
            prompt: Text prompt describing the video to generate (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'POV shot of a gravity surfer diving between ancient ruins suspende...
            image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175489...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            negative_prompt: Terms to avoid in the generated video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            tail_image_url: URL of the image to be used for the end of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_1_pro import KlingV21ProInput

        request = KlingV21ProInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            tail_image_url=tail_image_url,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_1_standard(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling V2.1 Standard (`kling/v2-1-standard`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_1_standard for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired video content (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Begin with the uploaded image as the first frame. Gradually animat...
            image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            negative_prompt: Description of elements to avoid in the generated video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_1_standard import KlingV21StandardInput

        request = KlingV21StandardInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_5_turbo_image_to_video_pro(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        tail_image_url: str | os.PathLike[str] | None = None,
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling V2.5 Turbo Image to Video Pro (`kling/v2-5-turbo-image-to-video-pro`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_5_turbo_image_to_video_pro for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video to generate (Max length: 2500 characters)
                Required.
                Up to 2500 characters.
                Example: 'A team of paratroopers descends into enemy territory, as they pass...
            image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
            tail_image_url: Tail frame image of video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
            duration: The duration of the generated video in seconds
                Options:
                - 5: 5 seconds
                - 10: 10 seconds
                Default: '5'
                Example: '5'
            negative_prompt: Negative prompt to exclude certain elements from the video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_5_turbo_image_to_video_pro import (
            KlingV25TurboImageToVideoProInput,
        )

        request = KlingV25TurboImageToVideoProInput(
            prompt=prompt,
            image_url=image_url,
            tail_image_url=tail_image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_5_turbo_text_to_video_pro(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling V2.5 Turbo Text to Video Pro (`kling/v2-5-turbo-text-to-video-pro`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_5_turbo_text_to_video_pro for the input as a dataclass.

        Args:
            prompt: The text description of the video you want to generate (Max length: 2500 characters)
                Required.
                Up to 2500 characters.
                Example: 'Real-time playback. Wide shot of a ruined city: collapsed towers, ...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            aspect_ratio: The aspect ratio of the generated video frame
                Options: 16:9, 9:16, 1:1
                Default: '16:9'
                Example: '16:9'
            negative_prompt: Things to avoid in the generated video (Max length: 2500 characters)
                Up to 2500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_5_turbo_text_to_video_pro import (
            KlingV25TurboTextToVideoProInput,
        )

        request = KlingV25TurboTextToVideoProInput(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v3_turbo_image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        duration: str,
        resolution: Literal["720p", "1080p"],
        callback_url: str | None = None,
    ) -> Task:
        """Kling V3 Turbo Image to Video (`kling/v3-turbo-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v3_turbo_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video to generate (Max length: 2500 characters)
                Required.
                Up to 2500 characters.
                Example: 'Outdoor terrace of a European villa, by a dining table with a blue...
            image_urls: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                At least 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxC...
            duration: The duration of the generated video in seconds Optional duration: 3s - 15s
                Required.
                Must match: ^([3-9]|1[0-5])$
                Default: '5'
                Example: '5'
            resolution: Resolution of the generated video (720p or 1080p)
                Required.
                Options: 720p, 1080p
                Default: '720p'
                Example: '720p'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v3_turbo_image_to_video import KlingV3TurboImageToVideoInput

        request = KlingV3TurboImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v3_turbo_text_to_video(
        self,
        *,
        prompt: str,
        duration: str,
        aspect_ratio: Literal["1:1", "9:16", "16:9"],
        resolution: Literal["720p", "1080p"],
        callback_url: str | None = None,
    ) -> Task:
        """Kling V3 Turbo Text to Video (`kling/v3-turbo-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v3_turbo_text_to_video for the input as a dataclass.

        Args:
            prompt: The text description of the video you want to generate (Max length: 2500 characters)
                Required.
                Up to 2500 characters.
                Example: 'Outdoor terrace of a European villa, by a dining table with a blue...
            duration: The duration of the generated video in seconds Optional duration: 3s - 15s
                Required.
                Must match: ^([3-9]|1[0-5])$
                Default: '5'
                Example: '5'
            aspect_ratio: The aspect ratio of the generated video frame
                Required.
                Options: 1:1, 9:16, 16:9
                Default: '16:9'
                Example: '16:9'
            resolution: Resolution of the generated video (720p or 1080p)
                Required.
                Options: 720p, 1080p
                Default: '720p'
                Example: '720p'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v3_turbo_text_to_video import KlingV3TurboTextToVideoInput

        request = KlingV3TurboTextToVideoInput(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncKlingModels:
    """11 model(s) whose ids start with `kling/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def ai_avatar_pro(
        self,
        *,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        prompt: str,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling AI Avatar Pro (`kling/ai-avatar-pro`): avatar, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_ai_avatar_pro for the input as a dataclass.

        Args:
            image_url: The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            audio_url: The URL of the audio file (must be the URL of the uploaded file, not the file content; supported formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and the duration cannot exceed 5 minutes)
                Required.
                Points at: audio.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 100MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            prompt: The prompt to use for the video generation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_ai_avatar_pro import KlingAiAvatarProInput

        request = KlingAiAvatarProInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def ai_avatar_standard(
        self,
        *,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        prompt: str,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling AI Avatar Standard (`kling/ai-avatar-standard`): avatar, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_ai_avatar_standard for the input as a dataclass.

        Args:
            image_url: The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            audio_url: The URL of the audio file (must be the URL of the uploaded file, not the file content; supported formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and the duration cannot exceed 5 minutes)
                Required.
                Points at: audio.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 100MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            prompt: The prompt to use for the video generation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_ai_avatar_standard import KlingAiAvatarStandardInput

        request = KlingAiAvatarStandardInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )
        return await self._client.submit(request, callback_url=callback_url)

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
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            audio_url: The URL of the audio file
                Required.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
            prompt: The prompt to use for the video generation
                Required.
                Up to 5000 characters.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v1_avatar_standard import KlingV1AvatarStandardInput

        request = KlingV1AvatarStandardInput(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_1_master_image_to_video(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V2.1 Master Image to Video (`kling/v2-1-master-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_1_master_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video to generate (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A team of paratroopers descends into enemy territory, as they pass...
            image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            negative_prompt: Negative prompt to exclude certain elements from the video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_1_master_image_to_video import (
            KlingV21MasterImageToVideoInput,
        )

        request = KlingV21MasterImageToVideoInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_1_master_text_to_video(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V2.1 Master Text to Video (`kling/v2-1-master-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_1_master_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video you want to generate (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'First-person view from a soldier jumping from a transport plane — ...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            aspect_ratio: The aspect ratio of the generated video frame
                Options: 16:9, 9:16, 1:1
                Default: '16:9'
                Example: '16:9'
            negative_prompt: Elements to avoid in the generated video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_1_master_text_to_video import KlingV21MasterTextToVideoInput

        request = KlingV21MasterTextToVideoInput(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_1_pro(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        tail_image_url: str | os.PathLike[str] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V2.1 Pro (`kling/v2-1-pro`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_1_pro for the input as a dataclass.

        Args:
            prompt: Text prompt describing the video to generate (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'POV shot of a gravity surfer diving between ancient ruins suspende...
            image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175489...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            negative_prompt: Terms to avoid in the generated video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            tail_image_url: URL of the image to be used for the end of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_1_pro import KlingV21ProInput

        request = KlingV21ProInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            tail_image_url=tail_image_url,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_1_standard(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V2.1 Standard (`kling/v2-1-standard`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_1_standard for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired video content (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Begin with the uploaded image as the first frame. Gradually animat...
            image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            negative_prompt: Description of elements to avoid in the generated video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_1_standard import KlingV21StandardInput

        request = KlingV21StandardInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_5_turbo_image_to_video_pro(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        tail_image_url: str | os.PathLike[str] | None = None,
        duration: Literal["5", "10"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V2.5 Turbo Image to Video Pro (`kling/v2-5-turbo-image-to-video-pro`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_5_turbo_image_to_video_pro for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video to generate (Max length: 2500 characters)
                Required.
                Up to 2500 characters.
                Example: 'A team of paratroopers descends into enemy territory, as they pass...
            image_url: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
            tail_image_url: Tail frame image of video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
            duration: The duration of the generated video in seconds
                Options:
                - 5: 5 seconds
                - 10: 10 seconds
                Default: '5'
                Example: '5'
            negative_prompt: Negative prompt to exclude certain elements from the video (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_5_turbo_image_to_video_pro import (
            KlingV25TurboImageToVideoProInput,
        )

        request = KlingV25TurboImageToVideoProInput(
            prompt=prompt,
            image_url=image_url,
            tail_image_url=tail_image_url,
            duration=duration,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_5_turbo_text_to_video_pro(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V2.5 Turbo Text to Video Pro (`kling/v2-5-turbo-text-to-video-pro`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v2_5_turbo_text_to_video_pro for the input as a dataclass.

        Args:
            prompt: The text description of the video you want to generate (Max length: 2500 characters)
                Required.
                Up to 2500 characters.
                Example: 'Real-time playback. Wide shot of a ruined city: collapsed towers, ...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            aspect_ratio: The aspect ratio of the generated video frame
                Options: 16:9, 9:16, 1:1
                Default: '16:9'
                Example: '16:9'
            negative_prompt: Things to avoid in the generated video (Max length: 2500 characters)
                Up to 2500 characters.
                Example: 'blur, distort, and low quality'
            cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
                From 0 to 1, in steps of 0.1.
                Default: 0.5
                Example: 0.5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v2_5_turbo_text_to_video_pro import (
            KlingV25TurboTextToVideoProInput,
        )

        request = KlingV25TurboTextToVideoProInput(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v3_turbo_image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        duration: str,
        resolution: Literal["720p", "1080p"],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V3 Turbo Image to Video (`kling/v3-turbo-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v3_turbo_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video to generate (Max length: 2500 characters)
                Required.
                Up to 2500 characters.
                Example: 'Outdoor terrace of a European villa, by a dining table with a blue...
            image_urls: URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
                Required.
                At least 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxC...
            duration: The duration of the generated video in seconds Optional duration: 3s - 15s
                Required.
                Must match: ^([3-9]|1[0-5])$
                Default: '5'
                Example: '5'
            resolution: Resolution of the generated video (720p or 1080p)
                Required.
                Options: 720p, 1080p
                Default: '720p'
                Example: '720p'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v3_turbo_image_to_video import KlingV3TurboImageToVideoInput

        request = KlingV3TurboImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v3_turbo_text_to_video(
        self,
        *,
        prompt: str,
        duration: str,
        aspect_ratio: Literal["1:1", "9:16", "16:9"],
        resolution: Literal["720p", "1080p"],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling V3 Turbo Text to Video (`kling/v3-turbo-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_v3_turbo_text_to_video for the input as a dataclass.

        Args:
            prompt: The text description of the video you want to generate (Max length: 2500 characters)
                Required.
                Up to 2500 characters.
                Example: 'Outdoor terrace of a European villa, by a dining table with a blue...
            duration: The duration of the generated video in seconds Optional duration: 3s - 15s
                Required.
                Must match: ^([3-9]|1[0-5])$
                Default: '5'
                Example: '5'
            aspect_ratio: The aspect ratio of the generated video frame
                Required.
                Options: 1:1, 9:16, 16:9
                Default: '16:9'
                Example: '16:9'
            resolution: Resolution of the generated video (720p or 1080p)
                Required.
                Options: 720p, 1080p
                Default: '720p'
                Example: '720p'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_v3_turbo_text_to_video import KlingV3TurboTextToVideoInput

        request = KlingV3TurboTextToVideoInput(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )
        return await self._client.submit(request, callback_url=callback_url)
