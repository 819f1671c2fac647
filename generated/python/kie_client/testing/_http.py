"""Reading request bodies without trusting them: bounded, streamed, and fully drained or refused."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from email.message import Message
from typing import Any, Protocol

CHUNK = 64 * 1024
MAX_PART_HEADERS = 16 * 1024
MAX_FORM_FIELD = 64 * 1024
# Past this, the rest of a refused body is not read off the socket; the connection is closed instead.
MAX_DRAIN = 256 * 1024 * 1024


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...

    def readline(self, size: int, /) -> bytes: ...


class Refusal(Exception):
    """A request the simulator refuses: answered with a Kie envelope carrying `code`."""

    def __init__(
        self, code: int, message: str, *, data: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data
        self.headers = headers or {}


def too_large(limit: int, what: str = "request body") -> Refusal:
    return Refusal(413, f"The {what} is over the limit of {limit} bytes.")


class RequestBody:
    """A request body read in chunks; more than `limit` bytes is refused before it is all held."""

    def __init__(self, stream: Readable, headers: Message, limit: int) -> None:
        self._stream = stream
        self.limit = limit
        self.chunked = "chunked" in headers.get("Transfer-Encoding", "").lower()
        self._left: int | None = None  # bytes of a Content-Length body not yet read
        self._done = False
        length = headers.get("Content-Length")
        if not self.chunked:
            try:
                self._left = int(length) if length is not None else 0
            except ValueError:
                raise Refusal(400, f"Content-Length {length!r} is not a number.") from None
            if self._left < 0:
                raise Refusal(400, f"Content-Length {length!r} is negative.")
        self.declared = self._left  # None when chunked

    def chunks(self) -> Iterator[bytes]:
        """The body, chunk by chunk; raises Refusal(413) once more than `limit` bytes arrived."""
        if self.declared is not None and self.declared > self.limit:
            raise too_large(self.limit)
        total = 0
        for chunk in self._raw_chunks():
            total += len(chunk)
            if total > self.limit:
                raise too_large(self.limit)
            yield chunk

    def read(self) -> bytes:
        return b"".join(self.chunks())

    def json(self) -> Any:
        """The body parsed as a JSON value, or a 400 that says where it is malformed."""
        raw = self.read()
        try:
            return json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            raise Refusal(400, f"The body is not UTF-8 (byte {error.start}).") from None
        except json.JSONDecodeError as error:
            where = f"line {error.lineno} column {error.colno}"
            raise Refusal(400, f"Malformed JSON at {where}: {error.msg}.") from None

    def drain(self) -> bool:
        """Discard what is left unread, so the connection can serve the next request; False when the
        rest is too big to be worth reading or broken, and the connection must be closed instead."""
        if self._done:
            return True
        if self._left is not None and self._left > MAX_DRAIN:
            return False
        drained = 0
        try:
            for chunk in self._raw_chunks():
                drained += len(chunk)
                if drained > MAX_DRAIN:
                    return False
        except (Refusal, OSError):
            return False
        return True

    def _raw_chunks(self) -> Iterator[bytes]:
        if self._done:
            return
        if self.chunked:
            yield from self._chunked()
        else:
            while self._left:
                chunk = self._stream.read(min(CHUNK, self._left))
                if not chunk:
                    raise Refusal(400, "The body ended before its Content-Length.")
                self._left -= len(chunk)
                yield chunk
        self._done = True

    def _chunked(self) -> Iterator[bytes]:
        while True:
            line = self._stream.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                raise Refusal(400, "Malformed chunked transfer encoding.") from None
            if size == 0:
                while self._stream.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers, unused
                return
            while size:
                chunk = self._stream.read(min(CHUNK, size))
                if not chunk:
                    raise Refusal(400, "The body ended inside a chunk.")
                size -= len(chunk)
                yield chunk
            self._stream.readline(1024)


class Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


# Where one part of a multipart form goes: given (name, filename, content type), a writable sink.
SinkFactory = Callable[[str, str | None, str | None], Sink]


def read_multipart(chunks: Iterator[bytes], boundary: str, open_sink: SinkFactory) -> None:
    """Stream a multipart/form-data body into sinks, one per part, never holding a part whole."""
    reader = _Buffer(chunks)
    delimiter = b"--" + boundary.encode("latin-1")
    reader.skip_past(delimiter, "the first boundary")
    while True:
        if reader.peek(2) == b"--":
            return
        reader.expect(b"\r\n")
        headers = _part_headers(reader.until(b"\r\n\r\n", MAX_PART_HEADERS, "part headers"))
        disposition = Message()
        disposition["Content-Disposition"] = headers.get("content-disposition", "")
        name = disposition.get_param("name", header="Content-Disposition")
        if not isinstance(name, str):
            raise Refusal(400, "A form part has no name.")
        filename = disposition.get_param("filename", header="Content-Disposition")
        sink = open_sink(
            name, filename if isinstance(filename, str) else None, headers.get("content-type")
        )
        reader.copy_until(b"\r\n" + delimiter, sink)


def _part_headers(raw: bytes) -> dict[str, str]:
    headers = {}
    for line in raw.decode("utf-8", "replace").split("\r\n"):
        key, sep, value = line.partition(":")
        if not sep:
            raise Refusal(400, f"Malformed form part header {line!r}.")
        headers[key.strip().lower()] = value.strip()
    return headers


class _Buffer:
    """Bytes from a chunk iterator with just enough look-ahead to find a delimiter across chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._data = b""

    def _more(self, what: str) -> None:
        chunk = next(self._chunks, None)
        if chunk is None:
            raise Refusal(400, f"The multipart body ended before {what}.")
        self._data += chunk

    def peek(self, size: int) -> bytes:
        while len(self._data) < size:
            self._more("its closing boundary")
        return self._data[:size]

    def expect(self, token: bytes) -> None:
        if self.peek(len(token)) != token:
            raise Refusal(400, "Malformed multipart body: a boundary is not followed by CRLF.")
        self._data = self._data[len(token) :]

    def skip_past(self, token: bytes, what: str) -> None:
        while (at := self._data.find(token)) < 0:
            self._data = self._data[-len(token) :]
            self._more(what)
        self._data = self._data[at + len(token) :]

    def until(self, token: bytes, limit: int, what: str) -> bytes:
        while (at := self._data.find(token)) < 0:
            if len(self._data) > limit:
                raise Refusal(400, f"The multipart {what} are over {limit} bytes.")
            self._more(what)
        found, self._data = self._data[:at], self._data[at + len(token) :]
        return found

    def copy_until(self, token: bytes, sink: Sink) -> None:
        while (at := self._data.find(token)) < 0:
            keep = len(token) - 1  # a delimiter may straddle this chunk and the next
            if len(self._data) > keep:
                sink.write(self._data[:-keep])
                self._data = self._data[-keep:]
            self._more("the end of a part")
        sink.write(self._data[:at])
        self._data = self._data[at + len(token) :]
