"""Models whose ids start with `minimax-h3/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["MinimaxH3Models", "AsyncMinimaxH3Models"]


class MinimaxH3Models:
    """3 model(s) whose ids start with `minimax-h3/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_to_video(
        self,
        *,
        prompt: str,
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """MiniMax H3 Image to Video (`minimax-h3/image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.minimax_h3_image_to_video for the input as a dataclass.

        Args:
            prompt: Video generation prompt, length is between 1 and 7000 characters.
                Required.
                1 to 7000 characters.
                Example: 'Let the character in the scene turn around naturally and smile, ca...
            duration: Generated video duration, supporting integer values from 4 to 15 seconds.
                Required.
                Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 6
                Example: 6
            first_frame_url: First frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Supports HTTP, HTTPS, and OSS addresses; supports JPG, JPEG, PNG, WEBP, HEIC, HEIF formats; single image size not exceeding 30 MB, image side length between 256 and 5760 pixels, aspect ratio between 0.4 and 2.5.
                Must match: ^(https?|oss)://
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
                Example: 'https://example.com/first-frame.jpg'
            last_frame_url: Last frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Image restrictions are the same as first_frame_url.
                Must match: ^(https?|oss)://
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
                Example: 'https://example.com/last-frame.jpg'
            resolution: Video resolution.
                Options: 768P, 2K
                Default: '2K'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.minimax_h3_image_to_video import MinimaxH3ImageToVideoInput

        request = MinimaxH3ImageToVideoInput(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            duration=duration,
            resolution=resolution,
        )
        return self._client.submit(request, callback_url=callback_url)

    def reference_to_video(
        self,
        *,
        prompt: str,
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        reference_image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: (
            Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | None
        ) = None,
        resolution: Literal["768P", "2K"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """MiniMax H3 Reference to Video (`minimax-h3/reference-to-video`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.minimax_h3_reference_to_video for the input as a dataclass.

        Args:
            prompt: Video generation prompt, length is between 1 and 7000 characters.
                Required.
                1 to 7000 characters.
                Example: 'Generate a continuous cinematic video referencing the characters, ...
            duration: The duration of the generated video, supporting integer values from 4 to 15 seconds.
                Required.
                Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 6
                Example: 6
            reference_image_urls: Array of reference image URLs. Supports up to 9 images. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, WEBP, HEIC, and HEIF; a single image size cannot exceed 30 MB; the side length of the image must be between 256 and 5760 pixels, and the aspect ratio must be between 0.4 and 2.5.
                Up to 9 items.
                Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
                Example: ['https://example.com/reference-image-1.jpg', 'https://example.com/...
            reference_video_urls: Array of reference video URLs. Supports up to 3 videos. Supports MP4, MOV; video encoding supports H.264, H.265, audio encoding supports AAC, MP3; a single file size cannot exceed 50 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference videos cannot exceed 15 seconds; the video side length must be between 256 and 5760 pixels, the aspect ratio must be between 0.4 and 2.5, and the frame rate must be between 23.976 and 60.
                Up to 3 items.
                Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 50MB; a local path is uploaded first.
                Example: ['https://example.com/reference-video.mp4']
            reference_audio_urls: Array of reference audio URLs. Supports up to 3 audios. Supports WAV, MP3; a single file size cannot exceed 15 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference audios cannot exceed 15 seconds. reference_audio cannot be used alone, it must be accompanied by reference_image or reference_video.
                Up to 3 items.
                Each item: Must match: ^(https?|oss):// Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
                Example: ['https://example.com/reference-audio.mp3']
            aspect_ratio: Video aspect ratio. The default is adaptive, or a specific ratio can be specified.
                Options: adaptive, 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
                Default: 'adaptive'
            resolution: Video resolution.
                Options: 768P, 2K
                Default: '2K'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.minimax_h3_reference_to_video import MinimaxH3ReferenceToVideoInput

        request = MinimaxH3ReferenceToVideoInput(
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"],
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        resolution: Literal["768P", "2K"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """MiniMax H3 Text to Video (`minimax-h3/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.minimax_h3_text_to_video for the input as a dataclass.

        Args:
            prompt: Video generation prompt, length is between 1 and 7000 characters.
                Required.
                1 to 7000 characters.
                Example: 'A cat walking slowly on the beach at sunset, cinematic shot, waves...
            aspect_ratio: Video aspect ratio. Required for text-to-video, adaptive is not supported.
                Required.
                Options: 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
            duration: Generated video duration, supports integer values from 4 to 15 seconds.
                Required.
                Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 6
                Example: 6
            resolution: Video resolution.
                Options: 768P, 2K
                Default: '2K'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.minimax_h3_text_to_video import MinimaxH3TextToVideoInput

        request = MinimaxH3TextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncMinimaxH3Models:
    """3 model(s) whose ids start with `minimax-h3/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_to_video(
        self,
        *,
        prompt: str,
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        resolution: Literal["768P", "2K"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """MiniMax H3 Image to Video (`minimax-h3/image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.minimax_h3_image_to_video for the input as a dataclass.

        Args:
            prompt: Video generation prompt, length is between 1 and 7000 characters.
                Required.
                1 to 7000 characters.
                Example: 'Let the character in the scene turn around naturally and smile, ca...
            duration: Generated video duration, supporting integer values from 4 to 15 seconds.
                Required.
                Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 6
                Example: 6
            first_frame_url: First frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Supports HTTP, HTTPS, and OSS addresses; supports JPG, JPEG, PNG, WEBP, HEIC, HEIF formats; single image size not exceeding 30 MB, image side length between 256 and 5760 pixels, aspect ratio between 0.4 and 2.5.
                Must match: ^(https?|oss)://
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
                Example: 'https://example.com/first-frame.jpg'
            last_frame_url: Last frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Image restrictions are the same as first_frame_url.
                Must match: ^(https?|oss)://
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
                Example: 'https://example.com/last-frame.jpg'
            resolution: Video resolution.
                Options: 768P, 2K
                Default: '2K'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.minimax_h3_image_to_video import MinimaxH3ImageToVideoInput

        request = MinimaxH3ImageToVideoInput(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            duration=duration,
            resolution=resolution,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def reference_to_video(
        self,
        *,
        prompt: str,
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        reference_image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: (
            Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | None
        ) = None,
        resolution: Literal["768P", "2K"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """MiniMax H3 Reference to Video (`minimax-h3/reference-to-video`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.minimax_h3_reference_to_video for the input as a dataclass.

        Args:
            prompt: Video generation prompt, length is between 1 and 7000 characters.
                Required.
                1 to 7000 characters.
                Example: 'Generate a continuous cinematic video referencing the characters, ...
            duration: The duration of the generated video, supporting integer values from 4 to 15 seconds.
                Required.
                Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 6
                Example: 6
            reference_image_urls: Array of reference image URLs. Supports up to 9 images. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, WEBP, HEIC, and HEIF; a single image size cannot exceed 30 MB; the side length of the image must be between 256 and 5760 pixels, and the aspect ratio must be between 0.4 and 2.5.
                Up to 9 items.
                Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
                Example: ['https://example.com/reference-image-1.jpg', 'https://example.com/...
            reference_video_urls: Array of reference video URLs. Supports up to 3 videos. Supports MP4, MOV; video encoding supports H.264, H.265, audio encoding supports AAC, MP3; a single file size cannot exceed 50 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference videos cannot exceed 15 seconds; the video side length must be between 256 and 5760 pixels, the aspect ratio must be between 0.4 and 2.5, and the frame rate must be between 23.976 and 60.
                Up to 3 items.
                Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 50MB; a local path is uploaded first.
                Example: ['https://example.com/reference-video.mp4']
            reference_audio_urls: Array of reference audio URLs. Supports up to 3 audios. Supports WAV, MP3; a single file size cannot exceed 15 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference audios cannot exceed 15 seconds. reference_audio cannot be used alone, it must be accompanied by reference_image or reference_video.
                Up to 3 items.
                Each item: Must match: ^(https?|oss):// Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
                Example: ['https://example.com/reference-audio.mp3']
            aspect_ratio: Video aspect ratio. The default is adaptive, or a specific ratio can be specified.
                Options: adaptive, 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
                Default: 'adaptive'
            resolution: Video resolution.
                Options: 768P, 2K
                Default: '2K'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.minimax_h3_reference_to_video import MinimaxH3ReferenceToVideoInput

        request = MinimaxH3ReferenceToVideoInput(
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"],
        duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        resolution: Literal["768P", "2K"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """MiniMax H3 Text to Video (`minimax-h3/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.minimax_h3_text_to_video for the input as a dataclass.

        Args:
            prompt: Video generation prompt, length is between 1 and 7000 characters.
                Required.
                1 to 7000 characters.
                Example: 'A cat walking slowly on the beach at sunset, cinematic shot, waves...
            aspect_ratio: Video aspect ratio. Required for text-to-video, adaptive is not supported.
                Required.
                Options: 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
            duration: Generated video duration, supports integer values from 4 to 15 seconds.
                Required.
                Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 6
                Example: 6
            resolution: Video resolution.
                Options: 768P, 2K
                Default: '2K'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.minimax_h3_text_to_video import MinimaxH3TextToVideoInput

        request = MinimaxH3TextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
        )
        return await self._client.submit(request, callback_url=callback_url)
