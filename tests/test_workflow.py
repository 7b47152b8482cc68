"""The GitHub Actions workflows are valid before GitHub ever runs them.

actionlint checks what a push would only reveal on GitHub: the workflow's syntax,
its expressions and matrix references, the inputs of the actions it uses, the
runner labels. Its shellcheck and pyflakes integrations are switched off so that
every machine runs the same checks (they are used only where those tools happen
to be installed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint() -> str | None:
    """The binary of the lint dependency group: beside this Python, else on PATH."""
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return shutil.which("actionlint", path=path)


def test_actionlint_finds_nothing_in_the_workflows(require) -> None:
    binary = actionlint()
    require(binary is not None, "actionlint is not installed (dependency group lint)")
    assert binary is not None
    result = subprocess.run(
        [binary, "-no-color", "-oneline", "-shellcheck=", "-pyflakes=", *map(str, WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _jobs() -> dict:
    import yaml

    return yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text())["jobs"]


def _setup_python(job: dict) -> str:
    step = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    return str(step["with"]["python-version"])


def test_the_workflow_runs_the_gate_on_the_pythons_the_course_supports() -> None:
    """The versions written in the workflow are course_tools.pythons', not a copy that drifts."""
    from course_tools.pythons import GATE, NEWEST, OLDEST

    jobs = _jobs()
    assert _setup_python(jobs["tests"]).split() == [*GATE, OLDEST]
    assert jobs["examples"]["strategy"]["matrix"]["python"] == [OLDEST, NEWEST]
    assert _setup_python(jobs["free-threaded"]) == f"{NEWEST}t"
    assert _setup_python(jobs["site"]) == OLDEST
