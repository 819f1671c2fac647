"""A client's settings from its arguments and the environment, and the API key kept out of sight."""

from __future__ import annotations

import math
import os
import unicodedata
from dataclasses import replace
from typing import NoReturn, SupportsIndex

import httpx

from kie_client._plans import Settings
from kie_client._validate import is_url
from kie_client.api import BASE_URL, UPLOAD_BASE_URL
from kie_client.errors import KEY_PAGE, AuthenticationError

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
DEFAULT_BACKOFF_SECONDS = 0.5  # the first retry waits up to this; each next one up to twice as long
_BLANKS = {"\n": "a newline", "\r": "a carriage return", "\t": "a tab", " ": "a space"}


class ApiKey:
    """The key, shown nowhere: not in a repr, a log line, an error or a pickle. `source` says
    where it came from (`api_key` or `KIE_API_KEY`), for a refusal to name."""

    __slots__ = ("_headers", "source")

    def __init__(self, value: str, source: str = "api_key") -> None:
        # Built once: every request sends them.
        self._headers = httpx.Headers({"Authorization": f"Bearer {value}"})
        self.source = source

    def __repr__(self) -> str:
        return "ApiKey(***)"

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        # A pickle is a file or a pipe to another process: the key would be written out in clear.
        raise TypeError(
            "an API key is not pickled, so that it is never written out: "
            "give the other process the key itself (e.g. KIE_API_KEY)"
        )

    @property
    def headers(self) -> httpx.Headers:
        """The Authorization header, in httpx.Headers: its repr (in a traceback's locals) masks it."""
        return self._headers


def _character(char: str) -> str:
    """A character named without showing the key around it, e.g. `a newline`."""
    if char in _BLANKS:
        return _BLANKS[char]
    kind = "a control character" if char.isascii() else "a non-ASCII character"
    name = unicodedata.name(char, "")
    return f"{kind} (U+{ord(char):04X}{' ' + name if name else ''})"


def _api_key(given: str | None) -> ApiKey:
    """The key from the argument or KIE_API_KEY, refused (without echoing it) unless it is visible
    ASCII: anything else cannot go in an HTTP header, and httpx's error would quote it whole."""
    if not isinstance(given, str | None):
        raise AuthenticationError(f"the API key must be text, not {type(given).__name__}")
    source = "api_key" if given is not None else "KIE_API_KEY"
    raw = given if given is not None else os.environ.get("KIE_API_KEY", "")
    key = raw.strip()
    if not key:
        raise AuthenticationError("no API key: pass api_key=... or set KIE_API_KEY")
    bad = next((index for index, char in enumerate(key) if not "!" <= char <= "~"), None)
    if bad is not None:
        position = len(raw) - len(raw.lstrip()) + bad + 1
        raise AuthenticationError(
            f"the API key has {_character(key[bad])} at position {position}, which no key has "
            f"(nor can an HTTP header carry): copy it again from {KEY_PAGE}"
        )
    return ApiKey(key, source)


def _url_problem(url: str) -> str | None:
    """Why `url` cannot be a base URL, or None."""
    if not is_url(url):
        return "is not an http(s) URL"
    try:
        host = httpx.URL(url).host
    except httpx.InvalidURL as error:
        return f"is not a valid URL ({error})"
    return None if host else "has no host"


def _base(given: str | None, name: str, variable: str, default: str) -> str:
    """A base URL from the argument `name`, else the environment `variable`, else `default`."""
    url = given or os.environ.get(variable) or default
    problem = _url_problem(url)
    if problem:
        raise ValueError(f"{name if given else variable}: {url!r} {problem}")
    return url.rstrip("/")


def _check_numbers(max_retries: int, backoff_seconds: float, poll_deadline_seconds: float) -> None:
    finite = math.isfinite(backoff_seconds) and math.isfinite(poll_deadline_seconds)
    if not finite or max_retries < 0 or backoff_seconds < 0 or poll_deadline_seconds <= 0:
        raise ValueError(
            "max_retries and backoff_seconds must be 0 or more, and poll_deadline_seconds a "
            "finite number above 0"
        )


def revised(
    settings: Settings,
    max_retries: int | None,
    backoff_seconds: float | None,
    poll_deadline_seconds: float | None,
) -> Settings:
    """`settings` with the numbers given (None: kept), checked as a new client's are."""
    changed = replace(
        settings,
        max_retries=settings.max_retries if max_retries is None else max_retries,
        backoff_seconds=settings.backoff_seconds if backoff_seconds is None else backoff_seconds,
        poll_deadline_seconds=(
            settings.poll_deadline_seconds
            if poll_deadline_seconds is None
            else poll_deadline_seconds
        ),
    )
    _check_numbers(changed.max_retries, changed.backoff_seconds, changed.poll_deadline_seconds)
    return changed


def configure(
    api_key: str | None,
    base_url: str | None,
    upload_base_url: str | None,
    max_retries: int,
    backoff_seconds: float,
    poll_deadline_seconds: float,
) -> tuple[ApiKey, Settings]:
    """The key and settings of a client: arguments first, then KIE_API_KEY, KIE_BASE_URL and
    KIE_UPLOAD_BASE_URL, then the documented hosts.

    Nothing goes to a host the user did not name: when a base URL is named (`base_url` or
    KIE_BASE_URL, e.g. a simulator or a proxy) and no upload host is (`upload_base_url` or
    KIE_UPLOAD_BASE_URL), uploads go to the base URL too, not to Kie's upload host."""
    key = _api_key(api_key)
    _check_numbers(max_retries, backoff_seconds, poll_deadline_seconds)
    base = _base(base_url, "base_url", "KIE_BASE_URL", BASE_URL)
    named = bool(base_url or os.environ.get("KIE_BASE_URL"))
    upload_default = base if named else UPLOAD_BASE_URL
    settings = Settings(
        base_url=base,
        upload_base_url=_base(
            upload_base_url, "upload_base_url", "KIE_UPLOAD_BASE_URL", upload_default
        ),
        max_retries=max_retries,
        backoff_seconds=backoff_seconds,
        poll_deadline_seconds=poll_deadline_seconds,
        key_source=key.source,
    )
    return key, settings
