"""Gemini 2.5 Pro Text to Speech: `google/gemini-2-5-pro-tts` (text-to-speech, audio output).

Generated from specs/models/google/gemini-2-5-pro-tts.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GoogleGemini25ProTtsInput"]

SPEC: Final = ModelSpec(
    id="google/gemini-2-5-pro-tts",
    title="Gemini 2.5 Pro Text to Speech",
    kind="text-to-speech",
    output="audio",
    description="",
    module="google_gemini_2_5_pro_tts",
    class_name="GoogleGemini25ProTtsInput",
    group="google",
    method="gemini_2_5_pro_tts",
    fields=(
        FieldSpec(
            name="temperature",
            py_name="temperature",
            type="number",
            description="Sampling temperature, e.g., 1",
            default=1,
            minimum=0,
            maximum=2,
        ),
        FieldSpec(
            name="scene",
            py_name="scene",
            type="string",
            description='Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."',
            default="",
        ),
        FieldSpec(
            name="sample_context",
            py_name="sample_context",
            type="string",
            description='Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."',
            default="",
        ),
        FieldSpec(
            name="speakers",
            py_name="speakers",
            type="array",
            required=True,
            description="List of speaker configurations",
            items=FieldSpec(
                name="speakers",
                py_name="speakers",
                type="object",
                fields=(
                    FieldSpec(
                        name="speaker_id",
                        py_name="speaker_id",
                        type="string",
                        required=True,
                        description='Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be 「Speaker N」format',
                        pattern="^Speaker [0-9]+$",
                    ),
                    FieldSpec(
                        name="voice_name",
                        py_name="voice_name",
                        type="enum",
                        required=True,
                        description='Voice name, e.g., "Zephyr", "Fenrir", "Puck"',
                        options=(
                            Option(value="Achernar", label="Achernar"),
                            Option(value="Achird", label="Achird"),
                            Option(value="Algenib", label="Algenib"),
                            Option(value="Algieba", label="Algieba"),
                            Option(value="Alnilam", label="Alnilam"),
                            Option(value="Aoede", label="Aoede"),
                            Option(value="Autonoe", label="Autonoe"),
                            Option(value="Callirrhoe", label="Callirrhoe"),
                            Option(value="Charon", label="Charon"),
                            Option(value="Despina", label="Despina"),
                            Option(value="Enceladus", label="Enceladus"),
                            Option(value="Erinome", label="Erinome"),
                            Option(value="Fenrir", label="Fenrir"),
                            Option(value="Gacrux", label="Gacrux"),
                            Option(value="Iapetus", label="Iapetus"),
                            Option(value="Kore", label="Kore"),
                            Option(value="Laomedeia", label="Laomedeia"),
                            Option(value="Leda", label="Leda"),
                            Option(value="Orus", label="Orus"),
                            Option(value="Puck", label="Puck"),
                            Option(value="Pulcherrima", label="Pulcherrima"),
                            Option(value="Rasalgethi", label="Rasalgethi"),
                            Option(value="Sadachbia", label="Sadachbia"),
                            Option(value="Sadaltager", label="Sadaltager"),
                            Option(value="Schedar", label="Schedar"),
                            Option(value="Sulafat", label="Sulafat"),
                            Option(value="Umbriel", label="Umbriel"),
                            Option(value="Vindemiatrix", label="Vindemiatrix"),
                            Option(value="Zephyr", label="Zephyr"),
                            Option(value="Zubenelgenubi", label="Zubenelgenubi"),
                        ),
                    ),
                    FieldSpec(
                        name="audio_profile",
                        py_name="audio_profile",
                        type="string",
                        description='Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper"',
                    ),
                    FieldSpec(
                        name="accent",
                        py_name="accent",
                        type="enum",
                        required=True,
                        description='Accent, e.g., "British (RP)" or "American (Gen)"',
                        options=(
                            Option(value="Neutral", label="Neutral"),
                            Option(value="American (Gen)", label="American (Gen)"),
                            Option(value="American (Valley)", label="American (Valley)"),
                            Option(value="American (South)", label="American (South)"),
                            Option(value="British (RP)", label="British (RP)"),
                            Option(value="British (Brixton)", label="British (Brixton)"),
                            Option(value="Transatlantic", label="Transatlantic"),
                            Option(value="Australian", label="Australian"),
                        ),
                    ),
                    FieldSpec(
                        name="style",
                        py_name="style",
                        type="enum",
                        description='Emotional style, e.g., "Gentle" or "Deadpan"',
                        options=(
                            Option(value="Vocal Smile", label="Vocal Smile"),
                            Option(value="Newscaster", label="Newscaster"),
                            Option(value="Whisper", label="Whisper"),
                            Option(value="Empathetic", label="Empathetic"),
                            Option(value="Promo/Hype", label="Promo/Hype"),
                            Option(value="Deadpan", label="Deadpan"),
                        ),
                    ),
                    FieldSpec(
                        name="pace",
                        py_name="pace",
                        type="enum",
                        description='Pace, e.g., "Slow" or "Natural"',
                        options=(
                            Option(value="Natural", label="Natural"),
                            Option(value="Rapid Fire", label="Rapid Fire"),
                            Option(value="The Drift", label="The Drift"),
                            Option(value="Staccato", label="Staccato"),
                        ),
                    ),
                ),
            ),
        ),
        FieldSpec(
            name="dialogue_turns",
            py_name="dialogue_turns",
            type="array",
            required=True,
            description="List of dialogue turns, output in sequential order",
            items=FieldSpec(
                name="dialogue_turns",
                py_name="dialogue_turns",
                type="object",
                fields=(
                    FieldSpec(
                        name="speaker_id",
                        py_name="speaker_id",
                        type="string",
                        required=True,
                        description='Corresponding speaker identifier, e.g., "Speaker 1"',
                    ),
                    FieldSpec(
                        name="text",
                        py_name="text",
                        type="string",
                        required=True,
                        description='The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..."',
                        max_length=10000,
                        multiline=True,
                    ),
                ),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GoogleGemini25ProTtsInput:
    """Input of Gemini 2.5 Pro Text to Speech (`google/gemini-2-5-pro-tts`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    speakers: Sequence[Mapping[str, object]]
    """List of speaker configurations
    Required.
    Each item is an object of:
    - speaker_id: Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be 「Speaker N」format Required. Must match: ^Speaker [0-9]+$
    - voice_name: Voice name, e.g., "Zephyr", "Fenrir", "Puck" Required. Options: Achernar, Achird, Algenib, Algieba, Alnilam, Aoede, Autonoe, Callirrhoe, Charon, Despina, Enceladus, Erinome, Fenrir, Gacrux, Iapetus, Kore, Laomedeia, Leda, Orus, Puck, Pulcherrima, Rasalgethi, Sadachbia, Sadaltager, Schedar, Sulafat, Umbriel, Vindemiatrix, Zephyr, Zubenelgenubi
    - audio_profile: Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper"
    - accent: Accent, e.g., "British (RP)" or "American (Gen)" Required. Options: Neutral, American (Gen), American (Valley), American (South), British (RP), British (Brixton), Transatlantic, Australian
    - style: Emotional style, e.g., "Gentle" or "Deadpan" Options: Vocal Smile, Newscaster, Whisper, Empathetic, Promo/Hype, Deadpan
    - pace: Pace, e.g., "Slow" or "Natural" Options: Natural, Rapid Fire, The Drift, Staccato
    """

    dialogue_turns: Sequence[Mapping[str, object]]
    """List of dialogue turns, output in sequential order
    Required.
    Each item is an object of:
    - speaker_id: Corresponding speaker identifier, e.g., "Speaker 1" Required.
    - text: The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..." Required. Up to 10000 characters.
    """

    temperature: float | None = None
    """Sampling temperature, e.g., 1
    From 0 to 2.
    Default: 1
    """

    scene: str | None = None
    """Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."
    Default: ''
    """

    sample_context: str | None = None
    """Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."
    Default: ''
    """
