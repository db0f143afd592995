"""Benchmark of saved web pages: the generator's CPU per page for a cold build of N pages, at several N.

The pages are the real saved pages of ../shared/realdev, each copy given a sentence of its own so no two
files (nor their articles) are alike and no cache collapses them. CPU time, not wall time, is measured
(the build process and every worker it waited for, from wait4): the machine is shared, and a linear
build has a flat CPU per page.

Example: python -m generator bench --saved-pages --sizes 100 1000
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from generator.settings import PROJECT_ROOT
from generator.tools.corpus import make_project

#: The real saved pages the benchmark copies.
REALDEV = PROJECT_ROOT.parent / "shared" / "realdev"
#: Where each copy gets its own sentence: before the page's first paragraph.
_FIRST_PARAGRAPH = re.compile(rb"<p[\s>]", re.I)


def page_copies(n: int, folder: Path = REALDEV) -> dict[str, bytes]:
    """N saved pages (gzip), the folder's pages over and over, each with a distinct sentence of its own."""
    originals = [gzip.decompress(path.read_bytes()) for path in sorted((folder / "html").glob("*.html.gz"))]
    if not originals:
        raise FileNotFoundError(f"no saved pages in {folder / 'html'}")
    copies = {}
    for i in range(n):
        page = originals[i % len(originals)]
        mark = f"<p>Copy {i} of this page, filed by desk {i % 97} for the benchmark of saved pages.</p>".encode()
        found = _FIRST_PARAGRAPH.search(page)
        page = page[: found.start()] + mark + page[found.start():] if found else page + mark
        copies[f"pages/{i // 100:03d}/{i:05d}.html.gz"] = gzip.compress(page, mtime=0)
    return copies


def cold_build(project: Path) -> dict[str, object]:
    """One cold generator build of a project: CPU seconds (with workers), wall seconds, peak MiB, stage timings."""
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "build" / "docs", ignore_errors=True)
    timings = project / "timings.json"
    command = [sys.executable, "-m", "generator", "--root", str(project), "build", "--out", str(project / "build" / "docs"),
               "--timings", str(timings)]
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)  # the child's usage and that of the workers it waited for
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    stages = json.loads(timings.read_text(encoding="utf-8"))
    return {"cpu_s": round(usage.ru_utime + usage.ru_stime, 2), "peak_mib": round(usage.ru_maxrss / 1024),
            "stages_wall_s": {key: round(value, 3) for key, value in stages.items() if isinstance(value, float)},
            "briefs_pages": {key: value for key, value in stages.items() if isinstance(value, int)}}


def bench_pages(n: int, workdir: Path, folder: Path = REALDEV) -> dict[str, object]:
    """A project of N saved pages built cold once; CPU per page in milliseconds."""
    project = make_project(workdir.resolve() / f"pages-n{n}", {})
    for relative, data in page_copies(n, folder).items():
        target = project / "sources" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    row = {"pages": n, **cold_build(project)}
    row["cpu_ms_per_page"] = round(1000 * float(row["cpu_s"]) / n, 1)  # type: ignore[arg-type]
    return row


def main(sizes: list[int], workdir: Path, output: Path | None, folder: Path = REALDEV) -> int:
    """Run the saved-pages benchmark for each size; print (and optionally save) a JSON report."""
    rows = [bench_pages(n, workdir, folder) for n in sizes]
    report: dict[str, object] = {"rows": rows}
    if len(rows) > 1:
        report["cpu_per_page_growth"] = round(float(rows[-1]["cpu_ms_per_page"]) / float(rows[0]["cpu_ms_per_page"]), 2)  # type: ignore[arg-type]
    text = json.dumps(report, indent=1)
    print(text)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    return 0
