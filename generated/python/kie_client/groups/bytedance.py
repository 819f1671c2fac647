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
    """8 model(s) whose ids start with `bytedance/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def seedance_1_5_pro(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9"],
        duration: float,
        input_urls: Sequence[str | os.PathLike[str]] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        fixed_lens: bool | None = None,
        generate_audio: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Bytedance Seedance 1.5 Pro (`bytedance/seedance-1.5-pro`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_seedance_1_5_pro for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
                Required.
                3 to 20000 characters.
                Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
            aspect_ratio: Video aspect ratio configuration. Required field.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9
                Default: '1:1'
                Example: '1:1'
            duration: Duration of the video in seconds,Optional range 4-12 s
                Required.
                From 4 to 12.
            input_urls: URLs of input images for image-to-video generation. Optional field. - Accepts 0-2 images - If not provided, the model will perform text-to-video generation - File URLs after upload, not file content - Accepted types: image/jpeg, image/png, image/webp - Max size per image: 10.0MB
                Up to 2 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            fixed_lens: Seedance adds dynamic camera movement. Enable this feature to lock the camera for stable, static shots. - **true**: Lock camera for static shots - **false**: Allow dynamic camera movement
                Default: False
                Example: False
            generate_audio: Whether to generate audio for the video. - **true**: Generate with audio (higher cost) - **false**: Generate without audio Note: Enabling audio will increase the generation cost
                Default: False
                Example: False
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_seedance_1_5_pro import BytedanceSeedance15ProInput

        request = BytedanceSeedance15ProInput(
            prompt=prompt,
            input_urls=input_urls,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            fixed_lens=fixed_lens,
            generate_audio=generate_audio,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def seedance_2(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None,
        return_last_frame: bool | None = None,
        generate_audio: bool | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        aspect_ratio: (
            Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | None
        ) = None,
        duration: int | None = None,
        web_search: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Bytedance Seedance 2.0 (`bytedance/seedance-2`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_seedance_2 for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
                3 to 20000 characters.
                Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
            first_frame_url: First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
                Points at: image.
            last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
                Points at: image.
            reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
                Up to 9 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
            reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds. Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 50 MB. Frame rate (FPS): [24, 60]
                Up to 3 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 50MB; a local path is uploaded first.
            reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single audio file size not exceeding 15 MB.
                Up to 3 items.
                Each item: Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
            return_last_frame: Whether to return the last frame of the video as an image.
                Default: False
            generate_audio: Whether to generate audio for the video. - **true**: Generate with audio - **false**: Generate without audio
                Default: True
                Example: False
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for High-quality video, 4K Ultra-High Definition, delivering perfect visual details.
                Options: 480p, 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio configuration. Required field.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, adaptive
                Default: '16:9'
                Example: '16:9'
            duration: Video duration in 4-15 seconds.
                From 4 to 15.
                Default: 5
                Example: 5
            web_search: Use online search
            nsfw_checker: Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_seedance_2 import BytedanceSeedance2Input

        request = BytedanceSeedance2Input(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            return_last_frame=return_last_frame,
            generate_audio=generate_audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            web_search=web_search,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def seedance_2_5(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None,
        return_last_frame: bool | None = None,
        generate_audio: bool | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        aspect_ratio: (
            Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | None
        ) = None,
        duration: (
            Literal[
                -1,
                4,
                5,
                6,
                7,
                8,
                9,
                10,
                11,
                12,
                13,
                14,
                15,
                16,
                17,
                18,
                19,
                20,
                21,
                22,
                23,
                24,
                25,
                26,
                27,
                28,
                29,
                30,
            ]
            | None
        ) = None,
        output_format: Literal["mp4", "mov"] | None = None,
        web_search: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Bytedance Seedance 2.5 (`bytedance/seedance-2-5`): reference-to-video, video output.

        Rule: first_frame_url cannot be used together with reference_image_urls.

        Rule: first_frame_url cannot be used together with reference_video_urls.

        Rule: first_frame_url cannot be used together with reference_audio_urls.

        Rule: last_frame_url cannot be passed alone; give first_frame_url with it.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_seedance_2_5 for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video.. ( Max length: 30000 characters)
                Up to 30000 characters.
                Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
            first_frame_url: First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj) Cannot be used simultaneously with reference_image_urls, reference_video_urls, or reference_audio_urls.
                Points at: image.
            last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj) last_frame_url cannot be passed alone; first_frame_url must be provided together with it.
                Points at: image.
            reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 30. Mutually exclusive with the first/last-frame scenario;
                Up to 30 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
            reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 200 MB. Frame rate (FPS): [24, 60] Single video duration: [2, 30] seconds; Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
                Up to 10 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
            reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Size: Single audio file size not exceeding 15 MB. Single audio duration: [2, 30] seconds; Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
                Up to 10 items.
                Each item: Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
            return_last_frame: Whether to return the last frame of the video. When draft=true, this parameter cannot be set to true.
                Default: False
            generate_audio: Whether to generate audio for the video. - **true**: Generate with audio (higher cost) - **false**: Generate without audio Note: Enabling audio will increase the generation cost
                Default: True
                Example: False
            resolution: Video resolution - 480p for faster generation, 720p for balance.
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio configuration.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, adaptive
                Default: 'adaptive'
                Example: 'adaptive'
            duration: Video duration in 4-30 seconds. Special values -1: Pass -1 for automatic duration selection — the model picks a suitable duration itself (for video-editing tasks, it matches the input video's length; for other task types, it selects within the valid range), instead of you specifying an exact value.
                Options:
                - -1: automatic
                - 4: 4 seconds
                - 5: 5 seconds
                - 6: 6 seconds
                - 7: 7 seconds
                - 8: 8 seconds
                - 9: 9 seconds
                - 10: 10 seconds
                - 11: 11 seconds
                - 12: 12 seconds
                - 13: 13 seconds
                - 14: 14 seconds
                - 15: 15 seconds
                - 16: 16 seconds
                - 17: 17 seconds
                - 18: 18 seconds
                - 19: 19 seconds
                - 20: 20 seconds
                - 21: 21 seconds
                - 22: 22 seconds
                - 23: 23 seconds
                - 24: 24 seconds
                - 25: 25 seconds
                - 26: 26 seconds
                - 27: 27 seconds
                - 28: 28 seconds
                - 29: 29 seconds
                - 30: 30 seconds
                Default: 5
                Example: 5
            output_format: Video output format.
                Options: mp4, mov
                Default: 'mp4'
                Example: 'mp4'
            web_search: Enable online search.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_seedance_2_5 import BytedanceSeedance25Input

        request = BytedanceSeedance25Input(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            return_last_frame=return_last_frame,
            generate_audio=generate_audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            output_format=output_format,
            web_search=web_search,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def seedance_2_mini(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None,
        generate_audio: bool | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        aspect_ratio: (
            Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | None
        ) = None,
        duration: int | None = None,
        web_search: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Bytedance Seedance 2.0 Mini (`bytedance/seedance-2-mini`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_seedance_2_mini for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
                3 to 20000 characters.
                Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
            first_frame_url: First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
                Points at: image.
            last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
                Points at: image.
            reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
                Up to 9 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
            reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds. Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 50 MB. Frame rate (FPS): [24, 60]
                Up to 3 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 50MB; a local path is uploaded first.
            reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single audio requirements: Format: wav, mp3 Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single audio file size not exceeding 15 MB.
                Up to 3 items.
                Each item: Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
            generate_audio: Whether to generate audio for the video. - **true**: Generate with audio - **false**: Generate without audio
                Default: True
                Example: False
            resolution: Video resolution - 480p for faster generation, 720p for balance
                Options: 480p, 720p
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio configuration. Required field.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, adaptive
                Default: '16:9'
                Example: '16:9'
            duration: Video duration in 4-15 seconds.
                From 4 to 15.
                Default: 5
                Example: 5
            web_search: Use online search. (Web search only can be used in the scene of t2v)
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_seedance_2_mini import BytedanceSeedance2MiniInput

        request = BytedanceSeedance2MiniInput(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            generate_audio=generate_audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            web_search=web_search,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v1_lite_image_to_video(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: Literal["5", "10"] | None = None,
        camera_fixed: bool | None = None,
        seed: float | None = None,
        enable_safety_checker: bool | None = None,
        end_image_url: str | os.PathLike[str] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Bytedance V1 Lite Image to Video (`bytedance/v1-lite-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_lite_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video (Max length: 10000 characters)
                Required.
                Up to 10000 characters.
                Example: 'Multiple shots. A traveler crosses an endless desert toward a glow...
            image_url: The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
            resolution: Video resolution - 480p for faster generation, 720p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Duration of the video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            camera_fixed: Whether to fix the camera position (Boolean value (true/false))
                Example: False
            seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
                From -1 to 2147483647, in steps of 1.
                Default: -1
                Example: -1
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
                Example: True
            end_image_url: The URL of the image the video ends with. Defaults to None. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_v1_lite_image_to_video import (
            BytedanceV1LiteImageToVideoInput,
        )

        request = BytedanceV1LiteImageToVideoInput(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            end_image_url=end_image_url,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

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
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """ByteDance Seedance V1 Lite Text to Video (`bytedance/v1-lite-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_lite_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video (Max length: 10000 characters)
                Required.
                Up to 10000 characters.
                Example: "Wide-angle shot: A serene sailing boat gently sways in the harbor ...
            aspect_ratio: The aspect ratio of the generated video
                Options: 16:9, 4:3, 1:1, 3:4, 9:16, 9:21
                Default: '16:9'
                Example: '16:9'
            resolution: Video resolution - 480p for faster generation, 720p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Duration of the video in seconds
                Options:
                - 5: 5s
                - 10: 10s
                Default: '5'
                Example: '5'
            camera_fixed: Whether to fix the camera position (Boolean value (true/false))
                Example: False
            seed: Random seed to control video generation. Use -1 for random.
                May be null.
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
                Example: True
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
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
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v1_pro_image_to_video(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: Literal["5", "10"] | None = None,
        camera_fixed: bool | None = None,
        seed: float | None = None,
        enable_safety_checker: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Bytedance V1 Pro Image to Video (`bytedance/v1-pro-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_pro_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video (Max length: 10000 characters)
                Required.
                Up to 10000 characters.
                Example: 'A golden retriever dashing through shallow surf at the beach, back...
            image_url: The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175517...
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Duration of the video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            camera_fixed: Whether to fix the camera position (Boolean value (true/false))
                Example: False
            seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
                From -1 to 2147483647, in steps of 1.
                Default: -1
                Example: -1
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
                Example: True
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_v1_pro_image_to_video import (
            BytedanceV1ProImageToVideoInput,
        )

        request = BytedanceV1ProImageToVideoInput(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v1_pro_text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: Literal["5", "10"] | None = None,
        camera_fixed: bool | None = None,
        seed: float | None = None,
        enable_safety_checker: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Bytedance V1 Pro Text to Video (`bytedance/v1-pro-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_pro_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video (Max length: 10000 characters)
                Required.
                Up to 10000 characters.
                Example: 'A boy with curly hair and a backpack rides a bike down a golden-li...
            aspect_ratio: The aspect ratio of the generated video
                Options: 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
                Default: '16:9'
                Example: '16:9'
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Duration of the video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            camera_fixed: Whether to fix the camera position (Boolean value (true/false))
                Example: False
            seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
                From -1 to 2147483647, in steps of 1.
                Default: -1
                Example: -1
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
                Example: True
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_v1_pro_text_to_video import BytedanceV1ProTextToVideoInput

        request = BytedanceV1ProTextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncBytedanceModels:
    """8 model(s) whose ids start with `bytedance/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def seedance_1_5_pro(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9"],
        duration: float,
        input_urls: Sequence[str | os.PathLike[str]] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        fixed_lens: bool | None = None,
        generate_audio: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Bytedance Seedance 1.5 Pro (`bytedance/seedance-1.5-pro`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_seedance_1_5_pro for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
                Required.
                3 to 20000 characters.
                Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
            aspect_ratio: Video aspect ratio configuration. Required field.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9
                Default: '1:1'
                Example: '1:1'
            duration: Duration of the video in seconds,Optional range 4-12 s
                Required.
                From 4 to 12.
            input_urls: URLs of input images for image-to-video generation. Optional field. - Accepts 0-2 images - If not provided, the model will perform text-to-video generation - File URLs after upload, not file content - Accepted types: image/jpeg, image/png, image/webp - Max size per image: 10.0MB
                Up to 2 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            fixed_lens: Seedance adds dynamic camera movement. Enable this feature to lock the camera for stable, static shots. - **true**: Lock camera for static shots - **false**: Allow dynamic camera movement
                Default: False
                Example: False
            generate_audio: Whether to generate audio for the video. - **true**: Generate with audio (higher cost) - **false**: Generate without audio Note: Enabling audio will increase the generation cost
                Default: False
                Example: False
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_seedance_1_5_pro import BytedanceSeedance15ProInput

        request = BytedanceSeedance15ProInput(
            prompt=prompt,
            input_urls=input_urls,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            fixed_lens=fixed_lens,
            generate_audio=generate_audio,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def seedance_2(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None,
        return_last_frame: bool | None = None,
        generate_audio: bool | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        aspect_ratio: (
            Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | None
        ) = None,
        duration: int | None = None,
        web_search: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Bytedance Seedance 2.0 (`bytedance/seedance-2`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_seedance_2 for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
                3 to 20000 characters.
                Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
            first_frame_url: First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
                Points at: image.
            last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
                Points at: image.
            reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
                Up to 9 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
            reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds. Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 50 MB. Frame rate (FPS): [24, 60]
                Up to 3 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 50MB; a local path is uploaded first.
            reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single audio file size not exceeding 15 MB.
                Up to 3 items.
                Each item: Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
            return_last_frame: Whether to return the last frame of the video as an image.
                Default: False
            generate_audio: Whether to generate audio for the video. - **true**: Generate with audio - **false**: Generate without audio
                Default: True
                Example: False
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for High-quality video, 4K Ultra-High Definition, delivering perfect visual details.
                Options: 480p, 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio configuration. Required field.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, adaptive
                Default: '16:9'
                Example: '16:9'
            duration: Video duration in 4-15 seconds.
                From 4 to 15.
                Default: 5
                Example: 5
            web_search: Use online search
            nsfw_checker: Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_seedance_2 import BytedanceSeedance2Input

        request = BytedanceSeedance2Input(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            return_last_frame=return_last_frame,
            generate_audio=generate_audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            web_search=web_search,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def seedance_2_5(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None,
        return_last_frame: bool | None = None,
        generate_audio: bool | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        aspect_ratio: (
            Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | None
        ) = None,
        duration: (
            Literal[
                -1,
                4,
                5,
                6,
                7,
                8,
                9,
                10,
                11,
                12,
                13,
                14,
                15,
                16,
                17,
                18,
                19,
                20,
                21,
                22,
                23,
                24,
                25,
                26,
                27,
                28,
                29,
                30,
            ]
            | None
        ) = None,
        output_format: Literal["mp4", "mov"] | None = None,
        web_search: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Bytedance Seedance 2.5 (`bytedance/seedance-2-5`): reference-to-video, video output.

        Rule: first_frame_url cannot be used together with reference_image_urls.

        Rule: first_frame_url cannot be used together with reference_video_urls.

        Rule: first_frame_url cannot be used together with reference_audio_urls.

        Rule: last_frame_url cannot be passed alone; give first_frame_url with it.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_seedance_2_5 for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video.. ( Max length: 30000 characters)
                Up to 30000 characters.
                Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
            first_frame_url: First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj) Cannot be used simultaneously with reference_image_urls, reference_video_urls, or reference_audio_urls.
                Points at: image.
            last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj) last_frame_url cannot be passed alone; first_frame_url must be provided together with it.
                Points at: image.
            reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 30. Mutually exclusive with the first/last-frame scenario;
                Up to 30 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
            reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 200 MB. Frame rate (FPS): [24, 60] Single video duration: [2, 30] seconds; Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
                Up to 10 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
            reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Size: Single audio file size not exceeding 15 MB. Single audio duration: [2, 30] seconds; Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
                Up to 10 items.
                Each item: Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
            return_last_frame: Whether to return the last frame of the video. When draft=true, this parameter cannot be set to true.
                Default: False
            generate_audio: Whether to generate audio for the video. - **true**: Generate with audio (higher cost) - **false**: Generate without audio Note: Enabling audio will increase the generation cost
                Default: True
                Example: False
            resolution: Video resolution - 480p for faster generation, 720p for balance.
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio configuration.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, adaptive
                Default: 'adaptive'
                Example: 'adaptive'
            duration: Video duration in 4-30 seconds. Special values -1: Pass -1 for automatic duration selection — the model picks a suitable duration itself (for video-editing tasks, it matches the input video's length; for other task types, it selects within the valid range), instead of you specifying an exact value.
                Options:
                - -1: automatic
                - 4: 4 seconds
                - 5: 5 seconds
                - 6: 6 seconds
                - 7: 7 seconds
                - 8: 8 seconds
                - 9: 9 seconds
                - 10: 10 seconds
                - 11: 11 seconds
                - 12: 12 seconds
                - 13: 13 seconds
                - 14: 14 seconds
                - 15: 15 seconds
                - 16: 16 seconds
                - 17: 17 seconds
                - 18: 18 seconds
                - 19: 19 seconds
                - 20: 20 seconds
                - 21: 21 seconds
                - 22: 22 seconds
                - 23: 23 seconds
                - 24: 24 seconds
                - 25: 25 seconds
                - 26: 26 seconds
                - 27: 27 seconds
                - 28: 28 seconds
                - 29: 29 seconds
                - 30: 30 seconds
                Default: 5
                Example: 5
            output_format: Video output format.
                Options: mp4, mov
                Default: 'mp4'
                Example: 'mp4'
            web_search: Enable online search.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_seedance_2_5 import BytedanceSeedance25Input

        request = BytedanceSeedance25Input(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            return_last_frame=return_last_frame,
            generate_audio=generate_audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            output_format=output_format,
            web_search=web_search,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def seedance_2_mini(
        self,
        *,
        prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        reference_image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_video_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None,
        generate_audio: bool | None = None,
        resolution: Literal["480p", "720p"] | None = None,
        aspect_ratio: (
            Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | None
        ) = None,
        duration: int | None = None,
        web_search: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Bytedance Seedance 2.0 Mini (`bytedance/seedance-2-mini`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_seedance_2_mini for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
                3 to 20000 characters.
                Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
            first_frame_url: First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
                Points at: image.
            last_frame_url: End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
                Points at: image.
            reference_image_urls: Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
                Up to 9 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
            reference_video_urls: Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds. Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 50 MB. Frame rate (FPS): [24, 60]
                Up to 3 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 50MB; a local path is uploaded first.
            reference_audio_urls: Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single audio requirements: Format: wav, mp3 Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single audio file size not exceeding 15 MB.
                Up to 3 items.
                Each item: Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
            generate_audio: Whether to generate audio for the video. - **true**: Generate with audio - **false**: Generate without audio
                Default: True
                Example: False
            resolution: Video resolution - 480p for faster generation, 720p for balance
                Options: 480p, 720p
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio configuration. Required field.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, adaptive
                Default: '16:9'
                Example: '16:9'
            duration: Video duration in 4-15 seconds.
                From 4 to 15.
                Default: 5
                Example: 5
            web_search: Use online search. (Web search only can be used in the scene of t2v)
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_seedance_2_mini import BytedanceSeedance2MiniInput

        request = BytedanceSeedance2MiniInput(
            prompt=prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            generate_audio=generate_audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            web_search=web_search,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v1_lite_image_to_video(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: Literal["5", "10"] | None = None,
        camera_fixed: bool | None = None,
        seed: float | None = None,
        enable_safety_checker: bool | None = None,
        end_image_url: str | os.PathLike[str] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Bytedance V1 Lite Image to Video (`bytedance/v1-lite-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_lite_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video (Max length: 10000 characters)
                Required.
                Up to 10000 characters.
                Example: 'Multiple shots. A traveler crosses an endless desert toward a glow...
            image_url: The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
            resolution: Video resolution - 480p for faster generation, 720p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Duration of the video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            camera_fixed: Whether to fix the camera position (Boolean value (true/false))
                Example: False
            seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
                From -1 to 2147483647, in steps of 1.
                Default: -1
                Example: -1
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
                Example: True
            end_image_url: The URL of the image the video ends with. Defaults to None. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_v1_lite_image_to_video import (
            BytedanceV1LiteImageToVideoInput,
        )

        request = BytedanceV1LiteImageToVideoInput(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            end_image_url=end_image_url,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

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
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """ByteDance Seedance V1 Lite Text to Video (`bytedance/v1-lite-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_lite_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video (Max length: 10000 characters)
                Required.
                Up to 10000 characters.
                Example: "Wide-angle shot: A serene sailing boat gently sways in the harbor ...
            aspect_ratio: The aspect ratio of the generated video
                Options: 16:9, 4:3, 1:1, 3:4, 9:16, 9:21
                Default: '16:9'
                Example: '16:9'
            resolution: Video resolution - 480p for faster generation, 720p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Duration of the video in seconds
                Options:
                - 5: 5s
                - 10: 10s
                Default: '5'
                Example: '5'
            camera_fixed: Whether to fix the camera position (Boolean value (true/false))
                Example: False
            seed: Random seed to control video generation. Use -1 for random.
                May be null.
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
                Example: True
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
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
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v1_pro_image_to_video(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: Literal["5", "10"] | None = None,
        camera_fixed: bool | None = None,
        seed: float | None = None,
        enable_safety_checker: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Bytedance V1 Pro Image to Video (`bytedance/v1-pro-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_pro_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video (Max length: 10000 characters)
                Required.
                Up to 10000 characters.
                Example: 'A golden retriever dashing through shallow surf at the beach, back...
            image_url: The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175517...
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Duration of the video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            camera_fixed: Whether to fix the camera position (Boolean value (true/false))
                Example: False
            seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
                From -1 to 2147483647, in steps of 1.
                Default: -1
                Example: -1
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
                Example: True
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_v1_pro_image_to_video import (
            BytedanceV1ProImageToVideoInput,
        )

        request = BytedanceV1ProImageToVideoInput(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v1_pro_text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: Literal["5", "10"] | None = None,
        camera_fixed: bool | None = None,
        seed: float | None = None,
        enable_safety_checker: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Bytedance V1 Pro Text to Video (`bytedance/v1-pro-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.bytedance_v1_pro_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt used to generate the video (Max length: 10000 characters)
                Required.
                Up to 10000 characters.
                Example: 'A boy with curly hair and a backpack rides a bike down a golden-li...
            aspect_ratio: The aspect ratio of the generated video
                Options: 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
                Default: '16:9'
                Example: '16:9'
            resolution: Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
                Options: 480p, 720p, 1080p
                Default: '720p'
                Example: '720p'
            duration: Duration of the video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            camera_fixed: Whether to fix the camera position (Boolean value (true/false))
                Example: False
            seed: Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1) (step: 1)
                From -1 to 2147483647, in steps of 1.
                Default: -1
                Example: -1
            enable_safety_checker: The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
                Example: True
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.bytedance_v1_pro_text_to_video import BytedanceV1ProTextToVideoInput

        request = BytedanceV1ProTextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            camera_fixed=camera_fixed,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
