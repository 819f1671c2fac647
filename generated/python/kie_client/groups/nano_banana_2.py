"""Models whose ids start with `nano-banana-2/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["NanoBanana2Models", "AsyncNanoBanana2Models"]


class NanoBanana2Models:
    """1 model(s) whose ids start with `nano-banana-2/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def run(
        self,
        *,
        prompt: str,
        image_input: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: (
            Literal[
                "1:1",
                "2:3",
                "3:2",
                "1:4",
                "4:1",
                "3:4",
                "4:3",
                "4:5",
                "5:4",
                "1:8",
                "8:1",
                "9:16",
                "16:9",
                "21:9",
                "auto",
            ]
            | None
        ) = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        output_format: Literal["png", "jpg"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Google Nano Banana 2 (`nano-banana-2`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.nano_banana_2 for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 20000 characters)
                Required.
                Up to 20000 characters.
                Example: 'Comic poster: cool banana hero in shades leaps from sci-fi pad. Si...
            image_input: Input images to transform or use as reference (supports up to 14 images) (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB)
                Up to 14 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 30MB; a local path is uploaded first.
                Example: []
            aspect_ratio: Aspect ratio of the generated image
                Options: 1:1, 2:3, 3:2, 1:4, 4:1, 3:4, 4:3, 4:5, 5:4, 1:8, 8:1, 9:16, 16:9, 21:9, auto
                Default: 'auto'
                Example: '1:1'
            resolution: Resolution of the generated image
                Options: 1K, 2K, 4K
                Default: '1K'
                Example: '1K'
            output_format: Format of the output image
                Options: png, jpg
                Default: 'jpg'
                Example: 'jpg'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.nano_banana_2 import NanoBanana2Input

        request = NanoBanana2Input(
            prompt=prompt,
            image_input=image_input,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            output_format=output_format,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncNanoBanana2Models:
    """1 model(s) whose ids start with `nano-banana-2/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def run(
        self,
        *,
        prompt: str,
        image_input: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: (
            Literal[
                "1:1",
                "2:3",
                "3:2",
                "1:4",
                "4:1",
                "3:4",
                "4:3",
                "4:5",
                "5:4",
                "1:8",
                "8:1",
                "9:16",
                "16:9",
                "21:9",
                "auto",
            ]
            | None
        ) = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        output_format: Literal["png", "jpg"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Google Nano Banana 2 (`nano-banana-2`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.nano_banana_2 for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 20000 characters)
                Required.
                Up to 20000 characters.
                Example: 'Comic poster: cool banana hero in shades leaps from sci-fi pad. Si...
            image_input: Input images to transform or use as reference (supports up to 14 images) (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB)
                Up to 14 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 30MB; a local path is uploaded first.
                Example: []
            aspect_ratio: Aspect ratio of the generated image
                Options: 1:1, 2:3, 3:2, 1:4, 4:1, 3:4, 4:3, 4:5, 5:4, 1:8, 8:1, 9:16, 16:9, 21:9, auto
                Default: 'auto'
                Example: '1:1'
            resolution: Resolution of the generated image
                Options: 1K, 2K, 4K
                Default: '1K'
                Example: '1K'
            output_format: Format of the output image
                Options: png, jpg
                Default: 'jpg'
                Example: 'jpg'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.nano_banana_2 import NanoBanana2Input

        request = NanoBanana2Input(
            prompt=prompt,
            image_input=image_input,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            output_format=output_format,
        )
        return await self._client.submit(request, callback_url=callback_url)
