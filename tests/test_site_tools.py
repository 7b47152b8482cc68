"""The tools of `nox -s lighthouse` and `nox -s zensical`, on small sites made here."""

from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path

import pytest

from course_tools.audit import Result, every_page, median_scores
from course_tools.browser import serve
from course_tools.site_diff import differences, grouped
from course_tools.site_hooks import without_element

LESSON = "<html lang='ru'><body><div class='md-search' role='dialog' aria-label='Поиск'></div>"


def fetch(url: str, gzip_ok: bool) -> tuple[str, bytes]:
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        return response.headers.get("Content-Encoding", ""), response.read()


def report(performance: float, accessibility: float) -> dict:
    scores = {"performance": performance, "accessibility": accessibility}
    scores |= {"best-practices": 1.0, "seo": 1.0}
    return {"categories": {name: {"score": score} for name, score in scores.items()}}


def test_the_audit_serves_text_gzipped_as_a_static_host_does(tmp_path: Path) -> None:
    (tmp_path / "lesson").mkdir()
    (tmp_path / "lesson" / "index.html").write_text(LESSON * 50, encoding="utf-8")
    (tmp_path / "favicon.png").write_bytes(b"\x89PNG" * 50)
    with serve(tmp_path) as address:
        encoding, body = fetch(address + "lesson/", gzip_ok=True)
        assert encoding == "gzip"
        assert gzip.decompress(body).decode("utf-8") == LESSON * 50
        assert fetch(address + "lesson/", gzip_ok=False) == ("", (LESSON * 50).encode("utf-8"))
        assert fetch(address + "favicon.png", gzip_ok=True) == ("", b"\x89PNG" * 50)


THRESHOLDS = {"performance": 0.95, "accessibility": 1.0}


def test_the_audit_fails_a_page_on_its_median_performance_accessibility_or_weight() -> None:
    one_slow_run = [report(0.99, 1.0), report(0.60, 1.0), report(0.97, 1.0)]
    fast = Result("02/", "mobile", "light", median_scores(one_slow_run), (), kib=250)
    assert fast.failures(THRESHOLDS) == []
    unnamed_dialog = [report(1.0, 0.98)] * 3
    heavy = Result("02/", "desktop", "dark", median_scores(unnamed_dialog), (), kib=450)
    assert heavy.failures(THRESHOLDS) == [
        "02/ (desktop, dark): accessibility 0.98 < 1.0",
        "02/ (desktop, dark): 450 KiB transferred > 400 KiB",
    ]


def test_all_pages_are_every_page_of_the_built_site(tmp_path: Path) -> None:
    for folder in ("", "02-process-pools/", "practice/02-process-pools/", "print_page/"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "index.html").write_text(LESSON, encoding="utf-8")
    (tmp_path / "404.html").write_text(LESSON, encoding="utf-8")
    expected = ["", "02-process-pools/", "practice/02-process-pools/", "print_page/"]
    assert sorted(every_page(tmp_path)) == expected


def test_the_comparison_names_lost_pages_blocks_raw_notebooks_and_doubled_attributes(
    tmp_path: Path,
) -> None:
    reference, candidate = tmp_path / "mkdocs", tmp_path / "zensical"
    lesson = LESSON + "<article><h2 id='пул'>Пул</h2><pre>a</pre><pre class='mermaid'>b</pre>"
    lesson += "<pre><code><span class='code-lines'>c</span></code></pre>"
    without_hooks = lesson.replace("<pre>a</pre>", "").replace(" class='code-lines'", "")
    for site, page in ((reference, lesson), (candidate, without_hooks)):
        (site / "02").mkdir(parents=True)
        (site / "02" / "index.html").write_text(page, encoding="utf-8")
        (site / "index.html").write_text(LESSON.replace("aria-label", "aria-label='x' aria-label"))
    (reference / "practice").mkdir()
    (reference / "practice" / "index.html").write_text(LESSON, encoding="utf-8")
    (candidate / "practice.ipynb").write_text("{}", encoding="utf-8")

    assert grouped(differences(reference, candidate)) == [
        "02/index.html: code blocks 3 → 2",
        "02/index.html: code blocks sized in lines and columns 1 → 0",
        "copied raw, not rendered: practice.ipynb",
        "index.html: doubled attribute <div aria-label>",
        "page missing: practice/index.html",
    ]


def test_an_element_is_cut_out_with_everything_it_holds() -> None:
    page = '<header><div class="md-search"><div><div>x</div></div>\n<form></form></div><a>y</a>'
    assert without_element(page, page.index("<div"), "div") == "<header><a>y</a>"


def test_an_element_never_closed_is_an_error_not_a_cut() -> None:
    with pytest.raises(ValueError, match="never closed"):
        without_element('<div class="md-search"><div>', 0, "div")
