"""mkdocs hooks (mkdocs.yml ``hooks:``): notebook pages load nothing from other sites.

nbconvert's template, which mkdocs-jupyter renders notebooks with, writes two loaders into
every notebook page: MathJax's (with mkdocs-jupyter's empty ``custom_mathjax_url`` a
``<script src="">``, plus its configuration) and Mermaid's, which imports the library from
cdnjs as soon as a notebook holds a diagram. RequireJS has a setting (``include_requirejs:
false``); these two have none, so the hook removes both blocks. The practice notebooks have no
formulas and no diagrams, and the site works without network.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.structure.pages import Page

# nbconvert's own markers around the MathJax block, and the module script that looks for
# diagrams (`.jp-Mermaid`); `(?:(?!</script>).)` keeps a match inside one script.
MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
MERMAID = re.compile(r'<script type="module">(?:(?!</script>).)*jp-Mermaid.*?</script>', re.S)


def is_notebook(page: Page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


def on_page_content(html: str, page: Page, **_: Any) -> str:
    if not is_notebook(page):
        return html
    return MERMAID.sub("", MATHJAX.sub("", html))
