"""Lighthouse scores of the built site, measured offline on this machine: `nox -s lighthouse`.

The HTML tests cannot tell whether a lesson is quick to open or readable with a screen reader
and poor colour vision; Lighthouse can, in Debian's chromium. The site is served on 127.0.0.1
gzip-compressed, as static hosts serve it. Each page is measured in both of Lighthouse's
profiles (desktop, and mobile: a slow 4G network and a CPU four times slower), in the light and
the dark palette, several times; the scores are medians, since single runs on a shared machine
vary. The check fails when the median performance or accessibility of a page is below the
threshold, its accessibility below 1.00 (``--accessibility``), or when it transfers more than
400 KiB. ``--page all`` measures every page of the site, notebooks and the one-page course too.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .browser import CHROMIUM, CHROMIUM_FLAGS, serve

PALETTE_FLAGS = {"light": (), "dark": ("--force-dark-mode",)}
PRESET_FLAGS = {"desktop": ("--preset=desktop",), "mobile": ()}  # mobile is Lighthouse's default
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GATED = ("performance", "accessibility")
PAGES = ("02-process-pools/", "03-process-pool-executors/")
ALL = "all"  # --page all: every page of the built site
BUDGET_KIB = 400  # gzip-compressed bytes a page may transfer (Lighthouse's total-byte-weight)


def lighthouse(
    executable: str, url: str, palette: str, preset: str, workdir: Path
) -> dict[str, Any]:
    """One Lighthouse run in a new chromium with an empty profile; returns the JSON report."""
    profile = Path(tempfile.mkdtemp(prefix="profile-", dir=workdir))
    report = profile.with_suffix(".json")
    flags = (*CHROMIUM_FLAGS, *PALETTE_FLAGS[palette], f"--user-data-dir={profile}")
    subprocess.run(
        [
            executable,
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={' '.join(flags)}",
            *PRESET_FLAGS[preset],
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
    )
    shutil.rmtree(profile, ignore_errors=True)
    return json.loads(report.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Result:
    """The median scores of one page in one profile and palette, and what cost it points."""

    page: str
    preset: str
    palette: str
    scores: dict[str, float]
    findings: tuple[str, ...]
    kib: float  # transferred, the median of the runs

    def failures(self, thresholds: dict[str, float]) -> list[str]:
        where = f"{self.page} ({self.preset}, {self.palette})"
        found = [
            f"{where}: {category} {self.scores[category]:.2f} < {thresholds[category]}"
            for category in GATED
            if self.scores[category] < thresholds[category]
        ]
        if self.kib > BUDGET_KIB:
            found.append(f"{where}: {self.kib:.0f} KiB transferred > {BUDGET_KIB} KiB")
        return found


def median_scores(reports: Sequence[dict[str, Any]]) -> dict[str, float]:
    return {
        category: statistics.median(report["categories"][category]["score"] for report in reports)
        for category in CATEGORIES
    }


def findings(report: dict[str, Any]) -> tuple[str, ...]:
    """The audits that lowered a gated category, e.g. «accessibility: color-contrast (12)»."""
    found = []
    for category in GATED:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 0.9:
                items = (audit.get("details") or {}).get("items") or []
                shown = audit.get("displayValue") or (f"{len(items)} elements" if items else "")
                found.append(f"{category}: {ref['id']} {shown}".rstrip())
    return tuple(found)


def transferred_kib(reports: Sequence[dict[str, Any]]) -> float:
    return (
        statistics.median(r["audits"]["total-byte-weight"]["numericValue"] for r in reports) / 1024
    )


def every_page(site: Path) -> list[str]:
    """The addresses of a built site's pages, notebooks and the one-page course included."""
    return [
        "" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
        for p in sorted(site.rglob("index.html"))
    ]


def measure(
    executable: str,
    site: Path,
    pages: Sequence[str],
    presets: Sequence[str],
    palettes: Sequence[str],
    runs: int,
) -> list[Result]:
    results = []
    with serve(site) as address, tempfile.TemporaryDirectory(prefix="lighthouse-") as workdir:
        for page in pages:
            for preset in presets:
                for palette in palettes:
                    reports = [
                        lighthouse(executable, address + page, palette, preset, Path(workdir))
                        for _ in range(runs)
                    ]
                    scores, found = median_scores(reports), findings(reports[-1])
                    kib = transferred_kib(reports)
                    result = Result(page or "index", preset, palette, scores, found, kib)
                    print(_row(result), flush=True)
                    results.append(result)
    return results


HEADINGS = f"{'page':<30}{'profile':<9}{'palette':<8}"


def _row(result: Result) -> str:
    scores = "".join(f"{result.scores[category]:>16.2f}" for category in CATEGORIES)
    row = f"{result.page:<30}{result.preset:<9}{result.palette:<8}{scores}{result.kib:>8.0f}"
    lines = [row]
    lines += [f"{'':<{len(HEADINGS)}}{finding}" for finding in result.findings]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course_tools audit", description=__doc__)
    parser.add_argument("site", type=Path, help="the built site (mkdocs build --site-dir)")
    parser.add_argument("--lighthouse", default="lighthouse", help="the lighthouse executable")
    parser.add_argument(
        "--page", action="append", help=f"a page to measure, or {ALL} (default: {PAGES})"
    )
    parser.add_argument(
        "--preset", action="append", choices=PRESET_FLAGS, help="a profile (default: both)"
    )
    parser.add_argument(
        "--palette", action="append", choices=PALETTE_FLAGS, help="a palette (default: both)"
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per page, profile, palette")
    parser.add_argument("--threshold", type=float, default=0.95, help="performance")
    parser.add_argument("--accessibility", type=float, default=1.0, help="its threshold")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"error: {CHROMIUM} is missing: apt-get install chromium", file=sys.stderr)
        return 2
    pages = every_page(args.site) if args.page == [ALL] else args.page or PAGES
    presets, palettes = args.preset or list(PRESET_FLAGS), args.palette or list(PALETTE_FLAGS)
    thresholds = {"performance": args.threshold, "accessibility": args.accessibility}
    print(
        f"Lighthouse, median of {args.runs} runs; fails below {thresholds}, over {BUDGET_KIB} KiB"
    )
    print(HEADINGS + "".join(f"{c:>16}" for c in CATEGORIES) + "     KiB", flush=True)
    results = measure(args.lighthouse, args.site, pages, presets, palettes, args.runs)
    failures = [line for result in results for line in result.failures(thresholds)]
    for line in failures:
        print(f"FAILED {line}", file=sys.stderr)
    return 1 if failures else 0
