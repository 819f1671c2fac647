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
    """3 model(s) whose ids start with `kling-2.6/`."""

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
            prompt: Text prompt for video generation (maximum length: 1000 characters)
                Required.
                Up to 1000 characters.
                Example: 'In a bright rehearsal room, sunlight streams through the windows, ...
            image_urls: Image URLs for video generation. (Uploaded file URLs, not file content; supported types: image/jpeg, image/png; maximum file size: 10.0MB)
                Required.
                Exactly 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI...
            sound: This parameter specifies whether the generated video contains sound (boolean: true/false)
                Required.
                Example: False
            duration: Video duration (unit: seconds)
                Required.
                Options: 5, 10
                Default: '5'
                Example: '5'
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

    def motion_control(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        video_urls: Sequence[str | os.PathLike[str]],
        character_orientation: Literal["image", "video"],
        mode: Literal["720p", "1080p"],
        prompt: str | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling 2.6 Motion Control (`kling-2.6/motion-control`): motion-control, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_2_6_motion_control for the input as a dataclass.

        Args:
            input_urls: An array containing a single image URL. The photo must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/jpg; Max size: 10.0MB,size needs to be greater than 300px, aspect ratio 2:5 to 5:2.)
                Required.
                Exactly 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/jpg, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1767694885407_pObJoM...
            video_urls: An array containing a single video URL. The duration must be between 3 to 30 seconds, and the video must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime; Max size: 100.0MB)
                Required.
                Exactly 1 item.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNi...
            character_orientation: Generate the orientation of the characters in the video. 'image': same orientation as the person in the picture (max 10s video). 'video': consistent with the orientation of the characters in the video (max 30s video).
                Required.
                Options: image, video
                Default: 'video'
                Example: 'video'
            mode: Output resolution mode. Use 'std' for 720p or 'pro' for 1080p.
                Required.
                Options: 720p, 1080p
                Default: '720p'
                Example: '720p'
            prompt: A text description of the desired output. Maximum length is 2500 characters. (Max length: 2500 characters)
                Up to 2500 characters.
                Example: 'The cartoon character is dancing.'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_2_6_motion_control import Kling26MotionControlInput

        request = Kling26MotionControlInput(
            prompt=prompt,
            input_urls=input_urls,
            video_urls=video_urls,
            character_orientation=character_orientation,
            mode=mode,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_video(
        self,
        *,
        prompt: str,
        sound: bool,
        aspect_ratio: Literal["1:1", "16:9", "9:16"],
        duration: Literal["5", "10"],
        callback_url: str | None = None,
    ) -> Task:
        """Kling 2.6 Text to Video (`kling-2.6/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_2_6_text_to_video for the input as a dataclass.

        Args:
            prompt: Text prompt for video generation (maximum length: 1000 characters)
                Required.
                Up to 1000 characters.
                Example: 'Scene: A fashion live-streaming sales setting, with clothes hangin...
            sound: This parameter specifies whether the generated video contains sound (boolean: true/false)
                Required.
                Example: False
            aspect_ratio: This parameter defines the video aspect ratio
                Required.
                Options: 1:1, 16:9, 9:16
                Default: '1:1'
                Example: '1:1'
            duration: Video duration (unit: seconds)
                Required.
                Options: 5, 10
                Default: '5'
                Example: '5'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_2_6_text_to_video import Kling26TextToVideoInput

        request = Kling26TextToVideoInput(
            prompt=prompt,
            sound=sound,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncKling26Models:
    """3 model(s) whose ids start with `kling-2.6/`."""

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
            prompt: Text prompt for video generation (maximum length: 1000 characters)
                Required.
                Up to 1000 characters.
                Example: 'In a bright rehearsal room, sunlight streams through the windows, ...
            image_urls: Image URLs for video generation. (Uploaded file URLs, not file content; supported types: image/jpeg, image/png; maximum file size: 10.0MB)
                Required.
                Exactly 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI...
            sound: This parameter specifies whether the generated video contains sound (boolean: true/false)
                Required.
                Example: False
            duration: Video duration (unit: seconds)
                Required.
                Options: 5, 10
                Default: '5'
                Example: '5'
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

    async def motion_control(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        video_urls: Sequence[str | os.PathLike[str]],
        character_orientation: Literal["image", "video"],
        mode: Literal["720p", "1080p"],
        prompt: str | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 2.6 Motion Control (`kling-2.6/motion-control`): motion-control, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_2_6_motion_control for the input as a dataclass.

        Args:
            input_urls: An array containing a single image URL. The photo must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/jpg; Max size: 10.0MB,size needs to be greater than 300px, aspect ratio 2:5 to 5:2.)
                Required.
                Exactly 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/jpg, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1767694885407_pObJoM...
            video_urls: An array containing a single video URL. The duration must be between 3 to 30 seconds, and the video must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime; Max size: 100.0MB)
                Required.
                Exactly 1 item.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNi...
            character_orientation: Generate the orientation of the characters in the video. 'image': same orientation as the person in the picture (max 10s video). 'video': consistent with the orientation of the characters in the video (max 30s video).
                Required.
                Options: image, video
                Default: 'video'
                Example: 'video'
            mode: Output resolution mode. Use 'std' for 720p or 'pro' for 1080p.
                Required.
                Options: 720p, 1080p
                Default: '720p'
                Example: '720p'
            prompt: A text description of the desired output. Maximum length is 2500 characters. (Max length: 2500 characters)
                Up to 2500 characters.
                Example: 'The cartoon character is dancing.'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_2_6_motion_control import Kling26MotionControlInput

        request = Kling26MotionControlInput(
            prompt=prompt,
            input_urls=input_urls,
            video_urls=video_urls,
            character_orientation=character_orientation,
            mode=mode,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_video(
        self,
        *,
        prompt: str,
        sound: bool,
        aspect_ratio: Literal["1:1", "16:9", "9:16"],
        duration: Literal["5", "10"],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 2.6 Text to Video (`kling-2.6/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_2_6_text_to_video for the input as a dataclass.

        Args:
            prompt: Text prompt for video generation (maximum length: 1000 characters)
                Required.
                Up to 1000 characters.
                Example: 'Scene: A fashion live-streaming sales setting, with clothes hangin...
            sound: This parameter specifies whether the generated video contains sound (boolean: true/false)
                Required.
                Example: False
            aspect_ratio: This parameter defines the video aspect ratio
                Required.
                Options: 1:1, 16:9, 9:16
                Default: '1:1'
                Example: '1:1'
            duration: Video duration (unit: seconds)
                Required.
                Options: 5, 10
                Default: '5'
                Example: '5'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_2_6_text_to_video import Kling26TextToVideoInput

        request = Kling26TextToVideoInput(
            prompt=prompt,
            sound=sound,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )
        return await self._client.submit(request, callback_url=callback_url)
