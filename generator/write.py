"""Stage 6: write the rendered tree: only changed files, each atomically; remove what no spec produces."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".generated-files"
# Things that tools create inside generated/ (installs, test runs) and that are not output.
_NOT_OUTPUT = frozenset(
    {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist"}
)


def as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def manifest(files: dict[str, bytes]) -> bytes:
    lines = [f"{hashlib.sha256(data).hexdigest()}  {path}" for path, data in sorted(files.items())]
    return (
        "# Files written by kie-codegen, with their sha256; do not edit.\n"
        + "\n".join(lines)
        + "\n"
    ).encode()


def with_manifest(files: dict[str, str | bytes]) -> dict[str, bytes]:
    out = {path: as_bytes(content) for path, content in files.items()}
    out[MANIFEST] = manifest(out)
    return out


def existing_files(root: Path) -> set[str]:
    """Every file under `root` that could be output, ignoring what tools leave behind."""
    if not root.is_dir():
        return set()
    found = set()
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if path.is_file() and not any(p in _NOT_OUTPUT or p.endswith(".egg-info") for p in parts):
            found.add("/".join(parts))
    return found


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(target)


def _previous_outputs(root: Path) -> set[str]:
    listing = root / MANIFEST
    if not listing.is_file():
        return set()
    lines = listing.read_text(encoding="utf-8").splitlines()
    return {line.split("  ", 1)[1] for line in lines if line and not line.startswith("#")} | {
        MANIFEST
    }


@dataclass
class Changes:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def write_tree(root: Path, files: dict[str, bytes]) -> Changes:
    """Write `files` under `root`. Files an earlier run wrote that are not in `files` are removed;
    anything else found there is left alone. The manifest is written last."""
    changes = Changes()
    previous = _previous_outputs(root)  # before the new manifest replaces the old one
    for path in sorted(files, key=lambda p: p == MANIFEST):
        target = root / path
        if target.is_file() and target.read_bytes() == files[path]:
            changes.unchanged += 1
            continue
        _write_atomic(target, files[path])
        changes.written.append(path)
    for path in sorted(previous - set(files)):
        target = root / path
        if target.is_file():
            target.unlink()
            changes.removed.append(path)
            for parent in target.parents:
                if parent == root or any(parent.iterdir()):
                    break
                parent.rmdir()
    return changes


@dataclass
class Drift:
    changed: list[str]
    missing: list[str]
    extra: list[str]

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.extra)


def compare_tree(root: Path, files: dict[str, bytes]) -> Drift:
    """How `root` differs from what the specs produce."""
    present = existing_files(root)
    return Drift(
        changed=sorted(p for p in files if p in present and (root / p).read_bytes() != files[p]),
        missing=sorted(set(files) - present),
        extra=sorted(present - set(files)),
    )
