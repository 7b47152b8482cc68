"""A run is judged strictly, and a failing one says what and where."""

from __future__ import annotations

import signal

from course_tools.run import run_source

GUARD = 'if __name__ == "__main__":\n'


def test_a_hanging_program_is_stopped_and_shows_where_it_hung() -> None:
    code = "import time\n\n\ndef wait():\n    time.sleep(60)\n\n\n" + GUARD + "    wait()\n"
    run = run_source(code, "hang.py", label="hang", timeout=2)
    assert run.problems()[0] == "did not finish in 2 s"
    assert 'hang.py", line 5 in wait' in run.stderr


def test_a_file_left_in_the_temporary_folder_is_a_problem() -> None:
    code = "import tempfile\n\n" + GUARD + "    tempfile.mkstemp(prefix='забыт')\n"
    run = run_source(code, "leak.py", label="leak")
    assert any(p.startswith("left files behind: $TMPDIR/забыт") for p in run.problems())


def test_a_child_in_a_session_of_its_own_is_still_found() -> None:
    code = (
        "import subprocess, sys\n\n"
        + GUARD
        + "    subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)'],"
        " start_new_session=True)\n"
    )
    run = run_source(code, "escape.py", label="escape")
    assert any(p.startswith("left processes alive") for p in run.problems()), run.problems()


def test_an_example_gets_keyboard_interrupt_even_from_a_background_job() -> None:
    """A shell's background job ignores SIGINT; the example must not inherit that."""
    code = (
        "import multiprocessing, signal\n"
        "def child():\n"
        "    print('child:', signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n"
        "if __name__ == '__main__':\n"
        "    print('main:', signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n"
        "    p = multiprocessing.get_context('spawn').Process(target=child)\n"
        "    p.start()\n"
        "    p.join()\n"
    )
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # as `command &` starts it
    try:
        run = run_source(code, "background.py", label="background")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert run.stdout.splitlines() == ["main: True", "child: True"], run.stdout + run.stderr
