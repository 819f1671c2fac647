"""Stand-in for ComfyUI's folder_paths: only the user folder, which a test sets."""

from __future__ import annotations

user_directory = ""


def get_user_directory() -> str:
    return user_directory
