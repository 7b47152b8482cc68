"""What a second build of the course lacks next to the MkDocs one: `nox -s zensical`.

Material for MkDocs reaches its end of life in 2027; Zensical, by the same authors, is to read the
same mkdocs.yml. Whether it can already build this course is told here by the two built sites'
HTML alone, page by page: pages only one of them has, source files copied as they are instead of
rendered, and on every page the reader's content (code blocks, Mermaid diagrams, admonitions,
collapsible solutions, tables, heading anchors) and what the course's configuration adds (the
language, the stylesheets and scripts of docs/assets/, the theme override's name of the search
dialog, the line counts course_tools/site_hooks.py writes on code blocks), plus elements with a
doubled attribute and loads from other sites.

The report is for reading: the exit status is 0 whatever it finds.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

# A theme's own bundles carry a content hash; they differ between generators by design.
THEME_BUNDLE = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)$")
EXTERNAL = re.compile(r"^(?:https?:)?//")
SOURCES = (".md", ".ipynb")  # what a generator renders; found in a built site, it was copied raw


@dataclass
class Page:
    """What one built page shows the reader, and what the configuration put around it."""

    content: Counter[str] = field(default_factory=Counter)  # inside <article>
    anchors: set[str] = field(default_factory=set)
    lang: str = ""
    assets: set[str] = field(default_factory=set)  # the course's own scripts and stylesheets
    dialog_names: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)  # <tag attr> with attr given twice
    external: list[str] = field(default_factory=list)


class PageScan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.article = 0  # depth of <article> elements we are inside

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = [name for name, _ in attrs]
        self.page.doubled += [f"<{tag} {n}>" for n, k in Counter(names).items() if k > 1]
        found = {name: value or "" for name, value in attrs}
        classes = found.get("class", "").split()
        if tag == "html":
            self.page.lang = found.get("lang", "")
        elif tag == "article":
            self.article += 1
        if "md-search" in classes and found.get("role") == "dialog":
            self.page.dialog_names.append(found.get("aria-label", ""))
        link = found.get("src", "") if tag == "script" else ""
        if tag == "link" and "stylesheet" in found.get("rel", ""):
            link = found.get("href", "")
        if link and not THEME_BUNDLE.search(link):
            self.page.assets.add(Path(link).name)
        loaded = found.get("src", "") if tag in ("script", "img", "iframe") else link
        if EXTERNAL.match(loaded):
            self.page.external.append(loaded)
        if self.article:
            self._content(tag, classes, found)

    def _content(self, tag: str, classes: list[str], found: dict[str, str]) -> None:
        counted = {
            "code blocks": tag == "pre",
            "code blocks sized in lines and columns": "code-lines" in classes,
            "Mermaid diagrams": "mermaid" in classes,
            "admonitions": tag == "div" and "admonition" in classes,
            "collapsible blocks": tag == "details",
            "tables": tag == "table",
            "images": tag == "img",
        }
        self.page.content.update(name for name, hit in counted.items() if hit)
        if re.fullmatch(r"h[1-6]", tag) and found.get("id"):
            self.page.anchors.add(found["id"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.article -= 1


def scan(path: Path) -> Page:
    parser = PageScan()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.page


def pages(site: Path) -> dict[str, Page]:
    return {str(path.relative_to(site)): scan(path) for path in sorted(site.rglob("*.html"))}


def search_languages(site: Path) -> dict[str, list[str]]:
    """The search index of each generator and the languages it was built for."""
    found = {}
    for index in sorted(site.rglob("search*.json")):
        config = json.loads(index.read_text(encoding="utf-8")).get("config", {})
        found[str(index.relative_to(site))] = config.get("lang", [])
    return found


def differences(reference: Path, candidate: Path) -> list[str]:
    """Every difference that matters to a reader, one line each; empty when there is none."""
    ours, theirs = pages(reference), pages(candidate)
    lines = [f"page missing: {name}" for name in ours if name not in theirs]
    lines += [f"page added: {name}" for name in theirs if name not in ours]
    lines += [
        f"copied raw, not rendered: {path.relative_to(candidate)}"
        for path in sorted(candidate.rglob("*"))
        if path.suffix in SOURCES
    ]
    for name in ours.keys() & theirs.keys():
        lines += _page_differences(name, ours[name], theirs[name])
    for name, page in theirs.items():
        lines += [f"{name}: doubled attribute {attr}" for attr in page.doubled]
        lines += [f"{name}: loads from another site {url}" for url in page.external]
    return sorted(lines)


def _page_differences(name: str, ours: Page, theirs: Page) -> list[str]:
    lines = [
        f"{name}: {what} {ours.content[what]} → {theirs.content[what]}"
        for what in sorted(ours.content.keys() | theirs.content.keys())
        if ours.content[what] != theirs.content[what]
    ]
    lines += [f"{name}: heading anchor missing #{a}" for a in ours.anchors - theirs.anchors]
    lines += [f"{name}: asset missing {asset}" for asset in ours.assets - theirs.assets]
    if ours.lang != theirs.lang:
        lines.append(f"{name}: lang {ours.lang!r} → {theirs.lang!r}")
    if ours.dialog_names != theirs.dialog_names:
        lines.append(f"{name}: search dialog names {ours.dialog_names} → {theirs.dialog_names}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course_tools site-diff", description=__doc__)
    parser.add_argument("reference", type=Path, help="the site built by MkDocs")
    parser.add_argument("candidate", type=Path, help="the same course built by another generator")
    args = parser.parse_args(argv)
    ours, theirs = pages(args.reference), pages(args.candidate)
    shared = ours.keys() & theirs.keys()
    print(f"pages: {len(ours)} in {args.reference}, {len(theirs)} in {args.candidate}")
    for label, site in (("reference", args.reference), ("candidate", args.candidate)):
        print(f"search index of the {label}: {search_languages(site) or 'none'}")
    print("blocks per shared page (reference = candidate unless listed below):")
    for name in sorted(shared):
        counts = ", ".join(f"{n} {what}" for what, n in sorted(ours[name].content.items()))
        print(f"  {name}: {counts or 'no blocks'}")
    found = differences(args.reference, args.candidate)
    print(f"differences: {len(found)}")
    for line in grouped(found):
        print(f"  {line}")
    return 0


def grouped(lines: Sequence[str]) -> list[str]:
    """«page: what» lines that say the same of several pages, said once with the pages' count."""
    pages_of: dict[str, list[str]] = {}
    for line in lines:
        page, sep, what = line.partition(".html: ")
        if not sep:
            page, what = "", line  # a line about the site, not a page
        pages_of.setdefault(what, []).append(page + ".html" if page else "")
    said = []
    for what, pages in pages_of.items():
        if len(pages) > 1:
            said.append(f"{what} — on {len(pages)} pages")
        else:
            said.append(f"{pages[0]}: {what}" if pages[0] else what)
    return said
