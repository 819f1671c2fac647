"""Models whose ids start with `gpt-image-2-image-to-image/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["GptImage2ImageToImageModels", "AsyncGptImage2ImageToImageModels"]


class GptImage2ImageToImageModels:
    """1 model(s) whose ids start with `gpt-image-2-image-to-image/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def run(
        self,
        *,
        prompt: str,
        input_urls: Sequence[str | os.PathLike[str]],
        aspect_ratio: (
            Literal[
                "auto",
                "1:1",
                "3:2",
                "2:3",
                "4:3",
                "3:4",
                "5:4",
                "4:5",
                "16:9",
                "9:16",
                "2:1",
                "1:2",
                "3:1",
                "1:3",
                "21:9",
                "9:21",
            ]
            | None
        ) = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """GPT Image 2 Image to Image (`gpt-image-2-image-to-image`): image-to-image, image output.

        Rule: 5:4 only supports 1K images.

        Rule: 4:5 only supports 1K images.

        Rule: Images with a 1:1 aspect ratio cannot be made in 4K.

        Rule: With aspect_ratio auto (or none given) only 1K images can be made.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.gpt_image_2_image_to_image for the input as a dataclass.

        Args:
            prompt: Text prompts, up to 20,000 characters.
                Required.
                Up to 20000 characters.
                Example: 'Transform this product image into a premium e-commerce poster style.'
            input_urls: Array of input image URLs.
                Required.
                Up to 16 items.
                Each item: Points at: image.
                Example: ['https://example.com/']
            aspect_ratio: The aspect ratio of the generated image is set to auto by default. Note: 5:4 and 4:5 aspect ratios only support 1K images.
                Options: auto, 1:1, 3:2, 2:3, 4:3, 3:4, 5:4, 4:5, 16:9, 9:16, 2:1, 1:2, 3:1, 1:3, 21:9, 9:21
                Default: 'auto'
            resolution: Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
                Options: 1K, 2K, 4K
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.gpt_image_2_image_to_image import GptImage2ImageToImageInput

        request = GptImage2ImageToImageInput(
            prompt=prompt,
            input_urls=input_urls,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncGptImage2ImageToImageModels:
    """1 model(s) whose ids start with `gpt-image-2-image-to-image/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def run(
        self,
        *,
        prompt: str,
        input_urls: Sequence[str | os.PathLike[str]],
        aspect_ratio: (
            Literal[
                "auto",
                "1:1",
                "3:2",
                "2:3",
                "4:3",
                "3:4",
                "5:4",
                "4:5",
                "16:9",
                "9:16",
                "2:1",
                "1:2",
                "3:1",
                "1:3",
                "21:9",
                "9:21",
            ]
            | None
        ) = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """GPT Image 2 Image to Image (`gpt-image-2-image-to-image`): image-to-image, image output.

        Rule: 5:4 only supports 1K images.

        Rule: 4:5 only supports 1K images.

        Rule: Images with a 1:1 aspect ratio cannot be made in 4K.

        Rule: With aspect_ratio auto (or none given) only 1K images can be made.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.gpt_image_2_image_to_image for the input as a dataclass.

        Args:
            prompt: Text prompts, up to 20,000 characters.
                Required.
                Up to 20000 characters.
                Example: 'Transform this product image into a premium e-commerce poster style.'
            input_urls: Array of input image URLs.
                Required.
                Up to 16 items.
                Each item: Points at: image.
                Example: ['https://example.com/']
            aspect_ratio: The aspect ratio of the generated image is set to auto by default. Note: 5:4 and 4:5 aspect ratios only support 1K images.
                Options: auto, 1:1, 3:2, 2:3, 4:3, 3:4, 5:4, 4:5, 16:9, 9:16, 2:1, 1:2, 3:1, 1:3, 21:9, 9:21
                Default: 'auto'
            resolution: Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
                Options: 1K, 2K, 4K
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.gpt_image_2_image_to_image import GptImage2ImageToImageInput

        request = GptImage2ImageToImageInput(
            prompt=prompt,
            input_urls=input_urls,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )
        return await self._client.submit(request, callback_url=callback_url)
