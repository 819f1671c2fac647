"""Models whose ids start with `wan/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["WanModels", "AsyncWanModels"]


class WanModels:
    """16 model(s) whose ids start with `wan/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def v2_2_a14b_image_to_video_turbo(
        self,
        *,
        image_url: str | os.PathLike[str],
        prompt: str,
        resolution: Literal["480p", "720p"] | None = None,
        enable_prompt_expansion: bool | None = None,
        seed: float | None = None,
        acceleration: Literal["none", "regular"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.2 A14B Image to Video Turbo (`wan/2-2-a14b-image-to-video-turbo`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_a14b_image_to_video_turbo for the input as a dataclass.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175516...
            prompt: The text prompt to guide video generation. (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Overcast lighting, medium lens, soft lighting, low contrast lighti...
            resolution: Resolution of the generated video (480p or 720p). Default value: "720p"
                Options: 480p, 720p
                Default: '720p'
                Example: '720p'
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false))
                Example: False
            seed: Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1) (step: 1)
                From 0 to 2147483647, in steps of 1.
                Default: 0
                Example: 0
            acceleration: Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
                Options: none, regular
                Default: 'none'
                Example: 'none'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_a14b_image_to_video_turbo import (
            Wan22A14bImageToVideoTurboInput,
        )

        request = Wan22A14bImageToVideoTurboInput(
            image_url=image_url,
            prompt=prompt,
            resolution=resolution,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            acceleration=acceleration,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_2_a14b_speech_to_video_turbo(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        num_frames: float | None = None,
        frames_per_second: float | None = None,
        resolution: Literal["480p", "580p", "720p"] | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        num_inference_steps: float | None = None,
        guidance_scale: float | None = None,
        shift: float | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.2 A14B Speech to Video Turbo (`wan/2-2-a14b-speech-to-video-turbo`): speech-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_a14b_speech_to_video_turbo for the input as a dataclass.

        Args:
            prompt: The text prompt used for video generation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'The lady is talking'
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175679...
            audio_url: The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg; Max size: 10.0MB)
                Required.
                Points at: audio.
                Accepts: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175679...
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple of 4) (Min: 40, Max: 120, Step: 4) (step: 4)
                From 40 to 120, in steps of 4.
                Default: 80
                Example: 80
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60. When using interpolation and adjust_fps_for_interpolation is set to true (default true,) the final FPS will be multiplied by the number of interpolated frames plus one. For example, if the generated frames per second is 16 and the number of interpolated frames is 1, the final frames per second will be 32. If adjust_fps_for_interpolation is set to false, this value will be used as-is (Min: 4, Max: 60, Step: 1) (step: 1)
                From 4 to 60, in steps of 1.
                Default: 16
                Example: 16
            resolution: Resolution of the generated video (480p, 580p, or 720p)
                Options: 480p, 580p, 720p
                Default: '480p'
                Example: '480p'
            negative_prompt: Negative prompt for video generation (Max length: 500 characters)
                Up to 500 characters.
                Example: ''
            seed: Random seed for reproducibility. If None, a random seed is chosen
            num_inference_steps: Number of inference steps for sampling. Higher values give better quality but take longer (Min: 2, Max: 40, Step: 1) (step: 1)
                From 2 to 40, in steps of 1.
                Default: 27
                Example: 27
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to the prompt but may decrease quality (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
                From 1 to 10, in steps of 0.1.
                Default: 3.5
                Example: 3.5
            shift: Shift value for the video. Must be between 1.0 and 10.0 (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
                From 1 to 10, in steps of 0.1.
                Default: 5
                Example: 5
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_a14b_speech_to_video_turbo import (
            Wan22A14bSpeechToVideoTurboInput,
        )

        request = Wan22A14bSpeechToVideoTurboInput(
            prompt=prompt,
            image_url=image_url,
            audio_url=audio_url,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            resolution=resolution,
            negative_prompt=negative_prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            shift=shift,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_2_a14b_text_to_video_turbo(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16"] | None = None,
        enable_prompt_expansion: bool | None = None,
        seed: float | None = None,
        acceleration: Literal["none", "regular"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.2 A14B Text to Video Turbo (`wan/2-2-a14b-text-to-video-turbo`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_a14b_text_to_video_turbo for the input as a dataclass.

        Args:
            prompt: The text prompt to guide video generation. (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Drone shot, fast traversal, starting inside a cracked, frosty circ...
            resolution: Resolution of the generated video (480p or 720p). Default value: "720p"
                Options: 480p, 720p
                Default: '720p'
                Example: '720p'
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default value: "16:9"
                Options: 16:9, 9:16
                Default: '16:9'
                Example: '16:9'
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false))
                Example: False
            seed: Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1) (step: 1)
                From 0 to 2147483647, in steps of 1.
                Default: 0
                Example: 0
            acceleration: Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
                Options: none, regular
                Default: 'none'
                Example: 'none'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_a14b_text_to_video_turbo import (
            Wan22A14bTextToVideoTurboInput,
        )

        request = Wan22A14bTextToVideoTurboInput(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            acceleration=acceleration,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_2_animate_move(
        self,
        *,
        video_url: str | os.PathLike[str],
        image_url: str | os.PathLike[str],
        resolution: Literal["480p", "580p", "720p"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan Animate Move (`wan/2-2-animate-move`): motion-control, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_animate_move for the input as a dataclass.

        Args:
            video_url: URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175862...
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175862...
            resolution: Resolution of the generated video (480p, 580p, or 720p).
                Options: 480p, 580p, 720p
                Default: '480p'
                Example: '480p'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_animate_move import Wan22AnimateMoveInput

        request = Wan22AnimateMoveInput(
            video_url=video_url,
            image_url=image_url,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_2_animate_replace(
        self,
        *,
        video_url: str | os.PathLike[str],
        image_url: str | os.PathLike[str],
        resolution: Literal["480p", "580p", "720p"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan Animate Replace (`wan/2-2-animate-replace`): video-edit, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_animate_replace for the input as a dataclass.

        Args:
            video_url: URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175861...
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175861...
            resolution: Resolution of the generated video (480p, 580p, or 720p).
                Options: 480p, 580p, 720p
                Default: '480p'
                Example: '480p'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_animate_replace import Wan22AnimateReplaceInput

        request = Wan22AnimateReplaceInput(
            video_url=video_url,
            image_url=image_url,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_5_image_to_video(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"],
        resolution: Literal["720p", "1080p"] | None = None,
        negative_prompt: str | None = None,
        enable_prompt_expansion: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.5 Image to Video (`wan/2-5-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_5_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt describing the desired video motion. Maximum length: 800 characters.
                Required.
                Up to 800 characters.
                Example: 'The same woman from the reference image looks directly into the ca...
            image_url: URL of the image to use as the first frame. Must be publicly accessible. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175879...
            duration: The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds
                Required.
                Options: 5, 10
                Example: '5'
            resolution: Video resolution. Valid values: `720p`, `1080p`.
                Options: 720p, 1080p
                Example: '1080p'
            negative_prompt: Negative prompt used to describe content to avoid. Maximum length: 500 characters.
                Up to 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. - Boolean value: `true` / `false`
                Example: True
            seed: Random seed for reproducibility. If omitted, a random seed is chosen.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_5_image_to_video import Wan25ImageToVideoInput

        request = Wan25ImageToVideoInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_5_text_to_video(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        negative_prompt: str | None = None,
        enable_prompt_expansion: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.5 Text to Video (`wan/2-5-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_5_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English. Maximum length: 800 characters.
                Required.
                Up to 800 characters.
                Example: "A dimly lit jazz bar at night, wooden tables glowing under warm pe...
            duration: The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds
                Required.
                Options: 5, 10
                Example: '5'
            aspect_ratio: The aspect ratio of the generated video. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square
                Options: 16:9, 9:16, 1:1
                Example: '16:9'
            resolution: Video resolution tier. - `720p`: 720p - `1080p`: 1080p
                Options: 720p, 1080p
                Example: '1080p'
            negative_prompt: Negative prompt used to describe content to avoid. Maximum length: 500 characters.
                Up to 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results for short prompts but increases processing time. - Boolean value: `true` / `false`
                Example: True
            seed: Random seed for reproducibility. If omitted, a random seed is chosen.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_5_text_to_video import Wan25TextToVideoInput

        request = Wan25TextToVideoInput(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_6_flash_image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        audio: bool,
        duration: Literal["5", "10", "15"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        multi_shots: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.6 Flash Image to Video (`wan/2-6-flash-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_6_flash_image_to_video for the input as a dataclass.

        Args:
            prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters)
                Required.
                2 to 1500 characters.
                Example: 'Anthopmopric fox singing a Christmas song at the rubbish dump in t...
            image_urls: A list of image URLs. All images must be at least 256x256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: []
            audio: Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false))
                Required.
                Example: False
            duration: The duration of the generated video in seconds
                Options: 5, 10, 15
                Default: '5'
                Example: '5'
            resolution: Video resolution tier
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            multi_shots: The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false))
                Example: False
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_6_flash_image_to_video import Wan26FlashImageToVideoInput

        request = Wan26FlashImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            audio=audio,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_6_flash_video_to_video(
        self,
        *,
        prompt: str,
        video_urls: Sequence[str | os.PathLike[str]],
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        audio: bool | None = None,
        multi_shots: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.6 Flash Video to Video (`wan/2-6-flash-video-to-video`): video-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_6_flash_video_to_video for the input as a dataclass.

        Args:
            prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters)
                Required.
                2 to 1500 characters.
                Example: 'The video drinks milk tea while doing some improvised dance moves ...
            video_urls: The URL of the image used to generate video (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
                Required.
                Up to 3 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
                Example: []
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            resolution: Video resolution tier
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            audio: Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false))
            multi_shots: The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false))
                Example: False
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_6_flash_video_to_video import Wan26FlashVideoToVideoInput

        request = Wan26FlashVideoToVideoInput(
            prompt=prompt,
            video_urls=video_urls,
            duration=duration,
            resolution=resolution,
            audio=audio,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_6_text_to_video(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10", "15"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        multi_shots: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.6 Text to Video (`wan/2-6-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_6_text_to_video for the input as a dataclass.

        Args:
            prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 1 characters and a maximum of 5,000 characters. (Max length: 5000 characters)
                Required.
                1 to 5000 characters.
                Example: 'In a hyperrealistic ASMR video, a hand uses a knitted knife to slo...
            duration: The duration of the generated video in seconds
                Options: 5, 10, 15
                Default: '5'
                Example: '5'
            resolution: Video resolution tier
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            multi_shots: The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.
                Default: False
            nsfw_checker: nsfw_checker
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_6_text_to_video import Wan26TextToVideoInput

        request = Wan26TextToVideoInput(
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_6_video_to_video(
        self,
        *,
        prompt: str,
        video_urls: Sequence[str | os.PathLike[str]],
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        multi_shots: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.6 Video to Video (`wan/2-6-video-to-video`): video-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_6_video_to_video for the input as a dataclass.

        Args:
            prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 5000 characters)
                Required.
                2 to 5000 characters.
                Example: 'The video drinks milk tea while doing some improvised dance moves ...
            video_urls: The URL of the image used to generate video (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
                Required.
                Up to 3 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvh...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            resolution: Video resolution tier
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            multi_shots: The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.
                Default: False
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_6_video_to_video import Wan26VideoToVideoInput

        request = Wan26VideoToVideoInput(
            prompt=prompt,
            video_urls=video_urls,
            duration=duration,
            resolution=resolution,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_7_image(
        self,
        *,
        prompt: str,
        input_urls: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: (
            Literal["1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"] | None
        ) = None,
        enable_sequential: bool | None = None,
        n: int | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        thinking_mode: bool | None = None,
        color_palette: Sequence[Mapping[str, object]] | None = None,
        bbox_list: Sequence[Sequence[Sequence[int]]] | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.7 Image (`wan/2-7-image`): text-to-image, image output.

        Rule: n is 1-4 unless enable_sequential is true (then 1-12).

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_image for the input as a dataclass.

        Args:
            prompt: Prompt for image generation or editing. This field supports both Chinese and English, with a maximum length of 5000 characters as per Alibaba Cloud documentation.
                Required.
                Up to 5000 characters.
                Example: 'Transform the food photo by replacing the marked ingredients with ...
            input_urls: (Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field.
                Up to 9 items.
                Each item: Points at: image.
                Example: ['https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX...
            aspect_ratio: (Optional) Output aspect ratio when no image input is provided.
                Options: 1:1, 16:9, 4:3, 21:9, 3:4, 9:16, 8:1, 1:8
                Example: '1:1'
            enable_sequential: Whether to enable sequential/group image mode. Default is false.
                Default: False
                Example: False
            n: Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when `enable_sequential=true` (default: 12).
                From 1 to 12.
                Example: 4
            resolution: Output resolution. The current project uses `resolution` as a wrapper field corresponding to the underlying resolution parameter.
                Options: 1K, 2K, 4K
                Default: '2K'
                Example: '2K'
            thinking_mode: Whether to enable thinking mode. Only available when `enable_sequential=false` and `input_urls` is empty; the frontend will automatically disable it in other cases.
                Default: False
                Example: False
            color_palette: (Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10 colors, 8 recommended.
                3 to 10 items.
                Each item is an object of:
                - hex: HEX color value. Required. Must match: ^#[0-9A-Fa-f]{6}$ Example: '#C2D1E6'
                - ratio: Color proportion, format must be xx.xx%. Required. Must match: ^\\d{1,3}\\.\\d{2}%$ Example: '23.51%'
            bbox_list: (Optional) Interactive editing bounding box areas. The outer list length should match `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`.
                Each item is a list: Up to 2 items. Each item is a list: Exactly 4 items.
                Example: [[]]
            watermark: Whether to add watermark.
                Default: False
                Example: False
            seed: Random seed, range 0-2147483647.
                From 0 to 2147483647.
                Default: 0
                Example: 0
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_image import Wan27ImageInput

        request = Wan27ImageInput(
            prompt=prompt,
            input_urls=input_urls,
            aspect_ratio=aspect_ratio,
            enable_sequential=enable_sequential,
            n=n,
            resolution=resolution,
            thinking_mode=thinking_mode,
            color_palette=color_palette,
            bbox_list=bbox_list,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_7_image_to_video(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        first_clip_url: str | os.PathLike[str] | None = None,
        driving_audio_url: str | os.PathLike[str] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        duration: int | None = None,
        prompt_extend: bool | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.7 Image to Video (`wan/2-7-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_image_to_video for the input as a dataclass.

        Args:
            prompt: Positive prompt. Maximum length: 5000 characters.
                Required.
                Up to 5000 characters.
            negative_prompt: Negative prompt. Maximum length: 500 characters.
                Up to 500 characters.
            first_frame_url: First frame image URL.
                Points at: image.
            last_frame_url: Last frame image URL.
                Points at: image.
            first_clip_url: First clip video URL, used for video continuation.
                Points at: video.
            driving_audio_url: Driving audio URL.
                Points at: audio.
            resolution: Video resolution. - `720p`: 720p - `1080p`: 1080p
                Options: 720p, 1080p
                Default: '1080p'
            duration: Total output video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`
                From 2 to 15.
                Default: 5
            prompt_extend: Whether to enable intelligent prompt rewriting. Default value: `true`.
                Default: True
            watermark: Whether to add an AI-generated watermark. Default value: `false`.
                Default: False
            seed: Random seed. - Minimum: `0` - Maximum: `2147483647`
                From 0 to 2147483647.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_image_to_video import Wan27ImageToVideoInput

        request = Wan27ImageToVideoInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            first_clip_url=first_clip_url,
            driving_audio_url=driving_audio_url,
            resolution=resolution,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_7_r2v(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        reference_image: Sequence[str | os.PathLike[str]] | None = None,
        reference_video: Sequence[str | os.PathLike[str]] | None = None,
        first_frame: str | os.PathLike[str] | None = None,
        reference_voice: str | os.PathLike[str] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        prompt_extend: bool | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.7 Reference to Video (`wan/2-7-r2v`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_r2v for the input as a dataclass.

        Args:
            prompt: Text prompt. Required. Describes the desired elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.
                Required.
                Up to 5000 characters.
                Example: 'Image 1 is eating, while video 1 and image 2 are singing beside it.'
            negative_prompt: Optional negative prompt describing what should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.
                Up to 500 characters.
                Example: 'low resolution, errors, worst quality, low quality, malformed, ext...
            reference_image: Array of reference image URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.
                Up to 5 items.
                Each item: Points at: image.
                Example: ['https://example.com/demo/ref-image-1.png', 'https://example.com/d...
            reference_video: Array of reference video URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.
                Up to 5 items.
                Each item: Points at: video.
                Example: ['https://example.com/demo/ref-video-1.mp4']
            first_frame: First frame image URL. At most one image can be provided. If supplied, `aspect_ratio` is ignored and the output uses a ratio close to the first frame image.
                Points at: image.
                Example: 'https://example.com/demo/first-frame.png'
            reference_voice: Audio URL used to specify the voice timbre of the subject in the reference material. Rules: - If `reference_video` contains audio and `reference_voice` is not provided, the original video audio is used by default - If both `reference_video` and `reference_voice` are provided, `reference_voice` takes priority Audio limits: - Formats: `wav`, `mp3` - Duration: `1` to `10` seconds - File size: up to `15MB`
                Points at: audio.
                Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
                Example: 'https://example.com/demo/reference-voice.mp3'
            resolution: Output video resolution tier. Available values: `720p`, `1080p`. Default value: `1080p`.
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: Output video aspect ratio. Effective logic: - If `first_frame` is not provided: the video is generated using the specified `aspect_ratio` - If `first_frame` is provided: `aspect_ratio` is ignored and the output uses a ratio close to the first frame image
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Default: '16:9'
                Example: '16:9'
            duration: Output video duration in seconds. Valid range is an integer from `2` to `10`. Default value: `5`.
                From 2 to 10.
                Default: 5
                Example: 5
            prompt_extend: Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
                Default: True
                Example: True
            watermark: Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
                Default: False
                Example: False
            seed: Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
                From 0 to 2147483647.
                Example: 0
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_r2v import Wan27R2vInput

        request = Wan27R2vInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            reference_image=reference_image,
            reference_video=reference_video,
            first_frame=first_frame,
            reference_voice=reference_voice,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_7_text_to_video(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        audio_url: str | os.PathLike[str] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        prompt_extend: bool | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.7 Text to Video (`wan/2-7-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_text_to_video for the input as a dataclass.

        Args:
            prompt: Positive prompt. Minimum length: 1 character. Maximum length: 5000 characters.
                Required.
                1 to 5000 characters.
            negative_prompt: Negative prompt. Maximum length: 500 characters.
                Up to 500 characters.
            audio_url: Optional custom audio URL.
                Points at: audio.
            resolution: Video resolution. - `720p`: 720p - `1080p`: 1080p
                Options: 720p, 1080p
                Default: '1080p'
            ratio: Video aspect ratio. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square - `4:3`: Landscape 4:3 - `3:4`: Portrait 3:4
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Default: '16:9'
            duration: Video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`
                From 2 to 15.
                Default: 5
            prompt_extend: Whether to enable intelligent prompt rewriting. Default value: `true`.
                Default: True
            watermark: Whether to add an AI-generated watermark. Default value: `false`.
                Default: False
            seed: Random seed. - Minimum: `0` - Maximum: `2147483647`
                From 0 to 2147483647.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_text_to_video import Wan27TextToVideoInput

        request = Wan27TextToVideoInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            audio_url=audio_url,
            resolution=resolution,
            ratio=ratio,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_7_videoedit(
        self,
        *,
        video_url: str | os.PathLike[str],
        prompt: str | None = None,
        negative_prompt: str | None = None,
        reference_image: str | os.PathLike[str] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        prompt_extend: bool | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Wan 2.7 Video Edit (`wan/2-7-videoedit`): video-edit, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_videoedit for the input as a dataclass.

        Args:
            video_url: URL of the source video to edit. Required. Only one video is supported. - Formats: `mp4`, `mov` - Duration: `2` to `10` seconds - Resolution: width and height range `[240,4096]` pixels - Aspect ratio: `1:8` to `8:1` - File size: up to `100MB` - Supports public `http/https` URLs or temporary `oss` URLs
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
                Example: 'https://example.com/demo/video.mp4'
            prompt: Optional text prompt describing the expected elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.
                Up to 5000 characters.
                Example: "Change the character's outfit and add the hat shown in the referen...
            negative_prompt: Optional negative prompt describing content that should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.
                Up to 500 characters.
                Example: 'low resolution, errors, worst quality, low quality, malformed, ext...
            reference_image: Optional reference image URL for character, clothing, or style guidance. - Formats: `JPEG`, `JPG`, `PNG` (no alpha channel), `BMP`, `WEBP` - Resolution: width and height range `[240,8000]` pixels - Aspect ratio: `1:8` to `8:1` - Supports public `http/https` URLs or temporary `oss` URLs
                Points at: image.
                Accepts: image/jpeg, image/png, image/bmp, image/webp; a local path is uploaded first.
                Example: 'https://example.com/demo/reference.png'
            resolution: Output video resolution tier. `1080p` costs more than `720p`. Default value: `1080p`. - `720p`: 720p - `1080p`: 1080p
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: Output video aspect ratio. - If omitted: the output uses an aspect ratio close to the input video - If provided: the output uses the specified aspect ratio - Available values: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Example: '16:9'
            duration: Output video duration in seconds. - Default `0` means using the full input video duration without truncation - If a value is provided, the output is clipped from second `0` to the specified length - Valid values are `0` or any integer in `[2,10]`
                From 0 to 10.
                Default: 0
                Example: 0
            audio_setting: Video audio setting. - `auto`: default, the model decides whether to regenerate audio based on the `prompt` - `origin`: force keeping the original input video audio
                Options: auto, origin
                Default: 'auto'
                Example: 'auto'
            prompt_extend: Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
                Default: True
                Example: True
            watermark: Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
                Default: False
                Example: False
            seed: Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
                From 0 to 2147483647.
                Example: 0
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_videoedit import Wan27VideoeditInput

        request = Wan27VideoeditInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            video_url=video_url,
            reference_image=reference_image,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            audio_setting=audio_setting,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncWanModels:
    """16 model(s) whose ids start with `wan/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def v2_2_a14b_image_to_video_turbo(
        self,
        *,
        image_url: str | os.PathLike[str],
        prompt: str,
        resolution: Literal["480p", "720p"] | None = None,
        enable_prompt_expansion: bool | None = None,
        seed: float | None = None,
        acceleration: Literal["none", "regular"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.2 A14B Image to Video Turbo (`wan/2-2-a14b-image-to-video-turbo`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_a14b_image_to_video_turbo for the input as a dataclass.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175516...
            prompt: The text prompt to guide video generation. (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Overcast lighting, medium lens, soft lighting, low contrast lighti...
            resolution: Resolution of the generated video (480p or 720p). Default value: "720p"
                Options: 480p, 720p
                Default: '720p'
                Example: '720p'
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false))
                Example: False
            seed: Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1) (step: 1)
                From 0 to 2147483647, in steps of 1.
                Default: 0
                Example: 0
            acceleration: Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
                Options: none, regular
                Default: 'none'
                Example: 'none'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_a14b_image_to_video_turbo import (
            Wan22A14bImageToVideoTurboInput,
        )

        request = Wan22A14bImageToVideoTurboInput(
            image_url=image_url,
            prompt=prompt,
            resolution=resolution,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            acceleration=acceleration,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_2_a14b_speech_to_video_turbo(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        audio_url: str | os.PathLike[str],
        num_frames: float | None = None,
        frames_per_second: float | None = None,
        resolution: Literal["480p", "580p", "720p"] | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        num_inference_steps: float | None = None,
        guidance_scale: float | None = None,
        shift: float | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.2 A14B Speech to Video Turbo (`wan/2-2-a14b-speech-to-video-turbo`): speech-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_a14b_speech_to_video_turbo for the input as a dataclass.

        Args:
            prompt: The text prompt used for video generation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'The lady is talking'
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175679...
            audio_url: The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg; Max size: 10.0MB)
                Required.
                Points at: audio.
                Accepts: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175679...
            num_frames: Number of frames to generate. Must be between 40 to 120, (must be multiple of 4) (Min: 40, Max: 120, Step: 4) (step: 4)
                From 40 to 120, in steps of 4.
                Default: 80
                Example: 80
            frames_per_second: Frames per second of the generated video. Must be between 4 to 60. When using interpolation and adjust_fps_for_interpolation is set to true (default true,) the final FPS will be multiplied by the number of interpolated frames plus one. For example, if the generated frames per second is 16 and the number of interpolated frames is 1, the final frames per second will be 32. If adjust_fps_for_interpolation is set to false, this value will be used as-is (Min: 4, Max: 60, Step: 1) (step: 1)
                From 4 to 60, in steps of 1.
                Default: 16
                Example: 16
            resolution: Resolution of the generated video (480p, 580p, or 720p)
                Options: 480p, 580p, 720p
                Default: '480p'
                Example: '480p'
            negative_prompt: Negative prompt for video generation (Max length: 500 characters)
                Up to 500 characters.
                Example: ''
            seed: Random seed for reproducibility. If None, a random seed is chosen
            num_inference_steps: Number of inference steps for sampling. Higher values give better quality but take longer (Min: 2, Max: 40, Step: 1) (step: 1)
                From 2 to 40, in steps of 1.
                Default: 27
                Example: 27
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to the prompt but may decrease quality (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
                From 1 to 10, in steps of 0.1.
                Default: 3.5
                Example: 3.5
            shift: Shift value for the video. Must be between 1.0 and 10.0 (Min: 1, Max: 10, Step: 0.1) (step: 0.1)
                From 1 to 10, in steps of 0.1.
                Default: 5
                Example: 5
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_a14b_speech_to_video_turbo import (
            Wan22A14bSpeechToVideoTurboInput,
        )

        request = Wan22A14bSpeechToVideoTurboInput(
            prompt=prompt,
            image_url=image_url,
            audio_url=audio_url,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            resolution=resolution,
            negative_prompt=negative_prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            shift=shift,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_2_a14b_text_to_video_turbo(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16"] | None = None,
        enable_prompt_expansion: bool | None = None,
        seed: float | None = None,
        acceleration: Literal["none", "regular"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.2 A14B Text to Video Turbo (`wan/2-2-a14b-text-to-video-turbo`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_a14b_text_to_video_turbo for the input as a dataclass.

        Args:
            prompt: The text prompt to guide video generation. (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Drone shot, fast traversal, starting inside a cracked, frosty circ...
            resolution: Resolution of the generated video (480p or 720p). Default value: "720p"
                Options: 480p, 720p
                Default: '720p'
                Example: '720p'
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default value: "16:9"
                Options: 16:9, 9:16
                Default: '16:9'
                Example: '16:9'
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false))
                Example: False
            seed: Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1) (step: 1)
                From 0 to 2147483647, in steps of 1.
                Default: 0
                Example: 0
            acceleration: Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
                Options: none, regular
                Default: 'none'
                Example: 'none'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_a14b_text_to_video_turbo import (
            Wan22A14bTextToVideoTurboInput,
        )

        request = Wan22A14bTextToVideoTurboInput(
            prompt=prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            acceleration=acceleration,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_2_animate_move(
        self,
        *,
        video_url: str | os.PathLike[str],
        image_url: str | os.PathLike[str],
        resolution: Literal["480p", "580p", "720p"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan Animate Move (`wan/2-2-animate-move`): motion-control, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_animate_move for the input as a dataclass.

        Args:
            video_url: URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175862...
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175862...
            resolution: Resolution of the generated video (480p, 580p, or 720p).
                Options: 480p, 580p, 720p
                Default: '480p'
                Example: '480p'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_animate_move import Wan22AnimateMoveInput

        request = Wan22AnimateMoveInput(
            video_url=video_url,
            image_url=image_url,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_2_animate_replace(
        self,
        *,
        video_url: str | os.PathLike[str],
        image_url: str | os.PathLike[str],
        resolution: Literal["480p", "580p", "720p"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan Animate Replace (`wan/2-2-animate-replace`): video-edit, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_2_animate_replace for the input as a dataclass.

        Args:
            video_url: URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175861...
            image_url: URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175861...
            resolution: Resolution of the generated video (480p, 580p, or 720p).
                Options: 480p, 580p, 720p
                Default: '480p'
                Example: '480p'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_2_animate_replace import Wan22AnimateReplaceInput

        request = Wan22AnimateReplaceInput(
            video_url=video_url,
            image_url=image_url,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_5_image_to_video(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["5", "10"],
        resolution: Literal["720p", "1080p"] | None = None,
        negative_prompt: str | None = None,
        enable_prompt_expansion: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.5 Image to Video (`wan/2-5-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_5_image_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt describing the desired video motion. Maximum length: 800 characters.
                Required.
                Up to 800 characters.
                Example: 'The same woman from the reference image looks directly into the ca...
            image_url: URL of the image to use as the first frame. Must be publicly accessible. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175879...
            duration: The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds
                Required.
                Options: 5, 10
                Example: '5'
            resolution: Video resolution. Valid values: `720p`, `1080p`.
                Options: 720p, 1080p
                Example: '1080p'
            negative_prompt: Negative prompt used to describe content to avoid. Maximum length: 500 characters.
                Up to 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. - Boolean value: `true` / `false`
                Example: True
            seed: Random seed for reproducibility. If omitted, a random seed is chosen.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_5_image_to_video import Wan25ImageToVideoInput

        request = Wan25ImageToVideoInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_5_text_to_video(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        negative_prompt: str | None = None,
        enable_prompt_expansion: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.5 Text to Video (`wan/2-5-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_5_text_to_video for the input as a dataclass.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English. Maximum length: 800 characters.
                Required.
                Up to 800 characters.
                Example: "A dimly lit jazz bar at night, wooden tables glowing under warm pe...
            duration: The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds
                Required.
                Options: 5, 10
                Example: '5'
            aspect_ratio: The aspect ratio of the generated video. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square
                Options: 16:9, 9:16, 1:1
                Example: '16:9'
            resolution: Video resolution tier. - `720p`: 720p - `1080p`: 1080p
                Options: 720p, 1080p
                Example: '1080p'
            negative_prompt: Negative prompt used to describe content to avoid. Maximum length: 500 characters.
                Up to 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results for short prompts but increases processing time. - Boolean value: `true` / `false`
                Example: True
            seed: Random seed for reproducibility. If omitted, a random seed is chosen.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_5_text_to_video import Wan25TextToVideoInput

        request = Wan25TextToVideoInput(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            negative_prompt=negative_prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_6_flash_image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        audio: bool,
        duration: Literal["5", "10", "15"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        multi_shots: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.6 Flash Image to Video (`wan/2-6-flash-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_6_flash_image_to_video for the input as a dataclass.

        Args:
            prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters)
                Required.
                2 to 1500 characters.
                Example: 'Anthopmopric fox singing a Christmas song at the rubbish dump in t...
            image_urls: A list of image URLs. All images must be at least 256x256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: []
            audio: Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false))
                Required.
                Example: False
            duration: The duration of the generated video in seconds
                Options: 5, 10, 15
                Default: '5'
                Example: '5'
            resolution: Video resolution tier
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            multi_shots: The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false))
                Example: False
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_6_flash_image_to_video import Wan26FlashImageToVideoInput

        request = Wan26FlashImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            audio=audio,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_6_flash_video_to_video(
        self,
        *,
        prompt: str,
        video_urls: Sequence[str | os.PathLike[str]],
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        audio: bool | None = None,
        multi_shots: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.6 Flash Video to Video (`wan/2-6-flash-video-to-video`): video-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_6_flash_video_to_video for the input as a dataclass.

        Args:
            prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters)
                Required.
                2 to 1500 characters.
                Example: 'The video drinks milk tea while doing some improvised dance moves ...
            video_urls: The URL of the image used to generate video (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
                Required.
                Up to 3 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
                Example: []
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            resolution: Video resolution tier
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            audio: Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false))
            multi_shots: The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false))
                Example: False
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_6_flash_video_to_video import Wan26FlashVideoToVideoInput

        request = Wan26FlashVideoToVideoInput(
            prompt=prompt,
            video_urls=video_urls,
            duration=duration,
            resolution=resolution,
            audio=audio,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_6_text_to_video(
        self,
        *,
        prompt: str,
        duration: Literal["5", "10", "15"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        multi_shots: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.6 Text to Video (`wan/2-6-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_6_text_to_video for the input as a dataclass.

        Args:
            prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 1 characters and a maximum of 5,000 characters. (Max length: 5000 characters)
                Required.
                1 to 5000 characters.
                Example: 'In a hyperrealistic ASMR video, a hand uses a knitted knife to slo...
            duration: The duration of the generated video in seconds
                Options: 5, 10, 15
                Default: '5'
                Example: '5'
            resolution: Video resolution tier
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            multi_shots: The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.
                Default: False
            nsfw_checker: nsfw_checker
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_6_text_to_video import Wan26TextToVideoInput

        request = Wan26TextToVideoInput(
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_6_video_to_video(
        self,
        *,
        prompt: str,
        video_urls: Sequence[str | os.PathLike[str]],
        duration: Literal["5", "10"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        multi_shots: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.6 Video to Video (`wan/2-6-video-to-video`): video-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_6_video_to_video for the input as a dataclass.

        Args:
            prompt: Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 5000 characters)
                Required.
                2 to 5000 characters.
                Example: 'The video drinks milk tea while doing some improvised dance moves ...
            video_urls: The URL of the image used to generate video (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
                Required.
                Up to 3 items.
                Each item: Points at: video. Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvh...
            duration: The duration of the generated video in seconds
                Options: 5, 10
                Default: '5'
                Example: '5'
            resolution: Video resolution tier
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            multi_shots: The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.
                Default: False
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_6_video_to_video import Wan26VideoToVideoInput

        request = Wan26VideoToVideoInput(
            prompt=prompt,
            video_urls=video_urls,
            duration=duration,
            resolution=resolution,
            multi_shots=multi_shots,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_7_image(
        self,
        *,
        prompt: str,
        input_urls: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: (
            Literal["1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"] | None
        ) = None,
        enable_sequential: bool | None = None,
        n: int | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        thinking_mode: bool | None = None,
        color_palette: Sequence[Mapping[str, object]] | None = None,
        bbox_list: Sequence[Sequence[Sequence[int]]] | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.7 Image (`wan/2-7-image`): text-to-image, image output.

        Rule: n is 1-4 unless enable_sequential is true (then 1-12).

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_image for the input as a dataclass.

        Args:
            prompt: Prompt for image generation or editing. This field supports both Chinese and English, with a maximum length of 5000 characters as per Alibaba Cloud documentation.
                Required.
                Up to 5000 characters.
                Example: 'Transform the food photo by replacing the marked ingredients with ...
            input_urls: (Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field.
                Up to 9 items.
                Each item: Points at: image.
                Example: ['https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX...
            aspect_ratio: (Optional) Output aspect ratio when no image input is provided.
                Options: 1:1, 16:9, 4:3, 21:9, 3:4, 9:16, 8:1, 1:8
                Example: '1:1'
            enable_sequential: Whether to enable sequential/group image mode. Default is false.
                Default: False
                Example: False
            n: Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when `enable_sequential=true` (default: 12).
                From 1 to 12.
                Example: 4
            resolution: Output resolution. The current project uses `resolution` as a wrapper field corresponding to the underlying resolution parameter.
                Options: 1K, 2K, 4K
                Default: '2K'
                Example: '2K'
            thinking_mode: Whether to enable thinking mode. Only available when `enable_sequential=false` and `input_urls` is empty; the frontend will automatically disable it in other cases.
                Default: False
                Example: False
            color_palette: (Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10 colors, 8 recommended.
                3 to 10 items.
                Each item is an object of:
                - hex: HEX color value. Required. Must match: ^#[0-9A-Fa-f]{6}$ Example: '#C2D1E6'
                - ratio: Color proportion, format must be xx.xx%. Required. Must match: ^\\d{1,3}\\.\\d{2}%$ Example: '23.51%'
            bbox_list: (Optional) Interactive editing bounding box areas. The outer list length should match `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`.
                Each item is a list: Up to 2 items. Each item is a list: Exactly 4 items.
                Example: [[]]
            watermark: Whether to add watermark.
                Default: False
                Example: False
            seed: Random seed, range 0-2147483647.
                From 0 to 2147483647.
                Default: 0
                Example: 0
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_image import Wan27ImageInput

        request = Wan27ImageInput(
            prompt=prompt,
            input_urls=input_urls,
            aspect_ratio=aspect_ratio,
            enable_sequential=enable_sequential,
            n=n,
            resolution=resolution,
            thinking_mode=thinking_mode,
            color_palette=color_palette,
            bbox_list=bbox_list,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_7_image_to_video(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        first_frame_url: str | os.PathLike[str] | None = None,
        last_frame_url: str | os.PathLike[str] | None = None,
        first_clip_url: str | os.PathLike[str] | None = None,
        driving_audio_url: str | os.PathLike[str] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        duration: int | None = None,
        prompt_extend: bool | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.7 Image to Video (`wan/2-7-image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_image_to_video for the input as a dataclass.

        Args:
            prompt: Positive prompt. Maximum length: 5000 characters.
                Required.
                Up to 5000 characters.
            negative_prompt: Negative prompt. Maximum length: 500 characters.
                Up to 500 characters.
            first_frame_url: First frame image URL.
                Points at: image.
            last_frame_url: Last frame image URL.
                Points at: image.
            first_clip_url: First clip video URL, used for video continuation.
                Points at: video.
            driving_audio_url: Driving audio URL.
                Points at: audio.
            resolution: Video resolution. - `720p`: 720p - `1080p`: 1080p
                Options: 720p, 1080p
                Default: '1080p'
            duration: Total output video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`
                From 2 to 15.
                Default: 5
            prompt_extend: Whether to enable intelligent prompt rewriting. Default value: `true`.
                Default: True
            watermark: Whether to add an AI-generated watermark. Default value: `false`.
                Default: False
            seed: Random seed. - Minimum: `0` - Maximum: `2147483647`
                From 0 to 2147483647.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_image_to_video import Wan27ImageToVideoInput

        request = Wan27ImageToVideoInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            first_clip_url=first_clip_url,
            driving_audio_url=driving_audio_url,
            resolution=resolution,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_7_r2v(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        reference_image: Sequence[str | os.PathLike[str]] | None = None,
        reference_video: Sequence[str | os.PathLike[str]] | None = None,
        first_frame: str | os.PathLike[str] | None = None,
        reference_voice: str | os.PathLike[str] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        prompt_extend: bool | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.7 Reference to Video (`wan/2-7-r2v`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_r2v for the input as a dataclass.

        Args:
            prompt: Text prompt. Required. Describes the desired elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.
                Required.
                Up to 5000 characters.
                Example: 'Image 1 is eating, while video 1 and image 2 are singing beside it.'
            negative_prompt: Optional negative prompt describing what should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.
                Up to 500 characters.
                Example: 'low resolution, errors, worst quality, low quality, malformed, ext...
            reference_image: Array of reference image URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.
                Up to 5 items.
                Each item: Points at: image.
                Example: ['https://example.com/demo/ref-image-1.png', 'https://example.com/d...
            reference_video: Array of reference video URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.
                Up to 5 items.
                Each item: Points at: video.
                Example: ['https://example.com/demo/ref-video-1.mp4']
            first_frame: First frame image URL. At most one image can be provided. If supplied, `aspect_ratio` is ignored and the output uses a ratio close to the first frame image.
                Points at: image.
                Example: 'https://example.com/demo/first-frame.png'
            reference_voice: Audio URL used to specify the voice timbre of the subject in the reference material. Rules: - If `reference_video` contains audio and `reference_voice` is not provided, the original video audio is used by default - If both `reference_video` and `reference_voice` are provided, `reference_voice` takes priority Audio limits: - Formats: `wav`, `mp3` - Duration: `1` to `10` seconds - File size: up to `15MB`
                Points at: audio.
                Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
                Example: 'https://example.com/demo/reference-voice.mp3'
            resolution: Output video resolution tier. Available values: `720p`, `1080p`. Default value: `1080p`.
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: Output video aspect ratio. Effective logic: - If `first_frame` is not provided: the video is generated using the specified `aspect_ratio` - If `first_frame` is provided: `aspect_ratio` is ignored and the output uses a ratio close to the first frame image
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Default: '16:9'
                Example: '16:9'
            duration: Output video duration in seconds. Valid range is an integer from `2` to `10`. Default value: `5`.
                From 2 to 10.
                Default: 5
                Example: 5
            prompt_extend: Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
                Default: True
                Example: True
            watermark: Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
                Default: False
                Example: False
            seed: Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
                From 0 to 2147483647.
                Example: 0
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_r2v import Wan27R2vInput

        request = Wan27R2vInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            reference_image=reference_image,
            reference_video=reference_video,
            first_frame=first_frame,
            reference_voice=reference_voice,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_7_text_to_video(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        audio_url: str | os.PathLike[str] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        prompt_extend: bool | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.7 Text to Video (`wan/2-7-text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_text_to_video for the input as a dataclass.

        Args:
            prompt: Positive prompt. Minimum length: 1 character. Maximum length: 5000 characters.
                Required.
                1 to 5000 characters.
            negative_prompt: Negative prompt. Maximum length: 500 characters.
                Up to 500 characters.
            audio_url: Optional custom audio URL.
                Points at: audio.
            resolution: Video resolution. - `720p`: 720p - `1080p`: 1080p
                Options: 720p, 1080p
                Default: '1080p'
            ratio: Video aspect ratio. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square - `4:3`: Landscape 4:3 - `3:4`: Portrait 3:4
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Default: '16:9'
            duration: Video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`
                From 2 to 15.
                Default: 5
            prompt_extend: Whether to enable intelligent prompt rewriting. Default value: `true`.
                Default: True
            watermark: Whether to add an AI-generated watermark. Default value: `false`.
                Default: False
            seed: Random seed. - Minimum: `0` - Maximum: `2147483647`
                From 0 to 2147483647.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_text_to_video import Wan27TextToVideoInput

        request = Wan27TextToVideoInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            audio_url=audio_url,
            resolution=resolution,
            ratio=ratio,
            duration=duration,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_7_videoedit(
        self,
        *,
        video_url: str | os.PathLike[str],
        prompt: str | None = None,
        negative_prompt: str | None = None,
        reference_image: str | os.PathLike[str] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        duration: int | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        prompt_extend: bool | None = None,
        watermark: bool | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Wan 2.7 Video Edit (`wan/2-7-videoedit`): video-edit, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.wan_2_7_videoedit for the input as a dataclass.

        Args:
            video_url: URL of the source video to edit. Required. Only one video is supported. - Formats: `mp4`, `mov` - Duration: `2` to `10` seconds - Resolution: width and height range `[240,4096]` pixels - Aspect ratio: `1:8` to `8:1` - File size: up to `100MB` - Supports public `http/https` URLs or temporary `oss` URLs
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
                Example: 'https://example.com/demo/video.mp4'
            prompt: Optional text prompt describing the expected elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.
                Up to 5000 characters.
                Example: "Change the character's outfit and add the hat shown in the referen...
            negative_prompt: Optional negative prompt describing content that should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.
                Up to 500 characters.
                Example: 'low resolution, errors, worst quality, low quality, malformed, ext...
            reference_image: Optional reference image URL for character, clothing, or style guidance. - Formats: `JPEG`, `JPG`, `PNG` (no alpha channel), `BMP`, `WEBP` - Resolution: width and height range `[240,8000]` pixels - Aspect ratio: `1:8` to `8:1` - Supports public `http/https` URLs or temporary `oss` URLs
                Points at: image.
                Accepts: image/jpeg, image/png, image/bmp, image/webp; a local path is uploaded first.
                Example: 'https://example.com/demo/reference.png'
            resolution: Output video resolution tier. `1080p` costs more than `720p`. Default value: `1080p`. - `720p`: 720p - `1080p`: 1080p
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: Output video aspect ratio. - If omitted: the output uses an aspect ratio close to the input video - If provided: the output uses the specified aspect ratio - Available values: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`
                Options: 16:9, 9:16, 1:1, 4:3, 3:4
                Example: '16:9'
            duration: Output video duration in seconds. - Default `0` means using the full input video duration without truncation - If a value is provided, the output is clipped from second `0` to the specified length - Valid values are `0` or any integer in `[2,10]`
                From 0 to 10.
                Default: 0
                Example: 0
            audio_setting: Video audio setting. - `auto`: default, the model decides whether to regenerate audio based on the `prompt` - `origin`: force keeping the original input video audio
                Options: auto, origin
                Default: 'auto'
                Example: 'auto'
            prompt_extend: Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
                Default: True
                Example: True
            watermark: Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
                Default: False
                Example: False
            seed: Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
                From 0 to 2147483647.
                Example: 0
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.wan_2_7_videoedit import Wan27VideoeditInput

        request = Wan27VideoeditInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            video_url=video_url,
            reference_image=reference_image,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
            audio_setting=audio_setting,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
