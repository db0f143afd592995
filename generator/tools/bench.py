"""Benchmark: a synthetic corpus of N articles recombined from the real sources, built stage by stage.

Example: python -m generator bench --sizes 100 1000
"""
from __future__ import annotations

import json
import os
import platform
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from generator.knowledge.base import KnowledgeBase, load_knowledge
from generator.pipeline import STAGES as PIPELINE_STAGES
from generator.pipeline import Session, build_site
from generator.publish.mkdocs_plugin import TIMINGS_VARIABLE
from generator.publish.output import write_pages
from generator.settings import PROJECT_ROOT, Settings
from generator.sources.reading import iter_documents, read_sources
from generator.sources.splitting import split_articles

TOPICS = ("energy cooperation", "a security dialogue", "mining investment", "trade talks", "a peace treaty",
          "sanctions relief", "a port deal", "grain exports", "a defence pact", "climate finance")
VERBS = ("agree on", "resume", "sign", "discuss", "weigh", "launch", "expand", "review")
ROLES = ("Foreign Minister", "Prime Minister", "President", "Trade Minister", "Ambassador", "Energy Minister")
#: Files copied into each benchmark project besides the corpus.
PROJECT_FILES = ("mkdocs.yml", "templates", "knowledge", "docs", "overrides")
#: The generator's stages and the writing of its pages: together, the generator's part of a build.
STAGES = (*PIPELINE_STAGES, "write")
#: Timing-file entries that are counts, not seconds.
COUNTS = ("annotated", "rendered", "pages")


@dataclass(frozen=True, slots=True)
class Run:
    """One measured command: wall time in seconds and peak resident memory in MiB."""

    seconds: float
    peak_mib: float


def seed_paragraphs(sources_dir: Path) -> tuple[list[str], list[str]]:
    """Body paragraphs and titles of the real sources, the raw material of the synthetic corpus."""
    settings = Settings.from_root(PROJECT_ROOT, sources_dir=sources_dir)
    paragraphs: list[str] = []
    titles: list[str] = []
    for document in iter_documents(read_sources(settings)):
        for article in split_articles(document):
            paragraphs.extend(b.text for b in article.blocks if b.kind == "paragraph" and len(b.text.split()) >= 15)
            if article.title:
                titles.append(article.title)
    return paragraphs, titles


def _countries(knowledge: KnowledgeBase) -> list[tuple[str, str, str]]:
    """(name, demonym, capital) of countries with all three known."""
    found = []
    for term in knowledge.terms_of("countries"):
        demonyms = [a.text for a in knowledge.aliases if a.taxonomy == "countries" and a.key == term.key and a.kind == "demonym"]
        capital = term.attributes.get("capital")
        if demonyms and capital and len(term.name) < 25:
            found.append((term.name, sorted(demonyms)[0], str(capital)))
    return found


def synthetic_corpus(n: int, knowledge: KnowledgeBase, sources_dir: Path) -> dict[str, str]:
    """N realistic pasted articles: real paragraphs with countries, people and initiatives varied."""
    paragraphs, _ = seed_paragraphs(sources_dir)
    countries = _countries(knowledge)
    people = [t.name for t in knowledge.terms_of("people")]
    initiatives = [t.name for t in knowledge.terms_of("initiatives")]
    files: dict[str, str] = {}
    for i in range(n):
        rng = random.Random(f"briefing-bench-{i}")
        (a, a_dem, a_cap), (b, b_dem, b_cap) = rng.sample(countries, 2)
        swaps = (("Saudi Arabia", b), ("Japanese", a_dem), ("Japan", a), ("Russian", b_dem), ("Russia", b),
                 ("Saudi", b_dem), ("Tokyo", a_cap), ("Riyadh", b_cap), ("Moscow", b_cap))
        body = []
        for paragraph in rng.sample(paragraphs, rng.randint(8, 12)):
            for old, new in swaps:
                paragraph = paragraph.replace(old, new)
            body.append(paragraph)
        person, other = rng.sample(people, 2)
        initiative = rng.choice(initiatives)
        body.insert(1, f"{a_dem} {rng.choice(ROLES)} {person} said the {initiative} would be discussed with "
                       f"{other} at talks in {b_cap} next month, according to officials.")
        body.append(f"“We expect real progress on {rng.choice(TOPICS)} this year,” {person} said.")
        title = f"{a} and {b} {rng.choice(VERBS)} {rng.choice(TOPICS)}"
        published = date(2016, 1, 1) + timedelta(days=i % 3650)
        header = f"---\ntitle: {json.dumps(title)}\ndate: {published.isoformat()}\n---\n" if i % 2 else f"{title}\n\n{a_dem} officials (Reuters)\n\n"
        tail = "\n\nLeave a Reply\n\nShare this article\n"
        files[f"{published.year}/{i:05d}.{'md' if i % 2 else 'txt'}"] = header + "\n\n".join(body) + tail
    return files


#: Articles added one at a time in the `mkdocs serve` measurement (the median edit is reported).
SERVE_EDITS = 5
#: Cold generator runs per size; the median one is reported.
COLD_RUNS = 3


def measure(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run a command to completion; wall time and the child's peak memory (from wait4)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return Run(seconds, usage.ru_maxrss / 1024)


def folder_bytes(path: Path) -> int:
    """Total size of the files below ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def make_project(workdir: Path, files: dict[str, str]) -> Path:
    """A copy of the project's configuration with the synthetic corpus as sources/."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, workdir / name)
    for relative, text in files.items():
        target = workdir / "sources" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return workdir


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


def bench_size(n: int, workdir: Path, with_mkdocs: bool) -> dict[str, object]:
    """Every measurement for one corpus size."""
    workdir = workdir.resolve()
    knowledge = load_knowledge(PROJECT_ROOT / "knowledge")
    project = make_project(workdir / f"n{n}", synthetic_corpus(n, knowledge, PROJECT_ROOT / "sources"))
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
        shutil.rmtree(project / ".cache", ignore_errors=True)
        shutil.rmtree(project / "build" / "docs", ignore_errors=True)
        plugin_timings = project / "plugin-timings.json"
        # The plugin reports the generator's part of this very build: the share is measured within one run.
        full_cold = measure([mkdocs, "build", "-q"], project, {**env, TIMINGS_VARIABLE: str(plugin_timings)})
        in_build = json.loads(plugin_timings.read_text())
        full_warm = measure([mkdocs, "build", "-q"], project, env)
        row.update({
            "mkdocs_markdown_only_s": round(plain.seconds, 1), "mkdocs_full_cold_s": round(full_cold.seconds, 1),
            "mkdocs_full_warm_s": round(full_warm.seconds, 1),
            "cold_over_markdown_only": round(full_cold.seconds / plain.seconds, 3),
            "warm_over_markdown_only": round(full_warm.seconds / plain.seconds, 3),
            "generator_in_cold_build_s": {k: round(v, 3) for k, v in in_build.items() if k in PIPELINE_STAGES or k == "generator"},
            "generator_share_of_cold_build": round(in_build["generator"] / full_cold.seconds, 3),
            "mkdocs_peak_mib": round(full_cold.peak_mib), "site_mib": round(folder_bytes(project / "site") / 2**20, 1),
            "search_index_mib": round((project / "site" / "search" / "search_index.json").stat().st_size / 2**20, 2),
        })
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
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main(sizes: list[int], workdir: Path, with_mkdocs: bool, output: Path | None) -> int:
    """Run the benchmark for each size and print (and optionally save) a JSON report."""
    rows = [bench_size(n, workdir, with_mkdocs) for n in sizes]
    report = {"machine": machine(), "rows": rows}
    text = json.dumps(report, indent=1)
    print(text)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    return 0
