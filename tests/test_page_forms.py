"""Which reader a page goes to is told from its text alone; what is no page is refused at line 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pages import FORMS, PageError, read_page
from generator.pages.common import MAX_PAGE_BYTES

MARKET = Path(__file__).resolve().parents[2] / "shared" / "kie-docs" / "market"
PAGES = sorted(MARKET.glob("*.md")) if MARKET.is_dir() else []


@pytest.mark.skipif(not PAGES, reason=f"the market pages are not here ({MARKET})")
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_each_page_is_read_as_the_form_its_name_says(page: Path) -> None:
    form = page.name.rsplit(".", 2)[-2]
    assert read_page(page).form == form


def test_an_unknown_form_is_refused_at_line_1_naming_the_known_ones(tmp_path: Path) -> None:
    page = tmp_path / "notes.md"
    page.write_text("# Release notes\n\nNothing about inputs here.\n", encoding="utf-8")
    with pytest.raises(PageError) as raised:
        read_page(page)
    [problem] = raised.value.problems
    assert str(problem).startswith(f"{page}:1:1: not a page form the importer knows")
    assert all(form in str(problem) for form in FORMS)


def test_a_page_too_large_to_be_one_model_is_refused_unread(tmp_path: Path) -> None:
    page = tmp_path / "huge.md"
    with page.open("w", encoding="utf-8") as out:
        out.write("## OpenAPI Specification\n")
        out.truncate(MAX_PAGE_BYTES + 1)
    with pytest.raises(PageError) as raised:
        read_page(page)
    assert f"{page}:1:1: the page is over {MAX_PAGE_BYTES:,} bytes" in str(raised.value.problems[0])


def test_a_page_that_is_not_text_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "image.md"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(PageError) as raised:
        read_page(page)
    assert "cannot read the page" in str(raised.value.problems[0])
