"""Practice notebooks: run by a real Jupyter kernel and stored with the outputs of that run.

The site shows a notebook's stored outputs as they are (mkdocs-jupyter does not execute it),
so they must be what a real run printed. `nox -s notebooks` (``python -m
course_tools notebooks``) runs each notebook in a scratch folder and writes the outputs back;
the tests run every notebook again and compare what does not vary between runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbformat import NotebookNode
from traitlets import default

from .blocks import DOCS_DIR, display_path
from .normalize import normalize, parse_varies

KERNEL = "python3"
CELL_TIMEOUT = 60  # seconds; a practice cell takes a few at most
# A traceback's last line, `AttributeError: Can't get attribute …`: the part of a child's
# stderr that does not depend on the machine (paths, line numbers) or on the process names.
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*: .*$", re.MULTILINE)


def notebook_paths(docs_dir: Path = DOCS_DIR) -> list[Path]:
    """Every notebook of the site: a new one is found, run and tested without being listed."""
    return sorted(p for p in docs_dir.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


class ThisInterpreterKernel(AsyncKernelManager):
    """The python3 kernel of this very interpreter, whatever kernels the machine has installed.

    With no kernel directories to search, jupyter_client falls back to ipykernel's own spec,
    which starts ``sys.executable``: the notebooks run with the pinned packages of this
    environment, not with a python3 kernel a reader installed elsewhere.
    """

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> KernelSpecManager:
        return KernelSpecManager(kernel_dirs=[], data_dir=self.data_dir)


def execute(notebook: Path, workdir: Path) -> NotebookNode:
    """Run a copy of the notebook in workdir, top to bottom; an error in any cell raises."""
    copy = workdir / notebook.name
    shutil.copyfile(notebook, copy)
    nb = nbformat.read(copy, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        kernel_manager_class=ThisInterpreterKernel,
        timeout=CELL_TIMEOUT,
        allow_errors=False,
        record_timing=False,
        coalesce_streams=True,  # one stdout block per cell, as Jupyter shows it
        # A graceful shutdown lasts 2.5 s once spawn has started multiprocessing's resource
        # tracker: ipykernel waits for its children to exit, and the tracker ignores SIGTERM
        # (it leaves by itself when the kernel is gone).
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(workdir)}},
    )
    # ipykernel forwards what child processes write to stdout and stderr into the cells, as
    # Jupyter shows it to a reader, except when it sees that it runs under pytest. It also
    # echoes it to its own stderr: the cells have it, the terminal need not.
    env = {name: value for name, value in os.environ.items() if name != "PYTEST_CURRENT_TEST"}
    client.execute(env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return nb


def varies(cell: NotebookNode) -> tuple[str, ...]:
    """What a cell's output may change between runs: ``"course": {"varies": "timings"}``.

    The rules are the lessons' output blocks' (``course_tools.normalize``).
    """
    return parse_varies(cell.metadata.get("course", {}).get("varies"))


def fixed_outputs(nb: NotebookNode) -> dict[str, object]:
    """What every run of the notebook shows alike.

    For each code cell, its stdout and results. Child processes' tracebacks on stderr are
    compared by their exception lines, for the notebook as a whole: paths, line numbers and
    worker names vary, and ipykernel forwards a child's stderr from a pipe, so a traceback
    printed as a cell ends may be shown under the next one.
    """
    cells: dict[str, tuple[str, list[str]]] = {}
    exceptions: list[str] = []
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        stdout, results = "", []
        for output in cell.outputs:
            if output.output_type == "stream" and output.name == "stdout":
                stdout += output.text
            elif output.output_type == "stream":
                exceptions += EXCEPTION_LINE.findall(output.text)
            elif output.output_type == "error":
                results.append(f"{output.ename}: {output.evalue}")
            else:
                results.append(output.get("data", {}).get("text/plain", output.output_type))
        shown = "\n".join(normalize(stdout, varies(cell)))
        cells[f"cell {number}"] = (shown, results)  # as a reader counts them, text cells too
    return {"cells": cells, "exceptions": sorted(exceptions)}


def store(notebook: Path) -> float:
    """Run the notebook and write the outputs of that run into it; the seconds it took."""
    with tempfile.TemporaryDirectory() as workdir:
        start = time.perf_counter()
        nb = execute(notebook, Path(workdir))
        elapsed = time.perf_counter() - start
    # The kernel's version and paths would change the file on every machine
    nb.metadata["language_info"] = {"name": "python"}
    nbformat.validate(nb)
    nbformat.write(nb, notebook)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m course_tools notebooks",
        description="Run the practice notebooks and store the outputs of that run in them.",
    )
    parser.add_argument("names", nargs="*", help="part of a notebook's name, e.g. 02")
    args = parser.parse_args(argv)
    chosen = [
        path
        for path in notebook_paths()
        if not args.names or any(name in path.name for name in args.names)
    ]
    if not chosen:
        print("no notebook matches", file=sys.stderr)
        return 2
    for path in chosen:
        try:
            elapsed = store(path)
        except CellExecutionError as error:
            print(f"{display_path(path)}: a cell failed, nothing written\n{error}", file=sys.stderr)
            return 1
        print(f"{display_path(path)}: {elapsed:.1f} s")
    return 0
