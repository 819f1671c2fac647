"""The reader of the market page's "Copy page" Markdown: each mapping into the spec language, each
refusal with its page line, and every real copy-page and API-tab market page read."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from generator.pages import PageError, copy_page, read_page
from generator.pages.common import MAX_NESTING, page_lines

MARKET = ROOT.parent / "shared" / "kie-docs" / "market"
REAL_PAGES = sorted(MARKET.glob("*.copy-page.md")) + sorted(MARKET.glob("*.api-tab.md"))
REAL_PAGES = REAL_PAGES if MARKET.is_dir() else []

PAGE = """\
# Acme Video API Documentation

> Generate content using the Acme Video model

## 1. Create Generation Task

### Model Parameter

| Property | Value | Description |
|----------|-------|-------------|
| **Format** | `acme/text-to-video` | The exact model identifier for this API |

### input Object Parameters

{fields}
### Request Example

```json
{example}
```
### Response Example

```json
{{"code": 200, "data": {{"taskId": "281e5b0"}}}}
```

## 2. Query Task Status

```json
{{"data": {{"resultJson": "{{\\"resultUrls\\":[\\"https://example.com/a.png\\"]}}"}}}}
```
"""

PROMPT = """\
#### prompt
- **Type**: `string`
- **Required**: Yes
- **Description**: What to show. The fox must not be blue.
- **Max Length**: 500 characters
- **Default Value**: `"a fox"`
"""

EXAMPLE = '{\n  "model": "acme/text-to-video",\n  "input": {\n    "prompt": "a fox"\n  }\n}'


def write_page(tmp_path: Path, fields: str = PROMPT, example: str = EXAMPLE, **kw: str) -> Path:
    path = tmp_path / "acme.copy-page.md"
    page = kw.get("page", PAGE)
    path.write_text(page.format(fields=fields, example=example), "utf-8")
    return path


def spec_of(tmp_path: Path, fields: str, example: str = EXAMPLE) -> dict[str, Any]:
    return read_page(write_page(tmp_path, fields, example)).spec


def line_of(path: Path, text: str, nth: int = 1) -> int:
    hits = [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line]
    return hits[nth - 1]


def refusal(path: Path) -> str:
    with pytest.raises(PageError) as caught:
        read_page(path)
    return str(caught.value)


# -- mappings -------------------------------------------------------------------------------


def test_page_level_facts(tmp_path: Path) -> None:
    draft = read_page(write_page(tmp_path))
    assert draft.form == "copy-page"
    spec = draft.spec
    assert (spec["model"], spec["kind"], spec["output"]) == (
        "acme/text-to-video",
        "text-to-video",
        "image",  # the result file of the status example says it, over the id
    )
    assert "output 'image' from the result file 'png'" in draft.undecided[1]
    assert spec["examples"] == [{"name": "docs", "input": {"prompt": "a fox"}}]
    assert list(spec) == [
        "model",
        "title",
        "kind",
        "output",
        "source",
        "input",
        "examples",
        "notes",
    ]


def test_a_required_string_its_prose_and_its_prefilled_value(tmp_path: Path) -> None:
    path = write_page(tmp_path)
    spec = read_page(path).spec
    assert spec["input"]["prompt"] == {
        "type": "string",
        "required": True,
        "multiline": True,
        "max_length": 500,
        "description": "What to show. The fox must not be blue.",
        "example": "a fox",  # a required field has no default: the form's value is an example
    }
    line = line_of(path, "The fox must not be blue")
    assert [(n["field"], n["line"], n["doc"]) for n in spec["notes"]] == [
        ("prompt", line, "The fox must not be blue.")
    ]


def test_options_with_labels_and_a_default(tmp_path: Path) -> None:
    fields = """\
#### output_format
- **Type**: `string`
- **Required**: No
- **Description**: Output format
- **Options**:
  - `png`: PNG
  - `jpeg`: JPEG
- **Default Value**: `"png"`

#### num_images
- **Type**: `number`
- **Required**: No
- **Description**: How many
- **Options**:
  - `1`: one
  - `2`: two
- **Default Value**: `1`
"""
    inputs = spec_of(tmp_path, PROMPT + "\n" + fields)["input"]
    assert inputs["output_format"] == {
        "type": "enum",
        "values": {"png": "PNG", "jpeg": "JPEG"},
        "default": "png",
        "description": "Output format",
    }
    assert inputs["num_images"]["values"] == {1: "one", 2: "two"}
    assert inputs["num_images"]["default"] == 1


def test_numbers_booleans_and_an_empty_value(tmp_path: Path) -> None:
    fields = """\
#### cfg_scale
- **Type**: `number`
- **Required**: No
- **Description**: Guidance
- **Range**: 0 - 1 (step: 0.1)
- **Default Value**: `0.5`

#### seed
- **Type**: `number`
- **Required**: No
- **Description**: Seed
- **Range**: -1 - 2147483647

#### loop
- **Type**: `boolean`
- **Required**: No
- **Description**: Loop it
- **Default Value**: `true`

#### negative_prompt
- **Type**: `string`
- **Required**: No
- **Description**: What to avoid
- **Default Value**: `""`
"""
    inputs = spec_of(tmp_path, PROMPT + "\n" + fields)["input"]
    assert inputs["cfg_scale"] == {
        "type": "number",
        "min": 0,
        "max": 1,
        "step": 0.1,
        "default": 0.5,
        "description": "Guidance",
    }
    assert inputs["seed"] == {"type": "number", "min": -1, "max": 2147483647, "description": "Seed"}
    assert inputs["loop"] == {"type": "boolean", "default": True, "description": "Loop it"}
    # the form left empty: no default
    assert inputs["negative_prompt"] == {
        "type": "string",
        "multiline": True,
        "description": "What to avoid",
    }


def test_files_are_urls_with_their_medium(tmp_path: Path) -> None:
    fields = """\
#### image_url
- **Type**: `string`
- **Required**: No
- **Description**: The first frame
- **Max File Size**: 10MB
- **Accepted File Types**: image/jpeg, image/png
- **Default Value**: `"https://example.com/a.png"`

#### source
- **Type**: `string`
- **Required**: No
- **Description**: The clip
- **Max File Size**: 1.5GB
- **Accepted File Types**: video/mp4

#### image_input
- **Type**: `array`
- **Required**: No
- **Description**: References
- **Max File Size**: 30MB
- **Accepted File Types**: image/jpeg
- **Multiple Files**: Yes
- **Default Value**: `["https://example.com/a.png"]`

#### tags
- **Type**: `array`
- **Required**: No
- **Description**: Free-form tags
"""
    inputs = spec_of(tmp_path, PROMPT + "\n" + fields)["input"]
    assert inputs["image_url"] == {
        "type": "url",
        "media": "image",  # from its name
        "accept": ["image/jpeg", "image/png"],
        "max_size": "10MB",
        "description": "The first frame",
        "example": "https://example.com/a.png",  # a sample file, not what the API assumes
    }
    assert inputs["source"]["media"] == "video"  # from its accepted types
    assert inputs["source"]["max_size"] == "1.5GB"
    assert inputs["image_input"] == {
        "type": "array",
        "items": {"type": "url", "media": "image", "accept": ["image/jpeg"], "max_size": "30MB"},
        "description": "References",
        "example": ["https://example.com/a.png"],
    }
    assert inputs["tags"]["items"] == {"type": "string"}


def test_lines_the_reader_has_no_place_for_become_todo_notes(tmp_path: Path) -> None:
    fields = PROMPT.replace(
        "- **Max Length**", "- **Aspect Hint**: wide\n  continued here?\n- **Max Length**"
    )
    path = write_page(tmp_path, fields)
    notes = read_page(path).spec["notes"]
    unread = [(n["line"], n["doc"]) for n in notes if "does not read" in n["todo"]]
    assert unread == [
        (line_of(path, "Aspect Hint"), "- **Aspect Hint**: wide"),
        (line_of(path, "continued here?"), "continued here?"),
    ]


def test_a_description_that_states_another_default_is_noted(tmp_path: Path) -> None:
    fields = """\
#### steps
- **Type**: `number`
- **Required**: No
- **Description**: Inference steps. Default value: 30
- **Range**: 2 - 49 (step: 1)
- **Default Value**: `25`
"""
    path = write_page(tmp_path, PROMPT + "\n" + fields)
    [note] = [n for n in read_page(path).spec["notes"] if n.get("field") == "steps"]
    assert note["line"] == line_of(path, "Default value: 30")
    assert note["todo"] == "The description says default 30, the Default Value line '25': decide."


def test_undefined_in_the_example_is_left_out_as_javascript_does(tmp_path: Path) -> None:
    example = '{\n  "model": "acme/text-to-video",\n  "input": {\n    "prompt": "a fox",\n    "n": undefined\n  }\n}'
    path = write_page(tmp_path, example=example)
    spec = read_page(path).spec
    assert spec["examples"][0]["input"] == {"prompt": "a fox"}
    [note] = [n for n in spec["notes"] if "decision" in n]
    assert (note["line"], note["doc"]) == (line_of(path, '"n": undefined'), '"n": undefined')


def test_a_repeated_input_section_is_read_once_and_noted_if_it_differs(tmp_path: Path) -> None:
    same = write_page(tmp_path, page=PAGE + "\n" + PAGE)
    assert "notes" not in read_page(same).spec or all(
        "again" not in n.get("todo", "") for n in read_page(same).spec["notes"]
    )
    other = PAGE.format(fields=PROMPT.replace("500", "600"), example=EXAMPLE)
    differing = write_page(tmp_path, page=PAGE + "\n" + other.replace("{", "{{").replace("}", "}}"))
    spec = read_page(differing).spec
    assert spec["input"]["prompt"]["max_length"] == 500  # the first section
    [again] = [n for n in spec["notes"] if "again" in n.get("todo", "")]
    assert again["line"] == line_of(differing, "### input Object Parameters", 2)


def test_the_model_id_may_come_from_the_request_example_alone(tmp_path: Path) -> None:
    page = PAGE.replace("| **Format** | `acme/text-to-video` |", "| **Format** | (see below) |")
    assert read_page(write_page(tmp_path, page=page)).model_id == "acme/text-to-video"


# -- refusals, each at its page line ------------------------------------------------------------


def test_refuses_a_page_without_input_section(tmp_path: Path) -> None:
    path = tmp_path / "other.md"
    text = "# Something\n\nno parameters here\n"
    with pytest.raises(PageError) as caught:
        copy_page.read(path, page_lines(text))
    assert str(caught.value) == (
        f"{path}:1:1: not a model page: it has no '### input Object Parameters' section"
    )


def test_refuses_a_truncated_page(tmp_path: Path) -> None:
    path = write_page(tmp_path, page=PAGE.split("### Request Example")[0])
    last = len(path.read_text("utf-8").splitlines())
    assert refusal(path) == (
        f"{path}:{last}:1: the page ends before its '### Request Example': is it truncated?"
    )


def test_refuses_an_unclosed_example_block(tmp_path: Path) -> None:
    page = PAGE.split("### Request Example")[0] + '### Request Example\n\n```json\n{{"model": "x"\n'
    path = write_page(tmp_path, page=page)
    assert refusal(path) == (
        f"{path}:{line_of(path, '```json')}:1: the request example's ```json block never "
        "closes: is it truncated?"
    )


def test_refuses_a_request_example_without_json_block(tmp_path: Path) -> None:
    page = PAGE.replace("```json\n{example}\n```", "see the playground")
    path = write_page(tmp_path, page=page)
    line = line_of(path, "see the playground")
    assert refusal(path) == f"{path}:{line}:1: the request example has no ```json block"


def test_refuses_a_request_example_that_is_not_json(tmp_path: Path) -> None:
    path = write_page(tmp_path, example='{\n  "model": "acme/text-to-video",\n  "input": {,}\n}')
    line = line_of(path, '"input": {,}')
    assert refusal(path) == (
        f"{path}:{line}:1: the request example is not JSON: "
        "Expecting property name enclosed in double quotes"
    )


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 100_000])
def test_refuses_deep_nesting_before_parsing(tmp_path: Path, depth: int) -> None:
    deep = '{\n"input":\n' + "[" * depth + "]" * depth + "\n}"
    path = write_page(tmp_path, example=deep)
    started = time.perf_counter()
    assert refusal(path) == (
        f"{path}:{line_of(path, '[[[')}:1: the request example nests deeper than "
        f"{MAX_NESTING} levels; is it a model page?"
    )
    assert time.perf_counter() - started < 2


def test_refuses_a_field_described_twice(tmp_path: Path) -> None:
    path = write_page(tmp_path, PROMPT + "\n" + PROMPT)
    line = line_of(path, "#### prompt", 2)
    assert refusal(path) == f"{path}:{line}:1: prompt is described twice"


def test_refuses_a_key_given_twice(tmp_path: Path) -> None:
    path = write_page(tmp_path, PROMPT + "- **Max Length**: 600 characters\n")
    first, second = line_of(path, "Max Length"), line_of(path, "Max Length", 2)
    assert refusal(path) == (
        f"{path}:{second}:1: prompt: '- **Max Length**' is given twice; first on line {first}"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "- **Type**: `string`",
            "- **Type**: `object`",
            "prompt: unknown type 'object'; known types: string, number, integer, boolean, array",
        ),
        (
            "- **Required**: Yes",
            "- **Required**: Maybe",
            "prompt: Required is 'Maybe', not Yes or No",
        ),
        (
            "- **Max Length**: 500 characters",
            "- **Max Length**: lots characters",
            "prompt: unreadable limit '- **Max Length**: lots characters'; "
            "expected e.g. '5000 characters'",
        ),
        (
            '- **Default Value**: `"a fox"`',
            "- **Default Value**: a fox",
            "prompt: the default 'a fox' is not written as `JSON`",
        ),
        (
            '- **Default Value**: `"a fox"`',
            f'- **Default Value**: `"{"x" * 501}"`',
            f"prompt: the default '{'x' * 501}' is longer than Max Length 500; "
            "the default or the limit is wrong",
        ),
        (
            "- **Max Length**: 500 characters",
            "- **Multiple Files**: Yes",
            "prompt: Multiple Files: Yes on a string field; one of the two is wrong",
        ),
    ],
    ids=[
        "unknown-type",
        "bad-required",
        "unreadable-length",
        "unquoted-default",
        "long-default",
        "multiple-files",
    ],
)
def test_refuses_a_broken_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = write_page(tmp_path, PROMPT.replace(old, new))
    assert refusal(path) == f"{path}:{line_of(path, new.split('`')[0][:14])}:1: {message}"


@pytest.mark.parametrize(
    ("field", "bad_line", "message"),
    [
        (
            "- **Type**: `number`\n- **Required**: No\n- **Range**: 5 - 1 (step: 1)\n",
            "- **Range**",
            "steps: the range's minimum 5 is above its maximum 1; one of the two limits is wrong",
        ),
        (
            "- **Type**: `number`\n- **Required**: No\n- **Range**: from 1 to 5\n",
            "- **Range**",
            "steps: unreadable limit '- **Range**: from 1 to 5'; expected e.g. '0 - 1 (step: 0.1)'",
        ),
        (
            "- **Type**: `number`\n- **Required**: No\n- **Range**: 1 - 5\n- **Default Value**: `9`\n",
            "- **Default Value**: `9`",
            "steps: the default 9 is outside the range 1 - 5; the default or the limit is wrong",
        ),
        (
            "- **Type**: `string`\n- **Required**: No\n- **Options**:\n  - `a`: A\n"
            '- **Default Value**: `"b"`\n',
            '- **Default Value**: `"b"`',
            "steps: the default 'b' is not one of its options; the default or the limit is wrong",
        ),
        (
            "- **Type**: `number`\n- **Required**: No\n- **Options**:\n  - `many`: Many\n",
            "  - `many`",
            "steps: option 'many' is not a number",
        ),
        (
            "- **Type**: `string`\n- **Required**: No\n- **Options**:\n",
            "- **Options**",
            "steps: Options lists no option; expected indented lines like '  - `png`: PNG'",
        ),
        (
            "- **Type**: `boolean`\n- **Required**: No\n- **Accepted File Types**: image/png\n",
            "- **Accepted File Types**",
            "steps: file limits on a boolean field; one of the two is wrong",
        ),
        (
            "- **Type**: `string`\n- **Required**: No\n- **Accepted File Types**: pictures\n",
            "- **Accepted File Types**",
            "steps: unreadable limit '- **Accepted File Types**: pictures'; "
            "expected e.g. 'image/jpeg, image/png'",
        ),
        ("- **Required**: No\n", "#### steps", "steps: the block has no '- **Type**' line"),
    ],
    ids=[
        "min-above-max",
        "unreadable-range",
        "default-outside-range",
        "default-outside-options",
        "numeric-option",
        "no-options",
        "files-on-boolean",
        "unreadable-types",
        "no-type",
    ],
)
def test_refuses_a_contradiction(tmp_path: Path, field: str, bad_line: str, message: str) -> None:
    path = write_page(tmp_path, PROMPT + "\n#### steps\n" + field)
    assert refusal(path) == f"{path}:{line_of(path, bad_line)}:1: {message}"


def test_refuses_a_page_naming_no_model(tmp_path: Path) -> None:
    page = PAGE.replace("| **Format** | `acme/text-to-video` |", "")
    path = write_page(tmp_path, example='{"input": {"prompt": "a fox"}}', page=page)
    assert refusal(path) == (
        f"{path}:1:1: no model id: neither the model table nor the request example names one"
    )


# -- the real pages ---------------------------------------------------------------------------


@pytest.mark.skipif(not REAL_PAGES, reason=f"the market pages are not here ({MARKET})")
@pytest.mark.parametrize("page", REAL_PAGES, ids=[p.name for p in REAL_PAGES])
def test_every_real_page_reads(page: Path) -> None:
    draft = read_page(page)
    assert draft.form == page.name.split(".")[-2]  # the form its name says
    assert draft.spec["input"]
    assert draft.spec["examples"][0]["input"]
    if draft.form == "api-tab":  # the site's navigation is not the page's own text
        assert all(n.get("doc") != "kie.ai" for n in draft.spec.get("notes", []))
