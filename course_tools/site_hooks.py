"""mkdocs hooks (mkdocs.yml ``hooks:``): lighter long pages and search; notebooks stay offline.

A code block off screen is not laid out (docs/assets/stylesheets/long-pages.css) and stands at
the height CSS guesses for it until it comes near. The guess is exact when the block says how
many lines it has: the hook writes that count into ``--code-lines`` on each ``<pre>`` of
pymdownx.highlight, so rendering a block moves nothing around it.

nbconvert's template, which mkdocs-jupyter renders notebooks with, writes two loaders into
every notebook page: MathJax's (with mkdocs-jupyter's empty ``custom_mathjax_url`` a
``<script src="">``, plus its configuration) and Mermaid's, which imports the library from
cdnjs as soon as a notebook holds a diagram. RequireJS has a setting (``include_requirejs:
false``); these two have none, so the hook removes both blocks. The practice notebooks have no
formulas and no diagrams, and the site works without network.

Material's search index escapes every letter outside ASCII (``\\u043f``): six bytes for each
Cyrillic letter instead of two. Written as UTF-8, the course's index shrinks from 1.4 MB to
0.7 MB (by 14% gzip-compressed), and a phone downloads and parses it on the first page it opens.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

# nbconvert's own markers around the MathJax block, and the module script that looks for
# diagrams (`.jp-Mermaid`); `(?:(?!</script>).)` keeps a match inside one script.
MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
MERMAID = re.compile(r'<script type="module">(?:(?!</script>).)*jp-Mermaid.*?</script>', re.S)
# pymdownx.highlight's block: its code is escaped, so the first </code></pre> closes it.
HIGHLIGHTED = re.compile(r"<pre><span></span><code>(.*?)</code></pre>", re.S)


def is_notebook(page: Page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


def code_lines(code: str) -> int:
    """Lines a block shows: Pygments ends the last one with a newline."""
    return code.count("\n") + (not code.endswith("\n"))


def with_line_counts(html: str) -> str:
    return HIGHLIGHTED.sub(
        lambda block: (
            f'<pre style="--code-lines: {code_lines(block.group(1))}">'
            + block.group(0).removeprefix("<pre>")
        ),
        html,
    )


def on_page_content(html: str, page: Page, **_: Any) -> str:
    if not is_notebook(page):
        return with_line_counts(html)
    return MERMAID.sub("", MATHJAX.sub("", html))


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.exists():  # the search plugin on
        data = json.loads(index.read_text(encoding="utf-8"))
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        index.write_text(text, encoding="utf-8")
