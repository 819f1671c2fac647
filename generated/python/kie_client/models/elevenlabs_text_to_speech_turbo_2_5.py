"""ElevenLabs Text to Speech Turbo 2.5: `elevenlabs/text-to-speech-turbo-2-5` (text-to-speech, audio output).

Generated from specs/models/elevenlabs/text-to-speech-turbo-2-5.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "ElevenlabsTextToSpeechTurbo25Input"]

SPEC: Final = ModelSpec(
    id="elevenlabs/text-to-speech-turbo-2-5",
    title="ElevenLabs Text to Speech Turbo 2.5",
    kind="text-to-speech",
    output="audio",
    description="",
    module="elevenlabs_text_to_speech_turbo_2_5",
    class_name="ElevenlabsTextToSpeechTurbo25Input",
    group="elevenlabs",
    method="text_to_speech_turbo_2_5",
    fields=(
        FieldSpec(
            name="text",
            py_name="text",
            type="string",
            required=True,
            description="The text to convert to speech (Max length: 5000 characters)",
            example="Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="voice",
            py_name="voice",
            type="enum",
            description="The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3 Available voices: EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady 2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural 1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light 5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational scOwDtmlUjD3prqpp97I - Sam - Support Agent NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy wo6udizrrtpIxWGp2qJk - Northern Terry gU0LNdkMOQCOrPrwtbee - British Football Announcer DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books 56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual 6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain 9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider PPzYpIqttlTYA83688JI - Pirate Marshal 8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright EiNlNiXeDU1pqqOPrYMO - John Doe - Deep 4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear 6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice 1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming 1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded",
            default="EkK5I93UQWFDigLMpZcX",
            example="EkK5I93UQWFDigLMpZcX",
            options=(
                Option(value="EkK5I93UQWFDigLMpZcX", label="EkK5I93UQWFDigLMpZcX"),
                Option(value="Z3R5wn05IrDiVCyEkUrK", label="Z3R5wn05IrDiVCyEkUrK"),
                Option(value="NNl6r8mD7vthiJatiJt1", label="NNl6r8mD7vthiJatiJt1"),
                Option(value="YOq2y2Up4RgXP2HyXjE5", label="YOq2y2Up4RgXP2HyXjE5"),
                Option(value="B8gJV1IhpuegLxdpXFOE", label="B8gJV1IhpuegLxdpXFOE"),
                Option(value="2zRM7PkgwBPiau2jvVXc", label="2zRM7PkgwBPiau2jvVXc"),
                Option(value="1SM7GgM6IMuvQlz2BwM3", label="1SM7GgM6IMuvQlz2BwM3"),
                Option(value="5l5f8iK3YPeGga21rQIX", label="5l5f8iK3YPeGga21rQIX"),
                Option(value="scOwDtmlUjD3prqpp97I", label="scOwDtmlUjD3prqpp97I"),
                Option(value="NOpBlnGInO9m6vDvFkFC", label="NOpBlnGInO9m6vDvFkFC"),
                Option(value="BZgkqPqms7Kj9ulSkVzn", label="BZgkqPqms7Kj9ulSkVzn"),
                Option(value="wo6udizrrtpIxWGp2qJk", label="wo6udizrrtpIxWGp2qJk"),
                Option(value="gU0LNdkMOQCOrPrwtbee", label="gU0LNdkMOQCOrPrwtbee"),
                Option(value="DGzg6RaUqxGRTHSBjfgF", label="DGzg6RaUqxGRTHSBjfgF"),
                Option(value="x70vRnQBMBu4FAYhjJbO", label="x70vRnQBMBu4FAYhjJbO"),
                Option(value="Sm1seazb4gs7RSlUVw7c", label="Sm1seazb4gs7RSlUVw7c"),
                Option(value="P1bg08DkjqiVEzOn76yG", label="P1bg08DkjqiVEzOn76yG"),
                Option(value="qDuRKMlYmrm8trt5QyBn", label="qDuRKMlYmrm8trt5QyBn"),
                Option(value="qXpMhyvQqiRxWQs4qSSB", label="qXpMhyvQqiRxWQs4qSSB"),
                Option(value="TX3LPaxmHKxFdv7VOQHJ", label="TX3LPaxmHKxFdv7VOQHJ"),
                Option(value="N2lVS1w4EtoT3dr4eOWO", label="N2lVS1w4EtoT3dr4eOWO"),
                Option(value="FGY2WhTYpPnrIDTdsKH5", label="FGY2WhTYpPnrIDTdsKH5"),
                Option(value="kPzsL2i3teMYv0FxEYQ6", label="kPzsL2i3teMYv0FxEYQ6"),
                Option(value="UgBBYS2sOqTuMpoF3BR0", label="UgBBYS2sOqTuMpoF3BR0"),
                Option(value="hpp4J3VqNfWAUOO0d1Us", label="hpp4J3VqNfWAUOO0d1Us"),
                Option(value="nPczCjzI2devNBz1zQrb", label="nPczCjzI2devNBz1zQrb"),
                Option(value="uYXf8XasLslADfZ2MB4u", label="uYXf8XasLslADfZ2MB4u"),
                Option(value="gs0tAILXbY5DNrJrsM6F", label="gs0tAILXbY5DNrJrsM6F"),
                Option(value="DTKMou8ccj1ZaWGBiotd", label="DTKMou8ccj1ZaWGBiotd"),
                Option(value="vBKc2FfBKJfcZNyEt1n6", label="vBKc2FfBKJfcZNyEt1n6"),
                Option(value="DYkrAHD8iwork3YSUBbs", label="DYkrAHD8iwork3YSUBbs"),
                Option(value="56AoDkrOh6qfVPDXZ7Pt", label="56AoDkrOh6qfVPDXZ7Pt"),
                Option(value="eR40ATw9ArzDf9h3v7t7", label="eR40ATw9ArzDf9h3v7t7"),
                Option(value="g6xIsTj2HwM6VR4iXFCw", label="g6xIsTj2HwM6VR4iXFCw"),
                Option(value="lcMyyd2HUfFzxdCaC4Ta", label="lcMyyd2HUfFzxdCaC4Ta"),
                Option(value="6aDn1KB0hjpdcocrUkmq", label="6aDn1KB0hjpdcocrUkmq"),
                Option(value="Sq93GQT4X1lKDXsQcixO", label="Sq93GQT4X1lKDXsQcixO"),
                Option(value="flHkNRp1BlvT73UL6gyz", label="flHkNRp1BlvT73UL6gyz"),
                Option(value="9yzdeviXkFddZ4Oz8Mok", label="9yzdeviXkFddZ4Oz8Mok"),
                Option(value="pPdl9cQBQq4p6mRkZy2Z", label="pPdl9cQBQq4p6mRkZy2Z"),
                Option(value="zYcjlYFOd3taleS0gkk3", label="zYcjlYFOd3taleS0gkk3"),
                Option(value="nzeAacJi50IvxcyDnMXa", label="nzeAacJi50IvxcyDnMXa"),
                Option(value="ruirxsoakN0GWmGNIo04", label="ruirxsoakN0GWmGNIo04"),
                Option(value="TC0Zp7WVFzhA8zpTlRqV", label="TC0Zp7WVFzhA8zpTlRqV"),
                Option(value="ljo9gAlSqKOvF6D8sOsX", label="ljo9gAlSqKOvF6D8sOsX"),
                Option(value="PPzYpIqttlTYA83688JI", label="PPzYpIqttlTYA83688JI"),
                Option(value="8JVbfL6oEdmuxKn5DK2C", label="8JVbfL6oEdmuxKn5DK2C"),
                Option(value="iCrDUkL56s3C8sCRl7wb", label="iCrDUkL56s3C8sCRl7wb"),
                Option(value="wJqPPQ618aTW29mptyoc", label="wJqPPQ618aTW29mptyoc"),
                Option(value="EiNlNiXeDU1pqqOPrYMO", label="EiNlNiXeDU1pqqOPrYMO"),
                Option(value="4YYIPFl9wE5c4L2eu2Gb", label="4YYIPFl9wE5c4L2eu2Gb"),
                Option(value="6F5Zhi321D3Oq7v1oNT4", label="6F5Zhi321D3Oq7v1oNT4"),
                Option(value="YXpFCvM1S3JbWEJhoskW", label="YXpFCvM1S3JbWEJhoskW"),
                Option(value="LG95yZDEHg6fCZdQjLqj", label="LG95yZDEHg6fCZdQjLqj"),
                Option(value="CeNX9CMwmxDxUF5Q2Inm", label="CeNX9CMwmxDxUF5Q2Inm"),
                Option(value="aD6riP1btT197c6dACmy", label="aD6riP1btT197c6dACmy"),
                Option(value="mtrellq69YZsNwzUSyXh", label="mtrellq69YZsNwzUSyXh"),
                Option(value="dHd5gvgSOzSfduK4CvEg", label="dHd5gvgSOzSfduK4CvEg"),
                Option(value="eVItLK1UvXctxuaRV2Oq", label="eVItLK1UvXctxuaRV2Oq"),
                Option(value="esy0r39YPLQjOczyOib8", label="esy0r39YPLQjOczyOib8"),
                Option(value="Tsns2HvNFKfGiNjllgqo", label="Tsns2HvNFKfGiNjllgqo"),
                Option(value="1U02n4nD6AdIZ9CjF053", label="1U02n4nD6AdIZ9CjF053"),
                Option(value="AeRdCCKzvd23BpJoofzx", label="AeRdCCKzvd23BpJoofzx"),
                Option(value="LruHrtVF6PSyGItzMNHS", label="LruHrtVF6PSyGItzMNHS"),
                Option(value="1wGbFxmAM3Fgw63G1zZJ", label="1wGbFxmAM3Fgw63G1zZJ"),
                Option(value="hqfrgApggtO1785R4Fsn", label="hqfrgApggtO1785R4Fsn"),
                Option(value="MJ0RnG71ty4LH3dvNfSd", label="MJ0RnG71ty4LH3dvNfSd"),
            ),
        ),
        FieldSpec(
            name="stability",
            py_name="stability",
            type="number",
            description="Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)",
            default=0.5,
            example=0.5,
            minimum=0,
            maximum=1,
            step=0.01,
        ),
        FieldSpec(
            name="similarity_boost",
            py_name="similarity_boost",
            type="number",
            description="Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)",
            default=0.75,
            example=0.75,
            minimum=0,
            maximum=1,
            step=0.01,
        ),
        FieldSpec(
            name="style",
            py_name="style",
            type="number",
            description="Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)",
            default=0,
            example=0,
            minimum=0,
            maximum=1,
            step=0.01,
        ),
        FieldSpec(
            name="speed",
            py_name="speed",
            type="number",
            description="Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01) (step: 0.01)",
            default=1,
            example=1,
            minimum=0.7,
            maximum=1.2,
            step=0.01,
        ),
        FieldSpec(
            name="timestamps",
            py_name="timestamps",
            type="boolean",
            description="Whether to return timestamps for each word in the generated speech (Boolean value (true/false))",
            example=False,
        ),
        FieldSpec(
            name="previous_text",
            py_name="previous_text",
            type="string",
            description="The text that came before the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)",
            example="",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="next_text",
            py_name="next_text",
            type="string",
            description="The text that comes after the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)",
            example="",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="language_code",
            py_name="language_code",
            type="string",
            description="Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5 and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is provided. (Max length: 500 characters)",
            example="",
            max_length=500,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class ElevenlabsTextToSpeechTurbo25Input:
    """Input of ElevenLabs Text to Speech Turbo 2.5 (`elevenlabs/text-to-speech-turbo-2-5`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    text: str
    """The text to convert to speech (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'Unlock powerful API with Kie.ai! Affordable, scalable APl integrat...
    """

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
    ) = None
    """The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3 Available voices: EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady 2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural 1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light 5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational scOwDtmlUjD3prqpp97I - Sam - Support Agent NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy wo6udizrrtpIxWGp2qJk - Northern Terry gU0LNdkMOQCOrPrwtbee - British Football Announcer DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books 56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual 6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain 9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider PPzYpIqttlTYA83688JI - Pirate Marshal 8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright EiNlNiXeDU1pqqOPrYMO - John Doe - Deep 4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear 6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice 1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming 1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded
    Options: EkK5I93UQWFDigLMpZcX, Z3R5wn05IrDiVCyEkUrK, NNl6r8mD7vthiJatiJt1, YOq2y2Up4RgXP2HyXjE5, B8gJV1IhpuegLxdpXFOE, 2zRM7PkgwBPiau2jvVXc, 1SM7GgM6IMuvQlz2BwM3, 5l5f8iK3YPeGga21rQIX, scOwDtmlUjD3prqpp97I, NOpBlnGInO9m6vDvFkFC, BZgkqPqms7Kj9ulSkVzn, wo6udizrrtpIxWGp2qJk, gU0LNdkMOQCOrPrwtbee, DGzg6RaUqxGRTHSBjfgF, x70vRnQBMBu4FAYhjJbO, Sm1seazb4gs7RSlUVw7c, P1bg08DkjqiVEzOn76yG, qDuRKMlYmrm8trt5QyBn, qXpMhyvQqiRxWQs4qSSB, TX3LPaxmHKxFdv7VOQHJ, N2lVS1w4EtoT3dr4eOWO, FGY2WhTYpPnrIDTdsKH5, kPzsL2i3teMYv0FxEYQ6, UgBBYS2sOqTuMpoF3BR0, hpp4J3VqNfWAUOO0d1Us, nPczCjzI2devNBz1zQrb, uYXf8XasLslADfZ2MB4u, gs0tAILXbY5DNrJrsM6F, DTKMou8ccj1ZaWGBiotd, vBKc2FfBKJfcZNyEt1n6, DYkrAHD8iwork3YSUBbs, 56AoDkrOh6qfVPDXZ7Pt, eR40ATw9ArzDf9h3v7t7, g6xIsTj2HwM6VR4iXFCw, lcMyyd2HUfFzxdCaC4Ta, 6aDn1KB0hjpdcocrUkmq, Sq93GQT4X1lKDXsQcixO, flHkNRp1BlvT73UL6gyz, 9yzdeviXkFddZ4Oz8Mok, pPdl9cQBQq4p6mRkZy2Z, zYcjlYFOd3taleS0gkk3, nzeAacJi50IvxcyDnMXa, ruirxsoakN0GWmGNIo04, TC0Zp7WVFzhA8zpTlRqV, ljo9gAlSqKOvF6D8sOsX, PPzYpIqttlTYA83688JI, 8JVbfL6oEdmuxKn5DK2C, iCrDUkL56s3C8sCRl7wb, wJqPPQ618aTW29mptyoc, EiNlNiXeDU1pqqOPrYMO, 4YYIPFl9wE5c4L2eu2Gb, 6F5Zhi321D3Oq7v1oNT4, YXpFCvM1S3JbWEJhoskW, LG95yZDEHg6fCZdQjLqj, CeNX9CMwmxDxUF5Q2Inm, aD6riP1btT197c6dACmy, mtrellq69YZsNwzUSyXh, dHd5gvgSOzSfduK4CvEg, eVItLK1UvXctxuaRV2Oq, esy0r39YPLQjOczyOib8, Tsns2HvNFKfGiNjllgqo, 1U02n4nD6AdIZ9CjF053, AeRdCCKzvd23BpJoofzx, LruHrtVF6PSyGItzMNHS, 1wGbFxmAM3Fgw63G1zZJ, hqfrgApggtO1785R4Fsn, MJ0RnG71ty4LH3dvNfSd
    Default: 'EkK5I93UQWFDigLMpZcX'
    Example: 'EkK5I93UQWFDigLMpZcX'
    """

    stability: float | None = None
    """Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
    From 0 to 1, in steps of 0.01.
    Default: 0.5
    Example: 0.5
    """

    similarity_boost: float | None = None
    """Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
    From 0 to 1, in steps of 0.01.
    Default: 0.75
    Example: 0.75
    """

    style: float | None = None
    """Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01) (step: 0.01)
    From 0 to 1, in steps of 0.01.
    Default: 0
    Example: 0
    """

    speed: float | None = None
    """Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01) (step: 0.01)
    From 0.7 to 1.2, in steps of 0.01.
    Default: 1
    Example: 1
    """

    timestamps: bool | None = None
    """Whether to return timestamps for each word in the generated speech (Boolean value (true/false))
    Example: False
    """

    previous_text: str | None = None
    """The text that came before the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
    Up to 5000 characters.
    Example: ''
    """

    next_text: str | None = None
    """The text that comes after the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
    Up to 5000 characters.
    Example: ''
    """

    language_code: str | None = None
    """Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5 and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is provided. (Max length: 500 characters)
    Up to 500 characters.
    Example: ''
    """
