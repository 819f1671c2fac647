"""Models whose ids start with `gpt-image/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["GptImageModels", "AsyncGptImageModels"]


class GptImageModels:
    """2 model(s) whose ids start with `gpt-image/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def v1_5_image_to_image(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        prompt: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2"],
        quality: Literal["medium", "high"],
        callback_url: str | None = None,
    ) -> Task:
        """GPT Image-1.5 Image to Image (`gpt-image/1.5-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.gpt_image_1_5_image_to_image for the input as a dataclass.

        Args:
            input_urls: Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 16 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9...
            prompt: A text description of the image you want to generate
                Required.
                Example: 'Edit the image to dress the woman using the provided clothing imag...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 2:3, 3:2
                Default: '3:2'
                Example: '3:2'
            quality: Quality: medium=balanced, high=slow/detailed.
                Required.
                Options: medium, high
                Default: 'medium'
                Example: 'medium'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.gpt_image_1_5_image_to_image import GptImage15ImageToImageInput

        request = GptImage15ImageToImageInput(
            input_urls=input_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v1_5_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2"],
        quality: Literal["medium", "high"],
        callback_url: str | None = None,
    ) -> Task:
        """GPT Image-1.5 Text to Image (`gpt-image/1.5-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.gpt_image_1_5_text_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate
                Required.
                Example: 'Create a photorealistic candid photograph of an elderly sailor sta...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 2:3, 3:2
                Default: '1:1'
                Example: '1:1'
            quality: Quality: medium=balanced, high=slow/detailed.
                Required.
                Options: medium, high
                Default: 'medium'
                Example: 'medium'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.gpt_image_1_5_text_to_image import GptImage15TextToImageInput

        request = GptImage15TextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncGptImageModels:
    """2 model(s) whose ids start with `gpt-image/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def v1_5_image_to_image(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        prompt: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2"],
        quality: Literal["medium", "high"],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """GPT Image-1.5 Image to Image (`gpt-image/1.5-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.gpt_image_1_5_image_to_image for the input as a dataclass.

        Args:
            input_urls: Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 16 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9...
            prompt: A text description of the image you want to generate
                Required.
                Example: 'Edit the image to dress the woman using the provided clothing imag...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 2:3, 3:2
                Default: '3:2'
                Example: '3:2'
            quality: Quality: medium=balanced, high=slow/detailed.
                Required.
                Options: medium, high
                Default: 'medium'
                Example: 'medium'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.gpt_image_1_5_image_to_image import GptImage15ImageToImageInput

        request = GptImage15ImageToImageInput(
            input_urls=input_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v1_5_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "2:3", "3:2"],
        quality: Literal["medium", "high"],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """GPT Image-1.5 Text to Image (`gpt-image/1.5-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.gpt_image_1_5_text_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate
                Required.
                Example: 'Create a photorealistic candid photograph of an elderly sailor sta...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 2:3, 3:2
                Default: '1:1'
                Example: '1:1'
            quality: Quality: medium=balanced, high=slow/detailed.
                Required.
                Options: medium, high
                Default: 'medium'
                Example: 'medium'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.gpt_image_1_5_text_to_image import GptImage15TextToImageInput

        request = GptImage15TextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
        )
        return await self._client.submit(request, callback_url=callback_url)
