"""Where the pack finds the API key and hosts: never in a widget, since widget values are saved
inside every workflow file a user shares.

Each setting comes from its environment variable, else from a one-line file of ComfyUI's user
folder: `ComfyUI/user/kie/api_key`, `base_url`, `upload_base_url`, `wait_seconds`. A base URL
given without an upload URL serves uploads too, so that files go to no host the user did not name.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from kie_client import AsyncKieClient
from kie_client.api import POLL_DEADLINE_SECONDS

from . import _host

SETTINGS = {
    "api_key": "KIE_API_KEY",
    "base_url": "KIE_BASE_URL",
    "upload_base_url": "KIE_UPLOAD_BASE_URL",
    "wait_seconds": "KIE_WAIT_SECONDS",  # how long a node waits for its task (the client's default)
}


class MissingKey(RuntimeError):
    pass


def settings_folder() -> Path:
    return _host.user_folder() / "kie"


def _setting(name: str) -> str | None:
    value = os.environ.get(SETTINGS[name], "").strip()
    if value:
        return value
    path = settings_folder() / name
    if not path.is_file():
        return None
    return path.read_text(encoding="utf-8").strip() or None


def _wait_seconds() -> float:
    given = _setting("wait_seconds")
    if given is None:
        return POLL_DEADLINE_SECONDS
    try:
        seconds = float(given)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"wait_seconds: {given!r} is not a number of seconds above 0")
    return seconds


def client() -> AsyncKieClient:
    """A client with the settings as they are now (a key written while ComfyUI runs is used)."""
    key = _setting("api_key")
    if key is None:
        raise MissingKey(
            "no Kie.ai API key: set KIE_API_KEY before starting ComfyUI, or write the key "
            f"alone into {settings_folder() / 'api_key'} (from https://kie.ai/api-key)"
        )
    base_url = _setting("base_url")
    return AsyncKieClient(
        key,
        base_url=base_url,
        upload_base_url=_setting("upload_base_url"),  # None: the client uploads to base_url
        poll_deadline_seconds=_wait_seconds(),
    )
