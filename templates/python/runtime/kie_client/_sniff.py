"""What a file's content is, told by its first bytes, for the types model inputs accept: a file's
name can say anything (a text file named `cat.png` would be uploaded and paid for).

`sniff(head)` gives the media types the bytes may be. A container can hold several kinds (an MP4
file may be video or only audio), so some signatures give more than one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

HEAD_BYTES = 512  # enough for every signature below (Matroska names its kind within ~40)

_ISO_MEDIA = ("video/mp4", "audio/mp4")  # any other brand: mp41, mp42, isom, avc1, dash...
_QUICKTIME = ("video/quicktime",)
_QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}  # MOV before ftyp
_WEBM = ("video/webm", "audio/webm")
_MATROSKA = ("video/x-matroska", "audio/x-matroska")
_BMP = ("image/bmp",)
_BMP_HEADER_SIZES = {12, 40, 52, 56, 64, 108, 124}  # the DIB header sizes BMP versions use
_AAC = ("audio/aac",)
_MP3 = ("audio/mpeg",)

_PREFIXES: tuple[tuple[bytes, tuple[str, ...]], ...] = (
    (b"\x89PNG\r\n\x1a\n", ("image/png",)),
    (b"\xff\xd8\xff", ("image/jpeg",)),
    (b"GIF87a", ("image/gif",)),
    (b"GIF89a", ("image/gif",)),
    (b"II*\x00", ("image/tiff",)),
    (b"MM\x00*", ("image/tiff",)),
    (b"fLaC", ("audio/flac",)),
    (b"OggS", ("audio/ogg", "video/ogg")),
    (b"ID3", _MP3),  # an ID3 tag opens most MP3 files
    (b"ADIF", _AAC),
    (b"0&\xb2u\x8ef\xcf\x11\xa6\xd9\x00\xaa\x00b\xcel", ("audio/x-ms-wma", "video/x-ms-wmv")),
    (b"%PDF-", ("application/pdf",)),
    (b"PK\x03\x04", ("application/zip",)),
)
_RIFF = {b"WEBP": ("image/webp",), b"WAVE": ("audio/wav",), b"AVI ": ("video/x-msvideo",)}
# ISO media files (MP4, MOV, M4A, HEIF) name their kind by the `ftyp` box's major brand.
_BRANDS = {
    b"qt  ": _QUICKTIME,
    b"M4A ": ("audio/mp4",),
    b"M4B ": ("audio/mp4",),
    b"heic": ("image/heic",),
    b"heix": ("image/heic",),
    b"mif1": ("image/heif", "image/heic"),
    b"msf1": ("image/heif", "image/heic"),
    b"avif": ("image/avif",),
}


def _riff(head: bytes) -> tuple[str, ...]:
    return _RIFF.get(head[8:12], ()) if head.startswith(b"RIFF") else ()


def _iso_media(head: bytes) -> tuple[str, ...]:
    if head[:1] != b"\0":  # a first box is far below 16 MiB; text never begins with NUL
        return ()
    box = head[4:8]
    if box == b"ftyp":
        return _BRANDS.get(head[8:12], _ISO_MEDIA)
    return _QUICKTIME if box in _QUICKTIME_ATOMS else ()


def _matroska(head: bytes) -> tuple[str, ...]:
    if not head.startswith(b"\x1a\x45\xdf\xa3"):  # EBML
        return ()
    return _WEBM if b"webm" in head else _MATROSKA


def _bmp(head: bytes) -> tuple[str, ...]:
    # "BM" alone begins too much text: the reserved bytes and header size must agree too.
    header_size = int.from_bytes(head[14:18], "little")
    bmp = head[:2] == b"BM" and head[6:10] == b"\0\0\0\0" and header_size in _BMP_HEADER_SIZES
    return _BMP if bmp else ()


def _mpeg_frame(head: bytes) -> tuple[str, ...]:
    """MPEG audio without a tag: an MP3 frame, or an AAC ADTS frame (layer bits 00)."""
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return ()
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    if layer == 0:
        return _AAC if head[1] & 0xF0 == 0xF0 else ()
    return _MP3 if version != 1 and head[2] >> 4 != 15 else ()


_READERS: tuple[Callable[[bytes], tuple[str, ...]], ...] = (
    _riff,
    _iso_media,
    _matroska,
    _bmp,
    _mpeg_frame,
)


def sniff(head: bytes) -> tuple[str, ...]:
    """The media types the first bytes of a file may be; () when they match no signature."""
    for prefix, types in _PREFIXES:
        if head.startswith(prefix):
            return types
    return next((types for read in _READERS if (types := read(head))), ())


def head_of(path: Path) -> bytes:
    """The first HEAD_BYTES of a file (raises OSError when it cannot be read)."""
    with path.open("rb") as file:
        return file.read(HEAD_BYTES)


def looks_like(head: bytes) -> str:
    """What the first bytes of a file look like, for a message: `image/png`, `text`, ..."""
    types = sniff(head)
    if types:
        return " or ".join(types)
    if not head:
        return "an empty file"
    if _is_text(head):
        return "text"
    return f"no known file type (it begins {head[:8].hex(' ')})"


def _is_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # not just a character cut off at the end
            return False
        text = head[: error.start].decode("utf-8")
    return all(char.isprintable() or char in "\t\n\r\f" for char in text)


# Every type some signature tells: a file of any other type cannot be told by its content.
KNOWN_TYPES = frozenset(
    t
    for types in (
        *(types for _, types in _PREFIXES),
        *_RIFF.values(),
        *_BRANDS.values(),
        _ISO_MEDIA,
        _QUICKTIME,
        _WEBM,
        _MATROSKA,
        _BMP,
        _AAC,
        _MP3,
    )
    for t in types
)
