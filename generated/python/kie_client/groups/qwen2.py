"""Models whose ids start with `qwen2/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["Qwen2Models", "AsyncQwen2Models"]


class Qwen2Models:
    """1 model(s) whose ids start with `qwen2/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_edit(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        image_size: (
            Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"] | None
        ) = None,
        seed: int | None = None,
        output_format: Literal["jpeg", "png"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Qwen2 Image Edit (`qwen2/image-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen2_image_edit for the input as a dataclass.

        Args:
            prompt: The prompt to generate the image with (Max length: 800 characters)
                Required.
                Up to 800 characters.
                Example: ''
            image_url: The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175560...
            image_size: The size of the generated image. Default value: 16:9
                Options: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9
                Default: '16:9'
                Example: '16:9'
            seed: The same seed and the same prompt given to the same version of the model will output the same image every time.
            output_format: The format of the generated image. Default value: "png"
                Options: jpeg, png
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen2_image_edit import Qwen2ImageEditInput

        request = Qwen2ImageEditInput(
            prompt=prompt,
            image_url=image_url,
            image_size=image_size,
            seed=seed,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncQwen2Models:
    """1 model(s) whose ids start with `qwen2/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_edit(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        image_size: (
            Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"] | None
        ) = None,
        seed: int | None = None,
        output_format: Literal["jpeg", "png"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Qwen2 Image Edit (`qwen2/image-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen2_image_edit for the input as a dataclass.

        Args:
            prompt: The prompt to generate the image with (Max length: 800 characters)
                Required.
                Up to 800 characters.
                Example: ''
            image_url: The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175560...
            image_size: The size of the generated image. Default value: 16:9
                Options: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9
                Default: '16:9'
                Example: '16:9'
            seed: The same seed and the same prompt given to the same version of the model will output the same image every time.
            output_format: The format of the generated image. Default value: "png"
                Options: jpeg, png
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen2_image_edit import Qwen2ImageEditInput

        request = Qwen2ImageEditInput(
            prompt=prompt,
            image_url=image_url,
            image_size=image_size,
            seed=seed,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
