"""`python -m generator drift PAGE`: what a doc page now says that the committed spec does not."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from test_importer import DOCS, PAGE, needs_docs

from conftest import SPECS, problems_in, spec_data
from generator.cli import main
from generator.pages import read_page
from generator.pages.drift import differences

MARKET = DOCS / "market"
SPEC_FILES = sorted((SPECS / "models").rglob("*.yaml"))

OLD = """\
input.prompt
Required
string
What to show

Max length: 500 characters
input.steps
Optional
integer
Sampling steps

Min: 1, Max: 50, Step: 1
input.size
Optional
string
Frame size

Available options:

small
-
Small
large
-
Large
input.seed
Optional
integer
Random seed
input.refs
Optional
array(URL)
Reference images

File URL after upload, not file content; Accepted types: image/png; Max size: 2MB
"""

# Each meaning changed once; the prompt's description and an option's label change only wording.
NEW = (
    OLD.replace("What to show", "What the video shows")
    .replace("Max length: 500", "Max length: 1000")
    .replace("Optional\ninteger\nSampling", "Required\ninteger\nSampling")
    .replace("Max: 50", "Max: 60")
    .replace("Large\n", "Big\nhuge\n-\nHuge\n")
    .replace("input.seed\nOptional\ninteger\nRandom seed\n", "")
    .replace("image/png;", "image/png, image/jpeg;")
    + "input.loop\nOptional\nboolean\nLoop the video\n"
)

MODEL = "acme/text-to-video"
DRIFT = {
    f"{MODEL}: input.prompt: max_length 500 -> 1000",
    f"{MODEL}: input.steps: now required",
    f"{MODEL}: input.steps: max 50 -> 60",
    f'{MODEL}: input.size: options added "huge"',
    f'{MODEL}: input.refs.items: accept added "image/jpeg"',
    f"{MODEL}: input.loop: added (boolean, optional)",
    f"{MODEL}: input.seed: removed (integer, optional)",
}


def write_page(folder: Path, fields: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "page.txt"
    path.write_text(PAGE.format(fields=fields), encoding="utf-8")
    return path


def imported(tmp_path: Path, page: Path) -> Path:
    """A specs tree holding only the model imported from `page`."""
    specs = tmp_path / "specs"
    (specs / "models").mkdir(parents=True)
    shutil.copy(SPECS / "api.yaml", specs / "api.yaml")
    assert main(["--specs", str(specs), "import", str(page)]) == 0
    return specs


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    return imported(tmp_path, write_page(tmp_path / "old", OLD))


def spec_file(specs: Path) -> Path:
    return specs / "models" / f"{MODEL}.yaml"


def drift(specs: Path, *args: str | Path) -> int:
    return main(["--specs", str(specs), "drift", *map(str, args)])


def decide(specs: Path, change: str, by: str) -> None:
    """What a person does to a draft: edit its text."""
    text = spec_file(specs).read_text("utf-8")
    assert change in text
    spec_file(specs).write_text(text.replace(change, by, 1), encoding="utf-8")


def test_a_newer_page_reports_exactly_what_changed_in_meaning(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert drift(specs, write_page(tmp_path / "new", NEW)) == 1
    assert set(capsys.readouterr().out.splitlines()) == DRIFT


def test_the_same_page_and_the_spec_s_own_decisions_are_no_drift(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decide(
        specs, "  seed:\n    type: integer\n", "  seed:\n    type: integer\n    nullable: true\n"
    )
    decide(specs, "    items:\n", "    max_items: 3\n    items:\n")
    decide(specs, "title: Acme Text to Video", "title: Acme Motion")
    capsys.readouterr()
    assert drift(specs, tmp_path / "old") == 0
    assert capsys.readouterr().out == f"{MODEL}: no drift\n"


def test_a_page_of_a_model_without_a_spec_is_named(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write_page(tmp_path / "other", OLD)
    page.write_text(page.read_text("utf-8").replace(MODEL, "acme/other"), encoding="utf-8")
    capsys.readouterr()
    assert drift(specs, page) == 0
    assert capsys.readouterr().out == "acme/other: no committed spec\n"


def test_a_bad_page_is_refused_with_its_line(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_page(tmp_path / "bad", "input.prompt\nMaybe\nstring\n")
    capsys.readouterr()
    assert drift(specs, tmp_path / "old", bad) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{bad}:16:1: input.prompt: expected Required or Optional, found 'Maybe'" in err
    assert err.endswith("nothing was compared\n")


def test_update_applies_the_page_and_keeps_what_a_person_decided(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decide(specs, "title: Acme Text to Video", "title: Acme Motion  # the product's name")
    decide(specs, "    items:\n", "    max_items: 3\n    items:\n")
    decide(
        specs,
        "examples:",
        "rules:\n"
        "  - {exclusive: [seed, refs], message: One or the other.}\n"
        "  - {requires: {steps: prompt}}\n"
        "examples:",
    )
    decide(
        specs,
        "      steps: 20\n",
        "      steps: 20\n"
        "notes:\n"
        "  - {field: prompt, doc: Max 500, decision: As written.}\n"
        "  - {field: seed, doc: Random seed, decision: No range is invented.}\n"
        "  - {field: refs, doc: Reference images, decision: At most 3 as the prose says.}\n"
        "  - {doc: The page, decision: Kept whole.}\n",
    )
    new = write_page(tmp_path / "new", NEW)
    capsys.readouterr()
    assert drift(specs, new, "--update") == 0
    out = capsys.readouterr().out.splitlines()
    assert set(out) - DRIFT == {
        f"rewrote specs/models/{MODEL}.yaml",
        f"{MODEL}: not kept: input.prompt: decided 'As written.'; the page changed the field: review it",
        f"{MODEL}: not kept: input.refs: decided 'At most 3 as the prose says.'; the page changed the field: review it",
        f'{MODEL}: not kept: rule {{"exclusive": ["seed", "refs"]}}: names removed field(s) seed',
        f"{MODEL}: not kept: note on removed field seed: 'No range is invented.'",
    }
    text = spec_file(specs).read_text("utf-8")
    assert "title: Acme Motion  # the product's name\n" in text
    spec = spec_data(spec_file(specs))
    assert spec["input"]["prompt"]["max_length"] == 1000
    assert spec["input"]["prompt"]["multiline"] is True
    assert spec["input"]["steps"]["required"] is True
    assert spec["input"]["refs"]["max_items"] == 3
    assert list(spec["input"]["size"]["values"]) == ["small", "large", "huge"]
    assert spec["input"]["size"]["values"]["large"] == "Large"  # the spec's label stays
    assert "seed" not in spec["input"] and "loop" in spec["input"]
    assert spec["rules"] == [{"requires": {"steps": "prompt"}}]
    assert [note.get("field") for note in spec["notes"]] == ["prompt", "refs", None]
    assert problems_in(specs) == []  # what `make generate` checks
    capsys.readouterr()
    assert drift(specs, new) == 0
    assert capsys.readouterr().out == f"{MODEL}: no drift\n"


def test_update_writes_nothing_when_a_kept_decision_no_longer_fits(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decide(specs, "examples:\n", "examples:\n  - {name: mine, input: {prompt: a, seed: 7}}\n")
    before = spec_file(specs).read_text("utf-8")
    capsys.readouterr()
    assert drift(specs, write_page(tmp_path / "new", NEW), "--update") == 2
    err = capsys.readouterr().err
    assert "example 'mine' breaks seed: is not an input of this model" in err
    assert err.endswith("no spec was rewritten\n")
    assert spec_file(specs).read_text("utf-8") == before


# -- what the language can say that the api-tab pages cannot: defaults, nullables, nesting --------


def spec_of(**fields: dict[str, Any]) -> dict[str, Any]:
    return {"input": fields}


SHOTS = {
    "type": "array",
    "items": {
        "type": "object",
        "fields": {
            "prompt": {"type": "string", "required": True, "max_length": 100},
            "frames": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
        },
    },
}


@pytest.mark.parametrize(
    ("spec", "page", "found"),
    [
        ({"type": "enum", "values": {"5": "5"}, "default": "5"}, None, []),
        (
            {"type": "enum", "values": {"5": "5", "10": "10"}, "default": "5"},
            {"type": "enum", "values": {"5": "5 s", "10": "10 s"}, "default": "10"},
            ['input.x: default "5" -> "10"'],
        ),
        (
            {"type": "enum", "values": {"5": "5"}},
            {"type": "enum", "values": {5: "5"}, "default": 5},
            [
                "input.x: default unset -> 5",
                "input.x: options added 5",
                'input.x: options removed "5"',
            ],
        ),
        ({"type": "integer", "nullable": True}, {"type": "integer"}, []),
        (
            {"type": "integer", "nullable": True},
            {"type": "integer", "nullable": False},
            ["input.x: nullable true -> false"],
        ),
        (
            {"type": "string", "max_length": 5},
            {"type": "enum", "values": {"a": "A"}},
            ["input.x: type string -> enum"],
        ),
        (
            SHOTS,
            {
                "type": "array",
                "items": {
                    "type": "object",
                    "fields": {
                        "prompt": {"type": "string", "max_length": 200},
                        "frames": {
                            "type": "array",
                            "items": {"type": "array", "items": {"type": "number"}},
                        },
                        "camera": {"type": "string", "required": True},
                    },
                },
            },
            [
                "input.x.items.fields.prompt: now optional",
                "input.x.items.fields.prompt: max_length 100 -> 200",
                "input.x.items.fields.frames.items.items: type integer -> number",
                "input.x.items.fields.camera: added (string, required)",
            ],
        ),
    ],
    ids=["same", "default", "option-type", "unstated", "stated", "type", "nested"],
)
def test_meaning_is_compared_where_the_page_states_it(
    spec: dict[str, Any], page: dict[str, Any] | None, found: list[str]
) -> None:
    lines = [f"{d.path}: {d.change}" for d in differences(spec_of(x=spec), spec_of(x=page or spec))]
    assert lines == found


# -- a real pair of pages: an older form against the docs site's page of today ------------------


@needs_docs
@pytest.mark.parametrize("older", ["api-tab", "copy-page"])
def test_a_real_older_page_against_the_newest(
    older: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = [
        (page, page.with_name(page.name.replace(f".{older}.md", ".openapi-md.md")))
        for page in sorted(MARKET.glob(f"*.{older}.md"))
    ]
    pairs = [(old, new) for old, new in pairs if new.is_file()]
    if not pairs:
        pytest.skip(f"no {older} page with a newer page in {MARKET}")
    old, new = pairs[0]
    specs = imported(tmp_path, old)
    both = tmp_path / "both"
    both.mkdir()
    for page in (old, new):
        shutil.copy(page, both / page.name)
    capsys.readouterr()
    code = drift(specs, new)
    alone = capsys.readouterr().out
    assert code in (0, 1)
    model = read_page(new).model_id
    assert all(line.startswith(f"{model}: ") for line in alone.splitlines())
    assert drift(specs, both) == code  # a folder compares only the newest form
    assert capsys.readouterr().out == alone
    assert drift(specs, new, "--update") == 0
    capsys.readouterr()
    assert drift(specs, new) == 0
    assert capsys.readouterr().out == f"{model}: no drift\n"
    assert problems_in(specs) == []


@needs_docs
def test_every_spec_differs_from_its_own_page_only_where_it_says_why(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Drift of each committed spec against the page it follows: a field may differ in meaning
    only where a note of the spec records the decision."""
    specs = {path: spec_data(path) for path in SPEC_FILES}
    folders = (DOCS / "market", DOCS)
    pages = [
        next(f / s["source"] for f in folders if (f / s["source"]).is_file())
        for s in specs.values()
    ]
    main(["drift", *map(str, pages)])
    decided = {
        (spec["model"], note["field"])
        for spec in specs.values()
        for note in spec.get("notes", [])
        if "field" in note and "decision" in note
    }
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= len(specs)
    undecided = [
        line
        for line in lines
        if not line.endswith(": no drift")
        and (line.split(": ")[0], line.split(": ")[1].removeprefix("input.").split(".")[0])
        not in decided
    ]
    assert undecided == []
