"""The site's fixes for readers of screen readers and poor colour vision stay in place.

Lighthouse measures them (`nox -s lighthouse`, not a gate: it needs npm and takes minutes);
these checks keep the fixes themselves from being lost in the meantime.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from site_pages import html_pages, soup

from course_tools.blocks import DOCS_DIR
from course_tools.pdf import PRINT_PAGE

STYLESHEET = DOCS_DIR / "assets" / "stylesheets" / "accessibility.css"
# Material's background of a code block in each palette: #f5f5f5, and hsl(232 15% 18%) in slate.
CODE_BACKGROUND = {"default": "#f5f5f5", "slate": "#272a35"}
WCAG_AA = 4.5


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette_colours(scheme: str) -> dict[str, str]:
    """The custom properties the course's stylesheet sets for one of Material's palettes."""
    css = STYLESHEET.read_text(encoding="utf-8")
    block = re.search(rf'\[data-md-color-scheme="{scheme}"\]\s*\{{(.*?)\}}', css, re.DOTALL)
    assert block, f"{STYLESHEET.name} sets no colours for the {scheme} palette"
    return dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-f]{6})", block.group(1)))


def test_every_page_names_its_search_dialog_once(built_site: Path) -> None:
    """The one-page course has no search dialog: Ctrl+F searches it (site_hooks.py)."""
    for page in html_pages(built_site):
        names = [dialog.get("aria-label") for dialog in soup(page).select('[role="dialog"]')]
        where = page.relative_to(built_site)
        one_page = where == Path(PRINT_PAGE, "index.html")
        assert names == ([] if one_page else ["Поиск"]), where


def test_every_link_on_every_page_has_a_name(built_site: Path) -> None:
    """An empty link is still a Tab stop: pymdownx.highlight's anchor_linenums put one on each
    line of code (581 on lesson 02) for line numbers the course does not show."""
    for page in html_pages(built_site):
        nameless = [
            link["href"]
            for link in soup(page).select("a[href]")
            if not (
                link.get_text(strip=True)
                or any(image.get("alt") for image in link.select("img"))
                or link.get("aria-label")
                or link.get("title")
            )
        ]
        assert nameless == [], page.relative_to(built_site)


def test_every_table_names_each_of_its_columns(built_site: Path) -> None:
    """`| | Queue | Pipe |` leaves the first column unnamed; axe (Lighthouse) flags its cells."""
    for page in html_pages(built_site):
        empty = [
            column
            for table in soup(page).select("table")
            for column, heading in enumerate(table.select("thead th"), start=1)
            if not heading.get_text(strip=True)
        ]
        assert empty == [], f"{page.relative_to(built_site)}: empty heading of column"


@pytest.mark.parametrize("scheme", CODE_BACKGROUND)
def test_code_colours_read_at_least_4_5_to_1_on_the_code_background(scheme: str) -> None:
    colours = palette_colours(scheme)
    assert colours
    faint = {
        name: round(contrast(colour, CODE_BACKGROUND[scheme]), 2)
        for name, colour in colours.items()
        if contrast(colour, CODE_BACKGROUND[scheme]) < WCAG_AA
    }
    assert not faint


def test_every_page_links_the_stylesheet_and_underlines_links_in_text(built_site: Path) -> None:
    assert "text-decoration: underline" in STYLESHEET.read_text(encoding="utf-8")
    for page in html_pages(built_site):
        assert "assets/stylesheets/accessibility.css" in page.read_text(encoding="utf-8"), page
