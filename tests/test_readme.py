"""The README's Python examples run as written."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.DOTALL)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block-{n}" for n in range(len(BLOCKS))])
def test_readme_example_runs(code: str) -> None:
    exec(compile(code, "README.md", "exec"), {})
