"""The extractor: lessons in, examples out, and a person's file is never lost.

Each test builds a small course in a temporary folder and runs the same command
line a maintainer runs (`python -m course_tools extract`).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from course_tools.__main__ import main
from course_tools.blocks import LessonError, examples, fences

PROGRAM = """\
``` {{ .python title="{name}" }}
print("{name}")
```
"""


def write(root: Path, name: str, text: str) -> Path:
    path = root / "docs" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def extract(root: Path, *flags: str) -> int:
    return main(["--root", str(root), "extract", *flags])


def tree(root: Path) -> dict[str, str]:
    folder = root / "examples"
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def course(tmp_path: Path) -> Path:
    write(tmp_path, "index.md", "# Курс\n")
    write(
        tmp_path,
        "02-process-pools.md",
        "# Пулы\n\n"
        + PROGRAM.format(name="pool_map.py")
        + '\n!!! note "Внутри заметки"\n\n'
        + textwrap.indent(PROGRAM.format(name="in_note.py"), "    ")
        + '\n??? success "Решение"\n\n'
        + textwrap.indent(PROGRAM.format(name="in_details.py"), "    ")
        + '\n``` { .python notest title="Фрагмент: сигнатура" }\nPool(processes=None)\n```\n'
        + "\n```bash\nnox -s examples\n```\n",
    )
    return tmp_path


def test_whole_programs_become_files_named_after_lesson_and_title(course: Path) -> None:
    assert extract(course) == 0
    files = tree(course)
    assert sorted(files) == [
        "02_process_pools/in_details.py",
        "02_process_pools/in_note.py",
        "02_process_pools/pool_map.py",
    ]
    header, _, code = files["02_process_pools/pool_map.py"].partition("\n")
    assert header.startswith("# docs/02-process-pools.md · ")
    assert code == 'print("pool_map.py")\n'


def test_fences_nested_in_admonitions_and_details_are_found(course: Path) -> None:
    names = [e.name for e in examples(course / "docs" / "02-process-pools.md")]
    assert names == ["pool_map.py", "in_note.py", "in_details.py"]


def test_two_blank_lines_inside_details_do_not_end_it(tmp_path: Path) -> None:
    """Python-Markdown keeps an indented block open across blank lines; so do the tools."""
    code = "def f():\n    pass\n\n\ndef g():\n    pass\n"
    page = write(
        tmp_path,
        "05-x.md",
        '# X\n\n??? success "Решение"\n\n    ``` { .python title="ex1.py" }\n'
        + textwrap.indent(code, "    ")
        + "    ```\n\n    Пояснение.\n",
    )
    assert [e.fence.source for e in examples(page)] == [code]


def test_a_second_run_changes_nothing(course: Path) -> None:
    assert extract(course) == 0
    before = {p: p.stat().st_mtime_ns for p in (course / "examples").rglob("*.py")}
    assert extract(course) == 0
    assert extract(course, "--check") == 0
    assert before == {p: p.stat().st_mtime_ns for p in (course / "examples").rglob("*.py")}


def test_check_reports_a_stale_file_and_writes_nothing(course: Path, capsys) -> None:
    assert extract(course) == 0
    lesson = course / "docs" / "02-process-pools.md"
    lesson.write_text(lesson.read_text().replace('print("pool_map.py")', "print(1)"))
    snapshot = tree(course)
    assert extract(course, "--check") == 1
    assert "examples/02_process_pools/pool_map.py" in capsys.readouterr().err
    assert tree(course) == snapshot
    assert extract(course) == 0
    assert tree(course)["02_process_pools/pool_map.py"].endswith("print(1)\n")


def test_a_hand_edited_example_is_not_overwritten_without_force(course: Path, capsys) -> None:
    assert extract(course) == 0
    edited = course / "examples" / "02_process_pools" / "pool_map.py"
    edited.write_text(edited.read_text() + "print('my edit')\n")
    lesson = course / "docs" / "02-process-pools.md"
    lesson.write_text(lesson.read_text().replace('print("in_note.py")', "print(2)"))
    snapshot = tree(course)

    assert extract(course) == 1
    err = capsys.readouterr().err
    assert "pool_map.py: update: edited by hand" in err
    assert "02-process-pools.md:3" in err
    assert tree(course) == snapshot, "a refused run must write nothing at all"

    assert extract(course, "--force") == 0
    assert "my edit" not in tree(course)["02_process_pools/pool_map.py"]


def test_a_file_no_block_produces_needs_prune_or_force(course: Path, capsys) -> None:
    assert extract(course) == 0
    lesson = course / "docs" / "02-process-pools.md"
    lesson.write_text(lesson.read_text().replace('title="pool_map.py"', 'title="renamed.py"'))
    assert extract(course) == 1
    assert "pool_map.py: delete: no block produces it any more (needs --prune)" in (
        capsys.readouterr().err
    )
    assert "02_process_pools/renamed.py" not in tree(course)
    assert extract(course, "--prune") == 0
    assert "02_process_pools/pool_map.py" not in tree(course)
    assert "02_process_pools/renamed.py" in tree(course)


def test_a_persons_file_survives_prune_and_goes_only_with_force(course: Path) -> None:
    assert extract(course) == 0
    mine = course / "examples" / "02_process_pools" / "notes.py"
    mine.write_text("# мои заметки\n")
    assert extract(course, "--prune") == 1
    assert mine.exists()
    assert extract(course, "--force") == 0
    assert not mine.exists()


BAD_LESSONS = {
    "unclosed fence": (
        '# Урок\n\ntext\n\n``` { .python title="a.py" }\nprint(1)\n',
        5,
        "never closed",
    ),
    "two blocks with one name": (
        "# Урок\n\n" + PROGRAM.format(name="a.py") + "\n" + PROGRAM.format(name="a.py"),
        7,
        "two blocks are named a.py (the first at line 3)",
    ),
    "invalid file name": (
        "# Урок\n\n" + PROGRAM.format(name="Pool-Map.py"),
        3,
        "invalid example file name 'Pool-Map.py'",
    ),
    "default-style options": (
        "# Урок\n\n```python notest\nprint(1)\n```\n",
        3,
        "default syntax",
    ),
    "a fence left open in the middle of a page": (
        '# Урок\n\n``` { .python title="a.py" }\nprint(1)\n\nТекст.\n\n'
        '``` { .python title="b.py" }\nprint(2)\n```\n',
        3,
        "fence ``` is never closed: the block runs on to the opening fence at line 8",
    ),
    "code in content tabs": (
        '# Урок\n\n=== "Linux"\n\n    ``` { .python title="a.py" }\n    print(1)\n    ```\n',
        5,
        "content tabs hold only an example's output blocks",
    ),
    "an output tab labelled with other start methods": (
        '# Урок\n\n``` { .python title="a.py" }\nprint(1)\n```\n\n'
        '=== "forkserver (Linux)"\n\n    ``` { .text .output title="Вывод" }\n    1\n    ```\n\n'
        '=== "fork"\n\n    ``` { .text .output title="Вывод" start_methods="fork" }\n'
        "    2\n    ```\n",
        9,
        'this output of a.py shows forkserver, spawn: it stands in the tab === "forkserver '
        '(Linux), spawn (macOS и Windows)"',
    ),
    "a single output in a tab": (
        '# Урок\n\n``` { .python title="a.py" }\nprint(1)\n```\n\n'
        '=== "forkserver (Linux)"\n\n    ``` { .text .output title="Вывод" }\n    1\n    ```\n',
        9,
        "a single output block stands in no tab",
    ),
    "unknown attribute": (
        '# Урок\n\n``` { .python title="a.py" startmethod="fork" }\nprint(1)\n```\n',
        3,
        "unknown fence attribute(s): startmethod",
    ),
    "exception without a reason in the title": (
        '# Урок\n\n``` { .python title="a.py" start_methods="fork" }\nprint(1)\n```\n',
        3,
        "its title must say why",
    ),
    "unknown start method": (
        '# Урок\n\n``` { .python title="a.py — x" start_methods="vfork" }\nprint(1)\n```\n',
        3,
        "start_methods='vfork'",
    ),
    "notest named like a program": (
        '# Урок\n\n``` { .python notest title="a.py" }\nprint(1)\n```\n',
        3,
        "a notest fence is a fragment",
    ),
}


@pytest.mark.parametrize("case", BAD_LESSONS, ids=str)
def test_bad_input_names_file_and_line_and_writes_nothing(course: Path, case: str, capsys) -> None:
    text, line, message = BAD_LESSONS[case]
    assert extract(course) == 0
    snapshot = tree(course)
    write(course, "03-bad-lesson.md", text)

    assert extract(course) == 2
    err = capsys.readouterr().err
    assert f"03-bad-lesson.md:{line}: " in err
    assert message in err
    assert tree(course) == snapshot


def test_an_error_carries_its_location(tmp_path: Path) -> None:
    path = write(tmp_path, "01-x.md", "# X\n\n```python title\nx\n```\n")
    with pytest.raises(LessonError) as caught:
        fences(path)
    assert (caught.value.path, caught.value.line) == (path, 3)


def test_an_example_runs_with_the_line_numbers_of_its_block(tmp_path: Path) -> None:
    """The generated header is not part of the reader's code: tracebacks match the page."""
    from course_tools.check import check
    from course_tools.pythons import interpreter

    lesson = write(
        tmp_path,
        "01-x.md",
        '# X\n\n``` { .python title="where.py" }\n'
        "import sys\nprint(sys._getframe().f_lineno)\n```\n",
    )
    assert extract(tmp_path) == 0
    (example,) = examples(lesson)
    running = interpreter(None)
    assert running is not None
    verdict = check(example, running.default_method, running, tmp_path / "examples")
    assert verdict.run is not None and verdict.run.stdout == "2\n"
