"""Hostile specs and pages are refused at file:line:col, in bounded time and memory, without a
traceback, quoting at most one short line of any file (issue 13, items 4 and 6)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import test_importer as api_tab_page
import test_page_copy_page as copy_page
import test_page_openapi_md as openapi_page

from conftest import ACME, ROOT, problems_in, write_tree
from generator.build import build_model
from generator.cli import main
from generator.fixtures import MAX_FIXTURE_BYTES, input_bytes, matching_text, model_fixtures
from generator.load import MAX_NESTING, load_text
from generator.metacheck import meta_problems
from generator.pages import PageError, read_page
from generator.pages.common import MAX_NESTING as PAGE_NESTING
from generator.problems import MAX_QUOTE, Problem
from generator.render import json_text

FILE = "specs/models/acme/text-to-video.yaml"
REL = "acme/text-to-video.yaml"


def only_problem(tmp_path: Path, text: str) -> str:
    found = problems_in(write_tree(tmp_path, {REL: text}))
    assert len(found) == 1, found
    return found[0]


def generate_bounded(specs: Path, seconds: float = 20) -> subprocess.CompletedProcess[str]:
    """`python -m generator generate` in a child held to `seconds` and 1.5 GB: a spec that makes
    the generator run on or swell fails the test instead of stalling the run."""
    code = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000,) * 2); "
        "from generator.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    out = specs.parent / "out"
    args = [sys.executable, "-c", code, "--specs", str(specs), "--out", str(out), "--no-cache"]
    done = subprocess.run(
        [*args, "generate"], capture_output=True, text=True, cwd=specs.parent, timeout=seconds
    )
    assert not out.exists(), "nothing may be written for a refused spec"
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    return done


# -- 1. anchors and aliases ------------------------------------------------------------------

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{name}: &{name} [{', '.join(['*' + below] * 9)}]\n"
    for below, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_an_alias_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    specs = write_tree(tmp_path, {REL: ACME + BOMB})
    started = time.perf_counter()
    done = generate_bounded(specs)
    assert done.returncode == 2
    assert done.stderr.startswith(
        f"{FILE}:17:4: anchors and aliases are not allowed in a spec; write the value out\n"
    ), done.stderr
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("extra", "line", "col"),
    [
        ("  images: &same\n    type: boolean\n", 17, 11),  # an anchor without any alias
        ("  other: *quality\n", 17, 10),  # an alias of an anchor never made
        ("examples:\n  - name: docs\n    input: {<<: *base, prompt: x}\n", 19, 17),  # merge key
    ],
    ids=["anchor", "alias", "merge-key"],
)
def test_every_anchor_and_alias_is_refused(tmp_path: Path, extra: str, line: int, col: int) -> None:
    assert only_problem(tmp_path, ACME + extra) == (
        f"{FILE}:{line}:{col}: anchors and aliases are not allowed in a spec; write the value out"
    )


# -- 2. sizes a spec may ask for, and the fixtures they make -----------------------------------


@pytest.mark.parametrize(
    ("key", "written", "shown", "at"),
    [
        ("max_length", "1e9", "1000000000.0", "9:17"),
        ("max_length", "1000000000", "1000000000", "9:17"),
        ("min_length", "1000000000", "1000000000", "9:17"),
    ],
)
def test_a_length_over_the_cap_is_refused(
    tmp_path: Path, key: str, written: str, shown: str, at: str
) -> None:
    text = ACME.replace("max_length: 100", f"{key}: {written}")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:{at}: input.prompt.{key}: {shown} is greater than the maximum of 1000000; "
        "see generator/metaschema for what is allowed"
    )


@pytest.mark.parametrize("key", ["max_items", "min_items"])
@pytest.mark.parametrize(("written", "shown"), [("1e8", "100000000.0"), ("100000000", "100000000")])
def test_a_count_over_the_cap_is_refused(
    tmp_path: Path, key: str, written: str, shown: str
) -> None:
    text = ACME + f"  images:\n    type: array\n    {key}: {written}\n    items: {{type: url}}\n"
    assert only_problem(tmp_path, text) == (
        f"{FILE}:19:{7 + len(key)}: input.images.{key}: {shown} is greater than the maximum of "
        "10000; see generator/metaschema for what is allowed"
    )


def fixtures_of(text: str) -> dict[str, object]:
    doc, problems = load_text(text, FILE, f"models/{REL}")
    assert doc is not None and not problems and not meta_problems(doc, "model")
    return model_fixtures(build_model(doc))


AT_THE_CAPS = (
    ACME.replace("max_length: 100", "max_length: 1000000")
    + "  images:\n    type: array\n    max_items: 10000\n    items: {type: url}\n"
)


def test_a_spec_at_the_caps_makes_fixtures_of_a_few_megabytes(tmp_path: Path) -> None:
    """A string at 1,000,000 characters and a list at 10,000 URLs: about 2.8 MB, built and
    checked in a few seconds; the cap on lengths stays, as a real spec asks for 390,000."""
    started = time.perf_counter()
    assert problems_in(write_tree(tmp_path, {REL: AT_THE_CAPS})) == []
    size = len(json_text(fixtures_of(AT_THE_CAPS)).encode())
    assert 2_000_000 < size < MAX_FIXTURE_BYTES
    assert time.perf_counter() - started < 8


NESTED = """\
  deep:
    type: array
    min_items: {n}
    max_items: {n}
    items:
      type: array
      min_items: {n}
      max_items: {n}
      items:
        type: array
        min_items: {n}
        max_items: {n}
        items:
          type: array
          min_items: {n}
          max_items: {n}
          items: {{type: string, min_length: 1000, max_length: 1000}}
"""
MANY_LONG = "".join(f"  s{i}:\n    type: string\n    max_length: 1000000\n" for i in range(5))
REPEATED = ACME.replace(  # every case repeats the required prompt's million characters
    "    max_length: 100\n", "    min_length: 1000000\n    max_length: 1000000\n"
)
NEEDED = (
    "".join(f"  r{i}:\n    type: boolean\n" for i in range(30))
    + "rules:\n"
    + "".join(f"  - requires: {{r{i}: big}}\n" for i in range(30))
)
BIG = (
    "  big:\n    type: array\n    min_items: 10000\n    max_items: 10000\n    items: {type: url}\n"
)


def assert_too_large(line: str, at: str, size: str, field: str) -> None:
    assert line.startswith(f"{FILE}:{at}: input.{field}: the test fixtures would take {size}"), line
    assert f"bytes, more than the {MAX_FIXTURE_BYTES:,} allowed;" in line
    assert f"for '{field}'; lower its max_length or max_items" in line


@pytest.mark.parametrize(
    ("text", "at", "size", "field"),
    [
        (ACME + MANY_LONG, "18:5", "at least 5,000,100", "s0"),  # refused before it is built
        (REPEATED, "7:5", "", "prompt"),
    ],
    ids=["many-long-strings", "required-repeated"],
)
def test_fixtures_over_the_budget_are_refused_at_the_heaviest_field(
    tmp_path: Path, text: str, at: str, size: str, field: str
) -> None:
    assert_too_large(only_problem(tmp_path, text), at, size, field)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (ACME + NESTED.format(n=10000), "deep"),  # 10^16 strings, by reference
        (ACME + BIG + NEEDED, "big"),  # a sample that every case needing it holds
    ],
    ids=["nested-lists", "needed-repeated"],
)
def test_fixtures_that_would_swell_are_refused_in_bounded_time_and_memory(
    tmp_path: Path, text: str, field: str
) -> None:
    done = generate_bounded(write_tree(tmp_path, {REL: text}))
    assert done.returncode == 2
    [line] = [line for line in done.stderr.splitlines() if line.startswith(FILE)]
    assert_too_large(line, "18:5", "", field)


def test_the_measured_size_is_the_size_written(tmp_path: Path) -> None:
    text = (
        ACME + NESTED.format(n=3) + "examples:\n  - name: docs\n    input: {prompt: é, 5: [{}]}\n"
    )
    fixtures = fixtures_of(text)
    size, by_key = input_bytes(fixtures)
    assert size == len(json_text(fixtures).encode())
    assert max(by_key, key=by_key.__getitem__) == "deep"


def test_a_pattern_asking_for_a_huge_text_makes_none() -> None:
    started = time.perf_counter()
    assert matching_text("^(a{10000}){10000}$") is None  # 10^8 characters
    assert matching_text("^(((a{65535}){65535}){65535})$") is None
    assert matching_text("^a{3}b$") == "aaab"
    assert time.perf_counter() - started < 1


def test_a_step_too_fine_to_divide_is_refused_without_a_traceback(tmp_path: Path) -> None:
    text = ACME.replace("type: integer", "type: number").replace(
        "    max: 50\n", "    max: 50\n    step: 1.0e-30\n"
    )
    assert only_problem(tmp_path, text) == (
        f"{FILE}:14:11: input.steps.step: step 1e-30 makes more than 10001 values; "
        "use a coarser step, or drop the step"
    )


# -- 3. a page's step ------------------------------------------------------------------------

API_TAB_STEP = (
    "input.strength\nOptional\nnumber\nHow strongly\n\nMin: 0, Max: 1, Step: 0.000000001\n"
)
COPY_PAGE_STEP = (
    "#### strength\n- **Type**: `number`\n- **Required**: No\n"
    "- **Range**: 0 - 1 (step: 0.000000001)\n"
)
OPENAPI_STEP = (
    "type: object\nproperties:\n  strength: {type: number, minimum: 0, maximum: 1, "
    "multipleOf: 1.0e-9}\n"
)


def api_tab_step(tmp_path: Path) -> Path:
    return api_tab_page.write_page(tmp_path, API_TAB_STEP)


def copy_page_step(tmp_path: Path) -> Path:
    return copy_page.write_page(tmp_path, COPY_PAGE_STEP, copy_page.EXAMPLE)


def openapi_step(tmp_path: Path) -> Path:
    return openapi_page.write_page(tmp_path, OPENAPI_STEP)


@pytest.mark.parametrize(
    ("write", "line_text", "where"),
    [
        (api_tab_step, "Step: 0.000000001", "input.strength: "),
        (copy_page_step, "step: 0.000000001", "strength: "),
        (openapi_step, "multipleOf", "strength: "),
    ],
    ids=["api-tab", "copy-page", "openapi-md"],
)
def test_a_page_step_too_fine_is_refused_at_its_line(
    tmp_path: Path, write: object, line_text: str, where: str
) -> None:
    assert callable(write)
    path = write(tmp_path)
    with pytest.raises(PageError) as refused:
        read_page(path)
    line = copy_page.line_of(path, line_text)
    assert str(refused.value) == (
        f"{path}:{line}:1: {where}the step 1e-09 makes more than 10,001 values from 0 to 1; "
        "is the step right?"
    )


def test_importing_a_page_with_a_fine_step_ends_in_its_refusal(tmp_path: Path) -> None:
    """The whole import, in a child held to 20 s and 1.5 GB: it once listed 10^9 values."""
    page = api_tab_step(tmp_path)
    specs = write_tree(tmp_path, {})
    code = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000,) * 2); "
        "from generator.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--specs", str(specs), "import", str(page)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=20,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    line = copy_page.line_of(page, "Step: 0.000000001")
    assert f"refused {page}:{line}:1: input.strength: the step 1e-09 makes" in done.stdout
    assert list((specs / "models").iterdir()) == []


def test_a_draft_whose_field_cannot_be_checked_is_refused_not_crashed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The docs example is checked against the draft only once its fields hold together."""
    page = openapi_page.write_page(
        tmp_path, "type: object\nproperties:\n  a: {type: string, pattern: '('}\n", "{a: x}"
    )
    specs = write_tree(tmp_path, {})
    assert main(["--specs", str(specs), "import", str(page)]) == 2
    out = capsys.readouterr().out
    assert f"refused {page}:1:1: the draft spec would be invalid: " in out
    assert "input.a.pattern: pattern is not a regular expression" in out


# -- 4. and 6. deep nesting, in pages and specs ------------------------------------------------

DEEP = 5000


def api_tab_example(tmp_path: Path) -> Path:
    fields = 'input.prompt\nRequired\nstring\nText\nExample:\n\n{"a": ' + "[" * DEEP + "\n"
    return api_tab_page.write_page(tmp_path, fields)


def api_tab_request(tmp_path: Path) -> Path:
    page = api_tab_page.PAGE.replace('"steps": 20', '"steps": ' + "[" * DEEP + "]" * DEEP)
    return api_tab_page.write_page(tmp_path, "input.prompt\nRequired\nstring\nText\n", page)


def openapi_flow(tmp_path: Path) -> Path:
    schema = "type: object\nproperties:\n  a: {type: string}\n"
    return openapi_page.write_page(tmp_path, schema, '{"a": ' + "[" * DEEP + "]" * DEEP + "}")


def openapi_json_schema(tmp_path: Path) -> Path:
    nested = '{"type": "array", "items": ' * DEEP + '{"type": "string"}' + "}" * DEEP
    return openapi_page.write_page(tmp_path, f"type: object\nproperties:\n  a: {nested}\n")


@pytest.mark.parametrize(
    ("write", "line_text", "message"),
    [
        (api_tab_example, "[[[", "the example of input.prompt nests deeper than"),
        (api_tab_request, "[[[", "the request example nests deeper than"),
        (openapi_flow, "[[[", "the document nests deeper than"),
        (openapi_json_schema, '"items"', "the document nests deeper than"),
    ],
    ids=["api-tab-field-example", "api-tab-request-example", "openapi-example", "openapi-schema"],
)
def test_json_nested_thousands_deep_in_a_page_is_refused_at_its_line(
    tmp_path: Path, write: object, line_text: str, message: str
) -> None:
    assert callable(write)
    path = write(tmp_path)
    started = time.perf_counter()
    with pytest.raises(PageError) as refused:
        read_page(path)
    line = copy_page.line_of(path, line_text)
    assert str(refused.value).startswith(f"{path}:{line}:1: {message} {PAGE_NESTING} levels")
    assert time.perf_counter() - started < 2


TOO_DEEP = f"nests deeper than {MAX_NESTING} levels; a spec needs about a dozen; flatten the value"
OUTER = 4  # levels around an example's input: the spec, examples, the example, its input


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("[", "]"), ("{a: ", "}"), ("- ", "")],
    ids=["flow-lists", "flow-mappings", "block-lists"],
)
def test_a_spec_nested_thousands_deep_is_refused_where_it_passes_the_limit(
    tmp_path: Path, opening: str, closing: str
) -> None:
    nested = opening * DEEP + "x" + closing * DEEP
    text = ACME + "examples:\n  - name: docs\n    input:\n      prompt:\n        " + nested + "\n"
    col = 8 + len(opening) * (MAX_NESTING - OUTER) + 1  # the opening one level past the limit
    assert only_problem(tmp_path, text) == f"{FILE}:21:{col}: {TOO_DEEP}"


def test_a_spec_of_block_mappings_nested_hundreds_deep_is_refused(tmp_path: Path) -> None:
    """400 levels are enough to exhaust Python's recursion when composed."""
    keys = "".join(f"{'  ' * (3 + level)}k{level}:\n" for level in range(400))
    text = ACME + "examples:\n  - name: docs\n    input:\n" + keys
    level = MAX_NESTING - OUTER + 1  # k0 is in the input's own mapping
    assert only_problem(tmp_path, text) == f"{FILE}:{20 + level}:{2 * (3 + level) + 1}: {TOO_DEEP}"


# -- 5. ids and names end at their last character ---------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "model: acme/text-to-video",
            'model: "acme/text-to-video\\n"',
            "1:8: model: model id 'acme/text-to-video\\n' contains '\\n'; use lowercase letters",
        ),
        (
            "  steps:\n",
            '  "steps\\n":\n',
            "10:3: input.steps: field name 'steps\\n' is not valid; use letters, digits",
        ),
        (
            "kind: text-to-video",
            'kind: "text-to-video\\n"',
            "3:7: kind: kind 'text-to-video\\n' is not lowercase words joined by '-'",
        ),
    ],
    ids=["model-id", "field-name", "kind"],
)
def test_a_trailing_newline_is_refused_in_ids_and_names(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    line = only_problem(tmp_path, ACME.replace(old, new))
    assert line.startswith(f"{FILE}:{expected}"), line


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            'examples:\n  - name: "docs\\n"\n    input: {prompt: x}\n',
            "18:11: examples[0].name: name 'docs\\n' is not lowercase words",
        ),
        (
            'rules:\n  - exclusive: ["steps\\n", quality]\n',
            "18:17: rules[0].exclusive[0]: field name 'steps\\n' is not valid; use letters",
        ),
    ],
    ids=["example-name", "rule-field"],
)
def test_a_trailing_newline_is_refused_in_references(
    tmp_path: Path, extra: str, expected: str
) -> None:
    line = only_problem(tmp_path, ACME + extra)
    assert line.startswith(f"{FILE}:{expected}"), line


# -- 6. characters and numbers YAML or Python cannot carry ----------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "title: Acme Text to Video",
            'title: "Acme \\ud800"',
            "2:8: escapes a lone surrogate (\\ud800 to \\udfff), which is no character; "
            "write the character itself, or its code point, e.g. \\U0001F600",
        ),
        (
            "  steps:\n",
            '  "st\\udfffeps":\n',
            "10:3: escapes a lone surrogate",
        ),
        (
            "title: Acme Text to Video",
            "title: Acme\x01",
            "2:12: character U+0001 is not allowed in YAML text; remove it; to mean it in a text, "
            'escape it inside double quotes: "\\u0001"',
        ),
        ("    max_length: 100", "    max_length: 1\x00", "9:18: character U+0000 is not allowed"),
        (
            "max_length: 100",
            "max_length: 1" + "0" * 5000,
            f"9:17: a number of more than {sys.get_int_max_str_digits()} digits; write a number",
        ),
    ],
    ids=["surrogate-value", "surrogate-key", "control-character", "nul", "long-integer"],
)
def test_text_yaml_or_python_cannot_carry_is_refused_at_its_place(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    line = only_problem(tmp_path, ACME.replace(old, new))
    assert line.startswith(f"{FILE}:{expected}"), line


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ('"x\x01"', "the document holds character U+0001; YAML refuses control characters"),
        ('"x\\ud800"', "the document escapes a lone surrogate, which is no character"),
        ("1" + "0" * 5000, "the document writes a number too long to read"),
    ],
    ids=["control-character", "surrogate", "long-integer"],
)
def test_a_page_yaml_block_yaml_cannot_carry_is_refused_at_its_line(
    tmp_path: Path, written: str, message: str
) -> None:
    schema = f"type: object\nproperties:\n  a: {{type: string, description: {written}}}\n"
    path = openapi_page.write_page(tmp_path, schema)
    with pytest.raises(PageError) as refused:
        read_page(path)
    line = copy_page.line_of(path, "description")
    assert str(refused.value).startswith(f"{path}:{line}:1: {message}")


def test_generate_refuses_a_lone_surrogate_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = write_tree(tmp_path, {REL: ACME.replace("Acme Text to Video", '"Acme \\ud800"')})
    out = tmp_path / "out"
    assert main(["--specs", str(specs), "--out", str(out), "--no-cache", "generate"]) == 2
    assert capsys.readouterr().err.startswith(f"{FILE}:2:8: escapes a lone surrogate")
    assert not out.exists()


# -- 7. links out of specs/, and what a message may quote ---------------------------------------

SECRET = "-----BEGIN KEY-----\n" + "".join(f"line{n}{'s' * 200}\n" for n in range(50))


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    (folder / "acme").mkdir(parents=True)
    (folder / "acme" / "text-to-video.yaml").write_text(SECRET)
    return folder


def test_a_spec_linking_out_of_specs_is_refused_unread(tmp_path: Path, outside: Path) -> None:
    specs = write_tree(tmp_path, {})
    (specs / "models" / "acme").mkdir()
    (specs / "models" / REL).symlink_to(outside / REL)
    found = problems_in(specs)
    assert found == [
        f"{FILE}:1:1: a symbolic link out of specs/ (to {outside / REL}); "
        "specs are read only from inside specs/: copy what it links to instead"
    ]


@pytest.mark.parametrize("link", ["models/acme", "models"])
def test_a_folder_linking_out_of_specs_is_refused(tmp_path: Path, outside: Path, link: str) -> None:
    specs = write_tree(tmp_path, {})
    if link == "models":
        (specs / "models").rmdir()
    (specs / link).symlink_to(outside / "acme" if link == "models/acme" else outside)
    target = outside / "acme" if link == "models/acme" else outside
    assert problems_in(specs) == [
        f"specs/{link}:1:1: a symbolic link out of specs/ (to {target}); "
        "specs are read only from inside specs/: copy what it links to instead"
    ]


def test_an_api_spec_linking_out_of_specs_is_refused(tmp_path: Path, outside: Path) -> None:
    specs = write_tree(tmp_path, {REL: ACME}, api=False)
    (specs / "api.yaml").symlink_to(outside / REL)
    assert problems_in(specs) == [
        f"specs/api.yaml:1:1: a symbolic link out of specs/ (to {outside / REL}); "
        "specs are read only from inside specs/: copy what it links to instead"
    ]


def test_links_within_specs_are_read_and_loops_skipped(tmp_path: Path) -> None:
    specs = write_tree(tmp_path, {})
    (specs / "library").mkdir()
    (specs / "library" / "acme.yaml").write_text(ACME)
    (specs / "models" / "acme").mkdir()
    (specs / "models" / REL).symlink_to(specs / "library" / "acme.yaml")
    (specs / "models" / "loop.yaml").symlink_to(specs / "models" / "loop.yaml")
    assert problems_in(specs) == []


def test_a_message_quotes_at_most_one_short_line_of_a_file(tmp_path: Path) -> None:
    """A file that is no spec (here a key) is refused without being copied into the message."""
    line = only_problem(tmp_path, SECRET)
    assert line.startswith(f"{FILE}:1:1: expected a object, got string '-----BEGIN KEY----- line0")
    assert "line1" not in line
    quoted = line.split("got string ")[1].split("; write a object")[0]
    assert len(quoted) == MAX_QUOTE and quoted.endswith("...")


LONG_NAME = "s" * 1000


@pytest.mark.parametrize(
    "text",
    [
        ACME.replace("title: Acme Text to Video", "title: [" + ", ".join(["word"] * 2000) + "]"),
        ACME.replace("    type: enum\n", "    type: " + "e" * 3000 + "\n"),
        ACME.replace("kind: text-to-video", "kind: " + "K" * 3000),
        ACME + f"rules:\n  - exclusive: [{LONG_NAME}, steps]\n",
        ACME + f"  other:\n    type: enum\n    values: {{a: A}}\n    default: {'d' * 3000}\n",
    ],
    ids=["list-for-a-string", "unknown-type", "bad-kind", "unknown-rule-field", "long-default"],
)
def test_values_in_messages_are_cut_to_a_short_line(tmp_path: Path, text: str) -> None:
    found = problems_in(write_tree(tmp_path, {REL: text}))
    assert found
    for line in found:
        assert "..." in line and len(line) < 2 * MAX_QUOTE + 250, line


def test_a_page_line_in_a_message_is_cut_to_a_short_line(tmp_path: Path) -> None:
    fields = "input.prompt\nRequired\nstring\nText\nMax length: " + "9" * 5000 + " chars\n"
    path = api_tab_page.write_page(tmp_path, fields)
    with pytest.raises(PageError) as refused:
        read_page(path)
    [problem] = refused.value.problems
    assert problem.message == "unreadable limit 'Max length: " + "9" * (MAX_QUOTE - 16) + "..."


def test_a_printed_problem_is_one_bounded_line() -> None:
    problem = Problem("f.yaml", 1, 2, "a\nb", "x" * 5000 + "\nsecond line", "hint\nmore")
    shown = str(problem)
    assert "\n" not in shown and len(shown) < 2100
    assert shown.startswith("f.yaml:1:2: a...: xxx")


def test_the_meta_schema_files_keep_ecma_patterns() -> None:
    """Python's validator reads `$` as the very end; the files keep `$`, which editors read."""
    schema = json.loads((ROOT / "generator" / "metaschema" / "model.schema.json").read_text())
    assert schema["properties"]["model"]["pattern"].endswith("*)*$")
