"""Models whose ids start with `gpt-image-2-text-to-image/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["GptImage2TextToImageModels", "AsyncGptImage2TextToImageModels"]


class GptImage2TextToImageModels:
    """1 model(s) whose ids start with `gpt-image-2-text-to-image/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def run(
        self,
        *,
        prompt: str,
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
        """GPT Image 2 Text to Image (`gpt-image-2-text-to-image`): text-to-image, image output.

        Rule: 5:4 is not supported at 2K or 4K.

        Rule: 4:5 is not supported at 2K or 4K.

        Rule: 3:1 is not supported at 2K or 4K.

        Rule: 1:3 is not supported at 2K or 4K.

        Rule: 9:21 is not supported at 2K or 4K.

        Rule: Images with a 1:1 aspect ratio cannot be made in 4K.

        Rule: With aspect_ratio auto (or none given) only 1K images can be made.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.gpt_image_2_text_to_image for the input as a dataclass.

        Args:
            prompt: Text prompt. Required, maximum 20,000 characters.
                Required.
                1 to 20000 characters.
                Example: 'A cinematic night city poster with neon reflections on a rainy str...
            aspect_ratio: The aspect ratio of the generated image is set to auto by default. Note: for 2K and 4K resolution, the following aspect ratios are not supported: 5:4, 4:5, 3:1, 1:3, and 9:21.
                Options: auto, 1:1, 3:2, 2:3, 4:3, 3:4, 5:4, 4:5, 16:9, 9:16, 2:1, 1:2, 3:1, 1:3, 21:9, 9:21
                Default: 'auto'
            resolution: Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
                Options: 1K, 2K, 4K
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.gpt_image_2_text_to_image import GptImage2TextToImageInput

        request = GptImage2TextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncGptImage2TextToImageModels:
    """1 model(s) whose ids start with `gpt-image-2-text-to-image/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def run(
        self,
        *,
        prompt: str,
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
        """GPT Image 2 Text to Image (`gpt-image-2-text-to-image`): text-to-image, image output.

        Rule: 5:4 is not supported at 2K or 4K.

        Rule: 4:5 is not supported at 2K or 4K.

        Rule: 3:1 is not supported at 2K or 4K.

        Rule: 1:3 is not supported at 2K or 4K.

        Rule: 9:21 is not supported at 2K or 4K.

        Rule: Images with a 1:1 aspect ratio cannot be made in 4K.

        Rule: With aspect_ratio auto (or none given) only 1K images can be made.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.gpt_image_2_text_to_image for the input as a dataclass.

        Args:
            prompt: Text prompt. Required, maximum 20,000 characters.
                Required.
                1 to 20000 characters.
                Example: 'A cinematic night city poster with neon reflections on a rainy str...
            aspect_ratio: The aspect ratio of the generated image is set to auto by default. Note: for 2K and 4K resolution, the following aspect ratios are not supported: 5:4, 4:5, 3:1, 1:3, and 9:21.
                Options: auto, 1:1, 3:2, 2:3, 4:3, 3:4, 5:4, 4:5, 16:9, 9:16, 2:1, 1:2, 3:1, 1:3, 21:9, 9:21
                Default: 'auto'
            resolution: Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
                Options: 1K, 2K, 4K
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.gpt_image_2_text_to_image import GptImage2TextToImageInput

        request = GptImage2TextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )
        return await self._client.submit(request, callback_url=callback_url)
