"""Reading request bodies without trusting them: bounded, streamed, and fully drained or refused."""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable, Iterator
from email.message import Message
from typing import Any, Protocol

CHUNK = 64 * 1024
MAX_PART_HEADERS = 16 * 1024
MAX_FORM_FIELD = 64 * 1024
# Past this, the rest of a refused body is not read off the socket; the connection is closed instead.
MAX_DRAIN = 256 * 1024 * 1024
# Kie's deepest request nests 5 levels (body, input, a list, its objects, their values). 64 leaves
# room for any spec while every reader that recurses once a level (the JSON parser, the schema
# check, json.dumps of records and callbacks) stays far below Python's 1,000 frames.
MAX_DEPTH = 64
# Hex digits only: int(..., 16) would also take "-1", "+5", "0x5" and "1_0". 16 digits: 64 bits.
CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_STRING = re.compile(r'"[^"]*"')
_BRACKET = re.compile(r"[\[\]{}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Readable(Protocol):
    def read1(self, size: int, /) -> bytes: ...

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
    """A request body read as it arrives; once more than `limit` bytes are in, it is refused."""

    def __init__(self, stream: Readable, headers: Message, limit: int) -> None:
        self._stream = stream
        self.limit = limit
        self.chunked = "chunked" in headers.get("Transfer-Encoding", "").lower()
        # Bytes not yet read of the whole body (Content-Length) or of its current chunk (chunked).
        self._left = 0
        self._chunk_end_due = False  # chunked: the CRLF that closes a chunk's data comes next
        self._done = False
        self._lost = False  # malformed: where it ends and a next request would start is unknown
        length = headers.get("Content-Length")
        if not self.chunked:
            try:
                self._left = int(length) if length is not None else 0
            except ValueError:
                raise Refusal(400, f"Content-Length {length!r} is not a number.") from None
            if self._left < 0:
                raise Refusal(400, f"Content-Length {length!r} is negative.")
        self.declared = None if self.chunked else self._left

    def chunks(self) -> Iterator[bytes]:
        """The body, chunk by chunk; raises Refusal(413) once more than `limit` bytes arrived."""
        if self.declared is not None and self.declared > self.limit:
            raise too_large(self.limit)
        total = 0
        while chunk := self._next():
            total += len(chunk)
            if total > self.limit:
                raise too_large(self.limit)
            yield chunk

    def read(self) -> bytes:
        return b"".join(self.chunks())

    def json(self) -> Any:
        """The body parsed as a JSON value, or a 400 that says what is wrong with it."""
        raw = self.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise Refusal(400, f"The body is not UTF-8 (byte {error.start}).") from None
        return parse_json(text)

    @property
    def ends_connection(self) -> bool:
        """Whether the connection cannot carry another request: the unread rest is known to be too
        big to read, or the body is malformed and where it ends is lost."""
        return self._lost or (not self.chunked and self._left > MAX_DRAIN)

    def drain(self) -> bool:
        """Discard what is left unread, so the connection can serve the next request (or close
        without a reset that could lose the answer); False when the rest is too big to be worth
        reading or broken, and the connection must be closed instead."""
        if self.ends_connection:
            return False
        drained = 0
        try:
            while chunk := self._next():
                drained += len(chunk)
                if drained > MAX_DRAIN:
                    return False
        except (Refusal, OSError):
            return False
        return True

    def _next(self) -> bytes:
        """The next bytes of the body, as soon as any have arrived (a read never waits to fill a
        buffer, so a limit is noticed at once); b"" once the body has all been read. Where it is
        stays in `self`, so a drain goes on from wherever a refusal stopped reading."""
        if self.chunked and not self._left and not self._done:
            self._left = self._chunk_size()
        if not self._left:
            self._done = True
            return b""
        chunk = self._stream.read1(min(CHUNK, self._left))
        if not chunk:
            ended = "inside a chunk" if self.chunked else "before its Content-Length"
            raise self._malformed(f"The body ended {ended}.")
        self._left -= len(chunk)
        return chunk

    def _chunk_size(self) -> int:
        """The size of the next chunk, read from its size line; 0 for the last, trailers read."""
        if self._chunk_end_due and self._stream.readline(1024) not in (b"\r\n", b"\n"):
            raise self._malformed("Malformed chunked transfer encoding.")
        digits = self._stream.readline(1024).split(b";")[0].strip()
        if not CHUNK_SIZE.fullmatch(digits):
            raise self._malformed("Malformed chunked transfer encoding.")
        self._chunk_end_due = True
        size = int(digits, 16)
        if size == 0:
            self._skip_trailers()
        return size

    def _skip_trailers(self) -> None:
        read = 0
        while (line := self._stream.readline(1024)) not in (b"\r\n", b"\n", b""):
            read += len(line)
            if read > MAX_PART_HEADERS:
                raise self._malformed(f"The chunked trailers are over {MAX_PART_HEADERS} bytes.")

    def _malformed(self, message: str) -> Refusal:
        self._lost = True  # reading on could take the body's bytes for a next request
        return Refusal(400, message)


def parse_json(text: str) -> Any:
    """JSON text as a value, or a 400 saying why not, unless it is standard JSON any client could
    send: nested at most MAX_DEPTH deep, every number one a double or Python int holds, every
    string valid Unicode (a \\u escape can spell half a UTF-16 pair, which no UTF-8 text holds)."""
    if _nested_deeper(text, MAX_DEPTH):
        raise Refusal(400, f"The body is nested deeper than {MAX_DEPTH} levels.")
    try:
        value = json.loads(
            text, parse_constant=_not_a_number, parse_float=_double, parse_int=_integer
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise Refusal(400, f"Malformed JSON at {where}: {error.msg}.") from None
    surrogate = _lone_surrogate(value)
    if surrogate:
        where, char = surrogate
        field = where.encode("utf-8", "backslashreplace").decode() if where else "The body"
        raise Refusal(
            400,
            f"{field} is not valid text: it holds the lone surrogate {char!a}, which UTF-8"
            " cannot encode.",
        )
    return value


def _nested_deeper(text: str, limit: int) -> bool:
    """Whether JSON text opens more than `limit` arrays and objects inside one another, checked
    before parsing, which recurses once a level; brackets inside strings do not count."""
    if text.count("[") + text.count("{") <= limit:
        return False  # too few to nest that deep; spares a scan of a large upload's one string
    outside = _STRING.sub("", _ESCAPE.sub("", text))  # escapes go first: every quote left is one
    depth = 0
    for bracket in _BRACKET.finditer(outside):
        depth += 1 if bracket[0] in "[{" else -1
        if depth > limit:
            return True
    return False


def _not_a_number(constant: str) -> Any:
    raise Refusal(400, f"The body is not valid JSON: {constant} is not a JSON number.")


def _double(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # 1e400 is JSON, but a double cannot hold it: it reads as inf
        shown = text if len(text) <= 40 else f"{text[:30]}... ({len(text)} characters)"
        raise Refusal(400, f"The body holds a number beyond the range of a double: {shown}.")
    return number


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        digits = len(text.lstrip("-"))
        limit = sys.get_int_max_str_digits()
        raise Refusal(
            400, f"The body holds a number of {digits} digits; at most {limit} are read."
        ) from None


def _lone_surrogate(value: Any) -> tuple[str, str] | None:
    """Where the first lone surrogate in a parsed JSON value is, and which one it is."""
    for where, text in _strings(value, ""):
        if not text.isascii() and (found := _SURROGATE.search(text)):
            return where, found[0]
    return None


def _strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every string in a parsed JSON value, keys included, with where it is: `input.urls[0]`."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            inner = f"{where}.{key}" if where else key
            yield inner, key
            yield from _strings(item, inner)


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
