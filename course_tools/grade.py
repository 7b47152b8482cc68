"""Check a reader's own solution of an exercise, and say in Russian what is wrong with it.

``nox -s check -- 04.1 моё_решение.py`` runs the reader's file as a real process, the way
the examples run (``run.py``: empty folder, the reaper watching for leftovers), under
the reader's default start method or each of them, and holds it to the lines the
exercise's page demands (``exercises.py``). The reader gets what was expected, what the
program printed or did, and the exercise's hints: never a traceback of the checker.
Exit status: 0 when every check holds, 1 when one fails, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from .blocks import START_METHODS
from .check import left_behind
from .exercises import ID, Exercise, Expected, all_exercises, find
from .pythons import Interpreter, interpreter
from .run import DEFAULT_TIMEOUT, Run, run_source

# The folder the program ran in (run.py copies it into an empty one): tracebacks name the file.
RUN_FOLDER = re.compile(r"[^\s\"']*course-run-[^/\\\s]+[/\\]")
SHOWN_LINES = 30  # of the program's output and stderr, in a failure's report
# What a run's stderr says, and what the reader should do about it.
DIAGNOSES = (
    (
        ("bootstrapping phase",),
        'Код, который запускает процессы, должен стоять под `if __name__ == "__main__":` — '
        "при spawn и forkserver дочерний процесс заново импортирует ваш файл.",
    ),
    (
        ("Can't get attribute",),
        "Функция, которую выполняет дочерний процесс, должна быть определена на верхнем "
        'уровне модуля, а не внутри `if __name__ == "__main__":` или другой функции.',
    ),
    (
        ("Can't pickle", "cannot pickle", "PicklingError"),
        "Функция процесса и её аргументы передаются через pickle: лямбды, локальные функции, "
        "открытые файлы и блокировки так не передаются.",
    ),
    (
        ("unclosed running multiprocessing pool",),
        "Пул не закрыт: пишите `with Pool(...) as pool:` или вызовите `close()` и `join()`.",
    ),
    (
        ("leaked semaphore", "leaked shared_memory"),
        "Остался не освобождённый ресурс (семафор, общая память): закройте очереди и пулы, "
        "у SharedMemory вызовите `close()` и `unlink()`.",
    ),
    (
        ("use of fork() may lead to deadlocks",),
        "Процесс создаётся через fork, когда в программе уже работают потоки: запускайте "
        "процессы до потоков или выберите способ spawn либо forkserver.",
    ),
)


class UsageError(Exception):
    """A command line the checker cannot act on; its message is one line for the reader."""


class RussianParser(argparse.ArgumentParser):
    """argparse's errors, said in one Russian line."""

    def error(self, message: str) -> NoReturn:
        if "required" in message:
            message = "не хватает аргументов"
        elif "invalid choice" in message:
            message = "--start-method: default, fork, spawn, forkserver или all"
        elif "unrecognized arguments:" in message:
            message = "лишнее: " + message.split(":", 1)[1].strip()
        raise UsageError(f"неверный вызов ({message}). {USAGE}")


USAGE = (
    "Вызов: nox -s check -- УРОК.НОМЕР файл.py [--start-method all], например 04.1 моё_решение.py"
)


@dataclass
class Attempt:
    """One run of the reader's program under one start method, and what it did wrong."""

    method: str
    run: Run
    problems: list[str] = field(default_factory=list)
    missing: list[tuple[Expected, list[str]]] = field(default_factory=list)  # lines, by check


def main(argv: list[str] | None = None) -> int:
    parser = RussianParser(
        prog="nox -s check --",
        description="Проверить своё решение упражнения курса.",
        add_help=True,
    )
    parser.add_argument("exercise", help="номер упражнения: урок и номер, например 04.1")
    parser.add_argument("file", help="ваша программа, файл .py")
    parser.add_argument("--start-method", choices=("default", *START_METHODS, "all"))
    parser.add_argument("--python", default=None, help="другой Python: путь или версия 3.N")
    parser.add_argument("--from-dir", type=Path, default=Path.cwd(), help=argparse.SUPPRESS)
    try:
        args = parser.parse_args(argv)
        exercise = _exercise(args.exercise)
        path = args.from_dir / args.file
        source = _program(path, args.file)
        python = _interpreter(args.python, exercise)
    except UsageError as error:
        print(f"Ошибка: {error}", file=sys.stderr)
        return 2
    methods = _methods(args.start_method or "default", exercise, python)
    print(f"Упражнение {exercise.id} «{exercise.title}»: {args.file}, Python {python.version_text}")
    attempts = [_attempt(exercise, source, path.name, method, python) for method in methods]
    for attempt in attempts:
        _report(attempt, python)
    failed = [a for a in attempts if a.problems or a.missing]
    if failed and exercise.hints:
        print("\nПодсказка из урока:")
        for hint in exercise.hints:
            print(_indent(hint))
    if failed:
        print(f"\nНе прошло: {len(failed)} из {len(attempts)}.")
        return 1
    total = len(attempts)
    print("\nВсё верно." if total == 1 else f"\nВсё верно: {total} из {total}.")
    return 0


def _exercise(exercise_id: str) -> Exercise:
    exercise = find(exercise_id)
    if exercise is not None:
        return exercise
    if not ID.fullmatch(exercise_id.strip()):
        raise UsageError(f"«{exercise_id}» — не номер упражнения. {USAGE}")
    known = ", ".join(e.id for e in all_exercises())
    raise UsageError(f"нет упражнения {exercise_id}. Есть: {known}")


def _program(path: Path, shown: str) -> str:
    if not path.is_file():
        raise UsageError(f"файл не найден: {shown}")
    if path.suffix != ".py":
        raise UsageError(f"{shown} — не программа на Python: нужен файл с расширением .py")
    try:
        source = path.read_text(encoding="utf-8")
        compile(source, shown, "exec", dont_inherit=True)
    except UnicodeDecodeError:
        raise UsageError(f"{shown} — не текст в UTF-8, а программа на Python — текст") from None
    except (SyntaxError, ValueError) as error:
        where = f", строка {error.lineno}" if isinstance(error, SyntaxError) else ""
        reason = error.msg if isinstance(error, SyntaxError) else str(error)
        raise UsageError(f"{shown} — не программа на Python ({reason}{where})") from None
    return source


def _interpreter(version: str | None, exercise: Exercise) -> Interpreter:
    found = interpreter(version)
    if found is None:
        raise UsageError(f"Python {version} не найден")
    needed = exercise.solution.min_python
    if needed and found.version < needed:
        raise UsageError(
            f"упражнению {exercise.id} нужен Python {'.'.join(map(str, needed))}+, "
            f"а это Python {found.version_text}"
        )
    return found


def _methods(choice: str, exercise: Exercise, python: Interpreter) -> list[str]:
    allowed = [m for m in python.methods if m in exercise.solution.start_methods]
    if choice == "all":
        return allowed
    if choice == "default":
        return [python.default_method if python.default_method in allowed else allowed[0]]
    return [choice]


def _attempt(
    exercise: Exercise, source: str, name: str, method: str, python: Interpreter
) -> Attempt:
    run = run_source(
        source,
        name,
        label=name,
        start_method=None if method == python.default_method else method,
        python=python.path,
    )
    attempt = Attempt(method, run)
    left = left_behind(run, exercise.solution)
    if run.timed_out:
        attempt.problems.append(
            f"программа не завершилась за {DEFAULT_TIMEOUT:.0f} с и была остановлена. Частые "
            "причины: join() раньше, чем прочитана очередь; get() или recv() без тайм-аута; "
            "процесс ждёт сигнала остановки, которого ему не послали."
        )
    elif run.returncode != 0:
        attempt.problems.append(f"программа завершилась с кодом {run.returncode}, а не 0.")
    expected_stderr = exercise.solution.expect_stderr
    if run.stderr.strip() and not (expected_stderr and expected_stderr in run.stderr):
        attempt.problems.append("программа писала в stderr (ошибки или предупреждения).")
        attempt.problems += [
            advice for clues, advice in DIAGNOSES if any(c in run.stderr for c in clues)
        ]
    if run.strays:
        attempt.problems.append(
            "после выхода программы остались процессы: " + "; ".join(run.strays) + ". "
            "Дождитесь их (`join()`) или закройте пул (`with`)."
        )
    if left:
        attempt.problems.append("программа оставила файлы: " + ", ".join(left) + ".")
    if not run.timed_out:
        attempt.missing = exercise.missing(run.stdout, python.methods)
    return attempt


def _report(attempt: Attempt, python: Interpreter) -> None:
    default = " (по умолчанию)" if attempt.method == python.default_method else ""
    seconds = f"{attempt.run.seconds:.1f}".replace(".", ",")
    where = f"способ запуска {attempt.method}{default}, {seconds}\u00a0с"
    if not (attempt.problems or attempt.missing):
        print(f"  верно: {where}")
        return
    print(f"\n  НЕВЕРНО: {where}")
    for problem in attempt.problems:
        print(_indent(f"— {problem}", 4))
    for check, missing in attempt.missing:
        order = "в любом порядке" if check.any_order else "в этом порядке"
        print(_indent(f"— в выводе нет строк, которых ждёт урок ({order}; «…» — любой текст):", 4))
        for pattern in missing:
            print(_indent(pattern, 8))
    for label, text in (("Вывод программы", attempt.run.stdout), ("stderr", attempt.run.stderr)):
        lines = RUN_FOLDER.sub("", text).rstrip().splitlines()
        if lines:
            long = len(lines) > SHOWN_LINES
            cut = f" (последние {SHOWN_LINES} строк из {len(lines)})" if long else ""
            print(_indent(f"{label}{cut}:", 4))
            for line in lines[-SHOWN_LINES:]:
                print(_indent(line, 8))
        elif label != "stderr":
            print(_indent(f"{label}: пусто.", 4))


def _indent(text: str, width: int = 2) -> str:
    return "\n".join(" " * width + line if line else "" for line in text.splitlines())
