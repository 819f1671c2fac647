"""A client's settings from its arguments and the environment, and the API key kept out of sight."""

from __future__ import annotations

import os

import httpx

from kie_client._plans import Settings
from kie_client._validate import is_url
from kie_client.api import BASE_URL, UPLOAD_BASE_URL
from kie_client.errors import AuthenticationError

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
DEFAULT_BACKOFF_SECONDS = 0.5  # the first retry waits up to this; each next one up to twice as long


class ApiKey:
    """The key, shown nowhere: not in a repr, a log line or an error."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def __repr__(self) -> str:
        return "ApiKey(***)"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._value}"}


def _base(given: str | None, variable: str, default: str) -> str:
    url = given or os.environ.get(variable) or default
    if not is_url(url):
        raise ValueError(f"{url!r} is not an http(s) base URL (from the argument or {variable})")
    return url.rstrip("/")


def configure(
    api_key: str | None,
    base_url: str | None,
    upload_base_url: str | None,
    max_retries: int,
    backoff_seconds: float,
    poll_deadline_seconds: float,
) -> tuple[ApiKey, Settings]:
    """The key and settings of a client: arguments first, then KIE_API_KEY, KIE_BASE_URL and
    KIE_UPLOAD_BASE_URL, then the documented hosts."""
    key = api_key if api_key is not None else os.environ.get("KIE_API_KEY", "")
    if not key.strip():
        raise AuthenticationError("no API key: pass api_key=... or set KIE_API_KEY")
    if max_retries < 0 or backoff_seconds < 0 or poll_deadline_seconds <= 0:
        raise ValueError(
            "max_retries and backoff_seconds must be 0 or more, and poll_deadline_seconds above 0"
        )
    settings = Settings(
        base_url=_base(base_url, "KIE_BASE_URL", BASE_URL),
        upload_base_url=_base(upload_base_url, "KIE_UPLOAD_BASE_URL", UPLOAD_BASE_URL),
        max_retries=max_retries,
        backoff_seconds=backoff_seconds,
        poll_deadline_seconds=poll_deadline_seconds,
    )
    return ApiKey(key.strip()), settings
