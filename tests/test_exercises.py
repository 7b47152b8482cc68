"""Exercises: every lesson ends with them, and `nox -s check` holds a reader's solution to them.

Each exercise's check is on its page (a ``{ .text .expected }`` block); the course's own
solution must meet it in every output the page shows for it, and those outputs are what
real runs print (tests/test_examples.py). The checker itself runs here as a reader runs
it, a real process: the course's solutions pass, wrong programs fail with a Russian
explanation, and usage errors get one line.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from course_tools.blocks import DOCS_DIR, LessonError, lesson_paths
from course_tools.exercises import SECTION, Expected, all_exercises, exercises
from course_tools.extract import code_of

LESSONS = lesson_paths()
EXERCISES = all_exercises()
EXAMPLES = DOCS_DIR.parent / "examples"


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.name)
def test_a_lesson_ends_with_numbered_exercises(lesson: Path) -> None:
    text = lesson.read_text(encoding="utf-8")
    assert f"\n{SECTION}\n" in text, "the lesson needs a closing «Упражнения» section"
    section = text.split(f"\n{SECTION}\n", 1)[1]
    numbers = [e.number for e in exercises(lesson)]
    assert numbers == list(range(1, len(numbers) + 1)) and 2 <= len(numbers) <= 4, numbers
    assert len(re.findall(r"^### ", section, re.MULTILINE)) == len(numbers), "other headings"
    assert section.count('??? success "Решение"') == len(numbers)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_the_page_tells_how_to_check_a_solution(exercise) -> None:
    text = exercise.lesson.read_text(encoding="utf-8").splitlines()
    before = "\n".join(text[exercise.line : exercise.solution.fence.line])
    assert f"`nox -s check -- {exercise.id} " in before, "the check's command, with this id"
    assert all(f.line < exercise.solution.fence.line for f in exercise.check_fences), (
        "check before solution"
    )


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_the_course_solution_meets_the_check_in_every_output_shown(exercise) -> None:
    outputs = exercise.solution.outputs
    assert outputs, f"{exercise.solution.name} shows no output to check"
    for output in outputs:  # the pages show runs on Linux, where every start method exists
        missing = exercise.missing(output.fence.source)
        assert not missing, (
            f"{exercise.lesson.name}:{output.fence.line}: the output of {exercise.solution.name} "
            f"lacks the expected {missing}"
        )


@pytest.mark.parametrize(
    "patterns, any_order, output, missing",
    [
        (("a", "b"), False, "a\nb\n", []),
        (("a", "b"), False, "a\nnoise\nb  \n", []),  # lines between, trailing spaces
        (("a", "b"), False, "b\na\n", ["b"]),  # order matters
        (("a", "b"), True, "b\na\n", []),
        (("x", "x"), True, "x\n", ["x"]),  # each pattern takes its own line
        (("PID …: ok",), False, "PID 4242: ok\n", []),
        (("PID …: ok",), False, "PID 4242: ok!\n", ["PID …: ok"]),  # a whole line
        (("2 + 2 = 4",), False, "2 + 2 = 45\n", ["2 + 2 = 4"]),
        (("(1)…",), False, "(1) [x]\n", []),  # regex characters are literal
        (("a",), False, "", ["a"]),
    ],
)
def test_expected_lines_match_whole_lines_with_an_ellipsis_for_any_text(
    patterns: tuple[str, ...], any_order: bool, output: str, missing: list[str]
) -> None:
    assert Expected(patterns, any_order).missing(output) == missing


def test_lines_only_a_missing_start_method_prints_are_not_demanded(tmp_path: Path) -> None:
    """Windows has spawn alone: a block of `fork`'s lines is asked for where fork exists."""
    lesson = tmp_path / "01-lesson.md"
    lesson.write_text(LESSON_WITH_FORK_LINES, encoding="utf-8")
    (exercise,) = exercises(lesson)
    spawn_only = "[spawn] 1\n"
    assert exercise.missing(spawn_only, ["spawn"]) == []
    assert [lines for _, lines in exercise.missing(spawn_only)] == [["[fork] 2"]]
    assert [lines for _, lines in exercise.missing("", ["spawn"])] == [["[spawn] 1"]]


@pytest.mark.parametrize(
    ("attribute", "error"),
    [
        ("", "exactly one { .text .expected } block without start_method"),
        ('start_method="fork"', None),
        ('start_method="vfork"', "start_method='vfork': expected one of"),
    ],
)
def test_an_exercise_has_one_check_for_every_platform(
    tmp_path: Path, attribute: str, error: str | None
) -> None:
    lesson = tmp_path / "01-lesson.md"
    text = LESSON_WITH_FORK_LINES.replace('start_method="fork"', attribute)
    lesson.write_text(text, encoding="utf-8")
    if error is None:
        assert len(exercises(lesson)) == 1
        return
    with pytest.raises(LessonError, match=re.escape(error)) as raised:
        exercises(lesson)
    assert "01-lesson.md:" in str(raised.value), "the message names the file and line"


LESSON_WITH_FORK_LINES = """\
# Урок

## Упражнения

### Упражнение 1. Два способа

``` { .text .expected }
[spawn] 1
```

``` { .text .expected start_method="fork" }
[fork] 2
```

??? success "Решение"

    ``` { .python title="ex1_two_methods.py" }
    import multiprocessing

    if __name__ == "__main__":
        for method in ("fork", "spawn"):
            if method in multiprocessing.get_all_start_methods():
                print(f"[{method}] {2 if method == 'fork' else 1}")
    ```

    ``` { .text .output title="Вывод" }
    [fork] 2
    [spawn] 1
    ```
"""


def checker(*args: str, cwd: Path = DOCS_DIR.parent) -> subprocess.CompletedProcess[str]:
    """`nox -s check -- …` without nox: the same command line, in this environment."""
    command = [sys.executable, "-m", "course_tools", "check", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=240)


def solution_file(exercise_id: str) -> Path:
    exercise = next(e for e in EXERCISES if e.id == exercise_id)
    return EXAMPLES / exercise.solution.id


@pytest.mark.parametrize("exercise_id", ["01.1", "04.1"])
def test_the_course_solution_passes_the_checker(exercise_id: str) -> None:
    result = checker(exercise_id, str(solution_file(exercise_id)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Всё верно" in result.stdout and not result.stderr


def test_every_start_method_is_checked_on_request() -> None:
    result = checker("04.1", str(solution_file("04.1")), "--start-method", "all")
    assert result.returncode == 0, result.stdout + result.stderr
    for method in ("fork", "spawn", "forkserver"):
        assert f"способ запуска {method}" in result.stdout


WRONG_OUTPUT = """\
import multiprocessing


def work(x):
    print(x)


if __name__ == "__main__":
    p = multiprocessing.Process(target=work, args=("не то",))
    p.start()
    p.join()
"""

NO_MAIN_GUARD = """\
import multiprocessing


def work():
    pass


p = multiprocessing.Process(target=work)
p.start()
p.join()
"""


@pytest.mark.parametrize("exercise_id", ["01.1", "04.1"])
def test_a_wrong_solution_fails_with_what_was_expected_and_what_it_printed(
    exercise_id: str, tmp_path: Path
) -> None:
    (tmp_path / "wrong.py").write_text(WRONG_OUTPUT, encoding="utf-8")
    result = checker(exercise_id, "wrong.py", "--from-dir", str(tmp_path))
    assert result.returncode == 1, result.stdout + result.stderr
    expected = next(e for e in EXERCISES if e.id == exercise_id).checks[0].patterns[0]
    assert "НЕВЕРНО" in result.stdout and "в выводе нет строк" in result.stdout
    assert expected in result.stdout, "the reader sees the line the lesson expects"
    assert "не то" in result.stdout, "the reader sees what the program printed"
    assert "Traceback" not in result.stderr and not result.stderr


# The course's solution with what makes it right taken out. Each exercise makes the fault show
# in every run (a pause inside the critical section, tasks of different lengths), so a program
# with the fault fails its check every time, not only when the race happens to be lost.
WITHOUT_THE_SAFEGUARD = {
    "02.2": [  # prints in the order the results came, not by name
        ("counts = {}", "arrived = []; counts = {}"),
        ("counts[name] = count", "counts[name] = count; arrived.append(name)"),
        ("errors[name] = exc", "errors[name] = exc; arrived.append(name)"),
        ("for name in sorted(DOCUMENTS):", "for name in arrived:"),
    ],
    "06.1": [("with accounts.get_lock():", "if True:")],  # transfers without the lock
    "06.2": [("with lock, open(", "with open(")],  # records written without the lock
}


@pytest.mark.parametrize("exercise_id", WITHOUT_THE_SAFEGUARD)
def test_a_solution_without_its_safeguard_fails_however_the_run_goes(
    exercise_id: str, tmp_path: Path
) -> None:
    source = code_of(solution_file(exercise_id).read_text(encoding="utf-8"))
    for old, new in WITHOUT_THE_SAFEGUARD[exercise_id]:
        assert source.count(old) == 1, f"the solution has changed: {old!r}"
        source = source.replace(old, new)
    (tmp_path / "unsafe.py").write_text(source, encoding="utf-8")
    for _ in range(3):
        result = checker(exercise_id, "unsafe.py", "--from-dir", str(tmp_path))
        assert result.returncode == 1, result.stdout + result.stderr
        assert "в выводе нет строк" in result.stdout, result.stdout


def test_a_missing_main_guard_is_explained(tmp_path: Path) -> None:
    (tmp_path / "unguarded.py").write_text(NO_MAIN_GUARD, encoding="utf-8")
    result = checker("04.1", "unguarded.py", "--start-method", "spawn", "--from-dir", str(tmp_path))
    assert result.returncode == 1
    assert 'if __name__ == "__main__":' in result.stdout, result.stdout


@pytest.mark.parametrize(
    "args, says",
    [
        (["99.1", "ok.py"], "нет упражнения 99.1"),
        (["4-1", "ok.py"], "не номер упражнения"),
        (["04.1", "absent.py"], "файл не найден: absent.py"),
        (["04.1", "notes.txt"], "не программа на Python"),
        (["04.1", "broken.py"], "не программа на Python (invalid syntax, строка 1)"),
        (["04.1"], "неверный вызов"),
    ],
)
def test_a_usage_error_gets_one_clear_line(args: list[str], says: str, tmp_path: Path) -> None:
    (tmp_path / "ok.py").write_text("print(1)\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("print(1)\n", encoding="utf-8")
    (tmp_path / "broken.py").write_text("def (:\n", encoding="utf-8")
    result = checker(*args, "--from-dir", str(tmp_path))
    assert result.returncode == 2
    assert not result.stdout and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert says in result.stderr
