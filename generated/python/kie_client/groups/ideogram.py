"""Models whose ids start with `ideogram/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["IdeogramModels", "AsyncIdeogramModels"]


class IdeogramModels:
    """5 model(s) whose ids start with `ideogram/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def character_edit(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        mask_url: str | os.PathLike[str],
        reference_image_urls: Sequence[str | os.PathLike[str]],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | None = None,
        expand_prompt: bool | None = None,
        num_images: Literal["1", "2", "3", "4"] | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Ideogram Character Edit (`ideogram/character-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_character_edit for the input as a dataclass.

        Args:
            prompt: The prompt to fill the masked part of the image. (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A fabulous look head tilted down, looking forward with a smile\\n'
            image_url: The image URL to generate an image from. Needs to match the dimensions of the mask. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175576...
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input image. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175576...
            reference_image_urls: A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17557...
            rendering_speed: The rendering speed to use. Default value: "BALANCED"
                Options: TURBO, BALANCED, QUALITY
                Default: 'BALANCED'
                Example: 'BALANCED'
            style: The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
                Options: AUTO, REALISTIC, FICTION
                Default: 'AUTO'
                Example: 'AUTO'
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))
                Example: True
            num_images: Select description
                Options: 1, 2, 3, 4
                Default: '1'
                Example: '1'
            seed: Seed for the random number generator
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_character_edit import IdeogramCharacterEditInput

        request = IdeogramCharacterEditInput(
            prompt=prompt,
            image_url=image_url,
            mask_url=mask_url,
            reference_image_urls=reference_image_urls,
            rendering_speed=rendering_speed,
            style=style,
            expand_prompt=expand_prompt,
            num_images=num_images,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def character_remix(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        reference_image_urls: Sequence[str | os.PathLike[str]],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | None = None,
        expand_prompt: bool | None = None,
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
        num_images: Literal["1", "2", "3", "4"] | None = None,
        seed: int | None = None,
        strength: float | None = None,
        negative_prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_mask_urls: str | os.PathLike[str] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Ideogram Character Remix (`ideogram/character-remix`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_character_remix for the input as a dataclass.

        Args:
            prompt: The prompt to remix the image with (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: "A fisheye lens selfie photograph taken at night on an urban street...
            image_url: The image URL to remix (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175576...
            reference_image_urls: A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17557...
            rendering_speed: The rendering speed to use. Default value: "BALANCED"
                Options: TURBO, BALANCED, QUALITY
                Default: 'BALANCED'
                Example: 'BALANCED'
            style: The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
                Options: AUTO, REALISTIC, FICTION
                Default: 'AUTO'
                Example: 'AUTO'
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))
                Example: True
            image_size: Select description
                Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
                Default: 'square_hd'
                Example: 'square_hd'
            num_images: Select description
                Options: 1, 2, 3, 4
                Default: '1'
                Example: '1'
            seed: Seed for the random number generator
            strength: Strength of the input image in the remix Default value: 0.8 (Min: 0.1, Max: 1, Step: 0.1) (step: 0.1)
                From 0.1 to 1, in steps of 0.1.
                Default: 0.8
                Example: 0.8
            negative_prompt: Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt. Default value: "" (Max length: 500 characters)
                Up to 500 characters.
                Example: ''
            image_urls: A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: []
            reference_mask_urls: A set of masks to apply to the character references. Currently only 1 mask is supported, rest will be ignored. (maximum total size 10MB across all character references). The masks should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_character_remix import IdeogramCharacterRemixInput

        request = IdeogramCharacterRemixInput(
            prompt=prompt,
            image_url=image_url,
            reference_image_urls=reference_image_urls,
            rendering_speed=rendering_speed,
            style=style,
            expand_prompt=expand_prompt,
            image_size=image_size,
            num_images=num_images,
            seed=seed,
            strength=strength,
            negative_prompt=negative_prompt,
            image_urls=image_urls,
            reference_mask_urls=reference_mask_urls,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v3_edit(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        mask_url: str | os.PathLike[str],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        expand_prompt: bool | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Ideogram V3 Edit (`ideogram/v3-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_v3_edit for the input as a dataclass.

        Args:
            prompt: The prompt to fill the masked part of the image. Maximum length: 5000 characters.
                Required.
                Up to 5000 characters.
                Example: 'A dog wearing a cowboy hat'
            image_url: The image URL to generate an image from. Needs to match the dimensions of the mask. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
                Required.
                Points at: image.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input image. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
                Required.
                Points at: image.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
            rendering_speed: The rendering speed to use. Default value: `BALANCED`. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality
                Options: TURBO, BALANCED, QUALITY
                Default: 'BALANCED'
                Example: 'BALANCED'
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: `true`. - Boolean value: `true` / `false`
                Default: True
                Example: True
            seed: Seed for the random number generator.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_v3_edit import IdeogramV3EditInput

        request = IdeogramV3EditInput(
            prompt=prompt,
            image_url=image_url,
            mask_url=mask_url,
            rendering_speed=rendering_speed,
            expand_prompt=expand_prompt,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v3_reframe(
        self,
        *,
        image_url: str | os.PathLike[str],
        image_size: Literal[
            "square",
            "square_hd",
            "portrait_4_3",
            "portrait_16_9",
            "landscape_4_3",
            "landscape_16_9",
        ],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None = None,
        num_images: Literal["1", "2", "3", "4"] | None = None,
        seed: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Ideogram V3 Reframe (`ideogram/v3-reframe`): reframe, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_v3_reframe for the input as a dataclass.

        Args:
            image_url: The image URL to reframe
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175716...
            image_size: The resolution for the reframed output image
                Required.
                Options:
                - square
                - square_hd: Square HD
                - portrait_4_3: Portrait 3:4
                - portrait_16_9: Portrait 9:16
                - landscape_4_3: Landscape 4:3
                - landscape_16_9: Landscape 16:9
                Example: 'square_hd'
            rendering_speed: The rendering speed to use
                Options: TURBO, BALANCED, QUALITY
                Default: 'BALANCED'
            style: The style type to generate with. Cannot be used with style_codes
                Options: AUTO, GENERAL, REALISTIC, DESIGN
                Default: 'AUTO'
            num_images: Select description
                Options: 1, 2, 3, 4
                Default: '1'
            seed: Seed for the random number generator
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_v3_reframe import IdeogramV3ReframeInput

        request = IdeogramV3ReframeInput(
            image_url=image_url,
            image_size=image_size,
            rendering_speed=rendering_speed,
            style=style,
            num_images=num_images,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v3_remix(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None = None,
        expand_prompt: bool | None = None,
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
        num_images: Literal["1", "2", "3", "4"] | None = None,
        seed: int | None = None,
        strength: float | None = None,
        negative_prompt: str | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Ideogram V3 Remix (`ideogram/v3-remix`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_v3_remix for the input as a dataclass.

        Args:
            prompt: The prompt to remix the image with. Maximum length: 5000 characters.
                Required.
                Up to 5000 characters.
                Example: 'Change the cube into a sphere'
            image_url: The image URL to remix. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
                Required.
                Points at: image.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
            rendering_speed: The rendering speed to use. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality
                Options: TURBO, BALANCED, QUALITY
                Example: 'BALANCED'
            style: The style type to generate with. Cannot be used together with `style_codes`. - `AUTO`: Auto - `GENERAL`: General - `REALISTIC`: Realistic - `DESIGN`: Design
                Options: AUTO, GENERAL, REALISTIC, DESIGN
                Example: 'AUTO'
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not. - Boolean value: `true` / `false`
                Example: True
            image_size: The resolution of the generated image. - `square`: Square - `square_hd`: Square HD - `portrait_4_3`: Portrait 3:4 - `portrait_16_9`: Portrait 9:16 - `landscape_4_3`: Landscape 4:3 - `landscape_16_9`: Landscape 16:9
                Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
                Example: 'square_hd'
            num_images: Number of images to generate. - `1`: 1 image - `2`: 2 images - `3`: 3 images - `4`: 4 images
                Options: 1, 2, 3, 4
                Example: '1'
            seed: Seed for the random number generator.
            strength: Strength of the input image in the remix. - Minimum: `0.01` - Maximum: `1` - Step: `0.01`
                From 0.01 to 1.
                Example: 0.8
            negative_prompt: Description of what to exclude from the generated image. If the positive prompt conflicts with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters.
                Up to 5000 characters.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_v3_remix import IdeogramV3RemixInput

        request = IdeogramV3RemixInput(
            prompt=prompt,
            image_url=image_url,
            rendering_speed=rendering_speed,
            style=style,
            expand_prompt=expand_prompt,
            image_size=image_size,
            num_images=num_images,
            seed=seed,
            strength=strength,
            negative_prompt=negative_prompt,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncIdeogramModels:
    """5 model(s) whose ids start with `ideogram/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def character_edit(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        mask_url: str | os.PathLike[str],
        reference_image_urls: Sequence[str | os.PathLike[str]],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | None = None,
        expand_prompt: bool | None = None,
        num_images: Literal["1", "2", "3", "4"] | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Ideogram Character Edit (`ideogram/character-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_character_edit for the input as a dataclass.

        Args:
            prompt: The prompt to fill the masked part of the image. (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A fabulous look head tilted down, looking forward with a smile\\n'
            image_url: The image URL to generate an image from. Needs to match the dimensions of the mask. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175576...
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input image. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175576...
            reference_image_urls: A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17557...
            rendering_speed: The rendering speed to use. Default value: "BALANCED"
                Options: TURBO, BALANCED, QUALITY
                Default: 'BALANCED'
                Example: 'BALANCED'
            style: The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
                Options: AUTO, REALISTIC, FICTION
                Default: 'AUTO'
                Example: 'AUTO'
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))
                Example: True
            num_images: Select description
                Options: 1, 2, 3, 4
                Default: '1'
                Example: '1'
            seed: Seed for the random number generator
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_character_edit import IdeogramCharacterEditInput

        request = IdeogramCharacterEditInput(
            prompt=prompt,
            image_url=image_url,
            mask_url=mask_url,
            reference_image_urls=reference_image_urls,
            rendering_speed=rendering_speed,
            style=style,
            expand_prompt=expand_prompt,
            num_images=num_images,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def character_remix(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        reference_image_urls: Sequence[str | os.PathLike[str]],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | None = None,
        expand_prompt: bool | None = None,
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
        num_images: Literal["1", "2", "3", "4"] | None = None,
        seed: int | None = None,
        strength: float | None = None,
        negative_prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        reference_mask_urls: str | os.PathLike[str] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Ideogram Character Remix (`ideogram/character-remix`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_character_remix for the input as a dataclass.

        Args:
            prompt: The prompt to remix the image with (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: "A fisheye lens selfie photograph taken at night on an urban street...
            image_url: The image URL to remix (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175576...
            reference_image_urls: A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17557...
            rendering_speed: The rendering speed to use. Default value: "BALANCED"
                Options: TURBO, BALANCED, QUALITY
                Default: 'BALANCED'
                Example: 'BALANCED'
            style: The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
                Options: AUTO, REALISTIC, FICTION
                Default: 'AUTO'
                Example: 'AUTO'
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))
                Example: True
            image_size: Select description
                Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
                Default: 'square_hd'
                Example: 'square_hd'
            num_images: Select description
                Options: 1, 2, 3, 4
                Default: '1'
                Example: '1'
            seed: Seed for the random number generator
            strength: Strength of the input image in the remix Default value: 0.8 (Min: 0.1, Max: 1, Step: 0.1) (step: 0.1)
                From 0.1 to 1, in steps of 0.1.
                Default: 0.8
                Example: 0.8
            negative_prompt: Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt. Default value: "" (Max length: 500 characters)
                Up to 500 characters.
                Example: ''
            image_urls: A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: []
            reference_mask_urls: A set of masks to apply to the character references. Currently only 1 mask is supported, rest will be ignored. (maximum total size 10MB across all character references). The masks should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_character_remix import IdeogramCharacterRemixInput

        request = IdeogramCharacterRemixInput(
            prompt=prompt,
            image_url=image_url,
            reference_image_urls=reference_image_urls,
            rendering_speed=rendering_speed,
            style=style,
            expand_prompt=expand_prompt,
            image_size=image_size,
            num_images=num_images,
            seed=seed,
            strength=strength,
            negative_prompt=negative_prompt,
            image_urls=image_urls,
            reference_mask_urls=reference_mask_urls,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v3_edit(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        mask_url: str | os.PathLike[str],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        expand_prompt: bool | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Ideogram V3 Edit (`ideogram/v3-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_v3_edit for the input as a dataclass.

        Args:
            prompt: The prompt to fill the masked part of the image. Maximum length: 5000 characters.
                Required.
                Up to 5000 characters.
                Example: 'A dog wearing a cowboy hat'
            image_url: The image URL to generate an image from. Needs to match the dimensions of the mask. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
                Required.
                Points at: image.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input image. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
                Required.
                Points at: image.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
            rendering_speed: The rendering speed to use. Default value: `BALANCED`. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality
                Options: TURBO, BALANCED, QUALITY
                Default: 'BALANCED'
                Example: 'BALANCED'
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not. Default value: `true`. - Boolean value: `true` / `false`
                Default: True
                Example: True
            seed: Seed for the random number generator.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_v3_edit import IdeogramV3EditInput

        request = IdeogramV3EditInput(
            prompt=prompt,
            image_url=image_url,
            mask_url=mask_url,
            rendering_speed=rendering_speed,
            expand_prompt=expand_prompt,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v3_reframe(
        self,
        *,
        image_url: str | os.PathLike[str],
        image_size: Literal[
            "square",
            "square_hd",
            "portrait_4_3",
            "portrait_16_9",
            "landscape_4_3",
            "landscape_16_9",
        ],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None = None,
        num_images: Literal["1", "2", "3", "4"] | None = None,
        seed: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Ideogram V3 Reframe (`ideogram/v3-reframe`): reframe, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_v3_reframe for the input as a dataclass.

        Args:
            image_url: The image URL to reframe
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175716...
            image_size: The resolution for the reframed output image
                Required.
                Options:
                - square
                - square_hd: Square HD
                - portrait_4_3: Portrait 3:4
                - portrait_16_9: Portrait 9:16
                - landscape_4_3: Landscape 4:3
                - landscape_16_9: Landscape 16:9
                Example: 'square_hd'
            rendering_speed: The rendering speed to use
                Options: TURBO, BALANCED, QUALITY
                Default: 'BALANCED'
            style: The style type to generate with. Cannot be used with style_codes
                Options: AUTO, GENERAL, REALISTIC, DESIGN
                Default: 'AUTO'
            num_images: Select description
                Options: 1, 2, 3, 4
                Default: '1'
            seed: Seed for the random number generator
                Default: 0
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_v3_reframe import IdeogramV3ReframeInput

        request = IdeogramV3ReframeInput(
            image_url=image_url,
            image_size=image_size,
            rendering_speed=rendering_speed,
            style=style,
            num_images=num_images,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v3_remix(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | None = None,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None = None,
        expand_prompt: bool | None = None,
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
        num_images: Literal["1", "2", "3", "4"] | None = None,
        seed: int | None = None,
        strength: float | None = None,
        negative_prompt: str | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Ideogram V3 Remix (`ideogram/v3-remix`): image-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.ideogram_v3_remix for the input as a dataclass.

        Args:
            prompt: The prompt to remix the image with. Maximum length: 5000 characters.
                Required.
                Up to 5000 characters.
                Example: 'Change the cube into a sphere'
            image_url: The image URL to remix. - Please provide the URL of the uploaded file, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 10.0MB
                Required.
                Points at: image.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175507...
            rendering_speed: The rendering speed to use. - `TURBO`: Turbo - `BALANCED`: Balanced - `QUALITY`: Quality
                Options: TURBO, BALANCED, QUALITY
                Example: 'BALANCED'
            style: The style type to generate with. Cannot be used together with `style_codes`. - `AUTO`: Auto - `GENERAL`: General - `REALISTIC`: Realistic - `DESIGN`: Design
                Options: AUTO, GENERAL, REALISTIC, DESIGN
                Example: 'AUTO'
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not. - Boolean value: `true` / `false`
                Example: True
            image_size: The resolution of the generated image. - `square`: Square - `square_hd`: Square HD - `portrait_4_3`: Portrait 3:4 - `portrait_16_9`: Portrait 9:16 - `landscape_4_3`: Landscape 4:3 - `landscape_16_9`: Landscape 16:9
                Options: square, square_hd, portrait_4_3, portrait_16_9, landscape_4_3, landscape_16_9
                Example: 'square_hd'
            num_images: Number of images to generate. - `1`: 1 image - `2`: 2 images - `3`: 3 images - `4`: 4 images
                Options: 1, 2, 3, 4
                Example: '1'
            seed: Seed for the random number generator.
            strength: Strength of the input image in the remix. - Minimum: `0.01` - Maximum: `1` - Step: `0.01`
                From 0.01 to 1.
                Example: 0.8
            negative_prompt: Description of what to exclude from the generated image. If the positive prompt conflicts with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters.
                Up to 5000 characters.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.ideogram_v3_remix import IdeogramV3RemixInput

        request = IdeogramV3RemixInput(
            prompt=prompt,
            image_url=image_url,
            rendering_speed=rendering_speed,
            style=style,
            expand_prompt=expand_prompt,
            image_size=image_size,
            num_images=num_images,
            seed=seed,
            strength=strength,
            negative_prompt=negative_prompt,
        )
        return await self._client.submit(request, callback_url=callback_url)
