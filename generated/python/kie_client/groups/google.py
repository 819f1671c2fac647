"""Models whose ids start with `google/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["GoogleModels", "AsyncGoogleModels"]


class GoogleModels:
    """5 model(s) whose ids start with `google/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def gemini_2_5_pro_tts(
        self,
        *,
        speakers: Sequence[Mapping[str, object]],
        dialogue_turns: Sequence[Mapping[str, object]],
        temperature: float | None = None,
        scene: str | None = None,
        sample_context: str | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Gemini 2.5 Pro Text to Speech (`google/gemini-2-5-pro-tts`): text-to-speech, audio output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_gemini_2_5_pro_tts for the input as a dataclass.

        Args:
            speakers: List of speaker configurations
                Required.
                Each item is an object of:
                - speaker_id: Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be 「Speaker N」format Required. Must match: ^Speaker [0-9]+$
                - voice_name: Voice name, e.g., "Zephyr", "Fenrir", "Puck" Required. Options: Achernar, Achird, Algenib, Algieba, Alnilam, Aoede, Autonoe, Callirrhoe, Charon, Despina, Enceladus, Erinome, Fenrir, Gacrux, Iapetus, Kore, Laomedeia, Leda, Orus, Puck, Pulcherrima, Rasalgethi, Sadachbia, Sadaltager, Schedar, Sulafat, Umbriel, Vindemiatrix, Zephyr, Zubenelgenubi
                - audio_profile: Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper"
                - accent: Accent, e.g., "British (RP)" or "American (Gen)" Required. Options: Neutral, American (Gen), American (Valley), American (South), British (RP), British (Brixton), Transatlantic, Australian
                - style: Emotional style, e.g., "Gentle" or "Deadpan" Options: Vocal Smile, Newscaster, Whisper, Empathetic, Promo/Hype, Deadpan
                - pace: Pace, e.g., "Slow" or "Natural" Options: Natural, Rapid Fire, The Drift, Staccato
            dialogue_turns: List of dialogue turns, output in sequential order
                Required.
                Each item is an object of:
                - speaker_id: Corresponding speaker identifier, e.g., "Speaker 1" Required.
                - text: The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..." Required. Up to 10000 characters.
            temperature: Sampling temperature, e.g., 1
                From 0 to 2.
                Default: 1
            scene: Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."
                Default: ''
            sample_context: Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."
                Default: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_gemini_2_5_pro_tts import GoogleGemini25ProTtsInput

        request = GoogleGemini25ProTtsInput(
            temperature=temperature,
            scene=scene,
            sample_context=sample_context,
            speakers=speakers,
            dialogue_turns=dialogue_turns,
        )
        return self._client.submit(request, callback_url=callback_url)

    def imagen4_fast(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Google Imagen4 Fast (`google/imagen4-fast`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_imagen4_fast for the input as a dataclass.

        Args:
            prompt: The text prompt describing what you want to see (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Create a cinematic, photorealistic medium shot capturing the nosta...
            negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters)
                Up to 5000 characters.
                Example: ''
            aspect_ratio: The aspect ratio of the generated image
                Options: 1:1, 16:9, 9:16, 3:4, 4:3, auto
                Default: '16:9'
                Example: '16:9'
            seed: Random seed for reproducible generation
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_imagen4_fast import GoogleImagen4FastInput

        request = GoogleImagen4FastInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def imagen4_ultra(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | None = None,
        seed: str | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Google Imagen4 Ultra (`google/imagen4-ultra`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_imagen4_ultra for the input as a dataclass.

        Args:
            prompt: The text prompt describing what you want to see (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: "A lively comic scene where two colleagues are in an office. The fi...
            negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters)
                Up to 5000 characters.
                Example: ''
            aspect_ratio: The aspect ratio of the generated image
                Options: 1:1, 16:9, 9:16, 3:4, 4:3, auto
                Default: '1:1'
                Example: '1:1'
            seed: Random seed for reproducible generation (Max length: 500 characters)
                Up to 500 characters.
                Example: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_imagen4_ultra import GoogleImagen4UltraInput

        request = GoogleImagen4UltraInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )
        return self._client.submit(request, callback_url=callback_url)

    def nano_banana(
        self,
        *,
        prompt: str,
        output_format: Literal["png", "jpeg"] | None = None,
        aspect_ratio: (
            Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
            | None
        ) = None,
        image_size: (
            Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
            | None
        ) = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Google Nano Banana (`google/nano-banana`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_nano_banana for the input as a dataclass.

        Args:
            prompt: The prompt for image generation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A surreal painting of a giant banana floating in space, stars and ...
            output_format: Output format for the images
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            aspect_ratio: Radio description
                Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
                Default: '1:1'
                Example: '1:1'
            image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
                Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
                Default: '1:1'
                Example: '1:1'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_nano_banana import GoogleNanoBananaInput

        request = GoogleNanoBananaInput(
            prompt=prompt,
            output_format=output_format,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def nano_banana_edit(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        output_format: Literal["png", "jpeg"] | None = None,
        aspect_ratio: (
            Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
            | None
        ) = None,
        image_size: (
            Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
            | None
        ) = None,
        callback_url: str | None = None,
    ) -> Task:
        """Google Nano Banana Edit (`google/nano-banana-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_nano_banana_edit for the input as a dataclass.

        Args:
            prompt: The prompt for image editing (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'turn this photo into a character figure. Behind it, place a box wi...
            image_urls: List of URLs of input images for editing,up to 10 images. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 10 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17562...
            output_format: Output format for the images
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            aspect_ratio: Radio description
                Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
                Default: '1:1'
                Example: '1:1'
            image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
                Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
                Default: '1:1'
                Example: '1:1'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_nano_banana_edit import GoogleNanoBananaEditInput

        request = GoogleNanoBananaEditInput(
            prompt=prompt,
            image_urls=image_urls,
            output_format=output_format,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncGoogleModels:
    """5 model(s) whose ids start with `google/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def gemini_2_5_pro_tts(
        self,
        *,
        speakers: Sequence[Mapping[str, object]],
        dialogue_turns: Sequence[Mapping[str, object]],
        temperature: float | None = None,
        scene: str | None = None,
        sample_context: str | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Gemini 2.5 Pro Text to Speech (`google/gemini-2-5-pro-tts`): text-to-speech, audio output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_gemini_2_5_pro_tts for the input as a dataclass.

        Args:
            speakers: List of speaker configurations
                Required.
                Each item is an object of:
                - speaker_id: Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be 「Speaker N」format Required. Must match: ^Speaker [0-9]+$
                - voice_name: Voice name, e.g., "Zephyr", "Fenrir", "Puck" Required. Options: Achernar, Achird, Algenib, Algieba, Alnilam, Aoede, Autonoe, Callirrhoe, Charon, Despina, Enceladus, Erinome, Fenrir, Gacrux, Iapetus, Kore, Laomedeia, Leda, Orus, Puck, Pulcherrima, Rasalgethi, Sadachbia, Sadaltager, Schedar, Sulafat, Umbriel, Vindemiatrix, Zephyr, Zubenelgenubi
                - audio_profile: Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper"
                - accent: Accent, e.g., "British (RP)" or "American (Gen)" Required. Options: Neutral, American (Gen), American (Valley), American (South), British (RP), British (Brixton), Transatlantic, Australian
                - style: Emotional style, e.g., "Gentle" or "Deadpan" Options: Vocal Smile, Newscaster, Whisper, Empathetic, Promo/Hype, Deadpan
                - pace: Pace, e.g., "Slow" or "Natural" Options: Natural, Rapid Fire, The Drift, Staccato
            dialogue_turns: List of dialogue turns, output in sequential order
                Required.
                Each item is an object of:
                - speaker_id: Corresponding speaker identifier, e.g., "Speaker 1" Required.
                - text: The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..." Required. Up to 10000 characters.
            temperature: Sampling temperature, e.g., 1
                From 0 to 2.
                Default: 1
            scene: Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."
                Default: ''
            sample_context: Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."
                Default: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_gemini_2_5_pro_tts import GoogleGemini25ProTtsInput

        request = GoogleGemini25ProTtsInput(
            temperature=temperature,
            scene=scene,
            sample_context=sample_context,
            speakers=speakers,
            dialogue_turns=dialogue_turns,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def imagen4_fast(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | None = None,
        seed: int | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Google Imagen4 Fast (`google/imagen4-fast`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_imagen4_fast for the input as a dataclass.

        Args:
            prompt: The text prompt describing what you want to see (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Create a cinematic, photorealistic medium shot capturing the nosta...
            negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters)
                Up to 5000 characters.
                Example: ''
            aspect_ratio: The aspect ratio of the generated image
                Options: 1:1, 16:9, 9:16, 3:4, 4:3, auto
                Default: '16:9'
                Example: '16:9'
            seed: Random seed for reproducible generation
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_imagen4_fast import GoogleImagen4FastInput

        request = GoogleImagen4FastInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def imagen4_ultra(
        self,
        *,
        prompt: str,
        negative_prompt: str | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3", "auto"] | None = None,
        seed: str | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Google Imagen4 Ultra (`google/imagen4-ultra`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_imagen4_ultra for the input as a dataclass.

        Args:
            prompt: The text prompt describing what you want to see (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: "A lively comic scene where two colleagues are in an office. The fi...
            negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters)
                Up to 5000 characters.
                Example: ''
            aspect_ratio: The aspect ratio of the generated image
                Options: 1:1, 16:9, 9:16, 3:4, 4:3, auto
                Default: '1:1'
                Example: '1:1'
            seed: Random seed for reproducible generation (Max length: 500 characters)
                Up to 500 characters.
                Example: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_imagen4_ultra import GoogleImagen4UltraInput

        request = GoogleImagen4UltraInput(
            prompt=prompt,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def nano_banana(
        self,
        *,
        prompt: str,
        output_format: Literal["png", "jpeg"] | None = None,
        aspect_ratio: (
            Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
            | None
        ) = None,
        image_size: (
            Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
            | None
        ) = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Google Nano Banana (`google/nano-banana`): text-to-image, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_nano_banana for the input as a dataclass.

        Args:
            prompt: The prompt for image generation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A surreal painting of a giant banana floating in space, stars and ...
            output_format: Output format for the images
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            aspect_ratio: Radio description
                Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
                Default: '1:1'
                Example: '1:1'
            image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
                Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
                Default: '1:1'
                Example: '1:1'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_nano_banana import GoogleNanoBananaInput

        request = GoogleNanoBananaInput(
            prompt=prompt,
            output_format=output_format,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def nano_banana_edit(
        self,
        *,
        prompt: str,
        image_urls: Sequence[str | os.PathLike[str]],
        output_format: Literal["png", "jpeg"] | None = None,
        aspect_ratio: (
            Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
            | None
        ) = None,
        image_size: (
            Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
            | None
        ) = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Google Nano Banana Edit (`google/nano-banana-edit`): image-edit, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.google_nano_banana_edit for the input as a dataclass.

        Args:
            prompt: The prompt for image editing (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'turn this photo into a character figure. Behind it, place a box wi...
            image_urls: List of URLs of input images for editing,up to 10 images. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Up to 10 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17562...
            output_format: Output format for the images
                Options: png, jpeg
                Default: 'png'
                Example: 'png'
            aspect_ratio: Radio description
                Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
                Default: '1:1'
                Example: '1:1'
            image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
                Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
                Default: '1:1'
                Example: '1:1'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.google_nano_banana_edit import GoogleNanoBananaEditInput

        request = GoogleNanoBananaEditInput(
            prompt=prompt,
            image_urls=image_urls,
            output_format=output_format,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
        )
        return await self._client.submit(request, callback_url=callback_url)
