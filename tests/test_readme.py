"""The README's Python examples run as written, and print what the README says they print."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
# A Python block, and the output shown after it ("prints" then a plain block), if any.
EXAMPLES = re.findall(r"```python\n(.*?)```\n(?:\nprints\n\n```\n(.*?)```)?", README, re.DOTALL)


@pytest.mark.parametrize(
    ("code", "output"), EXAMPLES, ids=[f"example-{n}" for n in range(len(EXAMPLES))]
)
def test_readme_example_runs(code: str, output: str) -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    if output:
        assert printed.getvalue() == output


def test_the_readme_shows_output_for_the_client_example() -> None:
    assert any(output for _, output in EXAMPLES)
