"""The API key `kie auth login` saves: a file in the user's config folder that only they can read,
used by commands given no key by --api-key or $KIE_API_KEY."""

from __future__ import annotations

import contextlib
import getpass
import os
import stat
import tempfile
from pathlib import Path
from typing import TextIO

from kie_client._config import _api_key
from kie_client.errors import AuthenticationError

OTHERS = 0o077  # the permission bits of the group and of everyone else


def key_file() -> Path:
    """Where the key is saved: %APPDATA%\\kie\\key on Windows, else $XDG_CONFIG_HOME/kie/key or
    ~/.config/kie/key (XDG ignores a relative $XDG_CONFIG_HOME)."""
    if os.name == "nt":
        folder = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        config = os.environ.get("XDG_CONFIG_HOME", "")
        folder = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return folder / "kie" / "key"


def saved_key() -> str | None:
    """The saved key, or None when there is none.

    A file others can read is refused (PermissionError), as ssh refuses such a private key: the key
    may have been copied already, and a warning on every run is soon ignored, while a refusal gets
    it fixed (chmod 600, or a new key saved by `kie auth login`)."""
    path = key_file()
    try:
        # Bytes that are no text become U+FFFD, which the client then refuses by name.
        with path.open(encoding="utf-8", errors="replace") as file:
            mode = os.fstat(file.fileno()).st_mode  # of the file read, not of a name swapped since
            if os.name != "nt" and mode & OTHERS:
                raise PermissionError(
                    f"{path} can be read or changed by others (mode {stat.filemode(mode)}), so its "
                    f"key is not used: run `chmod 600 {path}`, or save a new key with "
                    "`kie auth login`"
                )
            return file.read().strip()
    except FileNotFoundError:
        return None


def save_key(key: str) -> Path:
    """Save `key`, readable by the user alone, in place of any saved before; returns the file.

    It is written to a new file (mkstemp makes it 0600) and renamed over the old one, so that no
    reader ever sees half a key nor a moment where others may read it. On Windows the file gets
    the folder's access list, which %APPDATA% keeps to its user."""
    path = key_file()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.parent.chmod(0o700)  # also when it was made before, more open
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".key-")
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(key + "\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path


def forget_key() -> Path | None:
    """Remove the saved key; returns its file, or None when none was saved."""
    path = key_file()
    try:
        path.unlink()
    except FileNotFoundError:
        return None
    return path


def read_key(stdin: TextIO | None) -> str:
    """The key from the user: typed at a prompt that does not show it when stdin is a terminal,
    else read from stdin (`echo KEY | kie auth login`); "" when none is given."""
    if stdin is None:  # started with stdin closed
        return ""
    if not stdin.isatty():
        return stdin.read()
    try:
        return getpass.getpass("Kie API key (not shown as you type): ")
    except EOFError:  # Ctrl-D at the prompt
        return ""


def checked_key(text: str) -> str:
    """`text` without blanks around it, as a key; refused (ValueError, which does not quote it)
    as the client refuses a key: a key is visible ASCII."""
    if not text.strip():
        raise ValueError(
            'no key given: paste it at the prompt, or pipe it in: echo "$KEY" | kie auth login'
        )
    try:
        _api_key(text)
    except AuthenticationError as error:
        raise ValueError(str(error)) from None
    return text.strip()


def masked(key: str) -> str:
    """The key as shown: its last 4 characters, if it is long enough that they give little away."""
    return "****" + key[-4:] if len(key) >= 16 else "****"
