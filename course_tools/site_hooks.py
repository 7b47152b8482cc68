"""mkdocs hooks (mkdocs.yml ``hooks:``): lighter long pages and search index, search that finds
a Russian word in any of its forms; notebooks stay offline.

A code block off screen is neither styled nor laid out (docs/assets/stylesheets/long-pages.css):
its lines wait inside ``<code>`` (in a notebook's code cell, inside ``<pre>``) in a
``<span class="code-lines">``, sized from the lines and the widest line's columns that the hook
writes into ``--lines`` and ``--columns``. Rendering a block then moves nothing around it.
Material makes a ``<code>`` wider than the screen focusable, and measures every block it has
equipped again when the screen changes, most of them far off screen by then: it gets their true
width without laying out a single line. The hook runs
before print-site takes the pages into the one-page course.

nbconvert's template, which mkdocs-jupyter renders notebooks with, writes two loaders into
every notebook page: MathJax's (with mkdocs-jupyter's empty ``custom_mathjax_url`` a
``<script src="">``, plus its configuration) and Mermaid's, which imports the library from
cdnjs as soon as a notebook holds a diagram. RequireJS has a setting (``include_requirejs:
false``); these two have none, so the hook removes both blocks. The practice notebooks have no
formulas and no diagrams, and the site works without network. The same template shows an SVG
a cell displays as an ``<img>`` whose alt text is an English placeholder; the hook gives it the
picture's own ``<title>``, which the notebook writes in Russian. The template also inlines
JupyterLab's whole stylesheet; the hook keeps the rules that may match the page
(course_tools.unused_css).

The one-page course (print-site's page) holds the text of every lesson, 250 KB compressed:
with the search index (170 KB), which Material fetches on every page that has its search
form, a phone would load more than 400 KB. Ctrl+F finds anything on that page, so the hook
takes Material's search button and dialog out of it, and with the form goes the index.

Every page downloads the search index, and the programs' source made a third of it, though a
reader searches for words of the text, API names and the messages programs print. The hook
marks the source blocks (pymdownx.highlight's plain ``highlight``, a notebook's code cells, and
their copy buttons' hidden «Copied!») with Material's ``data-search-exclude``; outputs, expected
lines and quoted messages stay in the index, and inline code in the text too. Material's search
parser ends an exclusion at the first closing tag of the same name, so the mark goes on the
innermost element that holds the whole source.

Material's search index escapes every letter outside ASCII (``\\u043f``): six bytes for each
Cyrillic letter instead of two. The hook writes it as UTF-8, which a phone downloads and parses
faster on the first page it opens.

Material's search knows no Russian word forms. For Russian its pipeline is the stop word filter
alone (lunr's stemmer off), so the index keeps words as written; and it ends every query term
with ``*``, and lunr runs no pipeline on a term with a wildcard, so a query is never stemmed. A
term finds a page only as the beginning of a word written there: «пул» finds «пулами», but
«пулами» finds nothing unless the page has that very form. (Turning lunr's Russian stemmer on
would stem the pages and still not the queries; its trimmer would erase every Latin word.)
Material splits the pages and the query alike with one regular expression, the search
``separator``; the hook adds Russian endings to it (``RUSSIAN_ENDINGS``). An ending then
separates like a space: «пулами», «пулах» and «пул» all index and search as «пул», and the
wildcard still completes a word being typed. English words, API names and error messages have
no Cyrillic letters and split as before.
"""

from __future__ import annotations

import base64
import html as markup
import itertools
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from course_tools.pdf import PRINT_PAGE  # print-site writes it after the other pages
from course_tools.unused_css import classes_in, without_unused_rules

# nbconvert's own markers around the MathJax block, and the module script that looks for
# diagrams (`.jp-Mermaid`); `(?:(?!</script>).)` keeps a match inside one script.
MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
MERMAID = re.compile(r'<script type="module">(?:(?!</script>).)*jp-Mermaid.*?</script>', re.S)
# nbconvert's SVG output: the picture inline, base64-encoded, with a placeholder for its alt text.
SVG_IMAGE = re.compile(
    r'<img alt="No description has been provided for this image" '
    r'(src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)")'
)
SVG_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
# Material's search button and dialog in the header; print-site's page, by its default name.
SEARCH_BUTTON = re.compile(
    r'<label class="md-header__button md-icon" for="__search">.*?</label>', re.S
)
SEARCH_DIALOG = '<div class="md-search" data-md-component="search"'
# The stylesheets nbconvert's template writes into the page: JupyterLab's, its theme, Pygments'.
INLINE_STYLE = re.compile(r'(<style type="text/css">)(.*?)(</style>)', re.S)
# A program's source (not an output, expected or message block), a notebook's code cell and
# its copy button's notice.
SOURCE_BLOCK = re.compile(
    r'(<div class="(?:highlight|highlight-ipynb hl-python)"|<span class="notice" hidden="")'
)
# pymdownx.highlight's block: its code is escaped, so the first </code></pre> closes it.
HIGHLIGHTED = re.compile(r"<pre><span></span><code>(.*?)</code></pre>", re.S)
# mkdocs-jupyter's code cell: Pygments' lines, escaped as well, right inside <pre>.
NOTEBOOK_CODE = re.compile(
    r'(<div class="highlight-ipynb[^"]*"[^>]*><pre><span></span>)(.*?)</pre>', re.S
)
TAG = re.compile(r"<[^>]+>")

# Endings of Russian nouns, adjectives and participles in both numbers and all six cases. A run of
# them ends a word («-ями», «-ов», «-ой», «-ому», «-ыми», «-ию»…) and goes as a whole, so what is
# left has no ending to lose: a query's stem is not split again where Material splits the terms
# to highlight with the same separator. The stem keeps a vowel, so «дом», «при» and «сам» stay
# whole (a lookbehind, which Safari has had since 16.4). Capitals too: the separator splits the
# text before lunr lowers its case.
ENDING = "ами|ями|ими|ыми|ого|его|ому|ему|ов|ев|ёв|ом|ем|ём|ам|ям|им|ым|ах|ях|их|ых|[аяоеёиыуюьй]"
LETTERS = "а-яёА-ЯЁ"
VOWELS = "аеёиоуыэюяАЕЁИОУЫЭЮЯ"
RUSSIAN_ENDINGS = rf"(?<=[{VOWELS}][{LETTERS}]*)(?:{ENDING}|{ENDING.upper()})+(?![{LETTERS}\w])"


def is_notebook(page: Page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


def code_lines(code: str) -> int:
    """Lines a block shows: Pygments ends the last one with a newline."""
    return code.count("\n") + (not code.endswith("\n"))


def columns(line: str) -> int:
    """Character cells of a line in a monospace font: wide characters take two, accents none."""
    line = line.expandtabs()  # browsers' tab-size is 8, as Python's
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in line
    )


def code_columns(code: str) -> int:
    """The widest line of a block, in columns, from Pygments' escaped and marked-up text."""
    text = markup.unescape(TAG.sub("", code))
    return max(map(columns, text.splitlines()), default=0)


def sized(code: str) -> str:
    """A block's lines in the wrapper long-pages.css sizes while they wait off screen."""
    size = f"--lines: {code_lines(code)}; --columns: {code_columns(code)}"
    return f'<span class="code-lines" style="{size}">{code}</span>'


def with_code_sizes(html: str) -> str:
    """Lessons' blocks (``<pre><code>``) and notebooks' code cells (a bare ``<pre>``)."""
    html = HIGHLIGHTED.sub(
        lambda block: f"<pre><span></span><code>{sized(block.group(1))}</code></pre>", html
    )
    return NOTEBOOK_CODE.sub(lambda cell: f"{cell.group(1)}{sized(cell.group(2))}</pre>", html)


def with_svg_titles(html: str) -> str:
    """An SVG a cell shows gets its ``<title>`` as alt text, escaped for the attribute."""

    def titled(image: re.Match[str]) -> str:
        svg = base64.b64decode(image.group(2)).decode("utf-8")
        title = SVG_TITLE.search(svg)
        if title is None:
            return image.group(0)
        alt = markup.escape(markup.unescape(title.group(1)).strip(), quote=True)
        return f'<img alt="{alt}" {image.group(1)}'

    return SVG_IMAGE.sub(titled, html)


def without_source_in_search(html: str) -> str:
    return SOURCE_BLOCK.sub(r"\1 data-search-exclude", html)


def without_unused_styles(html: str) -> str:
    present = classes_in(html)

    def pruned(style: re.Match[str]) -> str:
        opening, css, closing = style.groups()
        return opening + without_unused_rules(css, present) + closing

    return INLINE_STYLE.sub(pruned, html)


@event_priority(100)  # before print-site (the last plugin) copies the page into the one-page course
def on_page_content(html: str, page: Page, **_: Any) -> str:
    if is_notebook(page):
        html = without_unused_styles(with_svg_titles(MERMAID.sub("", MATHJAX.sub("", html))))
    return without_source_in_search(with_code_sizes(html))


class ElementEnd(HTMLParser):
    """Where the element that opens a piece of HTML closes: the offset of its end tag."""

    def __init__(self, html: str, tag: str) -> None:
        super().__init__(convert_charrefs=False)
        self.tag, self.depth, self.end = tag, 0, -1
        lines = html.splitlines(keepends=True)
        self.line_starts = [0, *itertools.accumulate(map(len, lines))]
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.depth += tag == self.tag

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag == self.tag
        if tag == self.tag and self.depth == 0 and self.end < 0:
            line, column = self.getpos()
            self.end = self.line_starts[line - 1] + column


def without_element(html: str, start: int, tag: str) -> str:
    """The page without the element whose start tag begins at `start`."""
    end = ElementEnd(html[start:], tag).end
    if end < 0:
        raise ValueError(f"<{tag}> at offset {start} is never closed")
    return html[:start] + html[start + end + len(f"</{tag}>") :]


def without_search(html: str) -> str:
    html = SEARCH_BUTTON.sub("", html, count=1)
    return without_element(html, html.index(SEARCH_DIALOG), "div")


def with_russian_endings(separator: str) -> str:
    """The search separator (mkdocs.yml's or Material's default) that also cuts off endings."""
    return f"{separator}|{RUSSIAN_ENDINGS}"


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    one_page = Path(config.site_dir) / PRINT_PAGE / "index.html"
    if one_page.exists():  # print-site on
        one_page.write_text(without_search(one_page.read_text(encoding="utf-8")), encoding="utf-8")
    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.exists():  # the search plugin on
        data = json.loads(index.read_text(encoding="utf-8"))
        # Material's search worker reads its settings from the index, the separator among them.
        data["config"]["separator"] = with_russian_endings(data["config"]["separator"])
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        index.write_text(text, encoding="utf-8")
