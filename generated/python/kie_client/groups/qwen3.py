"""Models whose ids start with `qwen3/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["Qwen3Models", "AsyncQwen3Models"]


class Qwen3Models:
    """3 model(s) whose ids start with `qwen3/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def pro_image_to_image(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]],
        prompt: str,
        resolution: Literal["1K", "2K"] | None = None,
        image_size: (
            Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | None
        ) = None,
        output_format: Literal["png", "jpeg"] | None = None,
        prompt_extend: bool | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Qwen3 Pro Image to Image (`qwen3/pro-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen3_pro_image_to_image for the input as a dataclass.

        Args:
            image_urls: Input image URL array. Upload images and provide their URLs rather than the file content. Supports up to 3 images. Supported file types: `image/jpeg`, `image/png`, `image/webp`, `image/bmp`, and `image/gif`,`image/tiff`. Maximum file size: 10 MB per image.
                Required.
                1 to 3 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/gif, image/tiff, at most 10MB; a local path is uploaded first.
                Example: ['https://example.com/input.png']
            prompt: The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
                Required.
                Up to 5000 characters.
                Example: 'Turn the input image into a cinematic watercolor illustration.'
            resolution: The output image resolution.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            image_size: The output image size.
                Options: 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
                Default: '16:9'
                Example: '1:1'
            output_format: The generated image format.
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
                Default: True
                Example: True
            negative_prompt: The negative prompt that describes content you do not want to appear in the image.
                Up to 5000 characters.
                Example: 'blurry, low quality, distorted'
            seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
                From 0 to 2147483647.
                Default: 1
                Example: 1
            nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
                Default: False
                Example: False
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen3_pro_image_to_image import Qwen3ProImageToImageInput

        request = Qwen3ProImageToImageInput(
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            image_size=image_size,
            output_format=output_format,
            prompt_extend=prompt_extend,
            negative_prompt=negative_prompt,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def pro_text_to_image(
        self,
        *,
        prompt: str,
        resolution: Literal["1K", "2K"] | None = None,
        image_size: (
            Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | None
        ) = None,
        output_format: Literal["png", "jpeg"] | None = None,
        prompt_extend: bool | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Qwen3 Pro Text to Image (`qwen3/pro-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen3_pro_text_to_image for the input as a dataclass.

        Args:
            prompt: The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
                Required.
                Up to 5000 characters.
                Example: 'A futuristic city at sunset, cinematic lighting, ultra detailed.'
            resolution: The output image resolution.
                Options: 1K, 2K
                Example: '1K'
            image_size: The output image size.
                Options: 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
                Default: '16:9'
                Example: '1:1'
            output_format: The generated image format.
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
                Default: True
                Example: True
            negative_prompt: The negative prompt that describes content you do not want to appear in the image.
                Up to 5000 characters.
                Example: 'blurry, low quality, distorted'
            seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
                From 0 to 2147483647.
                Default: 1
                Example: 1
            nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
                Default: False
                Example: False
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen3_pro_text_to_image import Qwen3ProTextToImageInput

        request = Qwen3ProTextToImageInput(
            prompt=prompt,
            resolution=resolution,
            image_size=image_size,
            output_format=output_format,
            prompt_extend=prompt_extend,
            negative_prompt=negative_prompt,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_image(
        self,
        *,
        prompt: str,
        resolution: Literal["1K", "2K"] | None = None,
        image_size: (
            Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | None
        ) = None,
        output_format: Literal["png", "jpeg"] | None = None,
        prompt_extend: bool | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Qwen3 Text to Image (`qwen3/text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen3_text_to_image for the input as a dataclass.

        Args:
            prompt: The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
                Required.
                Up to 5000 characters.
                Example: 'A futuristic city at sunset, cinematic lighting, ultra detailed.'
            resolution: The output image resolution.
                Options: 1K, 2K
                Example: '1K'
            image_size: The output image size.
                Options: 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
                Default: '16:9'
                Example: '1:1'
            output_format: The generated image format.
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
                Default: True
                Example: True
            negative_prompt: The negative prompt that describes content you do not want to appear in the image.
                Up to 5000 characters.
                Example: 'blurry, low quality, distorted'
            seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
                From 0 to 2147483647.
                Default: 1
                Example: 1
            nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
                Default: False
                Example: False
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen3_text_to_image import Qwen3TextToImageInput

        request = Qwen3TextToImageInput(
            prompt=prompt,
            resolution=resolution,
            image_size=image_size,
            output_format=output_format,
            prompt_extend=prompt_extend,
            negative_prompt=negative_prompt,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncQwen3Models:
    """3 model(s) whose ids start with `qwen3/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def pro_image_to_image(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]],
        prompt: str,
        resolution: Literal["1K", "2K"] | None = None,
        image_size: (
            Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | None
        ) = None,
        output_format: Literal["png", "jpeg"] | None = None,
        prompt_extend: bool | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Qwen3 Pro Image to Image (`qwen3/pro-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen3_pro_image_to_image for the input as a dataclass.

        Args:
            image_urls: Input image URL array. Upload images and provide their URLs rather than the file content. Supports up to 3 images. Supported file types: `image/jpeg`, `image/png`, `image/webp`, `image/bmp`, and `image/gif`,`image/tiff`. Maximum file size: 10 MB per image.
                Required.
                1 to 3 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/gif, image/tiff, at most 10MB; a local path is uploaded first.
                Example: ['https://example.com/input.png']
            prompt: The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
                Required.
                Up to 5000 characters.
                Example: 'Turn the input image into a cinematic watercolor illustration.'
            resolution: The output image resolution.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            image_size: The output image size.
                Options: 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
                Default: '16:9'
                Example: '1:1'
            output_format: The generated image format.
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
                Default: True
                Example: True
            negative_prompt: The negative prompt that describes content you do not want to appear in the image.
                Up to 5000 characters.
                Example: 'blurry, low quality, distorted'
            seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
                From 0 to 2147483647.
                Default: 1
                Example: 1
            nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
                Default: False
                Example: False
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen3_pro_image_to_image import Qwen3ProImageToImageInput

        request = Qwen3ProImageToImageInput(
            image_urls=image_urls,
            prompt=prompt,
            resolution=resolution,
            image_size=image_size,
            output_format=output_format,
            prompt_extend=prompt_extend,
            negative_prompt=negative_prompt,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def pro_text_to_image(
        self,
        *,
        prompt: str,
        resolution: Literal["1K", "2K"] | None = None,
        image_size: (
            Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | None
        ) = None,
        output_format: Literal["png", "jpeg"] | None = None,
        prompt_extend: bool | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Qwen3 Pro Text to Image (`qwen3/pro-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen3_pro_text_to_image for the input as a dataclass.

        Args:
            prompt: The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
                Required.
                Up to 5000 characters.
                Example: 'A futuristic city at sunset, cinematic lighting, ultra detailed.'
            resolution: The output image resolution.
                Options: 1K, 2K
                Example: '1K'
            image_size: The output image size.
                Options: 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
                Default: '16:9'
                Example: '1:1'
            output_format: The generated image format.
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
                Default: True
                Example: True
            negative_prompt: The negative prompt that describes content you do not want to appear in the image.
                Up to 5000 characters.
                Example: 'blurry, low quality, distorted'
            seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
                From 0 to 2147483647.
                Default: 1
                Example: 1
            nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
                Default: False
                Example: False
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen3_pro_text_to_image import Qwen3ProTextToImageInput

        request = Qwen3ProTextToImageInput(
            prompt=prompt,
            resolution=resolution,
            image_size=image_size,
            output_format=output_format,
            prompt_extend=prompt_extend,
            negative_prompt=negative_prompt,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_image(
        self,
        *,
        prompt: str,
        resolution: Literal["1K", "2K"] | None = None,
        image_size: (
            Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | None
        ) = None,
        output_format: Literal["png", "jpeg"] | None = None,
        prompt_extend: bool | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Qwen3 Text to Image (`qwen3/text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen3_text_to_image for the input as a dataclass.

        Args:
            prompt: The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
                Required.
                Up to 5000 characters.
                Example: 'A futuristic city at sunset, cinematic lighting, ultra detailed.'
            resolution: The output image resolution.
                Options: 1K, 2K
                Example: '1K'
            image_size: The output image size.
                Options: 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
                Default: '16:9'
                Example: '1:1'
            output_format: The generated image format.
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            prompt_extend: Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
                Default: True
                Example: True
            negative_prompt: The negative prompt that describes content you do not want to appear in the image.
                Up to 5000 characters.
                Example: 'blurry, low quality, distorted'
            seed: The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
                From 0 to 2147483647.
                Default: 1
                Example: 1
            nsfw_checker: Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
                Default: False
                Example: False
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen3_text_to_image import Qwen3TextToImageInput

        request = Qwen3TextToImageInput(
            prompt=prompt,
            resolution=resolution,
            image_size=image_size,
            output_format=output_format,
            prompt_extend=prompt_extend,
            negative_prompt=negative_prompt,
            seed=seed,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
