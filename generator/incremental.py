"""Work kept between runs, keyed by content: a spec file that has not changed, under a generator
that has not changed, is neither parsed nor checked nor rendered again.

An entry's key hashes the spec's bytes and path with a fingerprint of everything that could change
the result: the generator's code and meta-schemas, the templates and runtime, api.yaml, and the
versions of the libraries involved. Any change to one of them misses every entry.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported to run: the stamp check of a no-op `generate` needs fingerprint()
    from .spec import ModelSpec

GENERATOR_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = GENERATOR_DIR.parent / "templates"
LIBRARIES = ("black", "jinja2", "jsonschema", "ruamel.yaml")


def fingerprint(specs_root: Path) -> str:
    digest = hashlib.sha256()
    for library in LIBRARIES:
        digest.update(f"{library}=={version(library)}\0".encode())
    roots = {"generator": GENERATOR_DIR, "templates": TEMPLATES_DIR}
    for name, root in roots.items():
        for path in sorted(
            p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ):
            digest.update(
                f"{name}/{path.relative_to(root).as_posix()}\0".encode() + path.read_bytes()
            )
    api = specs_root / "api.yaml"
    digest.update(b"api.yaml\0" + (api.read_bytes() if api.is_file() else b"-"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Entry:
    model: ModelSpec | None  # checked: it had no problems; None for the project-wide files
    outputs: dict[str, str | bytes] | None = None  # its files, rendered and formatted


class Store:
    """Checked models and their output files under `folder`; a None folder keeps nothing."""

    def __init__(self, folder: Path | None, specs_root: Path) -> None:
        self.folder = folder
        self.fingerprint = fingerprint(specs_root) if folder else ""
        self._seen: dict[str, Entry] = {}  # loading checks a spec, producing asks again

    def key(self, rel: str, content: bytes) -> str:
        return hashlib.sha256(f"{self.fingerprint}\0{rel}\0".encode() + content).hexdigest()

    def get(self, key: str) -> Entry | None:
        if self.folder is None:
            return None
        if key in self._seen:
            return self._seen[key]
        try:
            entry = pickle.loads((self.folder / key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None  # absent, or written by another version: do the work again
        if not isinstance(entry, Entry):
            return None
        self._seen[key] = entry
        return entry

    def put(self, key: str, entry: Entry) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f"{key}.{os.getpid()}.tmp"
        temporary.write_bytes(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(self.folder / key)
        self._seen[key] = entry
