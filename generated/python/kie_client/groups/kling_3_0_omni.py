"""Models whose ids start with `kling-3.0-omni/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["Kling30OmniModels", "AsyncKling30OmniModels"]


class Kling30OmniModels:
    """4 model(s) whose ids start with `kling-3.0-omni/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | None = None,
        resolution: Literal["720p", "1080p", "4k"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | None = None,
        audio: bool | None = None,
        customize_multi_shots: bool | None = None,
        prefer_multi_shots: bool | None = None,
        multi_prompt: Sequence[Mapping[str, object]] | None = None,
        elements: Sequence[Mapping[str, object]] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling 3.0 Omni Image to Video (`kling-3.0-omni/image-to-video`): image-to-video, video output.

        Rule: prefer_multi_shots and customize_multi_shots are mutually exclusive; enable at most one of them.

        Rule: multi_prompt is used only with customize_multi_shots set to true; without custom shots, omit it.

        Rule: 16:9, 9:16 and 1:1 can be chosen only when customize_multi_shots is true; otherwise use auto.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_omni_image_to_video for the input as a dataclass.

        Args:
            prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
                Required.
                Up to 3072 characters.
                Must match: ^.*\\S.*$
                Example: 'A happy golden retriever running across a grassy field'
            image_urls: Array of first-frame image URLs. Exactly 1 image is required. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
                Required.
                1 to 2 items.
                Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
                Example: ['https://example.com/first-frame.jpg']
            duration: Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
                Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 5
                Example: 5
            resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
                Options: 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode is enabled through `customize_multi_shots`; otherwise, use `auto`.
                Options: 16:9, 9:16, 1:1, auto
                Default: 'auto'
                Example: 'auto'
            audio: Whether to enable audio. Passing this value explicitly is recommended. `true` enables audio; `false` disables audio.
                Example: False
            customize_multi_shots: Whether to enable multiple shots. Passing this value explicitly is recommended.
                Default: False
                Example: True
            prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
                Example: True
            multi_prompt: List of custom shots. When `customize_multi_shots=true`, this field is required and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
                1 to 6 items.
                Each item is an object of:
                - duration: Duration of the current shot in seconds. Supports 1 to 15 seconds. Required. From 1 to 15. Example: 2
                - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters. Example: 'A wide shot of the fox entering the snowy forest.'
                Example: [{'duration': 2, 'prompt': 'A wide shot of the fox entering the sno...
            elements: List of one-time subject assets. The default is an empty array, with up to 3 subjects. The subject is automatically identified as a multi-image subject or video character subject based on `element_input_urls`.
                Up to 3 items.
                Each item is an object of:
                - name: Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`. Required. Example: 'element_dog'
                - description: Subject description. Required. Example: 'A happy golden retriever'
                - element_input_urls: For a multi-image subject, provide 2 to 4 images. For a video character subject, provide exactly 1 video. Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. Required. 1 to 4 items. Each item: Must match: ^(https?|oss):// Example: ['https://example.com/dog-front.png', 'https://example.com/dog-side...
                - element_input_audio_urls: Optional list of subject reference audio URLs. It may be omitted or passed as an empty array. If the audio duration can be determined, it must be between 5 and 30 seconds. Each item: Must match: ^(https?|oss):// Points at: audio. Default: [] Example: []
                - start_time: Start time for trimming the video character subject, in milliseconds. The default is 0. This applies only when a video is provided in `element_input_urls`. Default: 0 Example: 0
                - end_time: End time for trimming the video character subject, in milliseconds. The default is 8,000. It must be greater than `start_time`, and the trimmed duration must be between 3,000 and 8,000 milliseconds. Default: 8000 Example: 8000
                Default: []
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_omni_image_to_video import Kling30OmniImageToVideoInput

        request = Kling30OmniImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            audio=audio,
            customize_multi_shots=customize_multi_shots,
            prefer_multi_shots=prefer_multi_shots,
            multi_prompt=multi_prompt,
            elements=elements,
        )
        return self._client.submit(request, callback_url=callback_url)

    def reference_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | None = None,
        resolution: Literal["720p", "1080p", "4k"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | None = None,
        audio: bool | None = None,
        customize_multi_shots: bool | None = None,
        prefer_multi_shots: bool | None = None,
        multi_prompt: Sequence[Mapping[str, object]] | None = None,
        elements: Sequence[Mapping[str, object]] | None = None,
        video_urls: Sequence[str | os.PathLike[str]] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling 3.0 Omni Reference to Video (`kling-3.0-omni/reference-to-video`): reference-to-video, video output.

        Rule: prefer_multi_shots and customize_multi_shots are mutually exclusive; enable at most one of them.

        Rule: With a reference video, audio must be given, and it must be false.

        Rule: aspect_ratio auto is only for video-only input, where audio must be false.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_omni_reference_to_video for the input as a dataclass.

        Args:
            prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
                Required.
                1 to 3072 characters.
                Must match: \\S
                Example: 'Generate a video of the character walking along a city street, usi...
            image_urls: Array of reference image URLs. The maximum number of images depends on the number and types of reference subjects. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and both video character and multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 4. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
                Up to 7 items.
                Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
                Example: ['https://example.com/reference-image.jpg']
            duration: Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
                Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 5
                Example: 5
            resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
                Options: 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: When no video is provided, `16:9`, `9:16`, and `1:1` are supported.
                Options: 16:9, 9:16, 1:1, auto
                Default: '16:9'
                Example: '16:9'
            audio: Whether to enable audio. When no video is provided, both `true` and `false` are supported.
                Example: True
            customize_multi_shots: Whether to enable multiple shots. Both `true` and `false` are supported.
                Example: True
            prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
                Example: True
            multi_prompt: List of custom shots. When `customize_multi_shots=true`, this field is required, must not be empty, and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
                1 to 6 items.
                Each item is an object of:
                - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters.
                - duration: Duration of the current shot in seconds. Required. From 1 to 15.
            elements: List of one-time subject assets. The default is an empty array. The number of subjects is jointly limited by the reference images, reference video, and subject types. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and only video character subjects are used, the number of video character subjects must not exceed 3. When there is no reference video and both video character and multi-image subjects are used, the number of video character subjects must not exceed 3, and the combined number of reference images and multi-image subjects must not exceed 4.
                Up to 7 items.
                Each item is an object of:
                - name: Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`. Required. Example: 'element_dog'
                - description: Subject description. Required. Example: 'A happy golden retriever'
                - element_input_urls: URLs of the subject image or video assets. Provide 1 to 4 URLs. Required. 1 to 4 items. Each item: Must match: ^(https?|oss)://
                - element_input_audio_urls: Optional list of subject reference audio URLs. If the duration can be determined, it must be between 5 and 30 seconds. Each item: Must match: ^(https?|oss):// Points at: audio. Default: []
                - start_time: Start time for trimming the video character subject, in milliseconds. The default is 0. Default: 0
                - end_time: End time for trimming the video character subject, in milliseconds. The default is 8,000. Default: 8000
                Default: []
            video_urls: Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
                Exactly 1 item.
                Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
                Example: ['https://example.com/reference-video.mp4']
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_omni_reference_to_video import (
            Kling30OmniReferenceToVideoInput,
        )

        request = Kling30OmniReferenceToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            audio=audio,
            customize_multi_shots=customize_multi_shots,
            prefer_multi_shots=prefer_multi_shots,
            multi_prompt=multi_prompt,
            elements=elements,
            video_urls=video_urls,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_video(
        self,
        *,
        prompt: str,
        customize_multi_shots: bool | None = None,
        prefer_multi_shots: bool | None = None,
        multi_prompt: Sequence[Mapping[str, object]] | None = None,
        elements: Sequence[Mapping[str, object]] | None = None,
        audio: bool | None = None,
        resolution: Literal["720p", "1080p", "4k"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling 3.0 Omni Text to Video (`kling-3.0-omni/text-to-video`): text-to-video, video output.

        Rule: prefer_multi_shots and customize_multi_shots cannot both be true; customize_multi_shots defaults to true, so set it to false to use prefer_multi_shots.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_omni_text_to_video for the input as a dataclass.

        Args:
            prompt: Text description of the video. It must not be empty after leading and trailing whitespace is removed, and must not exceed 3,072 characters.
                Required.
                1 to 3072 characters.
                Must match: \\S
            customize_multi_shots: Whether to enable multi-shot mode. Explicitly specifying this value is recommended. `true` enables multiple shots; `false` uses a single shot.
                Default: True
                Example: True
            prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`. Both fields may be `false`, but they cannot both be `true`.
                Example: True
            multi_prompt: List of custom shots. When `customize_multi_shots` is `true`, this field is required, must not be empty, and supports up to 6 shots. When `customize_multi_shots` is `false`, it must be an empty array or omitted.
                Up to 6 items.
                Each item is an object of:
                - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters. Example: 'A wide shot of the fox entering the snowy forest.'
                - duration: Duration of the current shot in seconds. The supported range is 1 to 15 seconds. Required. From 1 to 15. Example: 2
                Default: []
                Example: [{'prompt': 'A wide shot of the fox entering the snowy forest.', 'd...
            elements: List of one-time subject assets. The default is an empty array. When using only multi-image subjects, up to 7 subjects can be uploaded. When using only video character subjects, the number of video character subjects must not exceed 3. When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
                Up to 7 items.
                Each item is an object of:
                - name: Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`. Required. At least 1 character. Example: 'element_dog'
                - description: Text description of the subject asset. Required. At least 1 character. Example: 'A happy golden retriever'
                - element_input_urls: List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. Required. 1 to 4 items. Each item: Must match: ^(https?|oss):// Example: ['https://example.com/dog-front.png', 'https://example.com/dog-side...
                - element_input_audio_urls: Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported. Each item: Must match: ^(https?|oss):// Points at: audio. Default: [] Example: []
                Default: []
            audio: Whether to add audio to the generated video. `true` enables audio; `false` disables audio.
                Default: False
                Example: False
            resolution: Resolution of the generated video. Available values are `720p` (outputs a 720p video), `1080p` (outputs a 1080p video), and `4k` (outputs a 4K video).
                Options: 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: Aspect ratio of the generated video. Supported values are `16:9`, `9:16`, and `1:1`.
                Options: 16:9, 9:16, 1:1
                Default: '16:9'
                Example: '16:9'
            duration: Total video duration in seconds. The supported range is 3 to 15 seconds, and the default is 5 seconds.
                Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 5
                Example: 5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_omni_text_to_video import Kling30OmniTextToVideoInput

        request = Kling30OmniTextToVideoInput(
            prompt=prompt,
            customize_multi_shots=customize_multi_shots,
            prefer_multi_shots=prefer_multi_shots,
            multi_prompt=multi_prompt,
            elements=elements,
            audio=audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )
        return self._client.submit(request, callback_url=callback_url)

    def transformation(
        self,
        *,
        prompt: str,
        video_urls: Sequence[str | os.PathLike[str]],
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        duration: str | None = None,
        resolution: Literal["720p", "1080p", "4k"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | None = None,
        audio: bool | None = None,
        elements: Sequence[Mapping[str, object]] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Kling 3.0 Omni Transformation (`kling-3.0-omni/transformation`): video-to-video, video output.

        Rule: duration may be set only when using a video with images (image_urls).

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_omni_transformation for the input as a dataclass.

        Args:
            prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
                Required.
                1 to 3072 characters.
                Must match: \\S
                Example: 'Transform the input video into a cinematic night scene while prese...
            video_urls: Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
                Required.
                Exactly 1 item.
                Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
                Example: ['https://example.com/source-video.mp4']
            image_urls: Array of image URLs. The maximum number of images depends on the number and types of reference subjects. When using only multi-image subjects, the combined number of reference images and multi-image subjects must not exceed 4. Video character subjects cannot be used together with multi-image subjects or reference images. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
                Up to 4 items.
                Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
                Example: ['https://example.com/reference-image.jpg']
            duration: Video duration. This field may be configured when using a video with images.
                Example: '5'
            resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
                Options: 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio. Only `auto` can be used with video-only input. When using a video with images, `16:9`, `9:16`, and `1:1` are supported; `auto` is not supported.
                Options: 16:9, 9:16, 1:1, auto
                Default: '16:9'
                Example: '16:9'
            audio: Whether to enable audio.
                Example: False
            elements: List of one-time subject assets. The default is an empty array. When using only multi-image subjects, up to 7 subjects can be uploaded. When using only video character subjects, the number of video character subjects must not exceed 3. When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
                Up to 7 items.
                Each item is an object of:
                - name: Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`. Required. At least 1 character. Example: 'element_dog'
                - description: Text description of the subject asset. Required. At least 1 character. Example: 'A happy golden retriever'
                - element_input_urls: List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. Required. 1 to 4 items. Each item: Must match: ^(https?|oss):// Example: ['https://example.com/dog-front.png', 'https://example.com/dog-side...
                - element_input_audio_urls: Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported. Each item: Must match: ^(https?|oss):// Points at: audio. Default: [] Example: []
                Default: []
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_omni_transformation import Kling30OmniTransformationInput

        request = Kling30OmniTransformationInput(
            prompt=prompt,
            video_urls=video_urls,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            audio=audio,
            elements=elements,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncKling30OmniModels:
    """4 model(s) whose ids start with `kling-3.0-omni/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | None = None,
        resolution: Literal["720p", "1080p", "4k"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | None = None,
        audio: bool | None = None,
        customize_multi_shots: bool | None = None,
        prefer_multi_shots: bool | None = None,
        multi_prompt: Sequence[Mapping[str, object]] | None = None,
        elements: Sequence[Mapping[str, object]] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 3.0 Omni Image to Video (`kling-3.0-omni/image-to-video`): image-to-video, video output.

        Rule: prefer_multi_shots and customize_multi_shots are mutually exclusive; enable at most one of them.

        Rule: multi_prompt is used only with customize_multi_shots set to true; without custom shots, omit it.

        Rule: 16:9, 9:16 and 1:1 can be chosen only when customize_multi_shots is true; otherwise use auto.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_omni_image_to_video for the input as a dataclass.

        Args:
            prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
                Required.
                Up to 3072 characters.
                Must match: ^.*\\S.*$
                Example: 'A happy golden retriever running across a grassy field'
            image_urls: Array of first-frame image URLs. Exactly 1 image is required. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
                Required.
                1 to 2 items.
                Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
                Example: ['https://example.com/first-frame.jpg']
            duration: Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
                Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 5
                Example: 5
            resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
                Options: 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode is enabled through `customize_multi_shots`; otherwise, use `auto`.
                Options: 16:9, 9:16, 1:1, auto
                Default: 'auto'
                Example: 'auto'
            audio: Whether to enable audio. Passing this value explicitly is recommended. `true` enables audio; `false` disables audio.
                Example: False
            customize_multi_shots: Whether to enable multiple shots. Passing this value explicitly is recommended.
                Default: False
                Example: True
            prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
                Example: True
            multi_prompt: List of custom shots. When `customize_multi_shots=true`, this field is required and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
                1 to 6 items.
                Each item is an object of:
                - duration: Duration of the current shot in seconds. Supports 1 to 15 seconds. Required. From 1 to 15. Example: 2
                - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters. Example: 'A wide shot of the fox entering the snowy forest.'
                Example: [{'duration': 2, 'prompt': 'A wide shot of the fox entering the sno...
            elements: List of one-time subject assets. The default is an empty array, with up to 3 subjects. The subject is automatically identified as a multi-image subject or video character subject based on `element_input_urls`.
                Up to 3 items.
                Each item is an object of:
                - name: Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`. Required. Example: 'element_dog'
                - description: Subject description. Required. Example: 'A happy golden retriever'
                - element_input_urls: For a multi-image subject, provide 2 to 4 images. For a video character subject, provide exactly 1 video. Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. Required. 1 to 4 items. Each item: Must match: ^(https?|oss):// Example: ['https://example.com/dog-front.png', 'https://example.com/dog-side...
                - element_input_audio_urls: Optional list of subject reference audio URLs. It may be omitted or passed as an empty array. If the audio duration can be determined, it must be between 5 and 30 seconds. Each item: Must match: ^(https?|oss):// Points at: audio. Default: [] Example: []
                - start_time: Start time for trimming the video character subject, in milliseconds. The default is 0. This applies only when a video is provided in `element_input_urls`. Default: 0 Example: 0
                - end_time: End time for trimming the video character subject, in milliseconds. The default is 8,000. It must be greater than `start_time`, and the trimmed duration must be between 3,000 and 8,000 milliseconds. Default: 8000 Example: 8000
                Default: []
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_omni_image_to_video import Kling30OmniImageToVideoInput

        request = Kling30OmniImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            audio=audio,
            customize_multi_shots=customize_multi_shots,
            prefer_multi_shots=prefer_multi_shots,
            multi_prompt=multi_prompt,
            elements=elements,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def reference_to_video(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | None = None,
        resolution: Literal["720p", "1080p", "4k"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | None = None,
        audio: bool | None = None,
        customize_multi_shots: bool | None = None,
        prefer_multi_shots: bool | None = None,
        multi_prompt: Sequence[Mapping[str, object]] | None = None,
        elements: Sequence[Mapping[str, object]] | None = None,
        video_urls: Sequence[str | os.PathLike[str]] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 3.0 Omni Reference to Video (`kling-3.0-omni/reference-to-video`): reference-to-video, video output.

        Rule: prefer_multi_shots and customize_multi_shots are mutually exclusive; enable at most one of them.

        Rule: With a reference video, audio must be given, and it must be false.

        Rule: aspect_ratio auto is only for video-only input, where audio must be false.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_omni_reference_to_video for the input as a dataclass.

        Args:
            prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
                Required.
                1 to 3072 characters.
                Must match: \\S
                Example: 'Generate a video of the character walking along a city street, usi...
            image_urls: Array of reference image URLs. The maximum number of images depends on the number and types of reference subjects. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and both video character and multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 4. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
                Up to 7 items.
                Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
                Example: ['https://example.com/reference-image.jpg']
            duration: Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
                Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 5
                Example: 5
            resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
                Options: 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: When no video is provided, `16:9`, `9:16`, and `1:1` are supported.
                Options: 16:9, 9:16, 1:1, auto
                Default: '16:9'
                Example: '16:9'
            audio: Whether to enable audio. When no video is provided, both `true` and `false` are supported.
                Example: True
            customize_multi_shots: Whether to enable multiple shots. Both `true` and `false` are supported.
                Example: True
            prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
                Example: True
            multi_prompt: List of custom shots. When `customize_multi_shots=true`, this field is required, must not be empty, and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
                1 to 6 items.
                Each item is an object of:
                - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters.
                - duration: Duration of the current shot in seconds. Required. From 1 to 15.
            elements: List of one-time subject assets. The default is an empty array. The number of subjects is jointly limited by the reference images, reference video, and subject types. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and only video character subjects are used, the number of video character subjects must not exceed 3. When there is no reference video and both video character and multi-image subjects are used, the number of video character subjects must not exceed 3, and the combined number of reference images and multi-image subjects must not exceed 4.
                Up to 7 items.
                Each item is an object of:
                - name: Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`. Required. Example: 'element_dog'
                - description: Subject description. Required. Example: 'A happy golden retriever'
                - element_input_urls: URLs of the subject image or video assets. Provide 1 to 4 URLs. Required. 1 to 4 items. Each item: Must match: ^(https?|oss)://
                - element_input_audio_urls: Optional list of subject reference audio URLs. If the duration can be determined, it must be between 5 and 30 seconds. Each item: Must match: ^(https?|oss):// Points at: audio. Default: []
                - start_time: Start time for trimming the video character subject, in milliseconds. The default is 0. Default: 0
                - end_time: End time for trimming the video character subject, in milliseconds. The default is 8,000. Default: 8000
                Default: []
            video_urls: Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
                Exactly 1 item.
                Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
                Example: ['https://example.com/reference-video.mp4']
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_omni_reference_to_video import (
            Kling30OmniReferenceToVideoInput,
        )

        request = Kling30OmniReferenceToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            audio=audio,
            customize_multi_shots=customize_multi_shots,
            prefer_multi_shots=prefer_multi_shots,
            multi_prompt=multi_prompt,
            elements=elements,
            video_urls=video_urls,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_video(
        self,
        *,
        prompt: str,
        customize_multi_shots: bool | None = None,
        prefer_multi_shots: bool | None = None,
        multi_prompt: Sequence[Mapping[str, object]] | None = None,
        elements: Sequence[Mapping[str, object]] | None = None,
        audio: bool | None = None,
        resolution: Literal["720p", "1080p", "4k"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 3.0 Omni Text to Video (`kling-3.0-omni/text-to-video`): text-to-video, video output.

        Rule: prefer_multi_shots and customize_multi_shots cannot both be true; customize_multi_shots defaults to true, so set it to false to use prefer_multi_shots.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_omni_text_to_video for the input as a dataclass.

        Args:
            prompt: Text description of the video. It must not be empty after leading and trailing whitespace is removed, and must not exceed 3,072 characters.
                Required.
                1 to 3072 characters.
                Must match: \\S
            customize_multi_shots: Whether to enable multi-shot mode. Explicitly specifying this value is recommended. `true` enables multiple shots; `false` uses a single shot.
                Default: True
                Example: True
            prefer_multi_shots: Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`. Both fields may be `false`, but they cannot both be `true`.
                Example: True
            multi_prompt: List of custom shots. When `customize_multi_shots` is `true`, this field is required, must not be empty, and supports up to 6 shots. When `customize_multi_shots` is `false`, it must be an empty array or omitted.
                Up to 6 items.
                Each item is an object of:
                - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters. Example: 'A wide shot of the fox entering the snowy forest.'
                - duration: Duration of the current shot in seconds. The supported range is 1 to 15 seconds. Required. From 1 to 15. Example: 2
                Default: []
                Example: [{'prompt': 'A wide shot of the fox entering the snowy forest.', 'd...
            elements: List of one-time subject assets. The default is an empty array. When using only multi-image subjects, up to 7 subjects can be uploaded. When using only video character subjects, the number of video character subjects must not exceed 3. When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
                Up to 7 items.
                Each item is an object of:
                - name: Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`. Required. At least 1 character. Example: 'element_dog'
                - description: Text description of the subject asset. Required. At least 1 character. Example: 'A happy golden retriever'
                - element_input_urls: List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. Required. 1 to 4 items. Each item: Must match: ^(https?|oss):// Example: ['https://example.com/dog-front.png', 'https://example.com/dog-side...
                - element_input_audio_urls: Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported. Each item: Must match: ^(https?|oss):// Points at: audio. Default: [] Example: []
                Default: []
            audio: Whether to add audio to the generated video. `true` enables audio; `false` disables audio.
                Default: False
                Example: False
            resolution: Resolution of the generated video. Available values are `720p` (outputs a 720p video), `1080p` (outputs a 1080p video), and `4k` (outputs a 4K video).
                Options: 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: Aspect ratio of the generated video. Supported values are `16:9`, `9:16`, and `1:1`.
                Options: 16:9, 9:16, 1:1
                Default: '16:9'
                Example: '16:9'
            duration: Total video duration in seconds. The supported range is 3 to 15 seconds, and the default is 5 seconds.
                Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
                Default: 5
                Example: 5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_omni_text_to_video import Kling30OmniTextToVideoInput

        request = Kling30OmniTextToVideoInput(
            prompt=prompt,
            customize_multi_shots=customize_multi_shots,
            prefer_multi_shots=prefer_multi_shots,
            multi_prompt=multi_prompt,
            elements=elements,
            audio=audio,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def transformation(
        self,
        *,
        prompt: str,
        video_urls: Sequence[str | os.PathLike[str]],
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        duration: str | None = None,
        resolution: Literal["720p", "1080p", "4k"] | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | None = None,
        audio: bool | None = None,
        elements: Sequence[Mapping[str, object]] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Kling 3.0 Omni Transformation (`kling-3.0-omni/transformation`): video-to-video, video output.

        Rule: duration may be set only when using a video with images (image_urls).

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.kling_3_0_omni_transformation for the input as a dataclass.

        Args:
            prompt: Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
                Required.
                1 to 3072 characters.
                Must match: \\S
                Example: 'Transform the input video into a cinematic night scene while prese...
            video_urls: Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
                Required.
                Exactly 1 item.
                Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
                Example: ['https://example.com/source-video.mp4']
            image_urls: Array of image URLs. The maximum number of images depends on the number and types of reference subjects. When using only multi-image subjects, the combined number of reference images and multi-image subjects must not exceed 4. Video character subjects cannot be used together with multi-image subjects or reference images. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
                Up to 4 items.
                Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
                Example: ['https://example.com/reference-image.jpg']
            duration: Video duration. This field may be configured when using a video with images.
                Example: '5'
            resolution: Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
                Options: 720p, 1080p, 4k
                Default: '720p'
                Example: '720p'
            aspect_ratio: Video aspect ratio. Only `auto` can be used with video-only input. When using a video with images, `16:9`, `9:16`, and `1:1` are supported; `auto` is not supported.
                Options: 16:9, 9:16, 1:1, auto
                Default: '16:9'
                Example: '16:9'
            audio: Whether to enable audio.
                Example: False
            elements: List of one-time subject assets. The default is an empty array. When using only multi-image subjects, up to 7 subjects can be uploaded. When using only video character subjects, the number of video character subjects must not exceed 3. When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
                Up to 7 items.
                Each item is an object of:
                - name: Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`. Required. At least 1 character. Example: 'element_dog'
                - description: Text description of the subject asset. Required. At least 1 character. Example: 'A happy golden retriever'
                - element_input_urls: List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. Required. 1 to 4 items. Each item: Must match: ^(https?|oss):// Example: ['https://example.com/dog-front.png', 'https://example.com/dog-side...
                - element_input_audio_urls: Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported. Each item: Must match: ^(https?|oss):// Points at: audio. Default: [] Example: []
                Default: []
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.kling_3_0_omni_transformation import Kling30OmniTransformationInput

        request = Kling30OmniTransformationInput(
            prompt=prompt,
            video_urls=video_urls,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            audio=audio,
            elements=elements,
        )
        return await self._client.submit(request, callback_url=callback_url)
