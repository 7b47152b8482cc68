"""The built site in a real browser: what a reader sees, clicks, types and copies.

The HTML checks of test_site.py cannot tell whether the theme's scripts work: Russian search,
copy buttons, the palette switch and Mermaid run only in a browser. Debian's chromium
(/usr/bin/chromium) is driven by Playwright; Playwright's own browsers are never downloaded.
Every request of this module is recorded: the site must work with no network at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from site_pages import html_pages, page_address

from course_tools.blocks import lesson_paths
from course_tools.extract import EXAMPLES_DIR, code_of
from course_tools.notebooks import notebook_paths

try:
    from playwright.sync_api import Browser, Page, expect
except ImportError:  # the `test` dependency group installs it; conftest's `browser` then skips
    expect = None

ARTIFACTS = Path(__file__).parent / "artifacts"  # gitignored: screenshots to look at, not to commit
TIMEOUT_MS = 10_000
POOLS_LESSON = "02-process-pools/"
POOLS_TITLE = "Использование пулов процессов"

# Material mounts a Mermaid diagram into a closed shadow root; opened, the test can see its SVG.
OPEN_SHADOW_ROOTS = """
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  return attachShadow.call(this, { ...init, mode: "open" });
};
"""


@pytest.fixture(scope="module")
def requests_made(server: str) -> Iterator[list[str]]:
    """Every URL the pages of this module requested; all of them on the local server."""
    urls: list[str] = []
    yield urls
    outside = [url for url in urls if not url.startswith(server)]
    assert not outside, "requests left the local server:\n" + "\n".join(outside)


@pytest.fixture
def page(browser: Browser, server: str, requests_made: list[str]) -> Iterator[Page]:
    """A fresh reader: light palette, desktop width, no stored state; other sites unreachable."""
    context = browser.new_context(
        base_url=server, color_scheme="light", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.on("request", lambda request: requests_made.append(request.url))
    context.route(lambda url: not url.startswith(server), lambda route: route.abort())
    yield context.new_page()
    context.close()


def test_a_lesson_page_is_in_russian(page: Page) -> None:
    page.goto(POOLS_LESSON)
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator("article h1")).to_contain_text(POOLS_TITLE)
    expect(page.get_by_role("heading", name="Что такое пул процессов?")).to_be_visible()


@pytest.mark.parametrize(
    ("side", "title"),
    [("prev", "Введение в multiprocessing"), ("next", "ProcessPoolExecutor")],
)
def test_the_footer_leads_to_the_neighbouring_lessons(page: Page, side: str, title: str) -> None:
    page.goto(POOLS_LESSON)
    page.locator(f"a.md-footer__link--{side}").click()
    expect(page).to_have_title(re.compile(rf"^{re.escape(title)} - "))
    expect(page.locator("article h1")).to_contain_text(title)


LESSON_ADDRESSES = [page_address(lesson) for lesson in lesson_paths()]
LESSON_TITLES = {
    "01-multiprocessing-intro/": "Введение в multiprocessing",
    POOLS_LESSON: POOLS_TITLE,
    "03-process-pool-executors/": "ProcessPoolExecutor",
    "04-ipc-queues-pipes/": "Обмен данными: Queue и Pipe",
    "05-shared-state/": "Общее состояние",
    "06-synchronization/": "Синхронизация",
    "errors/": "Ошибки и предупреждения",
}
# The course's terms in both numbers and all six cases, as a reader types them, and the lesson
# each belongs to; then names and an error message as Python prints them.
SEARCHES = {
    "01-multiprocessing-intro/": ["процессами"],
    POOLS_LESSON: [
        *["пул", "пула", "пулу", "пулом", "пуле"],
        *["пулы", "пулов", "пулам", "пулами", "пулах"],
    ],
    "03-process-pool-executors/": ["исполнители", "исполнителем", "исполнителям"],
    "04-ipc-queues-pipes/": [
        *["очереди", "очередью", "очередей", "очередям", "очередями", "очередях"],
        *["каналом", "каналами", "каналах"],
        *["сериализации", "сериализацию", "сериализацией"],
    ],
    "05-shared-state/": ["разделяемой памяти", "разделяемую память", "разделяемой памятью"],
    "06-synchronization/": [
        *["семафоры", "семафором", "семафорам"],
        *["барьера", "барьером", "барьерах"],
        *["блокировке", "блокировкой", "блокировками"],
    ],
}
ENGLISH_SEARCHES = {
    POOLS_LESSON: ["imap_unordered"],
    "03-process-pool-executors/": [
        "ProcessPoolExecutor",
        "BrokenProcessPool: A process in the process pool was terminated abruptly",
    ],
    # A message pasted from a terminal lands on its entry of the errors page.
    "errors/": [
        "An attempt has been made to start a new process before the",
        "RuntimeError: context has already been set",
        "ResourceWarning: unclosed running multiprocessing pool",
    ],
}


@pytest.mark.parametrize(
    ("query", "lesson"),
    [
        (query, lesson)
        for searches in (SEARCHES, ENGLISH_SEARCHES)
        for lesson, queries in searches.items()
        for query in queries
    ],
)
def test_search_finds_the_lesson_by_any_form_of_its_term(
    page: Page, server: str, query: str, lesson: str
) -> None:
    """Material shows the first ten pages found at once; the lesson must be among them."""
    page.goto("")
    box = page.locator("input.md-search__input")
    box.fill(query)
    # fill() inserts the text without key events; a real key press ends it as typing would.
    box.press("End")
    found = page.locator(f".md-search-result__item > a[href^='{server}{lesson}'] h1")
    expect(found).to_have_text(LESSON_TITLES[lesson])


@pytest.mark.parametrize(
    ("lesson", "example"),
    [
        (POOLS_LESSON, "02_process_pools/pool_map.py"),
        ("04-ipc-queues-pipes/", "04_ipc_queues_pipes/ex1_exception_via_queue.py"),
    ],
)
def test_the_copy_button_copies_the_example_file_without_its_header(
    page: Page, lesson: str, example: str
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(lesson)
    block = page.locator("div.highlight").filter(
        has=page.get_by_text(Path(example).name, exact=True)
    )
    solution = page.locator("details").filter(has=block)
    if solution.count():  # an exercise's solution is folded until the reader opens it
        solution.locator("summary").click()
    block.hover()
    block.get_by_title("Копировать в буфер").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    program = code_of((EXAMPLES_DIR / example).read_text(encoding="utf-8"))
    # Material trims the end of what it copies: only the file's final newline is left off.
    assert copied == program.removesuffix("\n")


def test_the_pools_lesson_compares_the_pool_methods_in_a_table(page: Page) -> None:
    page.goto(POOLS_LESSON)
    comparison = (
        page.locator("article table")
        .filter(has=page.locator("thead th", has_text=re.compile(r"^Метод$")))
        .filter(has_text="starmap_async()")
    )
    expect(comparison).to_be_visible()
    methods = comparison.locator("tbody td:first-child").all_inner_texts()
    assert {"apply_async()", "imap_unordered()", "starmap_async()"} <= set(methods)


PHONE = {"width": 412, "height": 823}
# Lines of code off screen are not laid out (docs/assets/stylesheets/long-pages.css); this lays
# them all out, as if the reader had scrolled past each block.
RENDER_ALL_CODE = ".code-lines { content-visibility: visible !important; }"
# Whether the browser skipped a block's lines: its first coloured word is not rendered (null for
# a block of plain text, which has none to ask).
LINES_SKIPPED = """block => block.querySelector(".code-lines > *")
    ?.checkVisibility({ contentVisibilityAuto: true }) === false"""
CODE_HEIGHTS = f"""() => [...document.querySelectorAll("article pre")].map(pre => ({{
    coloured: pre.querySelector(".code-lines > *") !== null,
    skipped: ({LINES_SKIPPED})(pre),
    height: pre.getBoundingClientRect().height,
}}))"""


@pytest.mark.parametrize(
    "lesson", [POOLS_LESSON, "07-pitfalls-debugging/", "practice/06-synchronization/"]
)
def test_code_off_screen_waits_at_the_height_it_will_have(page: Page, lesson: str) -> None:
    """Laid out at last, a block moves neither the text below it nor the scroll bar."""
    page.set_viewport_size(PHONE)
    page.goto(lesson)
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    waiting = page.evaluate(CODE_HEIGHTS)
    page.add_style_tag(content=RENDER_ALL_CODE)
    laid_out = page.evaluate(CODE_HEIGHTS)
    moved = [
        f"block {number}: {before['height']:.1f} → {after['height']:.1f} px"
        for number, (before, after) in enumerate(zip(waiting, laid_out, strict=True), start=1)
        if before["skipped"] and abs(before["height"] - after["height"]) >= 1
    ]
    coloured = [block for block in waiting if block["coloured"]]
    assert sum(block["skipped"] for block in coloured) > len(coloured) / 2, "code is laid out"
    assert not moved, "\n".join(moved)


# Every solution opened, every block brought near the screen in turn, so that Material equips
# it (content.lazy); a block in a tab not chosen stays hidden and is left alone.
VISIT_EVERY_CODE_BLOCK = """async () => {
    document.querySelectorAll("article details").forEach(details => { details.open = true; });
    for (const pre of document.querySelectorAll("article .highlight pre")) {
        if (!pre.checkVisibility()) continue;
        pre.scrollIntoView();
        for (let frame = 0; frame < 60 && !pre.querySelector(".md-code__button"); frame++) {
            await new Promise(requestAnimationFrame);
        }
    }
    window.scrollTo(0, 0);
    await new Promise(requestAnimationFrame);
}"""


def test_material_equips_a_code_block_only_as_it_comes_near(page: Page) -> None:
    """mkdocs.yml's content.lazy: the last block of a lesson has no copy button until then."""
    page.set_viewport_size(PHONE)
    page.goto(POOLS_LESSON)
    blocks = page.locator("article > .highlight pre")  # not folded in a solution
    blocks.first.scroll_into_view_if_needed()
    expect(blocks.first.get_by_title("Копировать в буфер")).to_be_attached()  # Material runs
    expect(blocks.last.get_by_title("Копировать в буфер")).to_have_count(0)
    blocks.last.scroll_into_view_if_needed()
    expect(blocks.last.get_by_title("Копировать в буфер")).to_be_attached()


# Material's choices first, then the widths, in one turn: it gets no chance to redo them. The
# lines are laid out for the measure only, and wait again off screen afterwards.
TABINDEX_AND_WIDTH = f"""(codes, css) => {{
    const tabIndexes = codes.map(code => code.tabIndex);
    const skipped = codes.map({LINES_SKIPPED});
    const style = Object.assign(document.createElement("style"), {{ textContent: css }});
    document.head.append(style);
    const wide = codes.map(code => code.scrollWidth > code.clientWidth);
    style.remove();
    return codes.map((code, i) => [wide[i], tabIndexes[i], skipped[i]]);
}}"""


@pytest.mark.parametrize("lesson", LESSON_ADDRESSES)
def test_code_wider_than_a_phone_scrolls_from_the_keyboard(page: Page, lesson: str) -> None:
    """Material makes a block focusable (tabindex) when its <code> is wider than the screen,
    and checks again when the screen changes: then most blocks are far off screen, their lines
    not laid out, and it must still see their width (--columns)."""
    page.set_viewport_size(PHONE)
    page.goto(lesson)
    page.evaluate(VISIT_EVERY_CODE_BLOCK)
    page.set_viewport_size({**PHONE, "width": PHONE["width"] - 20})  # a phone turned, say
    # Material redoes its choices after the resize, when it gets to them (later on a busy
    # machine): ask until they are right, for at most five seconds.
    for _ in range(20):
        page.wait_for_timeout(250)
        blocks = page.locator("article .highlight pre > code").evaluate_all(
            TABINDEX_AND_WIDTH, RENDER_ALL_CODE
        )
        wrong = [
            f"block {number}: {'wider' if wide else 'narrower'} than the phone, tabindex {index}"
            for number, (wide, index, _) in enumerate(blocks, start=1)
            if index != (0 if wide else -1)
        ]
        if not wrong:
            break
    assert any(too_wide and skipped for too_wide, _, skipped in blocks), "proves nothing"
    assert not wrong, "\n".join(wrong)


def test_the_menu_opens_on_a_phone_with_every_lesson(page: Page) -> None:
    """Closed, the menu is not rendered (long-pages.css); opened, it shows and leads on."""
    page.set_viewport_size(PHONE)
    page.goto(POOLS_LESSON)
    menu = page.locator(".md-sidebar--primary")
    lesson = menu.get_by_role("link", name="Синхронизация", exact=True)
    expect(lesson).not_to_be_visible()
    page.locator("header label[for='__drawer']").click()  # the menu's button
    expect(lesson).to_be_visible()
    lesson.click()
    expect(page.locator("article h1")).to_contain_text("Синхронизация")


def test_code_in_notes_and_solutions_is_no_smaller_than_12px(page: Page) -> None:
    """Lighthouse counts text under 12px as illegible; Material sets such code at 10.9px."""
    page.goto("07-pitfalls-debugging/")
    sizes = page.locator("article :is(.admonition, details) code").evaluate_all(
        "codes => codes.map(code => parseFloat(getComputedStyle(code).fontSize))"
    )
    assert len(sizes) > 10
    assert min(sizes) >= 12


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_notebook_code_is_coloured_as_the_lessons_code(page: Page, scheme: str) -> None:
    """mkdocs-jupyter's own comment colour reads at 4.2:1 (light) and 3.5:1 (dark)."""
    page.emulate_media(color_scheme=scheme)
    colour = "element => getComputedStyle(element).color"
    page.goto(POOLS_LESSON)
    lesson = page.locator("article .highlight .c1").first.evaluate(colour)
    page.goto("practice/02-process-pools/")
    notebook = page.locator(".highlight-ipynb .c1").first.evaluate(colour)
    assert notebook == lesson


# mkdocs-jupyter's copy of JupyterLab's stylesheet, which it writes into every notebook page.
JUPYTERLAB_CSS = resources.files("mkdocs_jupyter") / "templates/mkdocs_html/assets/index.css"
# The rules of the whole stylesheet and of the page's pruned copy (its longest <style>) as the
# browser reads them, each inside the headers of its @media and @supports. A dropped rule is
# asked for with its pseudo-elements taken off and a user's action (hover, focus…) granted.
RULES_DROPPED_AND_MATCHING = r"""css => {
    const flat = (rules, within = "") => [...rules].flatMap(rule => rule instanceof CSSConditionRule
        ? flat(rule.cssRules, within + rule.cssText.slice(0, rule.cssText.indexOf("{")))
        : [{ key: within + rule.cssText, selector: rule.selectorText }]);
    const whole = new CSSStyleSheet();
    whole.replaceSync(css);
    const all = flat(whole.cssRules);
    const pruned = [...document.querySelectorAll("article style")].reduce((longest, style) =>
        style.textContent.length > longest.textContent.length ? style : longest);
    const kept = new Set(flat(pruned.sheet.cssRules).map(rule => rule.key));
    const known = new Set(all.map(rule => rule.key));
    const pseudoElements = /::?(before|after|first-line|first-letter)\b|::[\w-]+/g;
    const actions = /(?<!:not\():(hover|active|focus-visible|focus-within|focus|checked)\b/g;
    const matches = selector => {
        try {
            const granted = selector.replace(pseudoElements, "").replace(actions, ":is(*)");
            return document.querySelector(granted) !== null;
        } catch {
            return true;  // a selector that cannot be asked for counts against the pruning
        }
    };
    return {
        rules: all.length,
        kept: kept.size,
        foreign: [...kept].filter(key => !known.has(key)),
        matching: all.filter(rule => rule.selector && !kept.has(rule.key) && matches(rule.selector))
            .map(rule => rule.selector),
    };
}"""


@pytest.mark.parametrize("notebook", notebook_paths(), ids=lambda path: path.stem)
def test_no_rule_a_notebook_page_drops_matches_any_of_its_elements(
    page: Page, notebook: Path
) -> None:
    """site_hooks.py keeps a tenth of JupyterLab's stylesheet (course_tools.unused_css); the
    browser's own selector matching confirms that every rule it dropped matches nothing, even
    under a pointer or with focus, and that every rule it kept is JupyterLab's, unaltered."""
    page.goto(page_address(notebook))
    found = page.evaluate(RULES_DROPPED_AND_MATCHING, JUPYTERLAB_CSS.read_text(encoding="utf-8"))
    assert 0 < found["kept"] < found["rules"] / 10, f"kept {found['kept']} of {found['rules']}"
    assert not found["foreign"], "kept, but not JupyterLab's:\n" + "\n".join(found["foreign"][:5])
    assert not found["matching"], "dropped, but matches:\n" + "\n".join(found["matching"][:10])


def test_a_link_deep_into_a_long_lesson_opens_at_its_heading_on_a_phone(page: Page) -> None:
    """The jump to a section below thirty code blocks not yet laid out still lands on it."""
    page.set_viewport_size(PHONE)
    page.goto(f"{POOLS_LESSON}#рекомендации")
    heading = page.get_by_role("heading", name="Рекомендации")
    expect(heading).to_be_in_viewport()
    box = heading.bounding_box()
    assert box is not None
    assert 0 <= box["y"] < PHONE["height"] / 4, f"the heading is {box['y']:.0f} px down"


def test_the_palette_switches_to_dark_and_back(page: Page) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(POOLS_LESSON)
    scheme = page.locator("body")
    expect(scheme).to_have_attribute("data-md-color-scheme", "default")
    page.screenshot(path=ARTIFACTS / "lesson-02-light.png", animations="disabled")
    page.get_by_title("Тёмная тема").click()
    expect(scheme).to_have_attribute("data-md-color-scheme", "slate")
    page.screenshot(path=ARTIFACTS / "lesson-02-dark.png", animations="disabled")
    page.get_by_title("Светлая тема").click()
    expect(scheme).to_have_attribute("data-md-color-scheme", "default")


def test_the_repository_link_asks_no_other_site_for_its_stars(
    page: Page, published: dict[str, str], requests_made: list[str], server: str
) -> None:
    """Material's script fetches a repository's stars and forks from api.github.com."""
    page.goto(POOLS_LESSON, wait_until="networkidle")
    link = page.locator("header a.md-source")
    expect(link).to_have_attribute("href", published["COURSE_REPO_URL"])
    expect(page.get_by_title("Редактировать страницу")).to_be_visible()
    assert [url for url in requests_made if not url.startswith(server)] == []


def test_the_mermaid_diagram_is_drawn_by_the_sites_own_script(page: Page, server: str) -> None:
    page.add_init_script(OPEN_SHADOW_ROOTS)
    diagram = page.locator(".mermaid")  # the block waiting for Mermaid, then the drawing
    with page.expect_response(re.compile(r"/assets/javascripts/mermaid\.min\.js$")) as script:
        page.goto(POOLS_LESSON)
        diagram.scroll_into_view_if_needed()  # the site loads Mermaid once a diagram comes near
    assert script.value.ok
    assert script.value.url.startswith(server)
    expect(diagram.locator("svg")).to_be_visible()
    expect(diagram.locator("svg")).to_contain_text("рабочий процесс 1")


PAGE_BUDGET_KIB = 400  # what a page may transfer, gzip-compressed, as a phone on 4G loads it


def test_every_page_transfers_at_most_400_kib_compressed(
    browser: Browser, server: str, built_site: Path
) -> None:
    """Every byte a page loads, scripts, styles, images and the search index included."""
    pages = [p.relative_to(built_site) for p in html_pages(built_site) if p.name != "404.html"]
    context = browser.new_context(base_url=server, viewport=PHONE)
    context.route(lambda url: not url.startswith(server), lambda route: route.abort())
    weights = {}
    for path in pages:
        page = context.new_page()
        finished: list = []
        page.on("requestfinished", lambda request, into=finished: into.append(request))
        page.goto(str(path.parent).removeprefix(".") + "/", wait_until="networkidle")
        page.wait_for_timeout(500)  # the search worker fetches its index once it has started
        sizes = [request.sizes() for request in finished]
        weights[str(path.parent)] = (
            sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes) / 1024
        )
        page.close()
    context.close()
    heavy = {page: f"{kib:.0f} KiB" for page, kib in weights.items() if kib > PAGE_BUDGET_KIB}
    assert len(weights) >= 20 and not heavy, heavy
