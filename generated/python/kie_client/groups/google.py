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
                - speaker_id: Speaker identifier, e.g., \x22Speaker 1\x22 or \x22Speaker 2\x22;Must be 「Speaker N」format Required. Must match: ^Speaker [0-9]+$
                - voice_name: Voice name, e.g., \x22Zephyr\x22, \x22Fenrir\x22, \x22Puck\x22 Required. - Achernar: Achernar - Achird: Achird - Algenib: Algenib - Algieba: Algieba - Alnilam: Alnilam - Aoede: Aoede - Autonoe: Autonoe - Callirrhoe: Callirrhoe - Charon: Charon - Despina: Despina - Enceladus: Enceladus - Erinome: Erinome - Fenrir: Fenrir - Gacrux: Gacrux - Iapetus: Iapetus - Kore: Kore - Laomedeia: Laomedeia - Leda: Leda - Orus: Orus - Puck: Puck - Pulcherrima: Pulcherrima - Rasalgethi: Rasalgethi - Sadachbia: Sadachbia - Sadaltager: Sadaltager - Schedar: Schedar - Sulafat: Sulafat - Umbriel: Umbriel - Vindemiatrix: Vindemiatrix - Zephyr: Zephyr - Zubenelgenubi: Zubenelgenubi
                - audio_profile: Audio profile description, e.g., \x22A warm and soothing narrator\x22 or \x22A stern and weary gatekeeper\x22
                - accent: Accent, e.g., \x22British (RP)\x22 or \x22American (Gen)\x22 Required. - Neutral: Neutral - American (Gen): American (Gen) - American (Valley): American (Valley) - American (South): American (South) - British (RP): British (RP) - British (Brixton): British (Brixton) - Transatlantic: Transatlantic - Australian: Australian
                - style: Emotional style, e.g., \x22Gentle\x22 or \x22Deadpan\x22 - Vocal Smile: Vocal Smile - Newscaster: Newscaster - Whisper: Whisper - Empathetic: Empathetic - Promo/Hype: Promo/Hype - Deadpan: Deadpan
                - pace: Pace, e.g., \x22Slow\x22 or \x22Natural\x22 - Natural: Natural - Rapid Fire: Rapid Fire - The Drift: The Drift - Staccato: Staccato
            dialogue_turns: List of dialogue turns, output in sequential order
                Required.
                Each item is an object of:
                - speaker_id: Corresponding speaker identifier, e.g., \x22Speaker 1\x22 Required.
                - text: The text spoken by the speaker, which may contain tone tags, e.g., \x22Once upon a time, in a quiet valley hidden away...\x22 Required. Length: 0 to 10000 characters.
            temperature: Sampling temperature, e.g., 1
                Range: 0 to 2.
                Default: 1.
            scene: Scene description, e.g., \x22A quiet, warm room with a fireplace crackling softly.\x22
                Default: ''.
            sample_context: Sample context/overall tone, e.g., \x22Audiobook style narration. Tone is gentle and inviting.\x22
                Default: ''.
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
                Length: 0 to 5000 characters.
                Example: 'Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.'.
            negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters)
                Length: 0 to 5000 characters.
                Example: ''.
            aspect_ratio: The aspect ratio of the generated image
                - 1:1: 1:1
                - 16:9: 16:9
                - 9:16: 9:16
                - 3:4: 3:4
                - 4:3: 4:3
                - auto: auto
                Default: '16:9'.
                Example: '16:9'.
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
                Length: 0 to 5000 characters.
                Example: \x22A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.\x22.
            negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters)
                Length: 0 to 5000 characters.
                Example: ''.
            aspect_ratio: The aspect ratio of the generated image
                - 1:1: 1:1
                - 16:9: 16:9
                - 9:16: 9:16
                - 3:4: 3:4
                - 4:3: 4:3
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
            seed: Random seed for reproducible generation (Max length: 500 characters)
                Length: 0 to 500 characters.
                Example: ''.
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
                Length: 0 to 5000 characters.
                Example: 'A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art'.
            output_format: Output format for the images
                - png: png
                - jpeg: jpeg
                Default: 'png'.
                Example: 'png'.
            aspect_ratio: Radio description
                - 1:1: 1:1
                - 9:16: 9:16
                - 16:9: 16:9
                - 3:4: 3:4
                - 4:3: 4:3
                - 3:2: 3:2
                - 2:3: 2:3
                - 5:4: 5:4
                - 4:5: 4:5
                - 21:9: 21:9
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
            image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
                - 1:1: 1:1
                - 9:16: 9:16
                - 16:9: 16:9
                - 3:4: 3:4
                - 4:3: 4:3
                - 3:2: 3:2
                - 2:3: 2:3
                - 5:4: 5:4
                - 4:5: 4:5
                - 21:9: 21:9
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
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
                Length: 0 to 5000 characters.
                Example: 'turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible'.
            image_urls: List of URLs of input images for editing,up to 10 images. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Items: 0 to 10.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png'].
            output_format: Output format for the images
                - png: png
                - jpeg: jpeg
                Default: 'png'.
                Example: 'png'.
            aspect_ratio: Radio description
                - 1:1: 1:1
                - 9:16: 9:16
                - 16:9: 16:9
                - 3:4: 3:4
                - 4:3: 4:3
                - 3:2: 3:2
                - 2:3: 2:3
                - 5:4: 5:4
                - 4:5: 4:5
                - 21:9: 21:9
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
            image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
                - 1:1: 1:1
                - 9:16: 9:16
                - 16:9: 16:9
                - 3:4: 3:4
                - 4:3: 4:3
                - 3:2: 3:2
                - 2:3: 2:3
                - 5:4: 5:4
                - 4:5: 4:5
                - 21:9: 21:9
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
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
                - speaker_id: Speaker identifier, e.g., \x22Speaker 1\x22 or \x22Speaker 2\x22;Must be 「Speaker N」format Required. Must match: ^Speaker [0-9]+$
                - voice_name: Voice name, e.g., \x22Zephyr\x22, \x22Fenrir\x22, \x22Puck\x22 Required. - Achernar: Achernar - Achird: Achird - Algenib: Algenib - Algieba: Algieba - Alnilam: Alnilam - Aoede: Aoede - Autonoe: Autonoe - Callirrhoe: Callirrhoe - Charon: Charon - Despina: Despina - Enceladus: Enceladus - Erinome: Erinome - Fenrir: Fenrir - Gacrux: Gacrux - Iapetus: Iapetus - Kore: Kore - Laomedeia: Laomedeia - Leda: Leda - Orus: Orus - Puck: Puck - Pulcherrima: Pulcherrima - Rasalgethi: Rasalgethi - Sadachbia: Sadachbia - Sadaltager: Sadaltager - Schedar: Schedar - Sulafat: Sulafat - Umbriel: Umbriel - Vindemiatrix: Vindemiatrix - Zephyr: Zephyr - Zubenelgenubi: Zubenelgenubi
                - audio_profile: Audio profile description, e.g., \x22A warm and soothing narrator\x22 or \x22A stern and weary gatekeeper\x22
                - accent: Accent, e.g., \x22British (RP)\x22 or \x22American (Gen)\x22 Required. - Neutral: Neutral - American (Gen): American (Gen) - American (Valley): American (Valley) - American (South): American (South) - British (RP): British (RP) - British (Brixton): British (Brixton) - Transatlantic: Transatlantic - Australian: Australian
                - style: Emotional style, e.g., \x22Gentle\x22 or \x22Deadpan\x22 - Vocal Smile: Vocal Smile - Newscaster: Newscaster - Whisper: Whisper - Empathetic: Empathetic - Promo/Hype: Promo/Hype - Deadpan: Deadpan
                - pace: Pace, e.g., \x22Slow\x22 or \x22Natural\x22 - Natural: Natural - Rapid Fire: Rapid Fire - The Drift: The Drift - Staccato: Staccato
            dialogue_turns: List of dialogue turns, output in sequential order
                Required.
                Each item is an object of:
                - speaker_id: Corresponding speaker identifier, e.g., \x22Speaker 1\x22 Required.
                - text: The text spoken by the speaker, which may contain tone tags, e.g., \x22Once upon a time, in a quiet valley hidden away...\x22 Required. Length: 0 to 10000 characters.
            temperature: Sampling temperature, e.g., 1
                Range: 0 to 2.
                Default: 1.
            scene: Scene description, e.g., \x22A quiet, warm room with a fireplace crackling softly.\x22
                Default: ''.
            sample_context: Sample context/overall tone, e.g., \x22Audiobook style narration. Tone is gentle and inviting.\x22
                Default: ''.
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
                Length: 0 to 5000 characters.
                Example: 'Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.'.
            negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters)
                Length: 0 to 5000 characters.
                Example: ''.
            aspect_ratio: The aspect ratio of the generated image
                - 1:1: 1:1
                - 16:9: 16:9
                - 9:16: 9:16
                - 3:4: 3:4
                - 4:3: 4:3
                - auto: auto
                Default: '16:9'.
                Example: '16:9'.
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
                Length: 0 to 5000 characters.
                Example: \x22A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.\x22.
            negative_prompt: A description of what to discourage in the generated images (Max length: 5000 characters)
                Length: 0 to 5000 characters.
                Example: ''.
            aspect_ratio: The aspect ratio of the generated image
                - 1:1: 1:1
                - 16:9: 16:9
                - 9:16: 9:16
                - 3:4: 3:4
                - 4:3: 4:3
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
            seed: Random seed for reproducible generation (Max length: 500 characters)
                Length: 0 to 500 characters.
                Example: ''.
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
                Length: 0 to 5000 characters.
                Example: 'A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art'.
            output_format: Output format for the images
                - png: png
                - jpeg: jpeg
                Default: 'png'.
                Example: 'png'.
            aspect_ratio: Radio description
                - 1:1: 1:1
                - 9:16: 9:16
                - 16:9: 16:9
                - 3:4: 3:4
                - 4:3: 4:3
                - 3:2: 3:2
                - 2:3: 2:3
                - 5:4: 5:4
                - 4:5: 4:5
                - 21:9: 21:9
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
            image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
                - 1:1: 1:1
                - 9:16: 9:16
                - 16:9: 16:9
                - 3:4: 3:4
                - 4:3: 4:3
                - 3:2: 3:2
                - 2:3: 2:3
                - 5:4: 5:4
                - 4:5: 4:5
                - 21:9: 21:9
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
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
                Length: 0 to 5000 characters.
                Example: 'turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible'.
            image_urls: List of URLs of input images for editing,up to 10 images. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Items: 0 to 10.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png'].
            output_format: Output format for the images
                - png: png
                - jpeg: jpeg
                Default: 'png'.
                Example: 'png'.
            aspect_ratio: Radio description
                - 1:1: 1:1
                - 9:16: 9:16
                - 16:9: 16:9
                - 3:4: 3:4
                - 4:3: 4:3
                - 3:2: 3:2
                - 2:3: 2:3
                - 5:4: 5:4
                - 4:5: 4:5
                - 21:9: 21:9
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
            image_size: The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
                - 1:1: 1:1
                - 9:16: 9:16
                - 16:9: 16:9
                - 3:4: 3:4
                - 4:3: 4:3
                - 3:2: 3:2
                - 2:3: 2:3
                - 5:4: 5:4
                - 4:5: 4:5
                - 21:9: 21:9
                - auto: auto
                Default: '1:1'.
                Example: '1:1'.
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
