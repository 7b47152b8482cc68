"""The course offline: every lesson on one page of the site, and that page printed as a PDF.

The one-page course is mkdocs-print-site-plugin's ``print_page/``; the PDF is what
``nox -s pdf`` prints from it with Debian's chromium (``course_tools/pdf.py``). Both must
hold every lesson, its outputs and its solutions, in a font that has Cyrillic letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from site_pages import soup

from course_tools.blocks import lesson_paths
from course_tools.browser import CHROMIUM
from course_tools.exercises import all_exercises
from course_tools.pdf import PDF_NAME, PRINT_PAGE, cyrillic_fonts, print_site

try:
    from playwright.sync_api import sync_playwright
    from pypdf import PdfReader
except ImportError:  # the `test` dependency group installs them
    sync_playwright = None

LESSONS = lesson_paths()


def title(lesson: Path) -> str:
    return lesson.read_text(encoding="utf-8").splitlines()[0].removeprefix("# ").strip()


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def course_pdf(built_site: Path, require) -> Path:
    require(sync_playwright is not None, "playwright and pypdf are not installed")
    require(CHROMIUM.exists(), f"{CHROMIUM} is missing: apt-get install chromium")
    require(bool(cyrillic_fonts()), "no Cyrillic font: apt-get install fonts-dejavu-core")
    print_site(built_site, built_site / PDF_NAME)
    return built_site / PDF_NAME


def test_the_one_page_course_holds_every_lesson_with_its_solutions(built_site: Path) -> None:
    page = soup(built_site / PRINT_PAGE / "index.html")
    text = words(page.get_text(" "))
    for lesson in LESSONS:
        assert title(lesson) in text, f"{lesson.name} is not on the one-page course"
    shown = {words(code.get_text()) for code in page.select(".highlight code")}
    solutions = [e.solution for e in all_exercises()]
    lacking = [s.name for s in solutions if words(s.fence.source) not in shown]
    assert not lacking, f"solutions missing from the one-page course: {lacking}"


def test_the_index_links_to_the_one_page_course_and_the_pdf(
    built_site: Path, course_pdf: Path
) -> None:
    links = {str(a["href"]) for a in soup(built_site / "index.html").select("a[href]")}
    assert PRINT_PAGE in links and PDF_NAME in links
    assert (built_site / PRINT_PAGE / "index.html").is_file() and course_pdf.is_file()


@pytest.fixture(scope="module")
def reader(course_pdf: Path) -> PdfReader:
    return PdfReader(course_pdf)


def test_the_pdf_holds_every_lesson_title_in_its_outline_and_on_that_page(
    reader: PdfReader,
) -> None:
    outline: dict[str, int] = {}  # the PDF's bookmarks: title → page
    stack = list(reader.outline)
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack += item
        else:
            outline[words(item.title)] = reader.get_destination_page_number(item)
    for lesson in LESSONS:
        assert title(lesson) in outline, f"{lesson.name}: its title is not in the PDF's outline"
        text = words(reader.pages[outline[title(lesson)]].extract_text())
        assert title(lesson) in text, f"{lesson.name}: its title is not on its page's text"


def test_the_pdf_text_is_set_in_fonts_with_cyrillic_letters(reader: PdfReader) -> None:
    fonts = set()
    for page in reader.pages[:20]:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")).split("+")[-1])
    assert fonts, "no embedded fonts"
    families = {re.sub(r"[^a-z]", "", f.lower()) for f in cyrillic_fonts()}
    assert all(re.sub(r"-.*|[^a-z]", "", f.lower()) in families for f in fonts), fonts


@pytest.fixture(scope="module")
def printed(browser, server: str) -> Iterator:
    """The one-page course as Chromium lays it out for printing."""
    page = browser.new_page(viewport={"width": 700, "height": 1000})  # about A4's width
    page.goto(server + PRINT_PAGE)
    page.emulate_media(media="print")
    yield page
    page.close()


def test_printed_code_wraps_long_lines_instead_of_cutting_them(printed) -> None:
    cut = printed.evaluate(
        "() => [...document.querySelectorAll('pre > code')]"
        ".filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.slice(0, 60))"
    )
    assert printed.evaluate("document.querySelectorAll('pre > code').length") > 100
    assert cut == []


def test_printed_solutions_are_open(printed) -> None:
    hidden = printed.evaluate(
        "() => [...document.querySelectorAll('details pre')]"
        ".filter(pre => pre.getBoundingClientRect().height === 0).length"
    )
    assert printed.evaluate("document.querySelectorAll('details pre').length") >= 9
    assert hidden == 0
