"""Models whose ids start with `z-image/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["ZImageModels", "AsyncZImageModels"]


class ZImageModels:
    """1 model(s) whose ids start with `z-image/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Z-Image (`z-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.z_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 1000 characters)
                Required.
                Up to 1000 characters.
                Example: 'Generate a photorealistic image of a cafe terrace in the Marais di...
            aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16
                Default: '1:1'
                Example: '1:1'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.z_image import ZImageInput

        request = ZImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncZImageModels:
    """1 model(s) whose ids start with `z-image/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Z-Image (`z-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.z_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 1000 characters)
                Required.
                Up to 1000 characters.
                Example: 'Generate a photorealistic image of a cafe terrace in the Marais di...
            aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16
                Default: '1:1'
                Example: '1:1'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.z_image import ZImageInput

        request = ZImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
