"""The practice notebooks: each runs top to bottom in a real kernel and shows what it stored.

Every ``*.ipynb`` under docs/ is found and tested; a new notebook needs no list entry here.
The site shows the outputs stored in a notebook, so they must come from a real run
(`nox -s notebooks`) and still be what a fresh run prints.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell, new_notebook, new_output
from typography import problems  # the lessons' rules apply to the notebooks' text

from course_tools.blocks import DOCS_DIR, lesson_paths
from course_tools.notebooks import KERNEL, execute, fixed_outputs, notebook_paths

NOTEBOOKS = notebook_paths()
STALE = "the stored outputs are not what a fresh run shows: run `nox -s notebooks`"


def stored(notebook: Path) -> NotebookNode:
    return nbformat.read(notebook, as_version=4)


def test_the_practice_notebooks_are_found() -> None:
    assert len(NOTEBOOKS) >= len(lesson_paths())


@pytest.mark.parametrize("lesson", lesson_paths(), ids=lambda p: p.name)
def test_every_lesson_has_its_notebook_and_links_it(lesson: Path) -> None:
    notebook = DOCS_DIR / "practice" / f"{lesson.stem}.ipynb"
    assert notebook in NOTEBOOKS, f"no notebook {notebook.name} for the lesson"
    assert f"](practice/{notebook.name})" in lesson.read_text(encoding="utf-8"), "no link to it"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_is_stored_as_run_top_to_bottom_without_errors(notebook: Path) -> None:
    nb = stored(notebook)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == KERNEL
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1)), STALE
    errors = [o for cell in code for o in cell.outputs if o.output_type == "error"]
    assert not errors, "a stored cell ends in an error"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_russian_typography_in_the_text_cells(notebook: Path) -> None:
    found = [
        f"{notebook.name}, cell {number}, line {problem}"
        for number, cell in enumerate(stored(notebook).cells, start=1)
        if cell.cell_type == "markdown"
        for problem in problems(cell.source)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_a_fresh_run_has_no_error_leaves_no_file_and_shows_the_stored_outputs(
    notebook: Path, tmp_path: Path
) -> None:
    fresh = execute(notebook, tmp_path)  # a cell that raises fails the test here
    now, then = fixed_outputs(fresh), fixed_outputs(stored(notebook))
    differ = [cell for cell in then["cells"] if now["cells"].get(cell) != then["cells"][cell]]
    assert now == then, f"{STALE}; differing: {', '.join(differ) or 'exceptions'}"
    assert [p.name for p in tmp_path.iterdir()] == [notebook.name], "files left behind"


def run_of(*cells: tuple[str, list[NotebookNode]]) -> NotebookNode:
    """A notebook as if it had run: cells with ids and the given outputs."""
    nb = new_notebook()
    for index, (cell_id, outputs) in enumerate(cells, start=1):
        nb.cells.append(new_code_cell("...", id=cell_id, outputs=outputs, execution_count=index))
    return nb


def stdout(text: str) -> NotebookNode:
    return new_output("stream", name="stdout", text=text)


def stderr(text: str) -> NotebookNode:
    return new_output("stream", name="stderr", text=text)


TRACEBACK = """Process SpawnPoolWorker-{n}:
Traceback (most recent call last):
  File "{path}/multiprocessing/queues.py", line {line}, in get
    return _ForkingPickler.loads(res)
AttributeError: Can't get attribute 'square' on <module '__main__' (built-in)>
"""


def test_a_childs_traceback_is_compared_by_its_exception_whatever_the_cell_and_machine() -> None:
    here = run_of(
        (
            "fails",
            [stdout("код завершения: 1\n"), stderr(TRACEBACK.format(n=1, path="/a", line=1))],
        ),
        ("next", [stdout("ok\n")]),
    )
    elsewhere = run_of(
        ("fails", [stdout("код завершения: 1\n")]),
        ("next", [stderr(TRACEBACK.format(n=2, path="/b", line=9)), stdout("ok\n")]),
    )
    assert fixed_outputs(here) == fixed_outputs(elsewhere)
    without = run_of(("fails", [stdout("код завершения: 1\n")]), ("next", [stdout("ok\n")]))
    assert fixed_outputs(here) != fixed_outputs(without)


def test_stdout_must_match_unless_the_cell_declares_that_it_varies() -> None:
    first = run_of(("timed", [stdout("0.21 с\n")]), ("result", [stdout("[0, 1, 4]\n")]))
    second = run_of(("timed", [stdout("0.34 с\n")]), ("result", [stdout("[0, 1, 4]\n")]))
    assert fixed_outputs(first) != fixed_outputs(second)
    for run in (first, second):  # the declaration is in the notebook, so in both runs
        run.cells[0].metadata["course"] = {"varies": "timings"}
    assert fixed_outputs(first) == fixed_outputs(second)
    second.cells[0].outputs = [stdout("0.34 с, и ещё строка\n")]  # the rule blurs numbers only
    assert fixed_outputs(first) != fixed_outputs(second)
