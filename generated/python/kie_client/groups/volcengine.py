"""Models whose ids start with `volcengine/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["VolcengineModels", "AsyncVolcengineModels"]


class VolcengineModels:
    """1 model(s) whose ids start with `volcengine/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def video_to_video_lip_sync(
        self,
        *,
        mode: Literal["lite", "basic"],
        video_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        separate_vocal: bool | None = None,
        open_scenedet: bool | None = None,
        align_audio: bool | None = None,
        align_audio_reverse: bool | None = None,
        templ_start_seconds: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Volcengine Video to Video Lip Sync (`volcengine/video-to-video-lip-sync`): lip-sync, video output.

        Rule: align_audio_reverse requires align_audio to be true.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.volcengine_video_to_video_lip_sync for the input as a dataclass.

        Args:
            mode: Service mode for lip-sync generation. - `lite`: For single-person frontal videos. Faster processing. - `basic`: For single-person complex scenes. Supports scene segmentation and speaker identification.
                Required.
                Options: lite, basic
            video_url: Video URL. Supported resolution: 360p–1080p. Videos above 1080p will be compressed to 1080p, while videos below 360p are not supported. Supported formats: MOV, MP4, HDR. Recommended codec: H.264. Other formats/codecs may be transcoded. Max file size: 500 MB. Bitrate: 1–30 Mbps. Frame rate: 24–60 fps.
                Required.
                Points at: video.
            audio_url: Target pure vocal audio URL; used to drive video lip movements. Accepted file types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg. Max file size: 10MB.
                Required.
                Points at: audio.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
            separate_vocal: Enable vocal separation to suppress background noise. Default value: `false`.
                Default: False
            open_scenedet: Whether to enable scene segmentation and speaker identification. Supported only in Basic mode. Default value: `false`.
                Default: False
            align_audio: Supported in Lite mode. Whether to loop the video when the audio is longer than the video. Default value: `true`.
                Default: True
            align_audio_reverse: Supported in Lite mode. Whether to loop the video in reverse (backward). Requires `align_audio` to be set to `true`. Default value: `false`.
                Default: False
            templ_start_seconds: Supported in Lite mode. Start time of the template video, in seconds. Default value: `0`.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.volcengine_video_to_video_lip_sync import (
            VolcengineVideoToVideoLipSyncInput,
        )

        request = VolcengineVideoToVideoLipSyncInput(
            mode=mode,
            video_url=video_url,
            audio_url=audio_url,
            separate_vocal=separate_vocal,
            open_scenedet=open_scenedet,
            align_audio=align_audio,
            align_audio_reverse=align_audio_reverse,
            templ_start_seconds=templ_start_seconds,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncVolcengineModels:
    """1 model(s) whose ids start with `volcengine/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def video_to_video_lip_sync(
        self,
        *,
        mode: Literal["lite", "basic"],
        video_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        separate_vocal: bool | None = None,
        open_scenedet: bool | None = None,
        align_audio: bool | None = None,
        align_audio_reverse: bool | None = None,
        templ_start_seconds: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Volcengine Video to Video Lip Sync (`volcengine/video-to-video-lip-sync`): lip-sync, video output.

        Rule: align_audio_reverse requires align_audio to be true.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.volcengine_video_to_video_lip_sync for the input as a dataclass.

        Args:
            mode: Service mode for lip-sync generation. - `lite`: For single-person frontal videos. Faster processing. - `basic`: For single-person complex scenes. Supports scene segmentation and speaker identification.
                Required.
                Options: lite, basic
            video_url: Video URL. Supported resolution: 360p–1080p. Videos above 1080p will be compressed to 1080p, while videos below 360p are not supported. Supported formats: MOV, MP4, HDR. Recommended codec: H.264. Other formats/codecs may be transcoded. Max file size: 500 MB. Bitrate: 1–30 Mbps. Frame rate: 24–60 fps.
                Required.
                Points at: video.
            audio_url: Target pure vocal audio URL; used to drive video lip movements. Accepted file types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg. Max file size: 10MB.
                Required.
                Points at: audio.
                Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
            separate_vocal: Enable vocal separation to suppress background noise. Default value: `false`.
                Default: False
            open_scenedet: Whether to enable scene segmentation and speaker identification. Supported only in Basic mode. Default value: `false`.
                Default: False
            align_audio: Supported in Lite mode. Whether to loop the video when the audio is longer than the video. Default value: `true`.
                Default: True
            align_audio_reverse: Supported in Lite mode. Whether to loop the video in reverse (backward). Requires `align_audio` to be set to `true`. Default value: `false`.
                Default: False
            templ_start_seconds: Supported in Lite mode. Start time of the template video, in seconds. Default value: `0`.
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.volcengine_video_to_video_lip_sync import (
            VolcengineVideoToVideoLipSyncInput,
        )

        request = VolcengineVideoToVideoLipSyncInput(
            mode=mode,
            video_url=video_url,
            audio_url=audio_url,
            separate_vocal=separate_vocal,
            open_scenedet=open_scenedet,
            align_audio=align_audio,
            align_audio_reverse=align_audio_reverse,
            templ_start_seconds=templ_start_seconds,
        )
        return await self._client.submit(request, callback_url=callback_url)
