"""Models whose ids start with `nano-banana-2-lite/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["NanoBanana2LiteModels", "AsyncNanoBanana2LiteModels"]


class NanoBanana2LiteModels:
    """1 model(s) whose ids start with `nano-banana-2-lite/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "1:4",
            "1:8",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "16:9",
            "21:9",
            "auto",
        ],
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Google Nano Banana 2 Lite (`nano-banana-2-lite`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.nano_banana_2_lite for the input as a dataclass.

        Args:
            prompt: Text prompt used to generate the image. Required. Maximum length: 20000 characters.
                Required.
                Up to 20000 characters.
                Example: 'Generate a pig on the grass, cinematic light'
            aspect_ratio: Generated image aspect ratio. Default value: `auto`. Use `auto` to let the system choose the aspect ratio automatically.
                Required.
                Options: 1:1, 1:4, 1:8, 2:3, 3:2, 3:4, 4:1, 4:3, 4:5, 5:4, 8:1, 9:16, 16:9, 21:9, auto
                Default: 'auto'
                Example: 'auto'
            image_urls: Input image URL array. Optional parameter. Set to an empty array or omit it for pure text-to-image generation. Supports up to 10 images. - Please provide uploaded file URLs, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 30.0MB
                Up to 10 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 30MB; a local path is uploaded first.
                Default: []
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17562...
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.nano_banana_2_lite import NanoBanana2LiteInput

        request = NanoBanana2LiteInput(
            image_urls=image_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncNanoBanana2LiteModels:
    """1 model(s) whose ids start with `nano-banana-2-lite/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "1:4",
            "1:8",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "16:9",
            "21:9",
            "auto",
        ],
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Google Nano Banana 2 Lite (`nano-banana-2-lite`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.nano_banana_2_lite for the input as a dataclass.

        Args:
            prompt: Text prompt used to generate the image. Required. Maximum length: 20000 characters.
                Required.
                Up to 20000 characters.
                Example: 'Generate a pig on the grass, cinematic light'
            aspect_ratio: Generated image aspect ratio. Default value: `auto`. Use `auto` to let the system choose the aspect ratio automatically.
                Required.
                Options: 1:1, 1:4, 1:8, 2:3, 3:2, 3:4, 4:1, 4:3, 4:5, 5:4, 8:1, 9:16, 16:9, 21:9, auto
                Default: 'auto'
                Example: 'auto'
            image_urls: Input image URL array. Optional parameter. Set to an empty array or omit it for pure text-to-image generation. Supports up to 10 images. - Please provide uploaded file URLs, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 30.0MB
                Up to 10 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 30MB; a local path is uploaded first.
                Default: []
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17562...
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.nano_banana_2_lite import NanoBanana2LiteInput

        request = NanoBanana2LiteInput(
            image_urls=image_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
        )
        return await self._client.submit(request, callback_url=callback_url)
