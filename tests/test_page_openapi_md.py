"""The reader of the docs site's OpenAPI Markdown pages: each mapping into the spec language, each
refusal with its page line, and every real page read."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from generator.pages import PageError, read_page
from generator.pages.openapi_md import MAX_ENUM_VALUES

MARKET = ROOT.parent / "shared" / "kie-docs" / "market"
REAL_PAGES = sorted(MARKET.glob("*.openapi-md.md")) if MARKET.is_dir() else []

PAGE = """\
# Test  Model

## OpenAPI Specification

```yaml
openapi: 3.0.1
paths:
  /api/v1/jobs/createTask:
    post:
      tags:
      - docs/en/Market/Image    Models/Test
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                model:
                  type: string
                  enum:
                  - test/text-to-image
                input:
{input}
            example:
              model: test/text-to-image
              callBackUrl: https://example.com/callback
              input: {example}
```
"""


def write_page(tmp_path: Path, input_yaml: str, example: str = "{}") -> Path:
    """A page whose `input` schema is `input_yaml` (written as if at column 0)."""
    body = textwrap.indent(textwrap.dedent(input_yaml).strip("\n"), " " * 18)
    path = tmp_path / "test.openapi-md.md"
    path.write_text(PAGE.format(input=body, example=example), "utf-8")
    return path


def fields(tmp_path: Path, properties: str, **extra: str) -> dict[str, Any]:
    schema = "type: object\nproperties:\n" + textwrap.indent(textwrap.dedent(properties), "  ")
    for key, value in extra.items():
        schema += f"{key}:\n" + textwrap.indent(textwrap.dedent(value), "  ")
    return read_page(write_page(tmp_path, schema)).spec["input"]


def line_of(path: Path, text: str, nth: int = 1) -> int:
    hits = [n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line]
    return hits[nth - 1]


def refusal(path: Path) -> str:
    with pytest.raises(PageError) as caught:
        read_page(path)
    return str(caught.value)


def notes(path: Path) -> list[dict[str, Any]]:
    return list(read_page(path).spec.get("notes", []))


# Mappings ---------------------------------------------------------------------------------


def test_page_level_facts(tmp_path: Path) -> None:
    path = write_page(
        tmp_path,
        "type: object\nproperties:\n  prompt: {type: string}\nrequired: [prompt]\n",
        example="{prompt: a cat}",
    )
    draft = read_page(path)
    assert draft.form == "openapi-md"
    assert draft.spec["model"] == "test/text-to-image"
    assert draft.spec["title"] == "Test Model"
    assert draft.spec["output"] == "image"  # from the tag, `Image    Models`
    assert draft.spec["examples"] == [
        {
            "name": "docs",
            "callBackUrl": "https://example.com/callback",
            "input": {"prompt": "a cat"},
        }
    ]
    assert draft.spec["input"]["prompt"]["required"] is True


def test_strings(tmp_path: Path) -> None:
    got = fields(
        tmp_path,
        """\
        prompt: {type: string, minLength: 1, maxLength: 500, pattern: '^.*\\S.*$'}
        story: {type: string, maxLength: 2000}
        task_id: {type: string, maxLength: 5000}
        """,
    )
    assert got["prompt"] == {
        "type": "string",
        "multiline": True,
        "min_length": 1,
        "max_length": 500,
        "pattern": "^.*\\S.*$",
    }
    assert got["story"]["multiline"] is True  # long free text
    assert "multiline" not in got["task_id"]


def test_urls_and_media(tmp_path: Path) -> None:
    got = fields(
        tmp_path,
        """\
        image_url: {type: string, format: uri}
        video_urls: {type: array, items: {type: string}}
        link: {type: string, format: uri}
        file_url:
          type: string
          description: 'File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav'
        """,
    )
    assert got["image_url"] == {"type": "url", "media": "image"}
    assert got["video_urls"]["items"] == {"type": "url", "media": "video"}
    assert got["link"] == {"type": "url"}  # nothing says which medium
    assert got["file_url"]["media"] == "audio"  # from the accepted types


def test_enums_with_labels_and_numbers(tmp_path: Path) -> None:
    got = fields(
        tmp_path,
        """\
        size:
          type: string
          enum: [square, wide]
          default: square
          examples: [wide]
          x-apidog-enum:
          - {value: square, name: Square 1:1, description: ''}
          - {value: wide, name: '', description: ''}
        duration: {type: integer, enum: [5, 10]}
        """,
    )
    assert got["size"] == {
        "type": "enum",
        "values": {"square": "Square 1:1", "wide": "wide"},
        "default": "square",
        "example": "wide",
    }
    assert got["duration"]["values"] == {5: "5", 10: "10"}


def test_numbers_and_steps(tmp_path: Path) -> None:
    path = write_page(
        tmp_path,
        """\
        type: object
        properties:
          steps: {type: integer, minimum: 1, maximum: 50, multipleOf: 1, default: 20}
          guidance: {type: number, minimum: 0, maximum: 10, multipleOf: 1}
          seed: {type: integer, minimum: 0, multipleOf: 2}
          safe: {type: boolean, default: true, examples: [false]}
        """,
    )
    got = read_page(path).spec["input"]
    assert got["steps"] == {"type": "integer", "min": 1, "max": 50, "step": 1, "default": 20}
    assert got["guidance"] == {"type": "number", "min": 0, "max": 10, "step": 1}
    assert got["seed"] == {"type": "integer", "min": 0}
    assert got["safe"] == {"type": "boolean", "default": True, "example": False}
    [note] = notes(path)
    assert note["field"] == "seed" and note["line"] == line_of(path, "multipleOf: 2")


def test_descriptions_prose_and_deprecation(tmp_path: Path) -> None:
    path = write_page(
        tmp_path,
        """\
        type: object
        properties:
          ratio:
            type: string
            description: "The ratio.\\n   Do not use it with size."
            deprecated: true
        """,
    )
    description = read_page(path).spec["input"]["ratio"]["description"]
    assert description == "The ratio. Do not use it with size."
    found = {(n["field"], n["line"], n["doc"]) for n in notes(path)}
    assert ("ratio", line_of(path, "deprecated: true"), "deprecated: true") in found
    assert ("ratio", line_of(path, "ratio:"), "Do not use it with size.") in found


def test_arrays_of_objects_and_of_arrays(tmp_path: Path) -> None:
    got = fields(
        tmp_path,
        """\
        shots:
          type: array
          minItems: 1
          maxItems: 6
          examples: [[{duration: 2}]]
          items:
            type: object
            required: [duration]
            properties:
              prompt: {type: string, maxLength: 512}
              duration: {type: integer, minimum: 1, maximum: 15, default: 2}
            x-apidog-orders: [duration, prompt]
        boxes:
          type: array
          items: {type: array, items: {type: array, items: {type: integer}}}
        """,
    )
    assert got["shots"] == {
        "type": "array",
        "min_items": 1,
        "max_items": 6,
        "items": {
            "type": "object",
            "fields": {
                "duration": {
                    "type": "integer",
                    "required": True,
                    "min": 1,
                    "max": 15,
                    "default": 2,
                },
                "prompt": {"type": "string", "multiline": True, "max_length": 512},
            },
        },
        "example": [{"duration": 2}],
    }
    assert list(got["shots"]["items"]["fields"]) == ["duration", "prompt"]
    inner = {"type": "array", "items": {"type": "integer"}}
    assert got["boxes"] == {"type": "array", "items": {"type": "array", "items": inner}}


def test_field_order_follows_apidog_and_refs_are_read_from_properties(tmp_path: Path) -> None:
    for orders in ("x-apidog-orders", "x--orders"):
        got = fields(
            tmp_path,
            "b: {type: string}\nnsfw_checker: {type: boolean}\na: {type: string}\n",
            **{orders: "- a\n- 01KREF\n- b\n", "x-apidog-refs": "01KREF: {$ref: x}\n"},
        )
        assert list(got) == ["a", "b", "nsfw_checker"]


VARIANTS = """\
description: by task or by image
oneOf:
- title: by task
  type: object
  required: [prompt, task_id]
  properties:
    prompt: {type: string, maxLength: 100}
    task_id: {type: string}
- title: by image
  type: object
  required: [prompt, image_url]
  properties:
    prompt: {type: string, maxLength: 500}
    image_url: {type: string, format: uri}
  allOf:
  - type: string
  - type: string
"""


def test_variants_merge_into_one_set_of_fields(tmp_path: Path) -> None:
    path = write_page(tmp_path, VARIANTS)
    draft = read_page(path)
    got = draft.spec["input"]
    assert list(got) == ["prompt", "task_id", "image_url"]
    assert got["prompt"] == {
        "type": "string",
        "required": True,
        "multiline": True,
        "max_length": 500,
    }
    assert "required" not in got["task_id"] and "required" not in got["image_url"]
    assert draft.spec["rules"] == [
        {"one_of": ["task_id", "image_url"], "message": "Give exactly one of task_id, image_url."}
    ]
    by_field = {n.get("field"): n for n in draft.spec["notes"]}
    assert "by task: max_length 100; by image: max_length 500" in by_field["prompt"]["doc"]
    assert by_field["prompt"]["line"] == line_of(path, "prompt: {type: string, maxLength: 100}")
    assert "task_id" not in by_field  # the one_of rule explains its absence from `by image`
    artefact = next(n for n in draft.spec["notes"] if "bare" in n["doc"])
    assert artefact["line"] == line_of(path, "allOf:") and "decision" in artefact


def test_padded_property_names_are_stripped(tmp_path: Path) -> None:
    schema = "type: object\nproperties:\n  'image_urls ': {type: array, items: {type: string}}\n"
    path = write_page(tmp_path, schema, example="{'image_urls ': [https://x.test/a.png]}")
    draft = read_page(path)
    assert list(draft.spec["input"]) == ["image_urls"]
    assert draft.spec["examples"][0]["input"] == {"image_urls": ["https://x.test/a.png"]}
    assert any(n["line"] == line_of(path, "'image_urls ':") for n in draft.spec["notes"])


# Refusals ---------------------------------------------------------------------------------


def test_refuses_a_page_without_yaml_block(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# T\n\n## OpenAPI Specification\n\nno block\n")
    assert f"{path}:3:1: no ```yaml block" in refusal(path)


def test_refuses_an_unclosed_block(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# T\n\n## OpenAPI Specification\n\n```yaml\nopenapi: 3.0.1\n")
    assert f"{path}:5:1: the ```yaml block never closes" in refusal(path)


def test_refuses_a_page_without_create_task(tmp_path: Path) -> None:
    path = write_page(tmp_path, "type: object\nproperties: {a: {type: string}}\n")
    path.write_text(path.read_text().replace("/api/v1/jobs/createTask", "/api/v1/other"))
    where = line_of(path, "/api/v1/other")  # the paths the page does list
    assert f"{path}:{where}:1: no /api/v1/jobs/createTask path" in refusal(path)


def test_refuses_an_input_without_properties(tmp_path: Path) -> None:
    path = write_page(tmp_path, "type: object\n")
    assert f"{path}:{line_of(path, 'input:')}:1: the input object has no properties" in refusal(
        path
    )


def test_refuses_yaml_that_does_not_parse(tmp_path: Path) -> None:
    path = write_page(tmp_path, "type: object\nproperties: {a: [1, 2}\n")
    assert f"{path}:{line_of(path, 'properties: {a')}:1: the OpenAPI block is not valid YAML" in (
        refusal(path)
    )


def test_refuses_a_duplicate_key(tmp_path: Path) -> None:
    path = write_page(
        tmp_path, "type: object\nproperties:\n  a: {type: string}\n  a: {type: string}\n"
    )
    assert f"{path}:{line_of(path, 'a: {type', 2)}:1:" in refusal(path)
    assert "duplicate key" in refusal(path)


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ("{type: integer, minimum: 5, maximum: 1}", "minimum 5 is above maximum 1"),
        ("{type: string, minLength: 5, maxLength: 1}", "minLength 5 is above maxLength 1"),
        ("{type: array, minItems: 3, maxItems: 1, items: {type: string}}", "minItems 3 is above"),
        ("{type: string, enum: [a, b], default: c}", "the default 'c' is not one of"),
        ("{type: string, enum: [a, b], examples: [c]}", "the example 'c' is not one of"),
        ("{type: string, maxLength: 1000001}", "maxLength 1,000,001 is over 1,000,000"),
        ("{type: array, maxItems: 10001, items: {type: string}}", "maxItems 10,001 is over"),
        ("{type: whatever}", "unknown type 'whatever'"),
    ],
)
def test_refuses_contradictions_and_excess(tmp_path: Path, schema: str, message: str) -> None:
    path = write_page(tmp_path, f"type: object\nproperties:\n  a: {schema}\n")
    assert f"{path}:{line_of(path, 'a: {type')}:1: a: {message}" in refusal(path)


def test_refuses_an_enum_too_long(tmp_path: Path) -> None:
    values = ", ".join(str(n) for n in range(MAX_ENUM_VALUES + 1))
    path = write_page(
        tmp_path, f"type: object\nproperties:\n  a: {{type: integer, enum: [{values}]}}\n"
    )
    assert f"{path}:{line_of(path, 'enum: [0')}:1: a: enum lists 1,001 values" in refusal(path)


@pytest.mark.parametrize("deep", ["[" * 100_000 + "]" * 100_000, "- " * 100_000 + "x"])
def test_refuses_deep_nesting_before_parsing(tmp_path: Path, deep: str) -> None:
    path = write_page(tmp_path, f"type: object\nproperties:\n  a: {{type: string}}\nx:\n  {deep}\n")
    error = refusal(path)
    assert f"{path}:{line_of(path, deep[:10])}:1: the document nests deeper than" in error


def test_refuses_aliases(tmp_path: Path) -> None:
    path = write_page(tmp_path, "type: object\nproperties:\n  a: &s {type: string}\n  b: *s\n")
    assert f"{path}:{line_of(path, 'a: &s')}:1: the document uses a YAML anchor" in refusal(path)


# Every real page --------------------------------------------------------------------------


@pytest.mark.skipif(not REAL_PAGES, reason="the docs' market pages are not checked out beside")
@pytest.mark.parametrize("page", REAL_PAGES, ids=lambda p: p.name)
def test_every_real_page_reads(page: Path) -> None:
    draft = read_page(page)
    assert draft.form == "openapi-md"
    assert draft.spec["input"]


def test_the_model_id_most_mentions_agree_on_wins_and_the_other_is_noted(tmp_path: Path) -> None:
    """The `model` schema's enum is one copied block; the example and the prose name another."""
    path = write_page(tmp_path, "type: object\nproperties:\n  prompt: {type: string}\n")
    text = path.read_text("utf-8").replace(
        "              model: test/text-to-image\n", "              model: test/other\n"
    )
    text = text.replace(
        "                  - test/text-to-image\n",
        "                  - test/text-to-image\n"
        "                  description: Must be `test/other` for this endpoint\n",
    )
    path.write_text(text, "utf-8")
    draft = read_page(path)
    assert draft.model_id == "test/other"
    [note] = draft.spec["notes"]
    assert note["doc"] == "The page also names the model test/text-to-image."
    assert "todo" in note


def test_a_shared_schema_the_page_only_refers_to_is_read(tmp_path: Path) -> None:
    path = write_page(
        tmp_path,
        """
        type: object
        properties:
          prompt: {type: string}
        x-apidog-refs:
          01ABC: {$ref: '#/components/schemas/nsfw_checker'}
        """,
    )
    draft = read_page(path)
    assert draft.spec["input"]["nsfw_checker"]["type"] == "boolean"
    [note] = draft.spec["notes"]
    assert note["field"] == "nsfw_checker" and "decision" in note


def test_an_empty_url_default_or_example_means_none(tmp_path: Path) -> None:
    spec = fields(
        tmp_path,
        """
        image_url: {type: string, format: uri, default: '', examples: ['']}
        image_urls: {type: array, items: {type: string, format: uri}, default: [''], examples: [['']]}
        """,
    )
    assert "default" not in spec["image_url"] and "example" not in spec["image_url"]
    assert "default" not in spec["image_urls"] and "example" not in spec["image_urls"]


def test_a_field_example_that_breaks_its_own_limits_is_dropped_with_a_note(tmp_path: Path) -> None:
    from generator.draft import checked_spec

    path = write_page(
        tmp_path,
        """
        type: object
        properties:
          dialogue:
            type: array
            items:
              type: object
              properties:
                voice: {type: string, enum: [a1, b2]}
            examples: [[{voice: Adam}]]
        """,
    )
    draft = read_page(path)
    text = checked_spec(draft, path)
    assert "Adam" not in text.partition("notes:")[0]
    [note] = draft.spec["notes"]
    assert note["field"] == "dialogue" and "breaks its limits" in note["doc"] and "todo" in note


def test_limits_and_rules_stated_in_regular_prose_are_read(tmp_path: Path) -> None:
    path = write_page(
        tmp_path,
        """
        type: object
        properties:
          prompt: {type: string, description: 'What to make (Max length: 500 characters)'}
          image_url:
            type: string
            format: uri
            description: 'The first frame (Accepted types: image/jpeg, image/png; Max size: 10.0MB)'
          duration:
            type: string
            enum: ['5', '10']
            description: 10 seconds videos are not supported for 1080p resolution.
          resolution: {type: string, enum: [720p, 1080p]}
        """,
    )
    draft = read_page(path)
    fields = draft.spec["input"]
    assert fields["prompt"]["max_length"] == 500
    assert fields["image_url"]["accept"] == ["image/jpeg", "image/png"]
    assert fields["image_url"]["max_size"] == "10MB"
    assert draft.spec["rules"] == [
        {
            "forbid": {"duration": "10", "resolution": "1080p"},
            "message": "10 s videos are not offered at 1080p.",
        }
    ]
    decided = {n["field"] for n in draft.spec["notes"] if "decision" in n}
    assert {"prompt", "image_url"} <= decided  # each limit says where it came from
