"""Each kind of bad spec gives one located line per problem: file:line:col: path: message; hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ACME, problems_in, write_tree

FILE = "specs/models/acme/text-to-video.yaml"


def only_problem(tmp_path: Path, text: str, rel: str = "acme/text-to-video.yaml") -> str:
    found = problems_in(write_tree(tmp_path, {rel: text}))
    assert len(found) == 1, found
    return found[0]


def test_the_base_spec_is_valid(tmp_path: Path) -> None:
    assert problems_in(write_tree(tmp_path, {"acme/text-to-video.yaml": ACME})) == []


def test_yaml_syntax_error(tmp_path: Path) -> None:
    text = ACME.replace("values: {low: Low, high: High}", "values: {low: Low, high: High")
    line = only_problem(tmp_path, text)
    assert line.startswith(f"{FILE}:17:1: YAML syntax error: expected ',' or '}}'"), line
    assert "check indentation, quotes and brackets" in line


def test_duplicate_key(tmp_path: Path) -> None:
    text = ACME.replace("    max_length: 100\n", "    max_length: 100\n    required: false\n")
    assert only_problem(tmp_path, text) == (
        f'{FILE}:10:5: found duplicate key "required"; '
        "each key may appear once in a mapping; remove or rename one of them"
    )


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    text = ACME.replace("max_length: 100", "maxlength: 100")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:9:5: input.prompt.maxlength: unknown key 'maxlength'; did you mean 'max_length'?"
    )


def test_unknown_top_level_key(tmp_path: Path) -> None:
    line = only_problem(tmp_path, ACME + "ouptut: image\n")
    assert line == f"{FILE}:17:1: ouptut: unknown key 'ouptut'; did you mean 'output'?"


def test_wrong_type(tmp_path: Path) -> None:
    text = ACME.replace("max_length: 100", "max_length: many")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:9:17: input.prompt.max_length: expected a integer, got string 'many'; write a integer"
    )


def test_number_where_a_string_belongs_says_to_quote(tmp_path: Path) -> None:
    text = ACME.replace("title: Acme Text to Video", "title: 2024")
    assert only_problem(tmp_path, text) == (
        f'{FILE}:2:8: title: expected a string, got integer 2024; quote it: "2024"'
    )


def test_unknown_field_type_is_suggested(tmp_path: Path) -> None:
    text = ACME.replace("type: integer", "type: integr")
    line = only_problem(tmp_path, text)
    assert (
        line
        == f"{FILE}:11:11: input.steps.type: 'integr' is not allowed here; did you mean 'integer'?"
    )


def test_missing_required_key(tmp_path: Path) -> None:
    text = ACME.replace("kind: text-to-video\n", "")
    assert (
        only_problem(tmp_path, text) == f"{FILE}:1:1: missing required key 'kind'; add `kind: ...`"
    )


def test_min_greater_than_max(tmp_path: Path) -> None:
    text = ACME.replace("min: 1", "min: 60")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:12:10: input.steps.min: min 60 is greater than max 50; make min at most 50, or swap the two"
    )


def test_step_that_does_not_divide_the_range(tmp_path: Path) -> None:
    text = ACME.replace("    max: 50\n", "    max: 50\n    step: 0.3\n")
    assert only_problem(tmp_path, text).startswith(f"{FILE}:14:11: input.steps.")  # integer step
    text = ACME.replace("type: integer", "type: number").replace(
        "    max: 50\n", "    max: 50\n    step: 0.3\n"
    )
    assert only_problem(tmp_path, text) == (
        f"{FILE}:14:11: input.steps.step: step 0.3 does not divide the range 1..50; "
        "choose a step that divides 49, or set max to 49.9"
    )


def test_float_step_grid_is_bounded_but_whole_steps_are_not(tmp_path: Path) -> None:
    whole = ACME.replace("    max: 50\n", "    max: 4294967295\n    step: 1\n")
    assert problems_in(write_tree(tmp_path / "whole", {"acme/text-to-video.yaml": whole})) == []
    fine = ACME.replace("type: integer", "type: number").replace(
        "    max: 50\n", "    max: 50\n    step: 0.001\n"
    )
    assert only_problem(tmp_path, fine) == (
        f"{FILE}:14:11: input.steps.step: step 0.001 makes more than 10001 values; "
        "use a coarser step, or drop the step"
    )


def test_a_bad_range_does_not_hide_other_fields_defaults(tmp_path: Path) -> None:
    text = ACME.replace("min: 1", "min: 60") + "    default: medium\n"
    found = problems_in(write_tree(tmp_path, {"acme/text-to-video.yaml": text}))
    assert [p.split(": ")[1] for p in found] == ["input.steps.min", "input.quality.default"]


def test_step_needs_min_and_max(tmp_path: Path) -> None:
    text = ACME.replace("    min: 1\n", "    step: 1\n")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:11:5: input.steps: 'step' needs 'min'; a step counts from min to max; give both"
    )


def test_default_outside_its_own_limits(tmp_path: Path) -> None:
    text = ACME.replace("    max: 50\n", "    max: 50\n    default: 80\n")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:14:14: input.steps.default: default 80 is above the maximum 50; "
        "make the default fit the field's limits"
    )


def test_example_outside_its_own_limits(tmp_path: Path) -> None:
    text = ACME.replace(
        "    max_length: 100\n", "    max_length: 100\n    example: " + "x" * 101 + "\n"
    )
    assert only_problem(tmp_path, text) == (
        f"{FILE}:10:14: input.prompt.example: example has 101 characters; at most 100 are allowed; "
        "make the example fit the field's limits"
    )


def test_enum_default_not_among_values(tmp_path: Path) -> None:
    text = ACME + "    default: medium\n"
    assert only_problem(tmp_path, text) == (
        f"{FILE}:17:14: input.quality.default: default 'medium' is not among the values: "
        "'low', 'high'; pick one of the values"
    )


def test_enum_mixing_strings_and_numbers(tmp_path: Path) -> None:
    text = ACME.replace("values: {low: Low, high: High}", 'values: {5: five, "10": ten}')
    line = only_problem(tmp_path, text)
    assert line.startswith(
        f"{FILE}:16:13: input.quality.values: enum values mix strings with numbers"
    )
    assert "quote every value" in line


def test_duplicate_model_id(tmp_path: Path) -> None:
    found = problems_in(
        write_tree(tmp_path, {"acme/text-to-video.yaml": ACME, "acme/text-to-video.yml": ACME})
    )
    assert (
        "specs/models/acme/text-to-video.yaml:1:8: model: duplicate model id 'acme/text-to-video', "
        "also in specs/models/acme/text-to-video.yml:1; give each model a distinct id" in found
    )
    assert len([p for p in found if "duplicate model id" in p]) == 2


def test_two_specs_mapping_to_one_python_name(tmp_path: Path) -> None:
    other = ACME.replace("model: acme/text-to-video", "model: acme/text_to_video")
    found = problems_in(
        write_tree(tmp_path, {"acme/text-to-video.yaml": ACME, "acme/text_to_video.yaml": other})
    )
    assert (
        "specs/models/acme/text-to-video.yaml:1:8: model: Python module 'acme_text_to_video' is also "
        "produced by specs/models/acme/text_to_video.yaml:1; give each model a distinct id"
    ) in found
    assert any("client method 'acme.text_to_video'" in p for p in found)


def test_two_fields_mapping_to_one_python_name(tmp_path: Path) -> None:
    text = ACME + "  Quality:\n    type: boolean\n"
    line = only_problem(tmp_path, text)
    assert line == (
        f"{FILE}:17:3: input.Quality: fields 'quality' and 'Quality' both become Python name 'quality'; "
        "rename one of them"
    )


@pytest.mark.parametrize(
    ("model_id", "why"),
    [
        ("acme/../text-to-video", "contains '..'"),
        ("/acme/text-to-video", "starts or ends with '/'"),
        ("acme/text-to-video/", "starts or ends with '/'"),
        ("acme/text to video", "contains spaces"),
        ("Acme/Text-To-Video", "has uppercase letters (write 'acme/text-to-video')"),
    ],
)
def test_model_id_with_path_tricks(tmp_path: Path, model_id: str, why: str) -> None:
    text = ACME.replace("model: acme/text-to-video", f'model: "{model_id}"')
    assert only_problem(tmp_path, text) == (
        f"{FILE}:1:8: model: model id {model_id!r} {why}; use lowercase letters, digits, '.', '-' and '_' "
        "in segments joined by '/', e.g. kling-2.6/image-to-video"
    )


def test_rule_naming_an_unknown_field(tmp_path: Path) -> None:
    text = ACME + "rules:\n  - exclusive: [prompt_two, steps]\n"
    assert only_problem(tmp_path, text) == (
        f"{FILE}:18:16: rules[0].exclusive: rule names unknown field 'prompt_two'; "
        "did you mean 'prompt'?"
    )


def test_spec_path_must_match_model_id(tmp_path: Path) -> None:
    line = only_problem(tmp_path, ACME, rel="acme/other.yaml")
    assert line == (
        "specs/models/acme/other.yaml:1:8: model: model id 'acme/text-to-video' does not match the file's "
        "path 'models/acme/other.yaml'; move the file to specs/models/acme/text-to-video.yaml, "
        "or set model: to match its path"
    )


def test_example_that_breaks_the_spec_must_say_so(tmp_path: Path) -> None:
    text = ACME + "examples:\n  - name: docs\n    input: {steps: 5}\n"
    assert only_problem(tmp_path, text) == (
        f"{FILE}:19:12: examples[0].input: example 'docs' breaks prompt: is required [required]; "
        "fix the example, or record what it breaks: rejected_for: {field: prompt, rule: required}"
    )


def test_rejected_for_must_name_what_the_example_breaks(tmp_path: Path) -> None:
    text = (
        ACME
        + "examples:\n  - name: docs\n    input: {steps: 5}\n    rejected_for: {field: steps, rule: max}\n"
    )
    assert only_problem(tmp_path, text) == (
        f"{FILE}:20:19: examples[0].rejected_for: example 'docs' does not break steps [max]; "
        "it breaks prompt [required]; correct rejected_for, or remove it"
    )


def test_exclusive_rule_with_a_required_field(tmp_path: Path) -> None:
    text = ACME + "rules:\n  - exclusive: [prompt, steps]\n"
    line = only_problem(tmp_path, text)
    assert line.startswith(
        f"{FILE}:18:16: rules[0].exclusive: 'prompt' is required, so the others could never"
    )


def test_forbid_refusing_a_value_the_field_cannot_take(tmp_path: Path) -> None:
    text = ACME + "rules:\n  - forbid: {quality: ultra, steps: 50}\n"
    assert only_problem(tmp_path, text) == (
        f"{FILE}:18:23: rules[0].forbid.quality: 'ultra' is not a value 'quality' can take; "
        "refuse only values the field accepts"
    )


def test_items_cannot_be_required(tmp_path: Path) -> None:
    text = ACME + "  images:\n    type: array\n    items: {type: url, required: true}\n"
    line = only_problem(tmp_path, text)
    assert line == (
        f"{FILE}:19:24: input.images.items.required: 'required' is not allowed in array items; "
        "items are always present and carry no default or example; set these on the array itself"
    )


def test_all_problems_of_all_files_in_one_run(tmp_path: Path) -> None:
    bad_one = ACME.replace("max_length: 100", "maxlength: 100").replace("min: 1", "min: 60")
    bad_two = ACME.replace("model: acme/text-to-video", "model: acme/other").replace(
        "kind: text-to-video\n", ""
    )
    found = problems_in(
        write_tree(tmp_path, {"acme/text-to-video.yaml": bad_one, "acme/other.yaml": bad_two})
    )
    assert found == [
        "specs/models/acme/other.yaml:1:1: missing required key 'kind'; add `kind: ...`",
        f"{FILE}:9:5: input.prompt.maxlength: unknown key 'maxlength'; did you mean 'max_length'?",
    ]  # the shape errors of a file come first; its semantic errors follow once the shape is right


def test_missing_api_spec(tmp_path: Path) -> None:
    specs = write_tree(tmp_path, {"acme/text-to-video.yaml": ACME}, api=False)
    assert any("no API spec found" in p for p in problems_in(specs))


def test_bad_api_spec(tmp_path: Path) -> None:
    specs = write_tree(tmp_path, {"acme/text-to-video.yaml": ACME})
    api = specs / "api.yaml"
    api.write_text(
        api.read_text().replace("base_url: https://api.kie.ai", "base_ulr: https://api.kie.ai")
    )
    found = problems_in(specs)
    assert "specs/api.yaml:6:1: base_ulr: unknown key 'base_ulr'; did you mean 'base_url'?" in found
    assert "specs/api.yaml:1:1: missing required key 'base_url'; add `base_url: ...`" in found
