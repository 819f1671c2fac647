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
    """1 model(s) whose ids start with `grok-imagine/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_to_video(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        task_id: str | None = None,
        index: float | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Grok Imagine Image to Video (`grok-imagine/image-to-video`): image-to-video, video output.

        Rule: Give either image_urls or task_id (with index), not both.

        Rule: index selects an image of a task_id; it means nothing without one.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_image_to_video for the input as a dataclass.

        Args:
            image_urls: Provide one external image URL as a reference for video generation (only one image is supported). This is one of two image input options — you can either upload an external image or specify a task_id + index from a Grok-generated image below. Do not provide both image_urls and task_id at the same time.
                Items: 1 to 1.
                Each item: Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png'].
            task_id: Enter the taskid of an image previously generated with the Grok model on Kie. Use it together with the index below to select a specific image from that generation. When using this method, do not provide image_urls. Unlike external images, this method supports Spicy mode.
                Length: 0 to 100 characters.
            index: When using a task_id, specify which image to use (Grok generates 6 images per task). This parameter only works with task_id and is ignored if image_urls is used(0-based).
                Range: 0 to 5, step 1.
                Example: 0.
            prompt: The text prompt describing the desired video motion
                Length: 0 to 5000 characters.
                Example: 'POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: “thanks! Back to work” she exits the frame and walks right to a different part of the office.'.
            mode: Note: When generating videos using external image inputs, Spicy mode is not supported and will automatically switch to Normal.
                - fun: fun
                - normal: normal
                - spicy: spicy
                Example: 'normal'.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_image_to_video import GrokImagineImageToVideoInput

        request = GrokImagineImageToVideoInput(
            image_urls=image_urls,
            task_id=task_id,
            index=index,
            prompt=prompt,
            mode=mode,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncGrokImagineModels:
    """1 model(s) whose ids start with `grok-imagine/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_to_video(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        task_id: str | None = None,
        index: float | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Grok Imagine Image to Video (`grok-imagine/image-to-video`): image-to-video, video output.

        Rule: Give either image_urls or task_id (with index), not both.

        Rule: index selects an image of a task_id; it means nothing without one.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_image_to_video for the input as a dataclass.

        Args:
            image_urls: Provide one external image URL as a reference for video generation (only one image is supported). This is one of two image input options — you can either upload an external image or specify a task_id + index from a Grok-generated image below. Do not provide both image_urls and task_id at the same time.
                Items: 1 to 1.
                Each item: Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png'].
            task_id: Enter the taskid of an image previously generated with the Grok model on Kie. Use it together with the index below to select a specific image from that generation. When using this method, do not provide image_urls. Unlike external images, this method supports Spicy mode.
                Length: 0 to 100 characters.
            index: When using a task_id, specify which image to use (Grok generates 6 images per task). This parameter only works with task_id and is ignored if image_urls is used(0-based).
                Range: 0 to 5, step 1.
                Example: 0.
            prompt: The text prompt describing the desired video motion
                Length: 0 to 5000 characters.
                Example: 'POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: “thanks! Back to work” she exits the frame and walks right to a different part of the office.'.
            mode: Note: When generating videos using external image inputs, Spicy mode is not supported and will automatically switch to Normal.
                - fun: fun
                - normal: normal
                - spicy: spicy
                Example: 'normal'.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_image_to_video import GrokImagineImageToVideoInput

        request = GrokImagineImageToVideoInput(
            image_urls=image_urls,
            task_id=task_id,
            index=index,
            prompt=prompt,
            mode=mode,
        )
        return await self._client.submit(request, callback_url=callback_url)
