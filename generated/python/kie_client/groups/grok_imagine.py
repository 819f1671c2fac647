"""Models whose ids start with `grok-imagine/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["GrokImagineModels", "AsyncGrokImagineModels"]


class GrokImagineModels:
    """4 model(s) whose ids start with `grok-imagine/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_to_image(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]],
        prompt: str | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Grok Imagine Image to Image (`grok-imagine/image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_image_to_image for the input as a dataclass.

        Args:
            image_urls: An array containing up to 1 URL string pointing to reference images. (Use file URLs after upload, not raw file content. Accepted types: image/jpeg, image/png, image/webp. Max size: 10.0MB per image.) In your prompt, reference the uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean).
                Required.
                Up to 5 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCr...
            prompt: A text description specifying the desired content or style of the generated image. (Max length: 390000 characters)
                Up to 390000 characters.
                Example: 'Recreate the Titanic movie poster with two adorable anthropomorphi...
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_image_to_image import GrokImagineImageToImageInput

        request = GrokImagineImageToImageInput(
            prompt=prompt,
            image_urls=image_urls,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def image_to_video(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        task_id: str | None = None,
        index: int | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        duration: str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Grok Imagine Image to Video (`grok-imagine/image-to-video`): image-to-video, video output.

        Rule: Give either image_urls or task_id (with index), not both.

        Rule: index selects an image of a task_id; it means nothing without one.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_image_to_video for the input as a dataclass.

        Args:
            image_urls: Provide an external image URL as a reference for video generation. Up to 7 images are supported. Do not use it simultaneously with task_id. In your prompt, reference an uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean). - Supports JPEG, PNG, and WEBP formats - Maximum file size for each image: 10MB - The Spicy mode is not available when using external images - The array can contain a maximum of seven URLs - Only one is supported when the resolution is 1080p.
                Up to 7 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17622...
            task_id: Task ID from a previously generated Grok image. Use with index to select a specific image. Do not use with image_urls. - Use task ID from grok-imagine/text-to-image generations - Supports all modes including Spicy - Maximum length: 100 characters
                Up to 100 characters.
                Example: 'task_grok_12345678'
            index: When using task_id, specify which image to use (Grok generates 6 images per task). Only works with task_id. - 0-based index (0-5) - Ignored if image_urls is provided - Default: 0
                From 0 to 5.
                Default: 0
                Example: 0
            prompt: Text prompt describing the desired video motion. Optional field. - Should be detailed and specific about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Supports English language prompts
                Up to 5000 characters.
                Example: 'POV hand comes into frame handing the girl a cup of take away coff...
            mode: Specifies the generation mode affecting the style and intensity of motion. Note: Spicy mode is not available for external image inputs. - **fun**: More creative and playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and intense motion effects (not available for external images) Default: normal
                Options: fun, normal, spicy
                Default: 'normal'
                Example: 'normal'
            duration: The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1)
                Must match: ^([6-9]|[12][0-9]|30)$
            resolution: The resolution of the generated video.
                Options: 480p, 720p, 1080p
                Default: '480p'
                Example: '480p'
            aspect_ratio: Image ratio selection only applies to multi-image generation mode. In single-image mode, the video width and height are referenced to the image width and height.
                Options: 2:3, 3:2, 1:1, 16:9, 9:16
                Default: '16:9'
            nsfw_checker: Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_image_to_video import GrokImagineImageToVideoInput

        request = GrokImagineImageToVideoInput(
            image_urls=image_urls,
            task_id=task_id,
            index=index,
            prompt=prompt,
            mode=mode,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None,
        enable_pro: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Grok Imagine Text to Image (`grok-imagine/text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_text_to_image for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired image. Required field. - Should be detailed and specific about the desired visual elements - Describe composition, style, lighting, mood, and other visual details - Maximum length: 5000 characters - Supports English language prompts
                Required.
                Up to 5000 characters.
                Example: 'Cinematic portrait of a woman sitting by a vinyl record player, re...
            aspect_ratio: Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**: Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 1:1
                Options: 2:3, 3:2, 1:1, 16:9, 9:16
                Example: '3:2'
            enable_pro: Controls the request processing strategy. - `false`: Corresponds to **speed mode**. The system prioritizes response time and throughput, suitable for latency-sensitive scenarios. - `true`: Corresponds to **quality mode**. The system prioritizes processing quality and precision, suitable for scenarios requiring higher accuracy.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_text_to_image import GrokImagineTextToImageInput

        request = GrokImagineTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            enable_pro=enable_pro,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        duration: float | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Grok Imagine Text to Video (`grok-imagine/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_text_to_video for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired video motion. Required field. - Should be detailed and specific about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Supports English language prompts
                Required.
                Up to 5000 characters.
                Example: 'A couple of doors open to the right one by one randomly and stay o...
            aspect_ratio: Specifies the width-to-height ratio of the generated video. Controls the aspect ratio of the output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**: Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 2:3
                Options: 2:3, 3:2, 1:1, 16:9, 9:16
                Default: '2:3'
                Example: '2:3'
            mode: Specifies the generation mode affecting the style and intensity of motion. - **fun**: More creative and playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and intense motion effects Default: normal
                Options: fun, normal, spicy
                Default: 'normal'
                Example: 'normal'
            duration: The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1)
                From 6 to 30, in steps of 1.
            resolution: The resolution of the generated video.
                Options: 480p, 720p, 1080p
                Default: '480p'
                Example: '480p'
            nsfw_checker: Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_text_to_video import GrokImagineTextToVideoInput

        request = GrokImagineTextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            mode=mode,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncGrokImagineModels:
    """4 model(s) whose ids start with `grok-imagine/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_to_image(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]],
        prompt: str | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Grok Imagine Image to Image (`grok-imagine/image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_image_to_image for the input as a dataclass.

        Args:
            image_urls: An array containing up to 1 URL string pointing to reference images. (Use file URLs after upload, not raw file content. Accepted types: image/jpeg, image/png, image/webp. Max size: 10.0MB per image.) In your prompt, reference the uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean).
                Required.
                Up to 5 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCr...
            prompt: A text description specifying the desired content or style of the generated image. (Max length: 390000 characters)
                Up to 390000 characters.
                Example: 'Recreate the Titanic movie poster with two adorable anthropomorphi...
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_image_to_image import GrokImagineImageToImageInput

        request = GrokImagineImageToImageInput(
            prompt=prompt,
            image_urls=image_urls,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def image_to_video(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        task_id: str | None = None,
        index: int | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        duration: str | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Grok Imagine Image to Video (`grok-imagine/image-to-video`): image-to-video, video output.

        Rule: Give either image_urls or task_id (with index), not both.

        Rule: index selects an image of a task_id; it means nothing without one.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_image_to_video for the input as a dataclass.

        Args:
            image_urls: Provide an external image URL as a reference for video generation. Up to 7 images are supported. Do not use it simultaneously with task_id. In your prompt, reference an uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean). - Supports JPEG, PNG, and WEBP formats - Maximum file size for each image: 10MB - The Spicy mode is not available when using external images - The array can contain a maximum of seven URLs - Only one is supported when the resolution is 1080p.
                Up to 7 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17622...
            task_id: Task ID from a previously generated Grok image. Use with index to select a specific image. Do not use with image_urls. - Use task ID from grok-imagine/text-to-image generations - Supports all modes including Spicy - Maximum length: 100 characters
                Up to 100 characters.
                Example: 'task_grok_12345678'
            index: When using task_id, specify which image to use (Grok generates 6 images per task). Only works with task_id. - 0-based index (0-5) - Ignored if image_urls is provided - Default: 0
                From 0 to 5.
                Default: 0
                Example: 0
            prompt: Text prompt describing the desired video motion. Optional field. - Should be detailed and specific about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Supports English language prompts
                Up to 5000 characters.
                Example: 'POV hand comes into frame handing the girl a cup of take away coff...
            mode: Specifies the generation mode affecting the style and intensity of motion. Note: Spicy mode is not available for external image inputs. - **fun**: More creative and playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and intense motion effects (not available for external images) Default: normal
                Options: fun, normal, spicy
                Default: 'normal'
                Example: 'normal'
            duration: The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1)
                Must match: ^([6-9]|[12][0-9]|30)$
            resolution: The resolution of the generated video.
                Options: 480p, 720p, 1080p
                Default: '480p'
                Example: '480p'
            aspect_ratio: Image ratio selection only applies to multi-image generation mode. In single-image mode, the video width and height are referenced to the image width and height.
                Options: 2:3, 3:2, 1:1, 16:9, 9:16
                Default: '16:9'
            nsfw_checker: Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_image_to_video import GrokImagineImageToVideoInput

        request = GrokImagineImageToVideoInput(
            image_urls=image_urls,
            task_id=task_id,
            index=index,
            prompt=prompt,
            mode=mode,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None,
        enable_pro: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Grok Imagine Text to Image (`grok-imagine/text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_text_to_image for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired image. Required field. - Should be detailed and specific about the desired visual elements - Describe composition, style, lighting, mood, and other visual details - Maximum length: 5000 characters - Supports English language prompts
                Required.
                Up to 5000 characters.
                Example: 'Cinematic portrait of a woman sitting by a vinyl record player, re...
            aspect_ratio: Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**: Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 1:1
                Options: 2:3, 3:2, 1:1, 16:9, 9:16
                Example: '3:2'
            enable_pro: Controls the request processing strategy. - `false`: Corresponds to **speed mode**. The system prioritizes response time and throughput, suitable for latency-sensitive scenarios. - `true`: Corresponds to **quality mode**. The system prioritizes processing quality and precision, suitable for scenarios requiring higher accuracy.
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_text_to_image import GrokImagineTextToImageInput

        request = GrokImagineTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            enable_pro=enable_pro,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_video(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        duration: float | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Grok Imagine Text to Video (`grok-imagine/text-to-video`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_text_to_video for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired video motion. Required field. - Should be detailed and specific about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Supports English language prompts
                Required.
                Up to 5000 characters.
                Example: 'A couple of doors open to the right one by one randomly and stay o...
            aspect_ratio: Specifies the width-to-height ratio of the generated video. Controls the aspect ratio of the output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**: Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 2:3
                Options: 2:3, 3:2, 1:1, 16:9, 9:16
                Default: '2:3'
                Example: '2:3'
            mode: Specifies the generation mode affecting the style and intensity of motion. - **fun**: More creative and playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and intense motion effects Default: normal
                Options: fun, normal, spicy
                Default: 'normal'
                Example: 'normal'
            duration: The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1)
                From 6 to 30, in steps of 1.
            resolution: The resolution of the generated video.
                Options: 480p, 720p, 1080p
                Default: '480p'
                Example: '480p'
            nsfw_checker: Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_text_to_video import GrokImagineTextToVideoInput

        request = GrokImagineTextToVideoInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            mode=mode,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
