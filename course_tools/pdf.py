"""The whole course as a PDF: the built site's one-page course, printed by Chromium.

mkdocs-print-site-plugin puts every lesson on one page (``print_page/``); Chromium, the
browser the tests drive (``browser.py``), prints it as a reader's "Save as PDF" would,
with the site's print styles (``docs/assets/stylesheets/print.css``): solutions open,
long code lines wrapped. The text needs a font with Cyrillic letters on the machine;
without one Chromium would print empty boxes, so that is checked first.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from .browser import CHROMIUM, PLAYWRIGHT_FLAGS, serve

PRINT_PAGE = "print_page/"
PDF_NAME = "multiprocessing-course.pdf"
FOOTER = (
    '<div style="font-size:8px;width:100%;text-align:center;color:#555">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)


class PdfError(Exception):
    """Why no PDF was written, for one line on stderr."""


def cyrillic_fonts() -> list[str]:
    """The font families fontconfig offers for Russian text."""
    if not shutil.which("fc-list"):
        return []
    listed = subprocess.run(
        ["fc-list", ":lang=ru", "family"], capture_output=True, text=True, check=False
    )
    return sorted({line.split(",")[0] for line in listed.stdout.splitlines() if line.strip()})


def print_site(site: Path, output: Path) -> None:
    """Print the built site's one-page course to ``output``."""
    if not (site / PRINT_PAGE / "index.html").is_file():
        raise PdfError(f"{site / PRINT_PAGE} is missing: build the site first (`nox -s docs`)")
    if not cyrillic_fonts():
        raise PdfError("no font with Cyrillic letters (Debian: apt-get install fonts-dejavu-core)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise PdfError("the package playwright is missing (`nox -s pdf` installs it)") from None
    output.parent.mkdir(parents=True, exist_ok=True)
    with serve(site) as address, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(PLAYWRIGHT_FLAGS))
        try:
            page = browser.new_page()
            page.goto(address + PRINT_PAGE, wait_until="load")
            page.emulate_media(media="print")
            page.pdf(
                path=str(output),
                format="A4",
                print_background=True,
                margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"},
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=FOOTER,
                outline=True,  # the PDF's own table of contents, from the headings
                tagged=True,
            )
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m course_tools pdf",
        description="Print the built site's one-page course to a PDF with Chromium.",
    )
    parser.add_argument("site", type=Path, help="a built site (mkdocs build)")
    parser.add_argument("--output", type=Path, default=None, help=f"default: SITE/{PDF_NAME}")
    args = parser.parse_args(argv)
    output = args.output or args.site / PDF_NAME
    try:
        print_site(args.site, output)
    except PdfError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{output}: {output.stat().st_size / 2**20:.1f} MiB")
    return 0
