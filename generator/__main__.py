"""Command line: `python -m generator build|check|evaluate`."""
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
    from generator.pipeline import build_site

    result = build_site(settings)
    rows = result.index.unresolved
    print(f"{len(rows)} names found in the briefs are not in the knowledge base (knowledge/*.yaml):")
    for row in rows:
        print(f"{row.taxonomy:14} {row.briefs:4}  {row.name}\n{'':20}e.g. {row.example[:160]}")
    for path, message in result.failures:
        print(f"error: {path}: {message}")
    return 0


def command_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    """Example: python -m generator evaluate --gold tests/gold"""
    from generator.tools.evaluation import evaluate, format_table

    scores = evaluate(settings, Path(args.gold))
    print(format_table(scores, verbose=args.verbose))
    if args.realdev:
        from generator.tools.evaluation.realdev import evaluate_realdev, format_realdev

        print()
        print(format_realdev(evaluate_realdev(Path(args.realdev)), verbose=args.verbose))
    return 0


def command_bench(args: argparse.Namespace, settings: Settings) -> int:
    """Example: python -m generator bench --sizes 100 1000 --output benchmarks/results.json"""
    from generator.tools.bench import main as bench_main

    return bench_main(args.sizes, Path(args.workdir), not args.no_mkdocs, Path(args.output) if args.output else None)


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
    commands.add_parser("check", help="list names that are not in the knowledge base")
    evaluate = commands.add_parser("evaluate", help="score the annotators against hand-checked gold")
    evaluate.add_argument("--gold", default=str(PROJECT_ROOT / "tests" / "gold"))
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every miss and false positive per field")
    evaluate.add_argument("--realdev", nargs="?", const=str(PROJECT_ROOT / "tests" / "realdev"), default=None,
                          help="also score the cleaner on labelled real pages (default folder: tests/realdev)")
    args = parser.parse_args(argv)
    settings = Settings.from_root(Path(args.root), sources_dir=args.sources, cache_dir=False if args.no_cache else None,
                                  max_source_bytes=args.max_source_bytes)
    handler = {"build": command_build, "check": command_check, "evaluate": command_evaluate, "bench": command_bench}[args.command]
    try:
        return handler(args, settings)
    except KnowledgeError as error:
        print(f"knowledge base error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
