"""Command line: `python -m generator build|check|failed|add|evaluate|bench`."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from generator.knowledge.base import KnowledgeError
from generator.publish.output import write_pages
from generator.settings import PROJECT_ROOT, Settings


def command_build(args: argparse.Namespace, settings: Settings) -> int:
    """Example: python -m generator build --out build/docs"""
    from generator.pipeline import build_site

    result = build_site(settings)
    started = time.perf_counter()
    report = write_pages(result.pages, Path(args.out))
    timings = {**result.timings, "write": time.perf_counter() - started}
    if args.timings:
        stats = {**timings, "annotated": result.annotated, "rendered": result.pages.rendered, "pages": len(result.pages)}
        Path(args.timings).write_text(json.dumps(stats, indent=1), encoding="utf-8")
    print(f"{len(result.index.briefs)} briefs from {len(result.index.outcomes)} source files "
          f"({result.annotated} annotated, the rest cached); {report.written} files written, "
          f"{report.unchanged} unchanged, {report.removed} stale removed, in {args.out}")
    for path, message in result.failures:
        print(f"error: {path}: {message}", file=sys.stderr)
    return 1 if args.strict and result.failures else 0


def command_check(args: argparse.Namespace, settings: Settings) -> int:
    """Example: python -m generator check"""
    from generator.knowledge.taxonomies import TAXONOMIES
    from generator.pipeline import build_site

    result = build_site(settings)
    index = result.index
    for path, message in result.failures:
        print(f"error: sources/{path}: {message}")
    rows = index.unresolved
    print(f"{len(rows)} names found in the briefs are not in the knowledge base; readers see them as plain text, "
          "without a page. For a real name, paste its line into the file, then add aliases, country and description.")
    for taxonomy in TAXONOMIES:
        found = [row for row in rows if row.taxonomy == taxonomy.name]
        if found:
            print(f"\n{taxonomy.title} ({len(found)}): {found[0].knowledge_file}")
        for row in found:
            print(f"  {row.name} ({row.briefs} brief{'s' if row.briefs != 1 else ''})\n    paste: {row.yaml_entry}")
            for posting in index.postings.get((row.taxonomy, row.key), ())[:3]:
                brief = index.by_id[posting.brief_id]
                print(f"    in sources/{brief.article.source}: {posting.sentence[:160]}")
    undated = [brief for brief in index.briefs if not brief.notes.published]
    if undated:
        print(f"\n{len(undated)} briefs have no date: add `published: YYYY-MM-DD` to the frontmatter of their source file")
        for brief in undated:
            print(f"  sources/{brief.article.source}: {brief.title[:100]}")
    doubtful = [brief for brief in index.briefs if brief.doubts]
    if doubtful:
        print(f"\n{len(doubtful)} saved pages look doubtful: open each brief, and remove the file if it is not an article")
        for brief in doubtful:
            print(f"  sources/{brief.article.source}: {'; '.join(brief.doubts)}")
    return 1 if args.strict and result.failures else 0


def command_failed(args: argparse.Namespace, settings: Settings) -> int:
    """Example: python -m generator failed site/data/report.json"""
    try:
        sources = json.loads(Path(args.report).read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError) as error:
        print(f"cannot read the build report {args.report}: {error}", file=sys.stderr)
        return 2
    failed = [row for row in sources if row.get("error")]
    for row in failed:
        print(f"error: sources/{row['path']}: {row['error']}", file=sys.stderr)
    if failed:
        print(f"{len(failed)} source file(s) failed and are not on the site: fix them (see the build report, "
              "site/report.html), or publish without them with `make site-lenient`.", file=sys.stderr)
    return 1 if failed else 0


def command_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    """Example: python -m generator evaluate (every set side by side), or --gold tests/gold (one set in detail)"""
    from generator.tools.evaluation import evaluate, format_table

    if args.gold is None:
        from generator.tools.evaluation.scorecard import scorecard

        print(scorecard(settings))
        return 0
    scores = evaluate(settings, Path(args.gold))
    print(format_table(scores, verbose=args.verbose))
    if args.realdev:
        from generator.tools.evaluation.realdev import evaluate_realdev, format_realdev
        from generator.tools.evaluation.realdev_outlets import evaluate_realdev_outlets, format_realdev_outlets

        print()
        print(format_realdev(evaluate_realdev(Path(args.realdev)), verbose=args.verbose))
        print()
        print(format_realdev_outlets(evaluate_realdev_outlets(Path(args.realdev)), verbose=args.verbose))
    return 0


def command_bench(args: argparse.Namespace, settings: Settings) -> int:
    """Example: python -m generator bench --sizes 100 1000 --output benchmarks/results.json"""
    if args.saved_pages:
        from generator.tools.bench_pages import main as bench_pages_main

        return bench_pages_main(args.sizes, Path(args.workdir), Path(args.output) if args.output else None, Path(args.pages_from))
    from generator.tools.bench import main as bench_main

    return bench_main(args.sizes, Path(args.workdir), not args.no_mkdocs, Path(args.output) if args.output else None,
                      args.site_only)


def command_add(args: argparse.Namespace, settings: Settings) -> int:
    """Example: python -m generator add https://example.org/news/story.html"""
    from datetime import date

    from generator.sources.fetch import FetchError, fetch_page, save_page

    failed = 0
    for url in args.urls:
        try:
            page = fetch_page(url, settings.max_source_bytes, args.timeout)
            path = save_page(page, settings.sources_dir, date.today())
        except (FetchError, OSError) as error:
            print(f"error: {url}: {error}; nothing was saved", file=sys.stderr)
            failed += 1
            continue
        print(f"saved {path} ({len(page.data):,} bytes) from {page.final_url}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command; errors become messages and exit codes here only."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--root", default=str(PROJECT_ROOT), help="project folder (default: this checkout)")
    parser.add_argument("--sources", help="sources folder (default: ROOT/sources)")
    parser.add_argument("--no-cache", action="store_true", help="annotate every article, ignoring the cache")
    parser.add_argument("--max-source-bytes", type=int, help="refuse source files larger than this (default 2,000,000)")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="write the generated Markdown (no MkDocs)")
    build.add_argument("--out", default="build/docs", help="output folder (default: build/docs)")
    build.add_argument("--strict", action="store_true", help="exit 1 when any source file failed")
    build.add_argument("--timings", help="write the stage timings (seconds) as JSON to this file")
    bench = commands.add_parser("bench", help="benchmark the build on a synthetic corpus")
    bench.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    bench.add_argument("--workdir", default="build/bench")
    bench.add_argument("--no-mkdocs", action="store_true", help="time the generator only")
    bench.add_argument("--output", help="also write the JSON report here")
    bench.add_argument("--saved-pages", action="store_true",
                       help="instead: CPU per page of cold builds of N saved web pages (copies of --pages-from)")
    bench.add_argument("--pages-from", default=str(PROJECT_ROOT.parent / "shared" / "realdev"),
                       help="folder with html/*.html.gz, for --saved-pages (default: ../shared/realdev)")
    bench.add_argument("--site-only", action="store_true",
                       help="only the whole `mkdocs build` (cold, warm, plus one), search and preview: not the generator alone")
    check = commands.add_parser("check", help="what editors should fix: failed sources, unknown names, undated briefs")
    check.add_argument("--strict", action="store_true", help="exit 1 when any source file failed")
    failed = commands.add_parser("failed", help="exit 1, naming them, if the last build's report lists failed sources")
    failed.add_argument("report", nargs="?", default="site/data/report.json", help="the build's data/report.json")
    evaluate = commands.add_parser("evaluate", help="score the annotators against hand-checked gold")
    evaluate.add_argument("--gold", default=None,
                          help="one gold folder scored in detail (sources from --sources); without it, every set side by side")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every miss and false positive per field")
    evaluate.add_argument("--realdev", nargs="?", const=str(PROJECT_ROOT / "tests" / "realdev"), default=None,
                          help="also score the cleaner on labelled real pages (default folder: tests/realdev)")
    add = commands.add_parser("add", help="fetch web pages once and save them under sources/")
    add.add_argument("urls", nargs="+", metavar="URL", help="http(s) address of a page")
    add.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for each page (default 20)")
    args = parser.parse_args(argv)
    given = {"sources_dir": args.sources, "max_source_bytes": args.max_source_bytes}
    overrides = {name: value for name, value in given.items() if value is not None}
    settings = Settings.from_root(Path(args.root), **overrides, **({"cache_dir": None} if args.no_cache else {}))
    handler = {"build": command_build, "check": command_check, "evaluate": command_evaluate, "bench": command_bench,
               "add": command_add, "failed": command_failed}[args.command]
    try:
        return handler(args, settings)
    except KnowledgeError as error:
        print(f"knowledge base error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
