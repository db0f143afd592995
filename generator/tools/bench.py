"""Benchmark: a synthetic corpus of N articles recombined from the real sources, built stage by stage.

Example: python -m generator bench --sizes 100 1000
"""

from __future__ import annotations

import html
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.knowledge.base import KnowledgeBase, load_knowledge
from generator.pipeline import STAGES as PIPELINE_STAGES
from generator.pipeline import Session, build_site
from generator.publish.mkdocs_plugin import TIMINGS_VARIABLE
from generator.publish.output import write_pages
from generator.settings import PROJECT_ROOT, Settings
from generator.tools.bench_search import browser_available, first_query_transfers, reader_queries
from generator.tools.bench_table import builds_table
from generator.tools.corpus import make_project, synthetic_corpus

#: The generator's stages and the writing of its pages: together, the generator's part of a build.
STAGES = (*PIPELINE_STAGES, "write")


#: Timing-file entries that are counts, not seconds.
COUNTS = ("annotated", "rendered", "pages")


@dataclass(frozen=True, slots=True)
class Run:
    """One measured command: wall time and CPU time (its own and its children's) in seconds, peak resident memory
    (the largest of the process and its children) in MiB."""

    seconds: float
    peak_mib: float
    cpu_seconds: float = 0.0


#: Articles added one at a time in the `mkdocs serve` measurement (the median edit is reported).
SERVE_EDITS = 5


#: Cold generator runs per size; the median one is reported.
COLD_RUNS = 3


def measure(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run a command to completion; wall time, and from wait4 its CPU time and peak memory, children included
    (a process's usage counts the children it waited for, as Pagefind's and the conversion workers')."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a build that logs much never blocks on it
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        log.seek(0)
        stderr = log.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return Run(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def folder_bytes(path: Path) -> int:
    """Total size of the files below ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def plain_config(project: Path) -> Path:
    """An mkdocs config that builds the already generated Markdown without the briefing plugin."""
    generated = project / "build" / "docs"
    shutil.copytree(project / "docs" / "assets", generated / "assets", dirs_exist_ok=True)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    head, _, rest = text.partition("  - briefing:")
    rest = rest.split("\n", 4)[-1]  # drop the plugin's three option lines
    text = (head + rest).replace("docs_dir: docs", "docs_dir: build/docs").replace("site_dir: site", "site_dir: site-plain")
    config = project / "mkdocs-plain.yml"
    config.write_text(text, encoding="utf-8")
    return config


def bench_size(n: int, workdir: Path, with_mkdocs: bool, site_only: bool = False) -> dict[str, object]:
    """Every measurement for one corpus size (``site_only``: the whole `mkdocs build` and the preview only)."""
    workdir = workdir.resolve()
    knowledge = load_knowledge(PROJECT_ROOT / "knowledge")
    project = make_project(workdir / f"n{n}", synthetic_corpus(n, knowledge, PROJECT_ROOT / "sources"))
    if site_only:
        return {"articles": n, **bench_site(project, knowledge, dict(os.environ, NO_MKDOCS_2_WARNING="1"))}
    python = sys.executable
    timings_file = project / "timings.json"
    calibrated = [calibration()]
    # The cold build COLD_RUNS times from nothing; the run with the median total is reported (all totals too):
    # this machine's disk and CPU vary from one minute to the next.
    runs = []
    for _ in range(COLD_RUNS):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        shutil.rmtree(project / "build" / "docs", ignore_errors=True)
        run = measure([python, "-m", "generator", "--root", str(project), "build", "--out",
                       str(project / "build" / "docs"), "--timings", str(timings_file)], PROJECT_ROOT)
        timings = json.loads(timings_file.read_text())
        runs.append((sum(timings[k] for k in STAGES if k in timings), run, timings))
    total, generator, cold = sorted(runs, key=lambda found: found[0])[len(runs) // 2]
    row: dict[str, object] = {"articles": n, "generator_s": round(generator.seconds, 2), "generator_peak_mib": round(generator.peak_mib),
                              "calibration_s": calibrated, "generator_stages_runs_s": [round(total, 2) for total, _, _ in runs]}
    row.update({f"{k}_s": round(v, 3) for k, v in cold.items() if k not in COUNTS})
    row["generator_stages_s"] = round(total, 2)
    row["markdown_mib"] = round(folder_bytes(project / "build" / "docs") / 2**20, 1)
    # Incremental: rebuild with nothing changed, then add one article and rebuild.
    measure([python, "-m", "generator", "--root", str(project), "build", "--out", str(project / "build" / "docs"),
             "--timings", str(timings_file)], PROJECT_ROOT)
    unchanged = json.loads(timings_file.read_text())
    row["unchanged_generator_s"] = round(sum(unchanged[k] for k in STAGES if k in unchanged), 2)
    original = synthetic_corpus(n, knowledge, PROJECT_ROOT / "sources")
    extra = synthetic_corpus(n + 1, knowledge, PROJECT_ROOT / "sources")
    name, text = next((k, v) for k, v in sorted(extra.items()) if k not in original)
    (project / "sources" / name).parent.mkdir(parents=True, exist_ok=True)
    (project / "sources" / name).write_text(text, encoding="utf-8")
    incremental = measure([python, "-m", "generator", "--root", str(project), "build", "--out", str(project / "build" / "docs"),
                           "--timings", str(timings_file)], PROJECT_ROOT)
    stats = json.loads(timings_file.read_text())
    row["incremental_s"] = round(incremental.seconds, 2)
    row["incremental_generator_s"] = round(sum(stats[k] for k in STAGES if k in stats), 2)
    row["incremental_stages"] = {k: round(stats[k], 3) for k in STAGES if k in stats}
    row["incremental_annotated"] = stats.get("annotated")
    row["incremental_rendered"] = f"{stats.get('rendered')} of {stats.get('pages')}"
    row.update(serve_incremental(project, synthetic_corpus(n + 1 + SERVE_EDITS, knowledge, PROJECT_ROOT / "sources"), extra))
    row["calibration_s"].append(calibration())  # type: ignore[attr-defined]
    if with_mkdocs:
        mkdocs = str(Path(python).with_name("mkdocs"))
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        plain = measure([mkdocs, "build", "-q", "-f", str(plain_config(project))], project, env)
        row.update(bench_site(project, knowledge, env))
        row["generator_share_of_cold_build"] = round(row.pop("generator_in_cold_build_total"), 3)
        row["mkdocs_markdown_only_s"] = round(plain.seconds, 1)
    return row


def serve_incremental(project: Path, files: dict[str, str], present: dict[str, str]) -> dict[str, object]:
    """As in `mkdocs serve`: one process builds, then articles are added one at a time, each followed by a
    build in the same process (with its Session); the median edit is reported, and each edit's time."""
    settings = Settings.from_root(project)
    session = Session(serving=True)  # as the plugin's under `mkdocs serve`
    write_pages(build_site(settings, session).pages, project / "build" / "docs")
    edits: list[dict[str, float]] = []
    annotated = []
    for name, text in [(k, v) for k, v in sorted(files.items()) if k not in present][:SERVE_EDITS]:
        (project / "sources" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "sources" / name).write_text(text, encoding="utf-8")
        result = build_site(settings, session)
        started = time.perf_counter()
        write_pages(result.pages, project / "build" / "docs")
        edits.append({**result.timings, "write": time.perf_counter() - started})
        annotated.append(result.annotated)
    started = time.perf_counter()
    session.flush()  # what `mkdocs serve` does when it stops
    flushed = time.perf_counter() - started
    totals = [sum(stages[k] for k in STAGES) for stages in edits]
    median = edits[sorted(range(len(edits)), key=totals.__getitem__)[len(edits) // 2]]
    return {
        "serve_incremental_generator_s": round(sum(median[k] for k in STAGES), 2),
        "serve_incremental_stages": {k: round(median[k], 3) for k in STAGES},
        "serve_edits_generator_s": [round(total, 2) for total in totals],
        "serve_incremental_annotated": annotated,
        "serve_flush_s": round(flushed, 3),
    }


def calibration() -> float:
    """Seconds for a fixed pure-Python workload: how fast this machine is right now (shared machines vary)."""
    started = time.perf_counter()
    total = 0
    for number in range(5_000_000):
        total += number
    return round(time.perf_counter() - started, 3)


def machine() -> str:
    """A one-line description of the machine the benchmark ran on."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30 if hasattr(os, "sysconf") else 0
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def main(sizes: list[int], workdir: Path, with_mkdocs: bool, output: Path | None, site_only: bool = False) -> int:
    """Run the benchmark for each size and print (and optionally save) a JSON report, then the builds' table."""
    rows = []
    for n in sizes:
        rows.append(bench_size(n, workdir, with_mkdocs, site_only))
        if output:  # what is measured so far survives a run stopped before the largest size
            output.write_text(json.dumps({"machine": machine(), "rows": rows}, indent=1) + "\n", encoding="utf-8")
    report = {"machine": machine(), "rows": rows, "growth": growth(rows)}
    text = json.dumps(report, indent=1)
    print(text)
    print(builds_table(report))
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    return 0


#: How long the served site may take to show an added article before the measurement gives up.
SERVE_DEADLINE = 600.0
#: How long `mkdocs serve` may take to serve its first page (its first build renders and converts every page).
SERVE_START_DEADLINE = 7200.0


def free_port() -> int:
    """A TCP port nobody listens on now."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str:
    import urllib.request

    try:
        return urllib.request.urlopen(url, timeout=30).read().decode("utf-8", "replace")
    except OSError:
        return ""


def serve_time_to_visible(project: Path, name: str, text: str, title: str, extra: tuple[str, ...] = (),
                          log: Path | None = None, settle: float = 0.0) -> dict[str, float]:
    """As an editor sees it: `mkdocs serve` (with ``extra`` options) runs; a source is added; seconds until the
    served briefs index lists its title. Also the seconds to the first served page. With ``log``, the server's
    output goes there; ``settle`` seconds are waited after the title shows (to see whether more builds follow)."""
    port = free_port()
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    sink = log.open("w", encoding="utf-8") if log else subprocess.DEVNULL
    server = subprocess.Popen([mkdocs, "serve", *extra, "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=env,
                              stdout=sink, stderr=subprocess.STDOUT if log else subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/briefs/index.html"
    try:
        while not _fetch(url):
            if server.poll() is not None or time.perf_counter() - started > SERVE_START_DEADLINE:
                raise RuntimeError(f"mkdocs serve {' '.join(extra)} did not start")
            time.sleep(0.2)
        first = time.perf_counter() - started
        time.sleep(2)  # let the watcher settle after the first build
        target = project / "sources" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        added = time.perf_counter()
        target.write_text(text, encoding="utf-8")
        while html.escape(title) not in _fetch(url):
            if server.poll() is not None or time.perf_counter() - added > SERVE_DEADLINE:
                raise RuntimeError(f"mkdocs serve {' '.join(extra)} never showed {title!r}")
            time.sleep(0.1)
        visible = time.perf_counter() - added
        time.sleep(settle)
        return {"first_page_s": round(first, 1), "added_visible_s": round(visible, 2)}
    finally:
        server.terminate()
        server.wait(timeout=60)
        if log:
            sink.close()  # type: ignore[union-attr]
        target = project / "sources" / name
        target.unlink(missing_ok=True)


def newest_article(n: int, knowledge: KnowledgeBase) -> tuple[str, str, str]:
    """(path, text, title) of an article beyond the first ``n``, dated after all of them: it heads the briefs index."""
    files = synthetic_corpus(n + 2, knowledge, PROJECT_ROOT / "sources")
    name = next(k for k in sorted(files)[n:] if k.endswith(".md"))
    text = re.sub(r"^date: .*$", "date: 2031-01-01", files[name], count=1, flags=re.M)
    title = json.loads(re.search(r"^title: (.*)$", text, flags=re.M).group(1))
    return name, text, title


def bench_site(project: Path, knowledge: KnowledgeBase, env: dict[str, str]) -> dict[str, object]:
    """The whole `mkdocs build` as editors and CI run it: cold, warm with nothing changed, warm after adding one
    article; peak memory, output size, what a reader's first search transfers; the served preview of an edit."""
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    for folder in (".cache", "build", "site"):
        shutil.rmtree(project / folder, ignore_errors=True)
    plugin_timings = project / "plugin-timings.json"
    # The plugin reports the generator's part of this very build: the share is measured within one run.
    load = os.getloadavg()[0]
    # As `make site` runs it, at MkDocs' usual log level: a quieter build's cached conversions hold fewer messages,
    # so `mkdocs serve` (at that level) would convert every page again and the preview's start would be overstated.
    build = [mkdocs, "build"]
    cold = measure(build, project, {**env, TIMINGS_VARIABLE: str(plugin_timings)})
    in_build = json.loads(plugin_timings.read_text())
    unchanged = measure(build, project, env)
    present = sum(1 for path in (project / "sources").rglob("*") if path.is_file())  # the corpus and earlier additions
    name, text, title = newest_article(present, knowledge)
    (project / "sources" / name).parent.mkdir(parents=True, exist_ok=True)
    (project / "sources" / name).write_text(text, encoding="utf-8")
    plus_one = measure(build, project, env)
    (project / "sources" / name).unlink()
    search = {**first_query_bytes(project / "site"), **reader_first_queries(project / "site")}
    builds = {"cold": cold, "unchanged": unchanged, "plus_one": plus_one}
    # Kept before the preview is measured: a run stopped during it still has the builds' numbers.
    (project / "bench-builds.json").write_text(json.dumps({k: asdict(v) for k, v in builds.items()}) + "\n", encoding="utf-8")
    try:
        preview = serve_time_to_visible(project, *newest_article(present + 2, knowledge), extra=("--dirty",))
    except RuntimeError as error:  # the builds' numbers are still worth reporting
        preview = {"added_visible_s": None, "first_page_s": None, "error": str(error)}
    return {
        "build_cold_s": round(cold.seconds, 1), "build_warm_unchanged_s": round(unchanged.seconds, 1),
        "build_warm_plus_one_s": round(plus_one.seconds, 1),
        "warm_unchanged_over_cold": round(unchanged.seconds / cold.seconds, 3),
        "warm_plus_one_over_cold": round(plus_one.seconds / cold.seconds, 3),
        # CPU time (the build's and its children's): steadier than wall time on a machine shared with other work.
        "build_cold_cpu_s": round(cold.cpu_seconds, 1), "build_warm_unchanged_cpu_s": round(unchanged.cpu_seconds, 1),
        "build_warm_plus_one_cpu_s": round(plus_one.cpu_seconds, 1),
        "warm_unchanged_over_cold_cpu": round(unchanged.cpu_seconds / cold.cpu_seconds, 3),
        "warm_plus_one_over_cold_cpu": round(plus_one.cpu_seconds / cold.cpu_seconds, 3),
        "load_average": [round(load, 1), round(os.getloadavg()[0], 1)],  # before the cold build, after the preview
        "build_peak_mib": round(max(cold.peak_mib, unchanged.peak_mib, plus_one.peak_mib)),
        "site_mib": round(folder_bytes(project / "site") / 2**20, 1),
        "cache_mib": round(folder_bytes(project / ".cache") / 2**20, 1),
        **search,
        "serve_added_visible_s": preview["added_visible_s"], "serve_first_page_s": preview["first_page_s"],
        **({"serve_error": preview["error"]} if "error" in preview else {}),
        "generator_in_cold_build_s": {k: round(v, 3) for k, v in in_build.items() if k in PIPELINE_STAGES or k == "generator"},
        "generator_in_cold_build_total": in_build["generator"] / cold.seconds,
    }


#: Pagefind results the UI shows at once: their fragments are fetched with the first query.
PAGEFIND_RESULTS = 5


#: Pagefind's UI, loaded with the search page before any query.
PAGEFIND_UI = ("pagefind-ui.js", "pagefind-ui.css")
#: What Pagefind's first query loads whatever the word: its script and worker, the entry file.
PAGEFIND_QUERY = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json")


def first_query_bytes(site: Path) -> dict[str, object]:
    """What a reader's first one-word search transfers, at most: Material's whole index, or Pagefind's script, worker,
    WebAssembly, entry and metadata files, its largest index chunk and its largest result fragments, whatever the word
    ("the" included), uncompressed (the UI's script and style, loaded with the search page before any query, are
    counted apart as ``search_page_kb``)."""
    material = site / "search" / "search_index.json"
    if material.exists():
        return {"search": "material", "first_query_kb": round(material.stat().st_size / 1024)}
    bundle = site / "pagefind"
    fixed = [bundle / n for n in PAGEFIND_QUERY]
    fixed += list(bundle.glob("wasm.en.pagefind"))[:1] + sorted(bundle.glob("pagefind.*.pf_meta"))[:1]
    chunks = sorted((p.stat().st_size for p in (bundle / "index").glob("*.pf_index")), reverse=True)[:1]
    fragments = sorted((p.stat().st_size for p in (bundle / "fragment").glob("*.pf_fragment")), reverse=True)[:PAGEFIND_RESULTS]
    total = sum(p.stat().st_size for p in fixed if p.exists()) + sum(chunks) + sum(fragments)
    page = sum(p.stat().st_size for p in (bundle / n for n in PAGEFIND_UI) if p.exists())
    return {"search": "pagefind", "first_query_bound_kb": round(total / 1024), "search_page_kb": round(page / 1024)}


def reader_first_queries(site: Path) -> dict[str, object]:
    """What the first search for each of the site's largest names sends, measured in Chromium where it is installed:
    the largest as ``first_query_kb``, each in ``first_query_by_name_kb``."""
    if not (site / "pagefind").is_dir() or not browser_available():
        return {}
    sent = first_query_transfers(site, reader_queries(site))
    return {"first_query_kb": round(max(sent.values()) / 1024),
            "first_query_by_name_kb": {name: round(size / 1024) for name, size in sent.items()}} if sent else {}


#: The measurements compared between the smallest and the largest size: how they grow with the corpus.
GROWTH = ("build_cold_s", "build_cold_cpu_s", "build_warm_unchanged_s", "build_warm_unchanged_cpu_s", "build_warm_plus_one_s",
          "build_warm_plus_one_cpu_s", "build_peak_mib", "site_mib", "first_query_kb", "first_query_bound_kb",
          "serve_added_visible_s")


def growth(rows: list[dict[str, object]]) -> dict[str, float]:
    """Largest size over smallest, for each of GROWTH (times and memory should grow at most linearly)."""
    if len(rows) < 2:
        return {}
    low, high = rows[0], rows[-1]
    found = {"articles": round(int(high["articles"]) / int(low["articles"]), 1)}  # type: ignore[arg-type]
    for key in GROWTH:
        if low.get(key) and high.get(key) is not None:
            found[key] = round(float(high[key]) / float(low[key]), 2)  # type: ignore[arg-type]
    return found

