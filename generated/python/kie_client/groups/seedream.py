"""Models whose ids start with `seedream/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["SeedreamModels", "AsyncSeedreamModels"]


class SeedreamModels:
    """7 model(s) whose ids start with `seedream/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def v4_5_edit(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Seedream 4.5 Edit (`seedream/4.5-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_4_5_edit for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3000 characters)
                Required.
                Up to 3000 characters.
                Example: "Keep the model's pose and the flowing shape of the liquid dress un...
            image_urls: Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 14 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 2K images, while High outputs 4K images.
                Required.
                Options: basic, high
                Default: 'basic'
                Example: 'basic'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_4_5_edit import Seedream45EditInput

        request = Seedream45EditInput(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            quality=quality,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v4_5_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Seedream 4.5 Text to Image (`seedream/4.5-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_4_5_text_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3000 characters)
                Required.
                Up to 3000 characters.
                Example: 'A full-process cafe design tool for entrepreneurs and designers. I...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 2K images, while High outputs 4K images.
                Required.
                Options: basic, high
                Default: 'basic'
                Example: 'basic'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_4_5_text_to_image import Seedream45TextToImageInput

        request = Seedream45TextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v5_lite_image_to_image(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high", "ultra"],
        output_format: Literal["png", "jpeg"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Seedream 5.0 Lite Image to Image (`seedream/5-lite-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_lite_image_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3-3000 characters)
                Required.
                3 to 3000 characters.
                Example: "Keep the model's pose and the flowing shape of the liquid dress un...
            image_urls: Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 14 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 2K images, while High outputs 3K images, and Ultra outputs 4K images.
                Required.
                Options: basic, high, ultra
                Default: 'basic'
                Example: 'basic'
            output_format: Format of the output image
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_lite_image_to_image import Seedream5LiteImageToImageInput

        request = Seedream5LiteImageToImageInput(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            quality=quality,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v5_lite_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high", "ultra"],
        output_format: Literal["png", "jpeg"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Seedream 5.0 Lite Text to Image (`seedream/5-lite-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_lite_text_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3-3000 characters)
                Required.
                3 to 3000 characters.
                Example: 'A full-process cafe design tool for entrepreneurs and designers. I...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 2K images, while High outputs 3K images, and Ultra outputs 4K images.
                Required.
                Options: basic, high, ultra
                Default: 'basic'
                Example: 'basic'
            output_format: Format of the output image
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_lite_text_to_image import Seedream5LiteTextToImageInput

        request = Seedream5LiteTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v5_pro_image_to_image(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high"],
        output_format: Literal["png", "jpeg"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Seedream 5.0 Pro Image to Image (`seedream/5-pro-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_pro_image_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3-5000 characters)
                Required.
                3 to 5000 characters.
                Example: "Keep the model's pose and the flowing shape of the liquid dress un...
            image_urls: Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 10 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 1K images, while High outputs 2K images.
                Required.
                Options: basic, high
                Default: 'basic'
                Example: 'basic'
            output_format: Format of the output image
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_pro_image_to_image import Seedream5ProImageToImageInput

        request = Seedream5ProImageToImageInput(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            quality=quality,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v5_pro_layer_decomposition(
        self,
        *,
        image_url: str | os.PathLike[str],
        prompt: str | None = None,
        size: Literal["auto", "1K", "1.5K", "2K"] | None = None,
        output_format: Literal["png", "jpeg"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Seedream 5.0 Pro Layer Decomposition (`seedream/5-pro-layer-decomposition`): layer-decomposition, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_pro_layer_decomposition for the input as a dataclass.

        Args:
            image_url: The source image URL for layer separation. - Must upload exactly 1 image - Supports PNG, JPEG, WebP, BMP, TIFF, GIF - Does not support HEIC, HEIF - Image size must not exceed 30 MB - Total pixel range is 262,144-36,000,000 - Aspect ratio range is 1:16-16:1
                Required.
                Points at: image.
                Accepts: image/png, image/jpeg, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
                Example: 'https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHH...
            prompt: Optional prompt for layer separation. - When a prompt is provided, the model separates the specified elements based on the prompt - When no prompt is provided, the model automatically identifies the main elements in the image - Supports using `<bbox>x1 y1 x2 y2</bbox>` to precisely specify element positions, recommending the use of normalized coordinates in the 0-1000 range
                Up to 5000 characters.
                Example: 'Separate the title text <bbox>179 58 809 197</bbox> and the parrot...
            size: Resolution level of the output image. The base image maintains the aspect ratio of the input image, and each separated layer maintains the aspect ratio of the corresponding element in the original image. - `auto`: Automatically selected based on the input image size - `1K`: 1K resolution level - `1.5K`: 1.5K resolution level - `2K`: 2K resolution level
                Options:
                - auto: Automatically select output size based on input image
                - 1K: 1K resolution level
                - 1.5K: 1.5K resolution level
                - 2K: 2K resolution level
                Default: 'auto'
                Example: '2K'
            output_format: Output format of the base image. This parameter only controls the base image format; all separated layers are fixed to output as PNG.
                Options: png, jpeg
                Default: 'jpeg'
                Example: 'jpeg'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_pro_layer_decomposition import (
            Seedream5ProLayerDecompositionInput,
        )

        request = Seedream5ProLayerDecompositionInput(
            prompt=prompt,
            image_url=image_url,
            size=size,
            output_format=output_format,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v5_pro_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high"],
        output_format: Literal["png", "jpeg"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Seedream 5.0 Pro Text to Image (`seedream/5-pro-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_pro_text_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3-5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'A full-process cafe design tool for entrepreneurs and designers. I...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 1K images, while High outputs 2K images.
                Required.
                Options: basic, high
                Default: 'basic'
                Example: 'basic'
            output_format: Format of the output image
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_pro_text_to_image import Seedream5ProTextToImageInput

        request = Seedream5ProTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncSeedreamModels:
    """7 model(s) whose ids start with `seedream/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def v4_5_edit(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Seedream 4.5 Edit (`seedream/4.5-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_4_5_edit for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3000 characters)
                Required.
                Up to 3000 characters.
                Example: "Keep the model's pose and the flowing shape of the liquid dress un...
            image_urls: Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 14 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 2K images, while High outputs 4K images.
                Required.
                Options: basic, high
                Default: 'basic'
                Example: 'basic'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_4_5_edit import Seedream45EditInput

        request = Seedream45EditInput(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            quality=quality,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v4_5_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high"],
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Seedream 4.5 Text to Image (`seedream/4.5-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_4_5_text_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3000 characters)
                Required.
                Up to 3000 characters.
                Example: 'A full-process cafe design tool for entrepreneurs and designers. I...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 2K images, while High outputs 4K images.
                Required.
                Options: basic, high
                Default: 'basic'
                Example: 'basic'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_4_5_text_to_image import Seedream45TextToImageInput

        request = Seedream45TextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v5_lite_image_to_image(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high", "ultra"],
        output_format: Literal["png", "jpeg"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Seedream 5.0 Lite Image to Image (`seedream/5-lite-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_lite_image_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3-3000 characters)
                Required.
                3 to 3000 characters.
                Example: "Keep the model's pose and the flowing shape of the liquid dress un...
            image_urls: Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 14 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 2K images, while High outputs 3K images, and Ultra outputs 4K images.
                Required.
                Options: basic, high, ultra
                Default: 'basic'
                Example: 'basic'
            output_format: Format of the output image
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_lite_image_to_image import Seedream5LiteImageToImageInput

        request = Seedream5LiteImageToImageInput(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            quality=quality,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v5_lite_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high", "ultra"],
        output_format: Literal["png", "jpeg"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Seedream 5.0 Lite Text to Image (`seedream/5-lite-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_lite_text_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3-3000 characters)
                Required.
                3 to 3000 characters.
                Example: 'A full-process cafe design tool for entrepreneurs and designers. I...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 2K images, while High outputs 3K images, and Ultra outputs 4K images.
                Required.
                Options: basic, high, ultra
                Default: 'basic'
                Example: 'basic'
            output_format: Format of the output image
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_lite_text_to_image import Seedream5LiteTextToImageInput

        request = Seedream5LiteTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v5_pro_image_to_image(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high"],
        output_format: Literal["png", "jpeg"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Seedream 5.0 Pro Image to Image (`seedream/5-pro-image-to-image`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_pro_image_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3-5000 characters)
                Required.
                3 to 5000 characters.
                Example: "Keep the model's pose and the flowing shape of the liquid dress un...
            image_urls: Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 10 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 1K images, while High outputs 2K images.
                Required.
                Options: basic, high
                Default: 'basic'
                Example: 'basic'
            output_format: Format of the output image
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_pro_image_to_image import Seedream5ProImageToImageInput

        request = Seedream5ProImageToImageInput(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            quality=quality,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v5_pro_layer_decomposition(
        self,
        *,
        image_url: str | os.PathLike[str],
        prompt: str | None = None,
        size: Literal["auto", "1K", "1.5K", "2K"] | None = None,
        output_format: Literal["png", "jpeg"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Seedream 5.0 Pro Layer Decomposition (`seedream/5-pro-layer-decomposition`): layer-decomposition, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_pro_layer_decomposition for the input as a dataclass.

        Args:
            image_url: The source image URL for layer separation. - Must upload exactly 1 image - Supports PNG, JPEG, WebP, BMP, TIFF, GIF - Does not support HEIC, HEIF - Image size must not exceed 30 MB - Total pixel range is 262,144-36,000,000 - Aspect ratio range is 1:16-16:1
                Required.
                Points at: image.
                Accepts: image/png, image/jpeg, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
                Example: 'https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHH...
            prompt: Optional prompt for layer separation. - When a prompt is provided, the model separates the specified elements based on the prompt - When no prompt is provided, the model automatically identifies the main elements in the image - Supports using `<bbox>x1 y1 x2 y2</bbox>` to precisely specify element positions, recommending the use of normalized coordinates in the 0-1000 range
                Up to 5000 characters.
                Example: 'Separate the title text <bbox>179 58 809 197</bbox> and the parrot...
            size: Resolution level of the output image. The base image maintains the aspect ratio of the input image, and each separated layer maintains the aspect ratio of the corresponding element in the original image. - `auto`: Automatically selected based on the input image size - `1K`: 1K resolution level - `1.5K`: 1.5K resolution level - `2K`: 2K resolution level
                Options:
                - auto: Automatically select output size based on input image
                - 1K: 1K resolution level
                - 1.5K: 1.5K resolution level
                - 2K: 2K resolution level
                Default: 'auto'
                Example: '2K'
            output_format: Output format of the base image. This parameter only controls the base image format; all separated layers are fixed to output as PNG.
                Options: png, jpeg
                Default: 'jpeg'
                Example: 'jpeg'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_pro_layer_decomposition import (
            Seedream5ProLayerDecompositionInput,
        )

        request = Seedream5ProLayerDecompositionInput(
            prompt=prompt,
            image_url=image_url,
            size=size,
            output_format=output_format,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v5_pro_text_to_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
        quality: Literal["basic", "high"],
        output_format: Literal["png", "jpeg"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Seedream 5.0 Pro Text to Image (`seedream/5-pro-text-to-image`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.seedream_5_pro_text_to_image for the input as a dataclass.

        Args:
            prompt: A text description of the image you want to generate (Max length: 3-5000 characters)
                Required.
                3 to 5000 characters.
                Example: 'A full-process cafe design tool for entrepreneurs and designers. I...
            aspect_ratio: Width-height ratio of the image, determining its visual form.
                Required.
                Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
                Default: '1:1'
                Example: '1:1'
            quality: Basic outputs 1K images, while High outputs 2K images.
                Required.
                Options: basic, high
                Default: 'basic'
                Example: 'basic'
            output_format: Format of the output image
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.seedream_5_pro_text_to_image import Seedream5ProTextToImageInput

        request = Seedream5ProTextToImageInput(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quality=quality,
            output_format=output_format,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
