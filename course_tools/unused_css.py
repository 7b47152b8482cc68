"""Drop the style rules that cannot match anything on a page: mkdocs-jupyter's notebook pages.

mkdocs-jupyter writes JupyterLab's whole stylesheet (560 KB, scoped to ``.jupyter-wrapper``) into
every notebook page, though a static notebook uses a few dozen of its classes. A phone parses
it before it shows the first cell, and every style recalculation matches elements against it.
A rule is kept when one of its selectors may match: every class it names outside functional
pseudo-classes (``:not(.x)``, ``:is(...)``) is on the page, and it does not ask for ``:root``,
``html`` or ``body`` inside another element (JupyterLab's icons sit in ``.jupyter-wrapper
:root``, which matches nothing). At-rules other than ``@media`` and ``@supports`` stay whole.
Classes inside functional pseudo-classes never drop a rule, so those rules are kept whole; a
state class that only JupyterLab's own scripts would add does drop one, and no script of the
page adds such a class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import tinycss2
from tinycss2.ast import Node

CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')
ROOT_ONLY = frozenset({"root"})  # pseudo-classes that match the document's root element
ROOT_TYPES = frozenset({"html", "body"})  # elements that are never inside another one's content
GROUPING = frozenset({"media", "supports"})


def classes_in(html: str) -> set[str]:
    """Every class name an element of the page has."""
    return {name for found in CLASS_ATTRIBUTE.finditer(html) for name in found.group(1).split()}


def selectors(prelude: Sequence[Node]) -> Iterator[list[Node]]:
    """The selectors of a rule's comma-separated list, each without its surrounding spaces."""
    selector: list[Node] = []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            yield selector
            selector = []
        elif token.type != "comment":
            selector.append(token)
    yield selector


def is_combinator(token: Node | None) -> bool:
    """A space or ``>``, ``+``, ``~``: what goes is inside or after another element."""
    return token is not None and (
        token.type == "whitespace" or (token.type == "literal" and token.value in ">+~")
    )


def may_match(selector: Sequence[Node], present: set[str]) -> bool:
    tokens = list(selector)
    while tokens and tokens[0].type == "whitespace":
        del tokens[0]
    nested = False  # past the first compound selector
    for before, token in zip([None, *tokens], tokens, strict=False):
        if is_combinator(token):
            nested = True
        elif token.type != "ident":
            continue
        elif before is not None and before.type == "literal" and before.value == ".":
            if token.value not in present:
                return False
        elif before is not None and before.type == "literal" and before.value == ":":
            if nested and token.lower_value in ROOT_ONLY:
                return False
        elif nested and is_combinator(before) and token.lower_value in ROOT_TYPES:
            return False
    return True


def kept(rules: Iterable[Node], present: set[str]) -> Iterator[str]:
    for rule in rules:
        if rule.type == "qualified-rule":
            if any(may_match(selector, present) for selector in selectors(rule.prelude)):
                yield rule.serialize()
        elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPING and rule.content:
            inner = tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True)
            body = "".join(kept(inner, present))
            if body:
                yield f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{body}}}"
        elif rule.type == "at-rule":
            yield rule.serialize()


def without_unused_rules(css: str, present: set[str]) -> str:
    """The stylesheet with only the rules that may match a page whose classes are `present`."""
    rules = tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)
    return "".join(kept(rules, present))
