"""The stamp of the last successful `generate`, so that a run with nothing to do ends before any
YAML, template or formatting library is imported.

The stamp holds two digests: of everything a run reads (the spec files found as the run finds
them, and `incremental.fingerprint`: the generator's code, the templates, api.yaml and the
libraries' versions; with the Python version and the folders of the specs and the output), taken
before that run read them, and of the manifest it wrote. A run whose inputs and manifest still
match, and whose every listed file still has the sha256 the manifest records, would write nothing:
it prints the same summary and stops. A hand-edited or deleted output file fails that hash and
takes the full path, which rewrites it. Only `generate` with a cache folder uses a stamp; `check`
never does. A run removes the stamp before it starts, and writes a new one only once it has
written every file, so a failed run leaves none.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from .incremental import fingerprint
from .paths import spec_files
from .problems import SpecError
from .write import MANIFEST

NAME = "stamp"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inputs(specs_root: Path, out: Path, generator: str) -> str:
    """A digest of everything a run of `generate` into `out` reads, `generator` being
    `incremental.fingerprint`; '' when the specs cannot be listed or read, which a run reports
    and no stamp may hide."""
    digest = hashlib.sha256()
    try:
        where = f"{sys.version}\0{specs_root.resolve()}\0{out.resolve()}\0"
        digest.update(f"{where}{generator}\0".encode())
        for path in spec_files(specs_root):
            data = path.read_bytes()
            digest.update(f"{path.relative_to(specs_root).as_posix()}\0{len(data)}\0".encode())
            digest.update(data)
    except (SpecError, OSError):
        return ""
    return digest.hexdigest()


def forget(cache_dir: Path) -> None:
    (cache_dir / NAME).unlink(missing_ok=True)


def record(cache_dir: Path, read: str, manifest: bytes) -> None:
    """After a successful run: `read` is `inputs()` as taken before the run read its inputs."""
    if not read:
        return
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = cache_dir / f"{NAME}.{os.getpid()}.tmp"
    temporary.write_text(f"{read}\n{_sha256(manifest)}\n", encoding="ascii")
    temporary.replace(cache_dir / NAME)


def unchanged(specs_root: Path, out: Path, cache_dir: Path) -> int | None:
    """How many files a run would leave unchanged, when the stamp shows it would write and remove
    none; None when anything differs, and the run must take the full path."""
    try:
        stamp = (cache_dir / NAME).read_text(encoding="ascii").split()
        listing = (out / MANIFEST).read_bytes()
        if stamp[1:] != [_sha256(listing)]:
            return None
        if stamp[0] != inputs(specs_root, out, fingerprint(specs_root)):
            return None
        count = 1  # the manifest itself
        for line in listing.decode("utf-8").splitlines():
            if line and not line.startswith("#"):
                recorded, _, rel = line.partition("  ")
                if _sha256((out / rel).read_bytes()) != recorded:
                    return None
                count += 1
    except (OSError, ValueError, IndexError):
        return None
    return count
