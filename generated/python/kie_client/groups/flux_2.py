"""Models whose ids start with `flux-2/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["Flux2Models", "AsyncFlux2Models"]


class Flux2Models:
    """4 model(s) whose ids start with `flux-2/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def flex_image_to_image(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"],
        resolution: Literal["1K", "2K"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Flux-2 Flex Image to Image (`flux-2/flex-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.flux_2_flex_image_to_image for the input as a dataclass.

        Args:
            input_urls: Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                1 to 8 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764235158281_tABmx7...
            prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'Replace the can in image 2 with the can from image 1'
            aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
                Default: '1:1'
                Example: '1:1'
            resolution: Output image resolution.
                Required.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.flux_2_flex_image_to_image import Flux2FlexImageToImageInput

        request = Flux2FlexImageToImageInput(
            input_urls=input_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def flex_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"],
        resolution: Literal["1K", "2K"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Flux-2 Flex Text to Image (`flux-2/flex-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.flux_2_flex_text_to_image for the input as a dataclass.

        Args:
            prompt: Generation prompt, length must be between 3-5000 characters. (Maximum length: 5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'A humanoid figure with a vintage television set for a head, featur...
            aspect_ratio: Aspect ratio of the generated image. When `auto` is selected, it will match the ratio of the first input image (requires input image to be provided).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
                Default: '1:1'
                Example: '1:1'
            resolution: Output image resolution.
                Required.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.flux_2_flex_text_to_image import Flux2FlexTextToImageInput

        request = Flux2FlexTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def pro_image_to_image(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"],
        resolution: Literal["1K", "2K"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Flux-2 Pro Image to Image (`flux-2/pro-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.flux_2_pro_image_to_image for the input as a dataclass.

        Args:
            input_urls: Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                1 to 8 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sT...
            prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'The jar in image 1 is filled with capsules exactly same as image 2...
            aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
                Default: '1:1'
                Example: '1:1'
            resolution: Output image resolution.
                Required.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.flux_2_pro_image_to_image import Flux2ProImageToImageInput

        request = Flux2ProImageToImageInput(
            input_urls=input_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def pro_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"],
        resolution: Literal["1K", "2K"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Flux-2 Pro Text to Image (`flux-2/pro-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.flux_2_pro_text_to_image for the input as a dataclass.

        Args:
            prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'Hyperrealistic supermarket blister pack on clean olive green surfa...
            aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
                Default: '1:1'
                Example: '1:1'
            resolution: Output image resolution.
                Required.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.flux_2_pro_text_to_image import Flux2ProTextToImageInput

        request = Flux2ProTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncFlux2Models:
    """4 model(s) whose ids start with `flux-2/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def flex_image_to_image(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"],
        resolution: Literal["1K", "2K"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Flux-2 Flex Image to Image (`flux-2/flex-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.flux_2_flex_image_to_image for the input as a dataclass.

        Args:
            input_urls: Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                1 to 8 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764235158281_tABmx7...
            prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'Replace the can in image 2 with the can from image 1'
            aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
                Default: '1:1'
                Example: '1:1'
            resolution: Output image resolution.
                Required.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.flux_2_flex_image_to_image import Flux2FlexImageToImageInput

        request = Flux2FlexImageToImageInput(
            input_urls=input_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def flex_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"],
        resolution: Literal["1K", "2K"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Flux-2 Flex Text to Image (`flux-2/flex-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.flux_2_flex_text_to_image for the input as a dataclass.

        Args:
            prompt: Generation prompt, length must be between 3-5000 characters. (Maximum length: 5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'A humanoid figure with a vintage television set for a head, featur...
            aspect_ratio: Aspect ratio of the generated image. When `auto` is selected, it will match the ratio of the first input image (requires input image to be provided).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
                Default: '1:1'
                Example: '1:1'
            resolution: Output image resolution.
                Required.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.flux_2_flex_text_to_image import Flux2FlexTextToImageInput

        request = Flux2FlexTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def pro_image_to_image(
        self,
        *,
        input_urls: Sequence[str | os.PathLike[str]],
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"],
        resolution: Literal["1K", "2K"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Flux-2 Pro Image to Image (`flux-2/pro-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.flux_2_pro_image_to_image for the input as a dataclass.

        Args:
            input_urls: Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                1 to 8 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sT...
            prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'The jar in image 1 is filled with capsules exactly same as image 2...
            aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
                Default: '1:1'
                Example: '1:1'
            resolution: Output image resolution.
                Required.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.flux_2_pro_image_to_image import Flux2ProImageToImageInput

        request = Flux2ProImageToImageInput(
            input_urls=input_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def pro_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"],
        resolution: Literal["1K", "2K"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Flux-2 Pro Text to Image (`flux-2/pro-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.flux_2_pro_text_to_image for the input as a dataclass.

        Args:
            prompt: Must be between 3 and 5000 characters. (Max length: 5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'Hyperrealistic supermarket blister pack on clean olive green surfa...
            aspect_ratio: Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
                Default: '1:1'
                Example: '1:1'
            resolution: Output image resolution.
                Required.
                Options: 1K, 2K
                Default: '1K'
                Example: '1K'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.flux_2_pro_text_to_image import Flux2ProTextToImageInput

        request = Flux2ProTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
