"""Models whose ids start with `qwen/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["QwenModels", "AsyncQwenModels"]


class QwenModels:
    """1 model(s) whose ids start with `qwen/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_edit(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        acceleration: Literal["none", "regular", "high"] | None = None,
        image_size: (
            Literal[
                "square",
                "square_hd",
                "portrait_4_3",
                "portrait_16_9",
                "landscape_4_3",
                "landscape_16_9",
            ]
            | None
        ) = None,
        num_inference_steps: float | None = None,
        seed: int | None = None,
        guidance_scale: float | None = None,
        sync_mode: bool | None = None,
        num_images: Literal["1", "2", "3", "4"] | None = None,
        enable_safety_checker: bool | None = None,
        output_format: Literal["jpeg", "png"] | None = None,
        negative_prompt: str | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Qwen Image Edit (`qwen/image-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen_image_edit for the input as a dataclass.

        Args:
            prompt: The prompt to generate the image with (Max length: 2000 characters)
                Required.
                Up to 2000 characters.
                Example: ''
            image_url: The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175560...
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'. Higher acceleration increases speed. 'regular' balances speed and quality. Default value: "none"
                Options: none, regular, high
                Default: 'none'
                Example: 'none'
            image_size: The size of the generated image. Default value: landscape_4_3
                Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
                Default: 'landscape_4_3'
                Example: 'landscape_4_3'
            num_inference_steps: The number of inference steps to perform. Default value: 30 (Min: 2, Max: 49, Step: 1) (step: 1)
                From 2 to 49, in steps of 1.
                Default: 25
                Example: 25
            seed: The same seed and the same prompt given to the same version of the model will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you. Default value: 4 (Min: 0, Max: 20, Step: 0.1) (step: 0.1)
                From 0 to 20, in steps of 0.1.
                Default: 4
                Example: 4
            sync_mode: If set to true, the function will wait for the image to be generated and uploaded before returning the response. This will increase the latency of the function but it allows you to get the image directly in the response without going through the CDN. (Boolean value (true/false))
                Example: False
            num_images: num_images
                Options: 1, 2, 3, 4
            enable_safety_checker: If set to true, the safety checker will be enabled. Default value: true (Boolean value (true/false))
                Example: True
            output_format: The format of the generated image. Default value: "png"
                Options: jpeg, png
                Default: 'png'
                Example: 'png'
            negative_prompt: The negative prompt for the generation Default value: " " (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blurry, ugly'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen_image_edit import QwenImageEditInput

        request = QwenImageEditInput(
            prompt=prompt,
            image_url=image_url,
            acceleration=acceleration,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            negative_prompt=negative_prompt,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncQwenModels:
    """1 model(s) whose ids start with `qwen/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_edit(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        acceleration: Literal["none", "regular", "high"] | None = None,
        image_size: (
            Literal[
                "square",
                "square_hd",
                "portrait_4_3",
                "portrait_16_9",
                "landscape_4_3",
                "landscape_16_9",
            ]
            | None
        ) = None,
        num_inference_steps: float | None = None,
        seed: int | None = None,
        guidance_scale: float | None = None,
        sync_mode: bool | None = None,
        num_images: Literal["1", "2", "3", "4"] | None = None,
        enable_safety_checker: bool | None = None,
        output_format: Literal["jpeg", "png"] | None = None,
        negative_prompt: str | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Qwen Image Edit (`qwen/image-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.qwen_image_edit for the input as a dataclass.

        Args:
            prompt: The prompt to generate the image with (Max length: 2000 characters)
                Required.
                Up to 2000 characters.
                Example: ''
            image_url: The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175560...
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'. Higher acceleration increases speed. 'regular' balances speed and quality. Default value: "none"
                Options: none, regular, high
                Default: 'none'
                Example: 'none'
            image_size: The size of the generated image. Default value: landscape_4_3
                Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
                Default: 'landscape_4_3'
                Example: 'landscape_4_3'
            num_inference_steps: The number of inference steps to perform. Default value: 30 (Min: 2, Max: 49, Step: 1) (step: 1)
                From 2 to 49, in steps of 1.
                Default: 25
                Example: 25
            seed: The same seed and the same prompt given to the same version of the model will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you. Default value: 4 (Min: 0, Max: 20, Step: 0.1) (step: 0.1)
                From 0 to 20, in steps of 0.1.
                Default: 4
                Example: 4
            sync_mode: If set to true, the function will wait for the image to be generated and uploaded before returning the response. This will increase the latency of the function but it allows you to get the image directly in the response without going through the CDN. (Boolean value (true/false))
                Example: False
            num_images: num_images
                Options: 1, 2, 3, 4
            enable_safety_checker: If set to true, the safety checker will be enabled. Default value: true (Boolean value (true/false))
                Example: True
            output_format: The format of the generated image. Default value: "png"
                Options: jpeg, png
                Default: 'png'
                Example: 'png'
            negative_prompt: The negative prompt for the generation Default value: " " (Max length: 500 characters)
                Up to 500 characters.
                Example: 'blurry, ugly'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.qwen_image_edit import QwenImageEditInput

        request = QwenImageEditInput(
            prompt=prompt,
            image_url=image_url,
            acceleration=acceleration,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            negative_prompt=negative_prompt,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
