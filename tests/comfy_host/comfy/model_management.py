"""Stand-in for comfy.model_management: the flag ComfyUI's Cancel sets."""

from __future__ import annotations

_interrupted = False


class InterruptProcessingException(Exception):
    pass


def interrupt_current_processing(value: bool = True) -> None:
    global _interrupted
    _interrupted = value


def processing_interrupted() -> bool:
    return _interrupted
