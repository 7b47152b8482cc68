"""Shown outputs are real: written by `nox -s outputs`, compared honestly, claims checked."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from course_tools.__main__ import main
from course_tools.blocks import LessonError, examples
from course_tools.normalize import claim_problems, claims, difference, normalize

LESSON = """\
# Урок

``` { .python title="hello.py" }
print("привет")
print(2 + 3)  # 5
```

!!! note "В заметке"

    ``` { .python title="nested.py" }
    for i in range(3):
        print("строка", i)
    ```
"""


def make_course(root: Path, text: str = LESSON) -> Path:
    lesson = root / "docs" / "01-lesson.md"
    lesson.parent.mkdir(parents=True)
    lesson.write_text(textwrap.dedent(text), encoding="utf-8")
    assert main(["--root", str(root), "extract"]) == 0
    return lesson


def record(root: Path) -> int:
    """`outputs` with the running Python, which needs no examples environment."""
    return main(["--root", str(root), "outputs", "--python", sys.executable])


def test_outputs_are_written_under_each_example_even_in_admonitions(tmp_path: Path) -> None:
    lesson = make_course(tmp_path)
    assert record(tmp_path) == 0
    text = lesson.read_text(encoding="utf-8")
    assert '```\n\n``` { .text .output title="Вывод" }\nпривет\n5\n```\n' in text
    assert '    ``` { .text .output title="Вывод" }\n    строка 0\n    строка 1\n' in text
    found = {e.name: e.output.fence.source for e in examples(lesson)}
    assert found == {"hello.py": "привет\n5\n", "nested.py": "строка 0\nстрока 1\nстрока 2\n"}


def test_a_second_outputs_run_changes_nothing(tmp_path: Path) -> None:
    lesson = make_course(tmp_path)
    assert record(tmp_path) == 0
    first = lesson.read_text(encoding="utf-8")
    assert record(tmp_path) == 0
    assert lesson.read_text(encoding="utf-8") == first


def test_a_stale_output_is_replaced_and_only_it(tmp_path: Path) -> None:
    lesson = make_course(tmp_path)
    assert record(tmp_path) == 0
    good = lesson.read_text(encoding="utf-8")
    lesson.write_text(good.replace("привет\n5\n", "привет\n6\n"), encoding="utf-8")
    assert record(tmp_path) == 0
    assert lesson.read_text(encoding="utf-8") == good


def test_a_deliberately_changed_output_is_a_failure() -> None:
    diff = difference("привет\n6\n", "привет\n5\n", ())
    assert diff is not None
    assert "-6" in diff and "+5" in diff


@pytest.mark.parametrize(
    "varies, shown, printed",
    [
        (("order",), "a\nb\nc", "c\na\nb"),
        (
            ("timings",),
            "Параллельно: 0.52 с (ускорение 1.9×)",
            "Параллельно: 0.61 с (ускорение 1.7×)",
        ),
        (("pids",), "рабочий процесс PID 4242", "рабочий процесс PID 17"),
        (("names",), "ForkPoolWorker-1 взял 3", "ForkPoolWorker-2 взял 3"),
        (("numbers",), "задач у процесса: 5", "задач у процесса: 7"),
        (
            ("addresses",),
            "<function <lambda> at 0x7feb97d6ed40>",
            "<function <lambda> at 0x7f31fd>",
        ),
        (("paths",), 'File "/tmp/run-1/a.py", line 3', 'File "/home/me/a.py", line 3'),
    ],
)
def test_each_rule_blurs_only_what_it_names(varies, shown, printed) -> None:
    assert difference(shown, printed, varies) is None
    assert difference(shown, printed, ()) is not None
    assert difference(shown, printed + "\nлишняя строка", varies) is not None


def test_a_number_changing_width_may_shift_the_columns_after_it() -> None:
    assert difference("списки:    91.7 мс", "списки:   101.2 мс", ("timings",)) is None
    assert difference("списки:    91.7 мс", "списки:   101.2 мс", ()) is not None


def test_rules_keep_other_text_exact() -> None:
    assert normalize("PID 12 сделал 3 задачи", ("pids",)) == ["PID <PID> сделал 3 задачи"]
    assert difference("PID 12 сделал 3", "PID 99 сделал 4", ("pids",)) is not None


def test_a_claim_is_checked_against_its_own_line() -> None:
    source = 'x = 5\nprint(x)  # 5\nprint(f"Результат: {x}")  # 5\nx += 1  # считаем\n'
    assert claims(source) == [(2, "5"), (3, "5")]
    assert claim_problems(source, [(2, "5\n"), (3, "Результат: 5\n")]) == []
    assert claim_problems(source, [(2, "6\n"), (3, "Результат: 5\n")]) == [
        (2, "claims '5' but printed '6'")
    ]
    assert claim_problems(source, [(2, "5\n")]) == [(3, "claims '5' but never printed")]


def test_any_comment_on_a_print_line_is_a_claim() -> None:
    source = 'print("итог:", 5)  # итог: 5\nprint(6)  # печатаем шесть\n'
    assert claim_problems(source, [(1, "итог: 5\n"), (2, "6\n")]) == [
        (2, "claims 'печатаем шесть' but printed '6'")
    ]


def test_a_claim_anywhere_but_a_print_line_is_refused() -> None:
    with pytest.raises(ValueError, match="line 1: the comment '# 25' claims a value"):
        claims("x = 5 * 5  # 25\nprint(x)\n")


def test_claims_are_recorded_per_line_by_the_launcher(tmp_path: Path) -> None:
    from course_tools.run import run_source

    run = run_source(
        "print('a')\nfor i in range(2):\n    print(i)\n", "c.py", label="c", start_method="spawn"
    )
    assert run.prints == [(1, "a\n"), (3, "0\n"), (3, "1\n")]


@pytest.mark.parametrize(
    "block, message",
    [
        ("``` { .text .output }\nx\n```\n", 'title starts with "Вывод"'),
        ('``` { .text .output title="Вывод" varies="pids" }\nx\n```\n', "its title must tell"),
        ('``` { .text .output title="Вывод — x" varies="colour" }\nx\n```\n', "unknown colour"),
    ],
)
def test_bad_output_blocks_are_refused(tmp_path: Path, block: str, message: str) -> None:
    page = tmp_path / "01-x.md"
    page.write_text('# X\n\n``` { .python title="a.py" }\nprint(1)\n```\n\n' + block)
    with pytest.raises(LessonError, match=message):
        examples(page)


def test_an_output_block_needs_an_example_right_above(tmp_path: Path) -> None:
    page = tmp_path / "01-x.md"
    page.write_text('# X\n\n```bash\nls\n```\n\n``` { .text .output title="Вывод" }\nx\n```\n')
    with pytest.raises(LessonError, match=r"01-x\.md:7: an output block must directly follow"):
        examples(page)


METHOD_LESSON = """\
# Урок

``` { .python title="which.py" }
import multiprocessing

if __name__ == "__main__":
    method = multiprocessing.get_start_method()
    print("spawn" if method == "spawn" else "не spawn")
```
"""


def test_a_start_method_that_prints_otherwise_gets_its_own_tab(tmp_path: Path) -> None:
    lesson = make_course(tmp_path, METHOD_LESSON)
    assert record(tmp_path) == 0
    text = lesson.read_text(encoding="utf-8")
    (example,) = examples(lesson)
    shown = {m: example.shown_for(m).fence.source for m in ("fork", "forkserver", "spawn")}
    assert shown == {"fork": "не spawn\n", "forkserver": "не spawn\n", "spawn": "spawn\n"}
    assert '=== "forkserver (Linux), fork (Linux до Python 3.14)"\n\n    ```' in text
    assert '=== "spawn (macOS и Windows)"\n\n    ``` { .text .output title="Вывод" ' in text
    assert record(tmp_path) == 0
    assert lesson.read_text(encoding="utf-8") == text


def test_a_tab_no_longer_needed_is_folded_into_the_general_block(tmp_path: Path) -> None:
    lesson = make_course(tmp_path, METHOD_LESSON)
    assert record(tmp_path) == 0
    code = 'print("spawn" if method == "spawn" else "не spawn")'
    lesson.write_text(lesson.read_text().replace(code, 'print("везде")'), encoding="utf-8")
    assert main(["--root", str(tmp_path), "extract"]) == 0
    assert record(tmp_path) == 0
    text = lesson.read_text(encoding="utf-8")
    assert "===" not in text
    assert text.endswith('```\n\n``` { .text .output title="Вывод" }\nвезде\n```\n')


def test_a_recorded_timing_that_contradicts_the_text_writes_nothing(tmp_path: Path, capsys) -> None:
    lesson = make_course(
        tmp_path,
        '# Урок\n\n``` { .python title="slow.py" }\nprint("ускорение 0.9")\n```\n\n'
        '``` { .text .output title="Вывод — время меняется" varies="timings" '
        'claims="«ускорение»#1 > 1.2" }\nускорение 1.5\n```\n',
    )
    before = lesson.read_text(encoding="utf-8")
    assert record(tmp_path) == 1
    assert (
        "contradicts the text («ускорение»#1 > 1.2: 0.9 > 1.2 is false)" in capsys.readouterr().err
    )
    assert lesson.read_text(encoding="utf-8") == before


def test_rewrite_records_even_what_the_rules_would_keep(tmp_path: Path) -> None:
    lesson = make_course(
        tmp_path,
        '# Урок\n\n``` { .python title="v.py" }\nprint("Python 3.15.2")\n```\n\n'
        '``` { .text .output title="Вывод — версия у вас своя" varies="numbers" }\n'
        "Python 3.11.7\n```\n",
    )
    assert record(tmp_path) == 0
    assert "Python 3.11.7" in lesson.read_text(encoding="utf-8")  # matches after the rule
    assert main(["--root", str(tmp_path), "outputs", "--python", sys.executable, "--rewrite"]) == 0
    assert "Python 3.15.2" in lesson.read_text(encoding="utf-8")


def test_a_wrong_claim_is_reported_at_its_line_in_the_lesson(tmp_path: Path) -> None:
    from course_tools.check import check
    from course_tools.pythons import interpreter

    lesson = make_course(
        tmp_path, '# Урок\n\nТекст.\n\n``` { .python title="c.py" }\nx = 2\nprint(x)  # 3\n```\n'
    )
    (example,) = examples(lesson)
    running = interpreter(None)
    assert running is not None
    verdict = check(example, running.default_method, running, tmp_path / "examples")
    assert verdict.problems == [f"{lesson}:7: claims '3' but printed '2'"]
