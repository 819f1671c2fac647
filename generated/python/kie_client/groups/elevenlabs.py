"""Models whose ids start with `elevenlabs/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["ElevenlabsModels", "AsyncElevenlabsModels"]


class ElevenlabsModels:
    """2 model(s) whose ids start with `elevenlabs/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def text_to_dialogue_v3(
        self,
        *,
        dialogue: Sequence[Mapping[str, object]],
        stability: float | None = None,
        language_code: (
            Literal[
                "af",
                "ar",
                "hy",
                "as",
                "az",
                "be",
                "bn",
                "bs",
                "bg",
                "ca",
                "ceb",
                "ny",
                "hr",
                "cs",
                "da",
                "nl",
                "en",
                "et",
                "fil",
                "fi",
                "fr",
                "gl",
                "ka",
                "de",
                "el",
                "gu",
                "ha",
                "he",
                "hi",
                "hu",
                "is",
                "id",
                "ga",
                "it",
                "ja",
                "jv",
                "kn",
                "kk",
                "ky",
                "ko",
                "lv",
                "ln",
                "lt",
                "lb",
                "mk",
                "ms",
                "ml",
                "zh",
                "mr",
                "ne",
                "no",
                "ps",
                "fa",
                "pl",
                "pt",
                "pa",
                "ro",
                "ru",
                "sr",
                "sd",
                "sk",
                "sl",
                "so",
                "es",
                "sw",
                "sv",
                "ta",
                "te",
                "th",
                "tr",
                "uk",
                "ur",
                "vi",
                "cy",
            ]
            | None
        ) = None,
        callback_url: str | None = None,
    ) -> Task:
        """ElevenLabs Text to Dialogue V3 (`elevenlabs/text-to-dialogue-v3`): text-to-dialogue, audio output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.elevenlabs_text_to_dialogue_v3 for the input as a dataclass.

        Args:
            dialogue: Array of dialogue items. Each item contains text and voice. The total character count of all text fields combined must not exceed 5000 characters.
                Required.
                Each item is an object of:
                - text: The dialogue text content. All text fields in the dialogue array combined must not exceed 5000 characters. Required. Example: 'I have a pen, I have an apple, ah, Apple pen~'
                - voice: The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3 Available voices: EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady 2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural 1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light 5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational scOwDtmlUjD3prqpp97I - Sam - Support Agent NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy wo6udizrrtpIxWGp2qJk - Northern Terry gU0LNdkMOQCOrPrwtbee - British Football Announcer DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books 56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual 6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain 9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider PPzYpIqttlTYA83688JI - Pirate Marshal 8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright EiNlNiXeDU1pqqOPrYMO - John Doe - Deep 4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear 6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice 1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming 1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded Required. At least 1 character. Default: 'EkK5I93UQWFDigLMpZcX' Example: 'EkK5I93UQWFDigLMpZcX'
            stability: Voice stability parameter. Must be one of the following values: 0.0, 0.5, or 1.0
                Options: 0, 0.5, 1
                Default: 0.5
                Example: 0.5
            language_code: Language code for the speech. Default is empty string or omit the parameter for automatic language detection.
                Options: af, ar, hy, as, az, be, bn, bs, bg, ca, ceb, ny, hr, cs, da, nl, en, et, fil, fi, fr, gl, ka, de, el, gu, ha, he, hi, hu, is, id, ga, it, ja, jv, kn, kk, ky, ko, lv, ln, lt, lb, mk, ms, ml, zh, mr, ne, no, ps, fa, pl, pt, pa, ro, ru, sr, sd, sk, sl, so, es, sw, sv, ta, te, th, tr, uk, ur, vi, cy
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.elevenlabs_text_to_dialogue_v3 import ElevenlabsTextToDialogueV3Input

        request = ElevenlabsTextToDialogueV3Input(
            dialogue=dialogue,
            stability=stability,
            language_code=language_code,
        )
        return self._client.submit(request, callback_url=callback_url)

    def text_to_speech_turbo_2_5(
        self,
        *,
        text: str,
        voice: (
            Literal[
                "EkK5I93UQWFDigLMpZcX",
                "Z3R5wn05IrDiVCyEkUrK",
                "NNl6r8mD7vthiJatiJt1",
                "YOq2y2Up4RgXP2HyXjE5",
                "B8gJV1IhpuegLxdpXFOE",
                "2zRM7PkgwBPiau2jvVXc",
                "1SM7GgM6IMuvQlz2BwM3",
                "5l5f8iK3YPeGga21rQIX",
                "scOwDtmlUjD3prqpp97I",
                "NOpBlnGInO9m6vDvFkFC",
                "BZgkqPqms7Kj9ulSkVzn",
                "wo6udizrrtpIxWGp2qJk",
                "gU0LNdkMOQCOrPrwtbee",
                "DGzg6RaUqxGRTHSBjfgF",
                "x70vRnQBMBu4FAYhjJbO",
                "Sm1seazb4gs7RSlUVw7c",
                "P1bg08DkjqiVEzOn76yG",
                "qDuRKMlYmrm8trt5QyBn",
                "qXpMhyvQqiRxWQs4qSSB",
                "TX3LPaxmHKxFdv7VOQHJ",
                "N2lVS1w4EtoT3dr4eOWO",
                "FGY2WhTYpPnrIDTdsKH5",
                "kPzsL2i3teMYv0FxEYQ6",
                "UgBBYS2sOqTuMpoF3BR0",
                "hpp4J3VqNfWAUOO0d1Us",
                "nPczCjzI2devNBz1zQrb",
                "uYXf8XasLslADfZ2MB4u",
                "gs0tAILXbY5DNrJrsM6F",
                "DTKMou8ccj1ZaWGBiotd",
                "vBKc2FfBKJfcZNyEt1n6",
                "DYkrAHD8iwork3YSUBbs",
                "56AoDkrOh6qfVPDXZ7Pt",
                "eR40ATw9ArzDf9h3v7t7",
                "g6xIsTj2HwM6VR4iXFCw",
                "lcMyyd2HUfFzxdCaC4Ta",
                "6aDn1KB0hjpdcocrUkmq",
                "Sq93GQT4X1lKDXsQcixO",
                "flHkNRp1BlvT73UL6gyz",
                "9yzdeviXkFddZ4Oz8Mok",
                "pPdl9cQBQq4p6mRkZy2Z",
                "zYcjlYFOd3taleS0gkk3",
                "nzeAacJi50IvxcyDnMXa",
                "ruirxsoakN0GWmGNIo04",
                "TC0Zp7WVFzhA8zpTlRqV",
                "ljo9gAlSqKOvF6D8sOsX",
                "PPzYpIqttlTYA83688JI",
                "8JVbfL6oEdmuxKn5DK2C",
                "iCrDUkL56s3C8sCRl7wb",
                "wJqPPQ618aTW29mptyoc",
                "EiNlNiXeDU1pqqOPrYMO",
                "4YYIPFl9wE5c4L2eu2Gb",
                "6F5Zhi321D3Oq7v1oNT4",
                "YXpFCvM1S3JbWEJhoskW",
                "LG95yZDEHg6fCZdQjLqj",
                "CeNX9CMwmxDxUF5Q2Inm",
                "aD6riP1btT197c6dACmy",
                "mtrellq69YZsNwzUSyXh",
                "dHd5gvgSOzSfduK4CvEg",
                "eVItLK1UvXctxuaRV2Oq",
                "esy0r39YPLQjOczyOib8",
                "Tsns2HvNFKfGiNjllgqo",
                "1U02n4nD6AdIZ9CjF053",
                "AeRdCCKzvd23BpJoofzx",
                "LruHrtVF6PSyGItzMNHS",
                "1wGbFxmAM3Fgw63G1zZJ",
                "hqfrgApggtO1785R4Fsn",
                "MJ0RnG71ty4LH3dvNfSd",
            ]
            | None
        ) = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        timestamps: bool | None = None,
        previous_text: str | None = None,
        next_text: str | None = None,
        language_code: str | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """ElevenLabs Text to Speech Turbo 2.5 (`elevenlabs/text-to-speech-turbo-2-5`): text-to-speech, audio output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.elevenlabs_text_to_speech_turbo_2_5 for the input as a dataclass.

        Args:
            text: The text to convert to speech (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Unlock powerful API with Kie.ai! Affordable, scalable APl integrat...
            voice: The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3 Available voices: EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady 2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural 1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light 5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational scOwDtmlUjD3prqpp97I - Sam - Support Agent NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy wo6udizrrtpIxWGp2qJk - Northern Terry gU0LNdkMOQCOrPrwtbee - British Football Announcer DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books 56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual 6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain 9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider PPzYpIqttlTYA83688JI - Pirate Marshal 8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright EiNlNiXeDU1pqqOPrYMO - John Doe - Deep 4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear 6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice 1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming 1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded
                Options: EkK5I93UQWFDigLMpZcX, Z3R5wn05IrDiVCyEkUrK, NNl6r8mD7vthiJatiJt1, YOq2y2Up4RgXP2HyXjE5, B8gJV1IhpuegLxdpXFOE, 2zRM7PkgwBPiau2jvVXc, 1SM7GgM6IMuvQlz2BwM3, 5l5f8iK3YPeGga21rQIX, scOwDtmlUjD3prqpp97I, NOpBlnGInO9m6vDvFkFC, BZgkqPqms7Kj9ulSkVzn, wo6udizrrtpIxWGp2qJk, gU0LNdkMOQCOrPrwtbee, DGzg6RaUqxGRTHSBjfgF, x70vRnQBMBu4FAYhjJbO, Sm1seazb4gs7RSlUVw7c, P1bg08DkjqiVEzOn76yG, qDuRKMlYmrm8trt5QyBn, qXpMhyvQqiRxWQs4qSSB, TX3LPaxmHKxFdv7VOQHJ, N2lVS1w4EtoT3dr4eOWO, FGY2WhTYpPnrIDTdsKH5, kPzsL2i3teMYv0FxEYQ6, UgBBYS2sOqTuMpoF3BR0, hpp4J3VqNfWAUOO0d1Us, nPczCjzI2devNBz1zQrb, uYXf8XasLslADfZ2MB4u, gs0tAILXbY5DNrJrsM6F, DTKMou8ccj1ZaWGBiotd, vBKc2FfBKJfcZNyEt1n6, DYkrAHD8iwork3YSUBbs, 56AoDkrOh6qfVPDXZ7Pt, eR40ATw9ArzDf9h3v7t7, g6xIsTj2HwM6VR4iXFCw, lcMyyd2HUfFzxdCaC4Ta, 6aDn1KB0hjpdcocrUkmq, Sq93GQT4X1lKDXsQcixO, flHkNRp1BlvT73UL6gyz, 9yzdeviXkFddZ4Oz8Mok, pPdl9cQBQq4p6mRkZy2Z, zYcjlYFOd3taleS0gkk3, nzeAacJi50IvxcyDnMXa, ruirxsoakN0GWmGNIo04, TC0Zp7WVFzhA8zpTlRqV, ljo9gAlSqKOvF6D8sOsX, PPzYpIqttlTYA83688JI, 8JVbfL6oEdmuxKn5DK2C, iCrDUkL56s3C8sCRl7wb, wJqPPQ618aTW29mptyoc, EiNlNiXeDU1pqqOPrYMO, 4YYIPFl9wE5c4L2eu2Gb, 6F5Zhi321D3Oq7v1oNT4, YXpFCvM1S3JbWEJhoskW, LG95yZDEHg6fCZdQjLqj, CeNX9CMwmxDxUF5Q2Inm, aD6riP1btT197c6dACmy, mtrellq69YZsNwzUSyXh, dHd5gvgSOzSfduK4CvEg, eVItLK1UvXctxuaRV2Oq, esy0r39YPLQjOczyOib8, Tsns2HvNFKfGiNjllgqo, 1U02n4nD6AdIZ9CjF053, AeRdCCKzvd23BpJoofzx, LruHrtVF6PSyGItzMNHS, 1wGbFxmAM3Fgw63G1zZJ, hqfrgApggtO1785R4Fsn, MJ0RnG71ty4LH3dvNfSd
                Default: 'EkK5I93UQWFDigLMpZcX'
                Example: 'EkK5I93UQWFDigLMpZcX'
            stability: Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
                From 0 to 1, in steps of 0.01.
                Default: 0.5
                Example: 0.5
            similarity_boost: Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
                From 0 to 1, in steps of 0.01.
                Default: 0.75
                Example: 0.75
            style: Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
                From 0 to 1, in steps of 0.01.
                Default: 0
                Example: 0
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01) (step: 0.01)
                From 0.7 to 1.2, in steps of 0.01.
                Default: 1
                Example: 1
            timestamps: Whether to return timestamps for each word in the generated speech (Boolean value (true/false))
                Example: False
            previous_text: The text that came before the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
                Up to 5000 characters.
                Example: ''
            next_text: The text that comes after the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
                Up to 5000 characters.
                Example: ''
            language_code: Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5 and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is provided. (Max length: 500 characters)
                Up to 500 characters.
                Example: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.elevenlabs_text_to_speech_turbo_2_5 import (
            ElevenlabsTextToSpeechTurbo25Input,
        )

        request = ElevenlabsTextToSpeechTurbo25Input(
            text=text,
            voice=voice,
            stability=stability,
            similarity_boost=similarity_boost,
            style=style,
            speed=speed,
            timestamps=timestamps,
            previous_text=previous_text,
            next_text=next_text,
            language_code=language_code,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncElevenlabsModels:
    """2 model(s) whose ids start with `elevenlabs/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def text_to_dialogue_v3(
        self,
        *,
        dialogue: Sequence[Mapping[str, object]],
        stability: float | None = None,
        language_code: (
            Literal[
                "af",
                "ar",
                "hy",
                "as",
                "az",
                "be",
                "bn",
                "bs",
                "bg",
                "ca",
                "ceb",
                "ny",
                "hr",
                "cs",
                "da",
                "nl",
                "en",
                "et",
                "fil",
                "fi",
                "fr",
                "gl",
                "ka",
                "de",
                "el",
                "gu",
                "ha",
                "he",
                "hi",
                "hu",
                "is",
                "id",
                "ga",
                "it",
                "ja",
                "jv",
                "kn",
                "kk",
                "ky",
                "ko",
                "lv",
                "ln",
                "lt",
                "lb",
                "mk",
                "ms",
                "ml",
                "zh",
                "mr",
                "ne",
                "no",
                "ps",
                "fa",
                "pl",
                "pt",
                "pa",
                "ro",
                "ru",
                "sr",
                "sd",
                "sk",
                "sl",
                "so",
                "es",
                "sw",
                "sv",
                "ta",
                "te",
                "th",
                "tr",
                "uk",
                "ur",
                "vi",
                "cy",
            ]
            | None
        ) = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """ElevenLabs Text to Dialogue V3 (`elevenlabs/text-to-dialogue-v3`): text-to-dialogue, audio output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.elevenlabs_text_to_dialogue_v3 for the input as a dataclass.

        Args:
            dialogue: Array of dialogue items. Each item contains text and voice. The total character count of all text fields combined must not exceed 5000 characters.
                Required.
                Each item is an object of:
                - text: The dialogue text content. All text fields in the dialogue array combined must not exceed 5000 characters. Required. Example: 'I have a pen, I have an apple, ah, Apple pen~'
                - voice: The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3 Available voices: EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady 2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural 1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light 5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational scOwDtmlUjD3prqpp97I - Sam - Support Agent NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy wo6udizrrtpIxWGp2qJk - Northern Terry gU0LNdkMOQCOrPrwtbee - British Football Announcer DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books 56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual 6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain 9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider PPzYpIqttlTYA83688JI - Pirate Marshal 8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright EiNlNiXeDU1pqqOPrYMO - John Doe - Deep 4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear 6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice 1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming 1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded Required. At least 1 character. Default: 'EkK5I93UQWFDigLMpZcX' Example: 'EkK5I93UQWFDigLMpZcX'
            stability: Voice stability parameter. Must be one of the following values: 0.0, 0.5, or 1.0
                Options: 0, 0.5, 1
                Default: 0.5
                Example: 0.5
            language_code: Language code for the speech. Default is empty string or omit the parameter for automatic language detection.
                Options: af, ar, hy, as, az, be, bn, bs, bg, ca, ceb, ny, hr, cs, da, nl, en, et, fil, fi, fr, gl, ka, de, el, gu, ha, he, hi, hu, is, id, ga, it, ja, jv, kn, kk, ky, ko, lv, ln, lt, lb, mk, ms, ml, zh, mr, ne, no, ps, fa, pl, pt, pa, ro, ru, sr, sd, sk, sl, so, es, sw, sv, ta, te, th, tr, uk, ur, vi, cy
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.elevenlabs_text_to_dialogue_v3 import ElevenlabsTextToDialogueV3Input

        request = ElevenlabsTextToDialogueV3Input(
            dialogue=dialogue,
            stability=stability,
            language_code=language_code,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def text_to_speech_turbo_2_5(
        self,
        *,
        text: str,
        voice: (
            Literal[
                "EkK5I93UQWFDigLMpZcX",
                "Z3R5wn05IrDiVCyEkUrK",
                "NNl6r8mD7vthiJatiJt1",
                "YOq2y2Up4RgXP2HyXjE5",
                "B8gJV1IhpuegLxdpXFOE",
                "2zRM7PkgwBPiau2jvVXc",
                "1SM7GgM6IMuvQlz2BwM3",
                "5l5f8iK3YPeGga21rQIX",
                "scOwDtmlUjD3prqpp97I",
                "NOpBlnGInO9m6vDvFkFC",
                "BZgkqPqms7Kj9ulSkVzn",
                "wo6udizrrtpIxWGp2qJk",
                "gU0LNdkMOQCOrPrwtbee",
                "DGzg6RaUqxGRTHSBjfgF",
                "x70vRnQBMBu4FAYhjJbO",
                "Sm1seazb4gs7RSlUVw7c",
                "P1bg08DkjqiVEzOn76yG",
                "qDuRKMlYmrm8trt5QyBn",
                "qXpMhyvQqiRxWQs4qSSB",
                "TX3LPaxmHKxFdv7VOQHJ",
                "N2lVS1w4EtoT3dr4eOWO",
                "FGY2WhTYpPnrIDTdsKH5",
                "kPzsL2i3teMYv0FxEYQ6",
                "UgBBYS2sOqTuMpoF3BR0",
                "hpp4J3VqNfWAUOO0d1Us",
                "nPczCjzI2devNBz1zQrb",
                "uYXf8XasLslADfZ2MB4u",
                "gs0tAILXbY5DNrJrsM6F",
                "DTKMou8ccj1ZaWGBiotd",
                "vBKc2FfBKJfcZNyEt1n6",
                "DYkrAHD8iwork3YSUBbs",
                "56AoDkrOh6qfVPDXZ7Pt",
                "eR40ATw9ArzDf9h3v7t7",
                "g6xIsTj2HwM6VR4iXFCw",
                "lcMyyd2HUfFzxdCaC4Ta",
                "6aDn1KB0hjpdcocrUkmq",
                "Sq93GQT4X1lKDXsQcixO",
                "flHkNRp1BlvT73UL6gyz",
                "9yzdeviXkFddZ4Oz8Mok",
                "pPdl9cQBQq4p6mRkZy2Z",
                "zYcjlYFOd3taleS0gkk3",
                "nzeAacJi50IvxcyDnMXa",
                "ruirxsoakN0GWmGNIo04",
                "TC0Zp7WVFzhA8zpTlRqV",
                "ljo9gAlSqKOvF6D8sOsX",
                "PPzYpIqttlTYA83688JI",
                "8JVbfL6oEdmuxKn5DK2C",
                "iCrDUkL56s3C8sCRl7wb",
                "wJqPPQ618aTW29mptyoc",
                "EiNlNiXeDU1pqqOPrYMO",
                "4YYIPFl9wE5c4L2eu2Gb",
                "6F5Zhi321D3Oq7v1oNT4",
                "YXpFCvM1S3JbWEJhoskW",
                "LG95yZDEHg6fCZdQjLqj",
                "CeNX9CMwmxDxUF5Q2Inm",
                "aD6riP1btT197c6dACmy",
                "mtrellq69YZsNwzUSyXh",
                "dHd5gvgSOzSfduK4CvEg",
                "eVItLK1UvXctxuaRV2Oq",
                "esy0r39YPLQjOczyOib8",
                "Tsns2HvNFKfGiNjllgqo",
                "1U02n4nD6AdIZ9CjF053",
                "AeRdCCKzvd23BpJoofzx",
                "LruHrtVF6PSyGItzMNHS",
                "1wGbFxmAM3Fgw63G1zZJ",
                "hqfrgApggtO1785R4Fsn",
                "MJ0RnG71ty4LH3dvNfSd",
            ]
            | None
        ) = None,
        stability: float | None = None,
        similarity_boost: float | None = None,
        style: float | None = None,
        speed: float | None = None,
        timestamps: bool | None = None,
        previous_text: str | None = None,
        next_text: str | None = None,
        language_code: str | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """ElevenLabs Text to Speech Turbo 2.5 (`elevenlabs/text-to-speech-turbo-2-5`): text-to-speech, audio output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.elevenlabs_text_to_speech_turbo_2_5 for the input as a dataclass.

        Args:
            text: The text to convert to speech (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Unlock powerful API with Kie.ai! Affordable, scalable APl integrat...
            voice: The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3 Available voices: EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady 2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural 1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light 5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational scOwDtmlUjD3prqpp97I - Sam - Support Agent NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy wo6udizrrtpIxWGp2qJk - Northern Terry gU0LNdkMOQCOrPrwtbee - British Football Announcer DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books 56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual 6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain 9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider PPzYpIqttlTYA83688JI - Pirate Marshal 8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright EiNlNiXeDU1pqqOPrYMO - John Doe - Deep 4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear 6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice 1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming 1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded
                Options: EkK5I93UQWFDigLMpZcX, Z3R5wn05IrDiVCyEkUrK, NNl6r8mD7vthiJatiJt1, YOq2y2Up4RgXP2HyXjE5, B8gJV1IhpuegLxdpXFOE, 2zRM7PkgwBPiau2jvVXc, 1SM7GgM6IMuvQlz2BwM3, 5l5f8iK3YPeGga21rQIX, scOwDtmlUjD3prqpp97I, NOpBlnGInO9m6vDvFkFC, BZgkqPqms7Kj9ulSkVzn, wo6udizrrtpIxWGp2qJk, gU0LNdkMOQCOrPrwtbee, DGzg6RaUqxGRTHSBjfgF, x70vRnQBMBu4FAYhjJbO, Sm1seazb4gs7RSlUVw7c, P1bg08DkjqiVEzOn76yG, qDuRKMlYmrm8trt5QyBn, qXpMhyvQqiRxWQs4qSSB, TX3LPaxmHKxFdv7VOQHJ, N2lVS1w4EtoT3dr4eOWO, FGY2WhTYpPnrIDTdsKH5, kPzsL2i3teMYv0FxEYQ6, UgBBYS2sOqTuMpoF3BR0, hpp4J3VqNfWAUOO0d1Us, nPczCjzI2devNBz1zQrb, uYXf8XasLslADfZ2MB4u, gs0tAILXbY5DNrJrsM6F, DTKMou8ccj1ZaWGBiotd, vBKc2FfBKJfcZNyEt1n6, DYkrAHD8iwork3YSUBbs, 56AoDkrOh6qfVPDXZ7Pt, eR40ATw9ArzDf9h3v7t7, g6xIsTj2HwM6VR4iXFCw, lcMyyd2HUfFzxdCaC4Ta, 6aDn1KB0hjpdcocrUkmq, Sq93GQT4X1lKDXsQcixO, flHkNRp1BlvT73UL6gyz, 9yzdeviXkFddZ4Oz8Mok, pPdl9cQBQq4p6mRkZy2Z, zYcjlYFOd3taleS0gkk3, nzeAacJi50IvxcyDnMXa, ruirxsoakN0GWmGNIo04, TC0Zp7WVFzhA8zpTlRqV, ljo9gAlSqKOvF6D8sOsX, PPzYpIqttlTYA83688JI, 8JVbfL6oEdmuxKn5DK2C, iCrDUkL56s3C8sCRl7wb, wJqPPQ618aTW29mptyoc, EiNlNiXeDU1pqqOPrYMO, 4YYIPFl9wE5c4L2eu2Gb, 6F5Zhi321D3Oq7v1oNT4, YXpFCvM1S3JbWEJhoskW, LG95yZDEHg6fCZdQjLqj, CeNX9CMwmxDxUF5Q2Inm, aD6riP1btT197c6dACmy, mtrellq69YZsNwzUSyXh, dHd5gvgSOzSfduK4CvEg, eVItLK1UvXctxuaRV2Oq, esy0r39YPLQjOczyOib8, Tsns2HvNFKfGiNjllgqo, 1U02n4nD6AdIZ9CjF053, AeRdCCKzvd23BpJoofzx, LruHrtVF6PSyGItzMNHS, 1wGbFxmAM3Fgw63G1zZJ, hqfrgApggtO1785R4Fsn, MJ0RnG71ty4LH3dvNfSd
                Default: 'EkK5I93UQWFDigLMpZcX'
                Example: 'EkK5I93UQWFDigLMpZcX'
            stability: Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
                From 0 to 1, in steps of 0.01.
                Default: 0.5
                Example: 0.5
            similarity_boost: Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
                From 0 to 1, in steps of 0.01.
                Default: 0.75
                Example: 0.75
            style: Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
                From 0 to 1, in steps of 0.01.
                Default: 0
                Example: 0
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01) (step: 0.01)
                From 0.7 to 1.2, in steps of 0.01.
                Default: 1
                Example: 1
            timestamps: Whether to return timestamps for each word in the generated speech (Boolean value (true/false))
                Example: False
            previous_text: The text that came before the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
                Up to 5000 characters.
                Example: ''
            next_text: The text that comes after the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
                Up to 5000 characters.
                Example: ''
            language_code: Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5 and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is provided. (Max length: 500 characters)
                Up to 500 characters.
                Example: ''
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.elevenlabs_text_to_speech_turbo_2_5 import (
            ElevenlabsTextToSpeechTurbo25Input,
        )

        request = ElevenlabsTextToSpeechTurbo25Input(
            text=text,
            voice=voice,
            stability=stability,
            similarity_boost=similarity_boost,
            style=style,
            speed=speed,
            timestamps=timestamps,
            previous_text=previous_text,
            next_text=next_text,
            language_code=language_code,
        )
        return await self._client.submit(request, callback_url=callback_url)
