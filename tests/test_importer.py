"""`python -m generator import PAGE`: doc pages of the API-tab form, read faithfully, become valid
draft specs (the other forms: test_page_*.py; several pages at once: test_import_batch.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SPECS, problems_in, spec_data
from generator.cli import main
from generator.pipeline import generate

DOCS = ROOT.parent / "shared" / "kie-docs"
PAGES = sorted(DOCS.glob("*.txt")) if DOCS.is_dir() else []
needs_docs = pytest.mark.skipif(not PAGES, reason=f"the doc pages are not here ({DOCS})")
# What the committed specs add to a page and the importer cannot know: decisions a person made.
PERSON_ADDED = {"nullable", "min_items", "max_items", "multiline"}


def essence(spec: dict[str, Any]) -> dict[str, Any]:
    """What a page states: fields, types, limits, options, required flags, examples."""

    def field(data: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in data.items() if k not in PERSON_ADDED}
        if "description" in out:
            out["description"] = " ".join(out["description"].split())
        if "items" in out:
            out["items"] = field(out["items"])
        return out

    examples = [
        {k: v for k, v in example.items() if k != "rejected_for"}
        for example in spec.get("examples", [])
    ]
    inputs = {name: field(data) for name, data in spec["input"].items()}
    return {"model": spec["model"], "input": inputs, "examples": examples}


def import_page(page: Path, specs: Path, *extra: str) -> int:
    return main(["--specs", str(specs), "import", str(page), *extra])


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    """An empty specs tree with the real api.yaml."""
    (tmp_path / "specs" / "models").mkdir(parents=True)
    shutil.copy(SPECS / "api.yaml", tmp_path / "specs" / "api.yaml")
    return tmp_path / "specs"


@needs_docs
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_each_doc_page_imports_to_a_valid_draft(
    page: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """And to what the committed spec took from it, where the spec still follows that page."""
    assert import_page(page, specs) == 0
    [draft] = (specs / "models").rglob("*.yaml")
    assert problems_in(specs) == []  # the draft is a valid spec as it stands
    committed = SPECS / draft.relative_to(specs)
    if committed.is_file() and spec_data(committed)["source"] == page.name:
        assert essence(spec_data(draft)) == essence(spec_data(committed))
    out = capsys.readouterr().out
    assert out.startswith(f"imported {draft} from {page.name} (api-tab)")


@needs_docs
def test_prose_constraints_become_todo_notes_quoted_with_their_line(
    specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = next(p for p in PAGES if "grok-imagine/image-to-video" in p.read_text("utf-8"))
    assert import_page(page, specs, "--verbose") == 0
    notes = spec_data(specs / "models" / "grok-imagine" / "image-to-video.yaml")["notes"]
    lines = page.read_text("utf-8").splitlines()
    quoted = {(n["field"], n["doc"]) for n in notes}
    assert ("image_urls", "Do not provide both image_urls and task_id at the same time.") in quoted
    assert any(f == "index" and "only works with task_id" in d for f, d in quoted)
    assert any(f == "mode" and "Spicy mode is not supported" in d for f, d in quoted)
    for note in notes:
        assert note["doc"] in lines[note["line"] - 1]  # quoted from the line it names
        assert "todo" in note
    assert "Do not provide both image_urls and task_id" in capsys.readouterr().out


@needs_docs
def test_a_docs_example_that_breaks_the_page_is_recorded(specs: Path) -> None:
    page = next(p for p in PAGES if "kling/v1-avatar-standard" in p.read_text("utf-8"))
    assert import_page(page, specs) == 0
    spec = spec_data(specs / "models" / "kling" / "v1-avatar-standard.yaml")
    assert spec["examples"][0]["rejected_for"] == {"field": "prompt", "rule": "required"}
    assert any(n.get("field") == "prompt" and "todo" in n for n in spec["notes"])


# -- pages written here: every field type, and every way a page can be broken ----------------

PAGE = """\
POST
/api/v1/jobs/createTask
Root Level Parameters
model
Required
string
The model name to use for generation

Example:

"acme/text-to-video"
Input Object Parameters
The input object contains the following parameters based on the form configuration:

{fields}
Request Example

cURL
curl -X POST "https://api.kie.ai/api/v1/jobs/createTask" \\
  -d '{{
    "model": "acme/text-to-video",
    "input": {{
      "prompt": "a fox",
      "steps": 20
    }}
}}'
Response Example
"""

FIELDS = """\
input.prompt
Required
string
What to show. The fox must not be blue.

Max length: 500 characters
Example:

"a fox"
input.negative
Optional
string
What to avoid

Min length: 2 characters
input.steps
Optional
integer
Sampling steps

Min: 1, Max: 50, Step: 1
Example:

20
input.strength
Optional
number
How strongly to follow

Min: 0, Max: 1, Step: 0.05
input.loop
Optional
boolean
Loop the video

Boolean value (true/false)
Example:

true
input.image
Optional
string(URL)
A start frame

File URL after upload, not file content; Accepted types: image/png, image/jpeg; Max size: 5.0MB
input.refs
Optional
array(URL)
Reference images

File URL after upload, not file content; Accepted types: image/png; Max size: 2MB
Example:

["https://example.com/a.png"]
input.size
Optional
string
Frame size

Available options:

small
-
Small (512px)
large
-
Large (1024px)
Example:

"small"
input.tags
Optional
array(string)
Free-form tags
input.fps
Optional
number
Frames per second

Available options:

24
-
Film
30
-
Video
"""


def write_page(tmp_path: Path, fields: str = FIELDS, page: str = PAGE) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(page.format(fields=fields), encoding="utf-8")
    return path


def test_every_field_type_is_read(tmp_path: Path, specs: Path) -> None:
    assert import_page(write_page(tmp_path), specs) == 0
    spec = spec_data(specs / "models" / "acme" / "text-to-video.yaml")
    assert (spec["model"], spec["kind"], spec["output"]) == (
        "acme/text-to-video",
        "text-to-video",
        "video",
    )
    assert spec["input"] == {
        "prompt": {
            "type": "string",
            "required": True,
            "multiline": True,
            "max_length": 500,
            "description": "What to show. The fox must not be blue.",
            "example": "a fox",
        },
        "negative": {"type": "string", "min_length": 2, "description": "What to avoid"},
        "steps": {
            "type": "integer",
            "min": 1,
            "max": 50,
            "step": 1,
            "description": "Sampling steps",
            "example": 20,
        },
        "strength": {
            "type": "number",
            "min": 0,
            "max": 1,
            "step": 0.05,
            "description": "How strongly to follow",
        },
        "loop": {"type": "boolean", "description": "Loop the video", "example": True},
        "image": {
            "type": "url",
            "accept": ["image/png", "image/jpeg"],
            "max_size": "5MB",
            "description": "A start frame",
        },
        "refs": {
            "type": "array",
            "items": {"type": "url", "accept": ["image/png"], "max_size": "2MB"},
            "description": "Reference images",
            "example": ["https://example.com/a.png"],
        },
        "size": {
            "type": "enum",
            "values": {"small": "Small (512px)", "large": "Large (1024px)"},
            "description": "Frame size",
            "example": "small",
        },
        "tags": {"type": "array", "items": {"type": "string"}, "description": "Free-form tags"},
        "fps": {
            "type": "enum",
            "values": {24: "Film", 30: "Video"},
            "description": "Frames per second",
        },
    }
    assert spec["examples"] == [{"name": "docs", "input": {"prompt": "a fox", "steps": 20}}]
    assert [(n["field"], n["line"], n["doc"]) for n in spec["notes"]] == [
        ("prompt", 18, "The fox must not be blue.")
    ]


def test_the_draft_becomes_a_working_client_method(tmp_path: Path, specs: Path) -> None:
    """`make generate` on the draft alone gives a client whose method runs against the simulator."""
    assert import_page(write_page(tmp_path), specs) == 0
    out = tmp_path / "generated"
    generate(specs, out, cache_dir=ROOT / ".cache" / "black")
    script = textwrap.dedent("""
        from kie_client import KieClient
        from kie_client.testing import KieSimulator

        with KieSimulator() as sim:
            client = KieClient(sim.api_key, base_url=sim.base_url, upload_base_url=sim.base_url)
            task = client.acme.text_to_video(prompt="a fox", steps=20, size="large", fps=24)
            print(task.wait().state, sim.tasks[0].input)
        """)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=out / "python",
        env={"PYTHONPATH": str(out / "python"), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.strip()
        == "success {'prompt': 'a fox', 'steps': 20, 'size': 'large', 'fps': 24}"
    )


@pytest.mark.parametrize(
    ("fields", "page", "line", "message"),
    [
        (
            "",
            "Just some text\nabout nothing\n{fields}",
            1,
            "not a page form the importer knows; known forms: openapi-md, copy-page, api-tab",
        ),
        (
            FIELDS,
            PAGE.split("Request Example")[0],
            102,
            "the page ends before its 'Request Example': is it truncated?",
        ),
        (
            "input.prompt\nRequired\nstring[]\nText\n",
            PAGE,
            17,
            "input.prompt: unknown type 'string[]'; known types: string, number, integer, boolean, string(URL), array(URL), array(string)",
        ),
        (
            "input.prompt\nRequired\nstring\nText\nMax length: lots characters\n",
            PAGE,
            19,
            "input.prompt: unreadable limit 'Max length: lots characters'",
        ),
        (
            "input.steps\nOptional\nnumber\nSteps\nMin: 1, Max: many\n",
            PAGE,
            19,
            "input.steps: unreadable limit 'Min: 1, Max: many'",
        ),
        (
            "input.prompt\nMaybe\nstring\n",
            PAGE,
            16,
            "input.prompt: expected Required or Optional, found 'Maybe'",
        ),
        (
            'input.size\nOptional\nstring\nAvailable options:\nsmall\nlarge\nExample:\n"small"\n',
            PAGE,
            19,
            "input.size: an option is not written as VALUE, '-', LABEL",
        ),
        (
            "input.prompt\nRequired\nstring\nText\nExample:\n{not json\n",
            PAGE,
            20,
            "the example of input.prompt is not JSON: Expecting property name enclosed in double quotes",
        ),
    ],
    ids=[
        "not-a-model-page",
        "truncated",
        "unknown-type",
        "unreadable-length",
        "unreadable-range",
        "bad-required",
        "bad-options",
        "bad-example",
    ],
)
def test_a_broken_page_is_refused_naming_its_line(
    tmp_path: Path,
    specs: Path,
    capsys: pytest.CaptureFixture[str],
    fields: str,
    page: str,
    line: int,
    message: str,
) -> None:
    path = write_page(tmp_path, fields, page)
    assert import_page(path, specs) == 2
    out = capsys.readouterr().out
    assert f"refused {path}:{line}:1: {message}" in out, out
    assert "Traceback" not in out
    assert list((specs / "models").iterdir()) == []  # nothing written


def test_an_existing_spec_is_kept_unless_forced(
    tmp_path: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(tmp_path)
    target = specs / "models" / "acme" / "text-to-video.yaml"
    assert import_page(page, specs) == 0
    target.write_text("# edited by hand\n" + target.read_text())
    assert import_page(page, specs) == 2
    kept = f"kept {target} from page.txt (api-tab): it exists; pass --force (make: FORCE=1)"
    assert kept in capsys.readouterr().out
    assert target.read_text().startswith("# edited by hand")
    assert import_page(page, specs, "--force") == 0
    assert not target.read_text().startswith("# edited by hand")


def test_make_import_runs_the_importer(tmp_path: Path) -> None:
    def make(*args: str) -> str:
        done = subprocess.run(
            ["make", "-n", "import", *args], capture_output=True, text=True, cwd=ROOT
        )
        return done.stdout

    assert ".venv/bin/python -m generator import some/page.txt" in make("PAGE=some/page.txt")
    assert ".venv/bin/python -m generator import a.md b/ --force --verbose" in make(
        "PAGE=a.md b/", "FORCE=1", "VERBOSE=1"
    )
    assert ".venv/bin/python -m generator --specs drafts import a.md" in make(
        "PAGE=a.md", "SPECS=drafts"
    )
