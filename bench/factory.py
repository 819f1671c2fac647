"""N realistic synthetic model specs, written to a throw-away tree (never into specs/).

Each model mixes every field type and rule kind the real specs use: a multiline prompt, URL inputs
with MIME types and sizes (alone and in lists), integers and floats on step grids, booleans, string
and number options, exclusive/requires/forbid rules, and a docs example.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = (
    "acme",
    "globex",
    "initech",
    "umbrella",
    "hooli",
    "stark",
    "wayne",
    "wonka",
    "tyrell",
    "cyberdyne",
)
KINDS = ("text-to-video", "image-to-video", "video-to-video", "avatar")


def model_id(index: int) -> str:
    return f"{FAMILIES[index % len(FAMILIES)]}/v{index}-{KINDS[index % len(KINDS)]}"


def model_spec(index: int, revision: int = 0) -> dict[str, object]:
    """One model; `revision` changes a description, as a doc update would."""
    seconds = {"5": "5 seconds", "10": "10 seconds"}
    if index % 3 == 0:
        seconds["15"] = "15 seconds"
    return {
        "model": model_id(index),
        "title": f"Synthetic model {index}",
        "kind": KINDS[index % len(KINDS)],
        "output": "video",
        "description": f"A synthetic model for benchmarks (revision {revision}).",
        "input": {
            "prompt": {
                "type": "string",
                "required": True,
                "multiline": True,
                "max_length": 1000 + index % 5 * 500,
                "description": "What the video shows",
                "example": "A fox running through snow at dawn",
            },
            "negative_prompt": {
                "type": "string",
                "max_length": 500,
                "description": "What to avoid",
            },
            "image_url": {
                "type": "url",
                "accept": ["image/jpeg", "image/png", "image/webp"],
                "max_size": "10MB",
                "description": "A start frame",
            },
            "reference_urls": {
                "type": "array",
                "max_items": 4,
                "items": {"type": "url", "accept": ["image/png"], "max_size": "5MB"},
                "description": "Reference images",
            },
            "task_id": {"type": "string", "max_length": 100, "description": "An earlier task"},
            "index": {
                "type": "integer",
                "min": 0,
                "max": 5,
                "step": 1,
                "description": "Which image",
            },
            "seed": {"type": "integer", "min": -1, "max": 2147483647, "description": "Random seed"},
            "cfg_scale": {
                "type": "number",
                "min": 0,
                "max": 1,
                "step": 0.1,
                "description": "Guidance",
                "example": 0.5,
            },
            "sound": {"type": "boolean", "description": "With sound", "example": False},
            "duration": {
                "type": "enum",
                "values": seconds,
                "description": "Seconds",
                "example": "5",
            },
            "fps": {
                "type": "enum",
                "values": {24: "Film", 30: "Video", 60: "Smooth"},
                "description": "Frame rate",
            },
            "resolution": {
                "type": "enum",
                "values": {"720p": "HD", "1080p": "Full HD"},
                "description": "Resolution",
            },
        },
        "rules": [
            {
                "exclusive": ["image_url", "task_id"],
                "message": "Give image_url or task_id, not both.",
            },
            {"requires": {"index": "task_id"}, "message": "index selects an image of task_id."},
            {
                "forbid": {"duration": "10", "resolution": "1080p"},
                "message": "10 s is not offered at 1080p.",
            },
        ],
        "examples": [
            {"name": "docs", "input": {"prompt": "A fox", "duration": "5", "cfg_scale": 0.5}},
        ],
    }


def write_specs(folder: Path, count: int) -> Path:
    """specs/ under `folder` with the real api.yaml and `count` synthetic models; returns it."""
    specs = folder / "specs"
    if specs.exists():
        shutil.rmtree(specs)
    (specs / "models").mkdir(parents=True)
    shutil.copy(ROOT / "specs" / "api.yaml", specs / "api.yaml")
    for index in range(count):
        write_model(specs, index)
    return specs


def write_model(specs: Path, index: int, revision: int = 0) -> Path:
    path = specs / "models" / f"{model_id(index)}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        YAML().dump(model_spec(index, revision), out)
    return path
