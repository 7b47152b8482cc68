"""A run is judged strictly, and a failing one says what and where."""

from __future__ import annotations

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
