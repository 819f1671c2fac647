"""Models whose ids start with `happyhorse/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["HappyhorseModels", "AsyncHappyhorseModels"]


class HappyhorseModels:
    """4 model(s) whose ids start with `happyhorse/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_to_video(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]],
        prompt: str | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        duration: int | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """HappyHorse Image to Video (`happyhorse/image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_image_to_video for the input as a dataclass.

        Args:
            image_urls: First-frame image URL list. Exactly one image is required. Image constraints: Format: JPEG, JPG, PNG, WEBP. Resolution: Width and height must be at least 300 pixels. Aspect ratio: 1:2.5 to 2.5:1. File size: Up to 10 MB.
                Required.
                Exactly 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
                Up to 5000 characters.
                Example: 'A cat running on the grass'
            resolution: Output video resolution. Valid values: 720P, 1080P (default).
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            duration: Output duration in seconds. Must be between 3 and 15. Defaults to 5.
                From 3 to 15.
                Default: 5
                Example: 5
            seed: Random seed for reproducibility (if supported).
                From 0 to 2147483647.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_image_to_video import HappyhorseImageToVideoInput

        request = HappyhorseImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            resolution=resolution,
            duration=duration,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def reference_to_video(
        self,
        *,
        prompt: str,
        reference_image: Sequence[str | os.PathLike[str]],
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """HappyHorse Reference to Video (`happyhorse/reference-to-video`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_reference_to_video for the input as a dataclass.

        Args:
            prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
                Required.
                Up to 5000 characters.
                Example: 'A woman in a red qipao character1. The shot opens with a side medi...
            reference_image: Reference image URL list. Provide 1–9 images. The order defines which image is character1, character2, etc. Image limits: Format: JPEG, JPG, PNG, and WEBP. Resolution: shortest side at least 400 px. 720P or higher recommended. Avoid small, blurry, or heavily compressed images, as they degrade output quality. File size: 10 MB maximum.
                Required.
                1 to 9 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            resolution: Output video resolution. Valid values: 720P, 1080P (default).
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Default: '16:9'
                Example: '16:9'
            duration: Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
                From 3 to 15.
                Default: 5
                Example: 5
            seed: Random seed for reproducibility (if supported).
                From 0 to 2147483647.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_reference_to_video import HappyhorseReferenceToVideoInput

        request = HappyhorseReferenceToVideoInput(
            prompt=prompt,
            reference_image=reference_image,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_video(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """HappyHorse Text to Video (`happyhorse/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_text_to_video for the input as a dataclass.

        Args:
            prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
                Required.
                Up to 5000 characters.
                Example: 'A miniature city built from cardboard and bottle caps comes to lif...
            resolution: Output video resolution. Valid values: 720P, 1080P (default).
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Default: '16:9'
                Example: '16:9'
            duration: Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
                From 3 to 15.
                Default: 5
                Example: 5
            seed: Random seed for reproducibility (if supported).
                From 0 to 2147483647.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_text_to_video import HappyhorseTextToVideoInput

        request = HappyhorseTextToVideoInput(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def video_edit(
        self,
        *,
        prompt: str,
        video_url: str | os.PathLike[str],
        reference_image: Sequence[str | os.PathLike[str]] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """HappyHorse Video Edit (`happyhorse/video-edit`): video-edit, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_video_edit for the input as a dataclass.

        Args:
            prompt: Required edit instruction describing the intended change (e.g., style transfer / local replacement). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
                Required.
                Up to 5000 characters.
                Example: 'Make the horse-headed humanoid character in the video wear the str...
            video_url: Input video URL list. Exactly one video is required. Video requirements: Format: MP4, MOV (H.264 encoding recommended). Duration: 3–60 seconds. Resolution: the longer side must not exceed 2,160 px; the shorter side must be at least 320 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 100 MB. Frame rate: greater than 8 fps.
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
            reference_image: Optional reference image URL list (0–5). Image requirements: Format: JPEG, JPG, PNG, WEBP. Resolution: both width and height must be at least 300 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 10 MB.
                Up to 5 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            resolution: Output video resolution. Valid values: 720P, 1080P (default).
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            audio_setting: Audio handling strategy for the output video.
                Options: auto, origin
                Default: 'auto'
                Example: 'auto'
            seed: Random seed for reproducibility (if supported).
                From 0 to 2147483647.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_video_edit import HappyhorseVideoEditInput

        request = HappyhorseVideoEditInput(
            prompt=prompt,
            video_url=video_url,
            reference_image=reference_image,
            resolution=resolution,
            audio_setting=audio_setting,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncHappyhorseModels:
    """4 model(s) whose ids start with `happyhorse/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_to_video(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]],
        prompt: str | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        duration: int | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """HappyHorse Image to Video (`happyhorse/image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_image_to_video for the input as a dataclass.

        Args:
            image_urls: First-frame image URL list. Exactly one image is required. Image constraints: Format: JPEG, JPG, PNG, WEBP. Resolution: Width and height must be at least 300 pixels. Aspect ratio: 1:2.5 to 2.5:1. File size: Up to 10 MB.
                Required.
                Exactly 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
                Up to 5000 characters.
                Example: 'A cat running on the grass'
            resolution: Output video resolution. Valid values: 720P, 1080P (default).
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            duration: Output duration in seconds. Must be between 3 and 15. Defaults to 5.
                From 3 to 15.
                Default: 5
                Example: 5
            seed: Random seed for reproducibility (if supported).
                From 0 to 2147483647.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_image_to_video import HappyhorseImageToVideoInput

        request = HappyhorseImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            resolution=resolution,
            duration=duration,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def reference_to_video(
        self,
        *,
        prompt: str,
        reference_image: Sequence[str | os.PathLike[str]],
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """HappyHorse Reference to Video (`happyhorse/reference-to-video`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_reference_to_video for the input as a dataclass.

        Args:
            prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
                Required.
                Up to 5000 characters.
                Example: 'A woman in a red qipao character1. The shot opens with a side medi...
            reference_image: Reference image URL list. Provide 1–9 images. The order defines which image is character1, character2, etc. Image limits: Format: JPEG, JPG, PNG, and WEBP. Resolution: shortest side at least 400 px. 720P or higher recommended. Avoid small, blurry, or heavily compressed images, as they degrade output quality. File size: 10 MB maximum.
                Required.
                1 to 9 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            resolution: Output video resolution. Valid values: 720P, 1080P (default).
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Default: '16:9'
                Example: '16:9'
            duration: Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
                From 3 to 15.
                Default: 5
                Example: 5
            seed: Random seed for reproducibility (if supported).
                From 0 to 2147483647.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_reference_to_video import HappyhorseReferenceToVideoInput

        request = HappyhorseReferenceToVideoInput(
            prompt=prompt,
            reference_image=reference_image,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_video(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """HappyHorse Text to Video (`happyhorse/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_text_to_video for the input as a dataclass.

        Args:
            prompt: Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
                Required.
                Up to 5000 characters.
                Example: 'A miniature city built from cardboard and bottle caps comes to lif...
            resolution: Output video resolution. Valid values: 720P, 1080P (default).
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Default: '16:9'
                Example: '16:9'
            duration: Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
                From 3 to 15.
                Default: 5
                Example: 5
            seed: Random seed for reproducibility (if supported).
                From 0 to 2147483647.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_text_to_video import HappyhorseTextToVideoInput

        request = HappyhorseTextToVideoInput(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def video_edit(
        self,
        *,
        prompt: str,
        video_url: str | os.PathLike[str],
        reference_image: Sequence[str | os.PathLike[str]] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """HappyHorse Video Edit (`happyhorse/video-edit`): video-edit, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_video_edit for the input as a dataclass.

        Args:
            prompt: Required edit instruction describing the intended change (e.g., style transfer / local replacement). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
                Required.
                Up to 5000 characters.
                Example: 'Make the horse-headed humanoid character in the video wear the str...
            video_url: Input video URL list. Exactly one video is required. Video requirements: Format: MP4, MOV (H.264 encoding recommended). Duration: 3–60 seconds. Resolution: the longer side must not exceed 2,160 px; the shorter side must be at least 320 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 100 MB. Frame rate: greater than 8 fps.
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
            reference_image: Optional reference image URL list (0–5). Image requirements: Format: JPEG, JPG, PNG, WEBP. Resolution: both width and height must be at least 300 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 10 MB.
                Up to 5 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            resolution: Output video resolution. Valid values: 720P, 1080P (default).
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            audio_setting: Audio handling strategy for the output video.
                Options: auto, origin
                Default: 'auto'
                Example: 'auto'
            seed: Random seed for reproducibility (if supported).
                From 0 to 2147483647.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_video_edit import HappyhorseVideoEditInput

        request = HappyhorseVideoEditInput(
            prompt=prompt,
            video_url=video_url,
            reference_image=reference_image,
            resolution=resolution,
            audio_setting=audio_setting,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)
