"""Files the simulator serves: uploads kept on disk, and short-lived direct links to any served file."""

from __future__ import annotations

import math
import mimetypes
import re
import secrets
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from kie_client.api import DOWNLOAD_URL_VALID_MINUTES, UPLOAD_RETENTION_DAYS

from ._http import Refusal, Sink, too_large

UPLOADS_PREFIX = "/files/uploads/"
RESULTS_PREFIX = "/files/results/"
LINKS_PREFIX = "/files/links/"
# A lifetime the API spec leaves out is taken as unlimited.
UPLOAD_LIFETIME = UPLOAD_RETENTION_DAYS * 86_400.0 if UPLOAD_RETENTION_DAYS else math.inf
LINK_LIFETIME = DOWNLOAD_URL_VALID_MINUTES * 60.0 if DOWNLOAD_URL_VALID_MINUTES else math.inf
RESULT_LIFETIME = 86_400.0  # the docs say 24 hours in one place and 14 days in another: the shorter
# A path separator of either kind, NUL or another control character (Unicode category Cc).
_NOT_IN_A_NAME = re.compile(r"[/\\\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class StoredFile:
    file_path: str  # uploadPath/fileName, as Kie reports it
    disk_path: Path
    size: int
    mime_type: str
    uploaded: float  # Unix seconds

    def upload_data(self, base_url: str) -> dict[str, object]:
        """The `data` of an upload response."""
        return {
            "fileName": self.file_path.rsplit("/", 1)[-1],
            "filePath": self.file_path,
            # Percent-encoded, as in any URL: a name may hold spaces, '#', '?' or any letter.
            "downloadUrl": base_url + UPLOADS_PREFIX + quote(self.file_path),
            "fileSize": self.size,
            "mimeType": self.mime_type,
            "uploadedAt": iso_time(self.uploaded),
        }


def iso_time(seconds: float) -> str:
    moment = datetime.fromtimestamp(seconds, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def upload_path(value: object) -> str:
    """`uploadPath` checked as Kie documents it: required, no leading or trailing slash."""
    if not isinstance(value, str) or not value:
        raise Refusal(400, "uploadPath is required: a folder such as 'images/user-uploads'.")
    if value.startswith("/") or value.endswith("/"):
        raise Refusal(400, f"uploadPath {value!r} must not start or end with '/'.")
    if any(_name_problem(part) for part in value.split("/")):
        raise Refusal(400, f"uploadPath {value!r} must be folder names separated by single '/'.")
    return value


def upload_name(given: object, carried: str | None, carried_as: str) -> str | None:
    """The name an upload is kept under, checked the same way wherever it comes from: `fileName`
    if given, else the name the upload carries (`carried_as` says where); None when neither."""
    if given in (None, ""):
        return _file_name(carried, carried_as) if carried else None
    if not isinstance(given, str):
        raise Refusal(400, f"fileName {given!r} must be a plain file name: it is not text.")
    return _file_name(given, "fileName")


def _file_name(name: str, what: str) -> str:
    problem = _name_problem(name)
    if problem:
        raise Refusal(400, f"{what} {name!r} must be a plain file name: {problem}.")
    return name


def _name_problem(name: str) -> str | None:
    """What keeps `name` from being one step of a served path (a folder or file name), if anything."""
    if name in ("", ".", ".."):
        return f"{name!r} is a path step"
    bad = _NOT_IN_A_NAME.search(name)
    return f"it contains {bad[0]!r}" if bad else None


def name_and_type(name: str | None, declared: str | None, random_stem: str) -> tuple[str, str]:
    """An upload's file name (`name`, else a random one with the extension of its type) and its
    MIME type (as declared, else from the name)."""
    mime = (declared or "").split(";")[0].strip()
    if mime == "application/octet-stream":
        mime = ""  # says nothing: the name may say more
    name = name or random_stem + ((mimetypes.guess_extension(mime) or "") if mime else "")
    return name, mime or mimetypes.guess_type(name)[0] or "application/octet-stream"


class LimitedFile:
    """A file being written that refuses to grow past `limit` bytes."""

    def __init__(self, target: Sink, limit: int, what: str = "file") -> None:
        self._target = target
        self._limit = limit
        self._what = what
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self._limit:
            raise too_large(self._limit, self._what)
        return self._target.write(data)


class FileStore:
    """Uploaded files on disk under a private temporary folder, and direct links that expire."""

    def __init__(self, max_file_bytes: int) -> None:
        self.max_file_bytes = max_file_bytes
        self._folder = tempfile.TemporaryDirectory(prefix="kie-simulator-")
        self._files: dict[str, StoredFile] = {}
        self._links: dict[str, tuple[str, float]] = {}  # token -> (served path, expiry)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._folder.cleanup()

    @contextmanager
    def receiving(self) -> Iterator[tuple[Path, LimitedFile]]:
        """A fresh file on disk to stream an upload into, never named after user input, and
        removed again if the upload fails."""
        path = Path(self._folder.name) / secrets.token_hex(16)
        try:
            with path.open("wb") as handle:
                yield path, LimitedFile(handle, self.max_file_bytes)
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    def keep(self, folder: str, name: str, disk_path: Path, mime: str, now: float) -> StoredFile:
        """Store an upload; the same path again replaces the earlier file, as Kie documents."""
        stored = StoredFile(f"{folder}/{name}", disk_path, disk_path.stat().st_size, mime, now)
        with self._lock:
            replaced = self._files.get(stored.file_path)
            self._files[stored.file_path] = stored
        if replaced:
            replaced.disk_path.unlink(missing_ok=True)
        return stored

    def upload(self, file_path: str, now: float) -> StoredFile | None:
        with self._lock:
            stored = self._files.get(file_path)
        return stored if stored and now < stored.uploaded + UPLOAD_LIFETIME else None

    def uploads(self) -> list[StoredFile]:
        with self._lock:
            return sorted(self._files.values(), key=lambda f: f.uploaded)

    def link(self, served_path: str, now: float) -> str:
        token = secrets.token_urlsafe(16)
        with self._lock:
            self._links[token] = (served_path, now + LINK_LIFETIME)
        return LINKS_PREFIX + token

    def resolve_link(self, token: str, now: float) -> str | None:
        with self._lock:
            target = self._links.get(token)
        return target[0] if target and now < target[1] else None
