"""ElevenLabs Text to Dialogue V3: `elevenlabs/text-to-dialogue-v3` (text-to-dialogue, audio output).

Generated from specs/models/elevenlabs/text-to-dialogue-v3.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "ElevenlabsTextToDialogueV3Input"]

SPEC: Final = ModelSpec(
    id="elevenlabs/text-to-dialogue-v3",
    title="ElevenLabs Text to Dialogue V3",
    kind="text-to-dialogue",
    output="audio",
    description="",
    module="elevenlabs_text_to_dialogue_v3",
    class_name="ElevenlabsTextToDialogueV3Input",
    group="elevenlabs",
    method="text_to_dialogue_v3",
    fields=(
        FieldSpec(
            name="dialogue",
            py_name="dialogue",
            type="array",
            required=True,
            description="Array of dialogue items. Each item contains text and voice. The total character count of all text fields combined must not exceed 5000 characters.",
            items=FieldSpec(
                name="dialogue",
                py_name="dialogue",
                type="object",
                fields=(
                    FieldSpec(
                        name="text",
                        py_name="text",
                        type="string",
                        required=True,
                        description="The dialogue text content. All text fields in the dialogue array combined must not exceed 5000 characters.",
                        example="I have a pen, I have an apple, ah, Apple pen~",
                    ),
                    FieldSpec(
                        name="voice",
                        py_name="voice",
                        type="string",
                        required=True,
                        description="The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3 Available voices: EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady 2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural 1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light 5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational scOwDtmlUjD3prqpp97I - Sam - Support Agent NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy wo6udizrrtpIxWGp2qJk - Northern Terry gU0LNdkMOQCOrPrwtbee - British Football Announcer DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books 56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual 6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain 9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider PPzYpIqttlTYA83688JI - Pirate Marshal 8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright EiNlNiXeDU1pqqOPrYMO - John Doe - Deep 4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear 6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice 1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming 1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded",
                        default="EkK5I93UQWFDigLMpZcX",
                        example="EkK5I93UQWFDigLMpZcX",
                        min_length=1,
                    ),
                ),
            ),
        ),
        FieldSpec(
            name="stability",
            py_name="stability",
            type="enum",
            description="Voice stability parameter. Must be one of the following values: 0.0, 0.5, or 1.0",
            default=0.5,
            example=0.5,
            options=(
                Option(value=0, label="0"),
                Option(value=0.5, label="0.5"),
                Option(value=1, label="1"),
            ),
        ),
        FieldSpec(
            name="language_code",
            py_name="language_code",
            type="enum",
            description="Language code for the speech. Default is empty string or omit the parameter for automatic language detection.",
            options=(
                Option(value="af", label="af"),
                Option(value="ar", label="ar"),
                Option(value="hy", label="hy"),
                Option(value="as", label="as"),
                Option(value="az", label="az"),
                Option(value="be", label="be"),
                Option(value="bn", label="bn"),
                Option(value="bs", label="bs"),
                Option(value="bg", label="bg"),
                Option(value="ca", label="ca"),
                Option(value="ceb", label="ceb"),
                Option(value="ny", label="ny"),
                Option(value="hr", label="hr"),
                Option(value="cs", label="cs"),
                Option(value="da", label="da"),
                Option(value="nl", label="nl"),
                Option(value="en", label="en"),
                Option(value="et", label="et"),
                Option(value="fil", label="fil"),
                Option(value="fi", label="fi"),
                Option(value="fr", label="fr"),
                Option(value="gl", label="gl"),
                Option(value="ka", label="ka"),
                Option(value="de", label="de"),
                Option(value="el", label="el"),
                Option(value="gu", label="gu"),
                Option(value="ha", label="ha"),
                Option(value="he", label="he"),
                Option(value="hi", label="hi"),
                Option(value="hu", label="hu"),
                Option(value="is", label="is"),
                Option(value="id", label="id"),
                Option(value="ga", label="ga"),
                Option(value="it", label="it"),
                Option(value="ja", label="ja"),
                Option(value="jv", label="jv"),
                Option(value="kn", label="kn"),
                Option(value="kk", label="kk"),
                Option(value="ky", label="ky"),
                Option(value="ko", label="ko"),
                Option(value="lv", label="lv"),
                Option(value="ln", label="ln"),
                Option(value="lt", label="lt"),
                Option(value="lb", label="lb"),
                Option(value="mk", label="mk"),
                Option(value="ms", label="ms"),
                Option(value="ml", label="ml"),
                Option(value="zh", label="zh"),
                Option(value="mr", label="mr"),
                Option(value="ne", label="ne"),
                Option(value="no", label="no"),
                Option(value="ps", label="ps"),
                Option(value="fa", label="fa"),
                Option(value="pl", label="pl"),
                Option(value="pt", label="pt"),
                Option(value="pa", label="pa"),
                Option(value="ro", label="ro"),
                Option(value="ru", label="ru"),
                Option(value="sr", label="sr"),
                Option(value="sd", label="sd"),
                Option(value="sk", label="sk"),
                Option(value="sl", label="sl"),
                Option(value="so", label="so"),
                Option(value="es", label="es"),
                Option(value="sw", label="sw"),
                Option(value="sv", label="sv"),
                Option(value="ta", label="ta"),
                Option(value="te", label="te"),
                Option(value="th", label="th"),
                Option(value="tr", label="tr"),
                Option(value="uk", label="uk"),
                Option(value="ur", label="ur"),
                Option(value="vi", label="vi"),
                Option(value="cy", label="cy"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class ElevenlabsTextToDialogueV3Input:
    """Input of ElevenLabs Text to Dialogue V3 (`elevenlabs/text-to-dialogue-v3`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    dialogue: Sequence[Mapping[str, object]]
    """Array of dialogue items. Each item contains text and voice. The total character count of all text fields combined must not exceed 5000 characters.
    Required.
    Each item is an object of:
    - text: The dialogue text content. All text fields in the dialogue array combined must not exceed 5000 characters. Required. Example: 'I have a pen, I have an apple, ah, Apple pen~'
    - voice: The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3 Available voices: EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady 2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural 1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light 5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational scOwDtmlUjD3prqpp97I - Sam - Support Agent NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy wo6udizrrtpIxWGp2qJk - Northern Terry gU0LNdkMOQCOrPrwtbee - British Football Announcer DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books 56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual 6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain 9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider PPzYpIqttlTYA83688JI - Pirate Marshal 8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright EiNlNiXeDU1pqqOPrYMO - John Doe - Deep 4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear 6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice 1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming 1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded Required. At least 1 character. Default: 'EkK5I93UQWFDigLMpZcX' Example: 'EkK5I93UQWFDigLMpZcX'
    """

    stability: float | None = None
    """Voice stability parameter. Must be one of the following values: 0.0, 0.5, or 1.0
    Options: 0, 0.5, 1
    Default: 0.5
    Example: 0.5
    """

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
    ) = None
    """Language code for the speech. Default is empty string or omit the parameter for automatic language detection.
    Options: af, ar, hy, as, az, be, bn, bs, bg, ca, ceb, ny, hr, cs, da, nl, en, et, fil, fi, fr, gl, ka, de, el, gu, ha, he, hi, hu, is, id, ga, it, ja, jv, kn, kk, ky, ko, lv, ln, lt, lb, mk, ms, ml, zh, mr, ne, no, ps, fa, pl, pt, pa, ro, ru, sr, sd, sk, sl, so, es, sw, sv, ta, te, th, tr, uk, ur, vi, cy
    """
