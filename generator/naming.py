"""Python names for spec names: snake_case modules and attributes, PascalCase classes, escaped reserved words."""

from __future__ import annotations

import builtins
import keyword
import re

# Names the generated code itself uses where a field or group name would shadow them.
_RESERVED = frozenset({"self", "cls", "client", "callback_url", "request"})
# Client attributes that groups of models must not replace.
CLIENT_ATTRIBUTES = frozenset(
    {
        "tasks",
        "callbacks",
        "submit",
        "create_task",
        "credits",
        "download_url",
        "download",
        "upload_file",
        "upload_url",
        "upload_base64",
        "close",
        "aclose",
        "run",
        "with_options",
        "batch",
    }
)


def snake(text: str) -> str:
    """`kling-2.6/Image-To-Video` -> `kling_2_6_image_to_video`; camelCase splits at capitals."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()


def identifier(text: str) -> str:
    """A safe Python identifier: snake_case, never a keyword, builtin or reserved name."""
    name = snake(text) or "field"
    if name[0].isdigit():
        name = "v" + name  # ids such as 2-5-turbo are versions
    if (
        keyword.iskeyword(name)
        or keyword.issoftkeyword(name)
        or hasattr(builtins, name)
        or name in _RESERVED
    ):
        name += "_"
    return name


def pascal(text: str) -> str:
    """`kling_2_6_image_to_video` -> `Kling26ImageToVideo`."""
    name = "".join(part[:1].upper() + part[1:] for part in snake(text).split("_"))
    return "V" + name if name[:1].isdigit() else name


def model_names(model_id: str) -> dict[str, str]:
    """Module, input class, client group and method for a model id."""
    family, _, rest = model_id.partition("/")
    return {
        "module": identifier(model_id),
        "class_name": pascal(model_id) + "Input",
        "group": identifier(family),
        "method": identifier(rest) if rest else "run",
    }
