"""Which rules of a stylesheet a page keeps: those that may match one of its elements."""

from __future__ import annotations

import pytest

from course_tools.unused_css import classes_in, without_unused_rules

PAGE = '<div class="jupyter-wrapper"><div class="jp-Cell jp-CodeCell"><pre>x</pre></div></div>'


def test_the_classes_of_a_page_are_those_its_elements_have() -> None:
    assert classes_in(PAGE) == {"jupyter-wrapper", "jp-Cell", "jp-CodeCell"}


@pytest.mark.parametrize(
    "rule",
    [
        ".jupyter-wrapper .jp-Cell{color:red}",
        ".jupyter-wrapper .jp-Cell:not(.jp-mod-active){color:red}",  # absent, but only negated
        ".jupyter-wrapper .jp-Toolbar,.jupyter-wrapper .jp-CodeCell pre{margin:0}",  # one may
        ".jupyter-wrapper pre::-webkit-scrollbar{width:4px}",
        "[data-md-color-scheme=slate] .jupyter-wrapper{--jp-layout-color0:#000}",
        ":root{--x:1}",
        "body.jp-Cell{margin:0}",
        "@font-face{font-family:JupyterLab}",
    ],
)
def test_a_rule_that_may_match_is_kept_as_written(rule: str) -> None:
    assert without_unused_rules(rule, classes_in(PAGE)) == rule


@pytest.mark.parametrize(
    "rule",
    [
        ".jupyter-wrapper .jp-FileBrowser{color:red}",  # a class no element has
        ".jupyter-wrapper .jp-Cell.jp-mod-selected{color:red}",  # a state scripts would add
        ".jupyter-wrapper :root{--jp-icon-add:url(data:image/svg+xml;base64,AAAA)}",
        ".jupyter-wrapper body{margin:0}",
        ".jupyter-wrapper > html{margin:0}",
    ],
)
def test_a_rule_that_cannot_match_is_dropped(rule: str) -> None:
    assert without_unused_rules(rule, classes_in(PAGE)) == ""


def test_media_rules_keep_what_may_match_and_vanish_when_nothing_does() -> None:
    css = (
        "@media (max-width:760px){.jp-Cell{padding:0}.jp-Toolbar{display:none}}"
        "@media print{.jp-Toolbar{display:none}}"
    )
    assert (
        without_unused_rules(css, classes_in(PAGE))
        == "@media (max-width:760px){.jp-Cell{padding:0}}"
    )
