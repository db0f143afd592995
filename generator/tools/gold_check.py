"""Check hand-written gold files against their sources, and score the pipeline on a gold set with its own sources.

``python -m generator.tools.gold_check GOLD_DIR SOURCES_DIR [--fix-body-lines] [--evaluate [-v]]``

Checks, per gold article: ``first_paragraph`` and ``last_paragraph`` are lines of the source; ``body_lines``
equals the count ``evaluation.gold_body_lines`` derives (``--fix-body-lines`` writes the derived count into
the YAML); the title, subheadings, boilerplate lines, quote texts, people's names (or their last word),
figures, author and byline occur in the source text (compared by ``evaluation.key``; in a saved page, anywhere in
its words, markup taken out); countries are two-letter codes. ``--evaluate`` then runs the pipeline on SOURCES_DIR only and prints the evaluation
table, as ``python -m generator --sources SOURCES_DIR evaluate --gold GOLD_DIR`` does.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from generator.settings import PROJECT_ROOT, Settings
from generator.sources.metadata import SourceFormatError, split_frontmatter
from generator.sources.posts import split_posts
from generator.tools.evaluation.gold import load_gold
from generator.tools.evaluation.matching import heading_key, key, record_value
from generator.tools.evaluation.scoring import gold_body_lines

#: A block quote's marks opening a line of the file as written.
_QUOTE_MARKS = re.compile(r"^(?:>\s*)+")


def check(gold_dir: Path, sources_dir: Path, fix: bool = False) -> list[str]:
    problems: list[str] = []
    for gold in load_gold(gold_dir, Settings.from_root(PROJECT_ROOT, sources_dir=sources_dir)):
        if gold.text is None:
            problems.append(f"{gold.source}: source not found in {sources_dir}")
            continue
        # What the frontmatter says (its ``title``, ``author``...) is part of the source as an editor pasted it.
        metas = _frontmatters(sources_dir / gold.source)
        # A saved page's byline or headline the page reader moved out of its text (into metadata, or left out) is the
        # source's too; a page saved on one line has no lines to hold them.
        page = key(_page_words(sources_dir / gold.source))
        raw = _raw_lines(sources_dir / gold.source)  # lines the reader consumes or joins: "===" under a title, a feed item's heading
        unquoted = [_QUOTE_MARKS.sub("", line) for line in raw]  # a block quote's words over its wrapped lines, their marks aside
        text = key("\n".join([gold.text, *raw, *(value for meta in metas for value in meta.values())])) + "\n" + key("\n".join(unquoted)) + "\n" + page
        lines = {key(line) for line in gold.text.split("\n")} | {key(meta.get("title", "")) for meta in metas}
        lines |= {heading_key(line) for line in [*gold.text.split("\n"), *raw]}  # a Markdown paste's headings, their marks aside
        lines |= {key(line) for line in raw} | {key(record_value(line)) for line in raw}  # a record's string: its value
        bodies, notes = gold_body_lines(gold)
        problems.extend(n for n in notes if "body_lines says" not in n)
        for article, body in zip(gold.articles, bodies):
            where = f"{gold.source}: {(article.title or article.first_paragraph)[:50]!r}"
            if body is not None and article.body_lines != len(body):
                if fix:
                    _write_body_lines(gold_dir / Path(gold.source).with_suffix(".yaml").name, article.first_paragraph, len(body))
                else:
                    problems.append(f"{where}: body_lines {article.body_lines}, derived {len(body)}")
            for name, values in (("title", [article.title]), ("subheading", article.subheadings),
                                 ("boilerplate", article.boilerplate), ("standfirst", [article.standfirst])):
                problems.extend(f"{where}: {name} not a line of the source: {v!r}" for v in values
                                if v and key(v) not in lines and heading_key(v) not in lines and not (page and key(v) in page))
            for value in (article.author, article.byline):
                if value and key(value) not in text:
                    problems.append(f"{where}: author/byline not in the source: {value!r}")
            for quote in article.quotes:
                if key(quote.get("text")).strip("\"' ") not in text:
                    problems.append(f"{where}: quote text not in the source: {quote.get('text')!r}")
            for person in article.people:
                name = key(person.get("name"))
                if name not in text and name.split()[-1] not in text:
                    problems.append(f"{where}: person not in the source: {person.get('name')!r}")
            problems.extend(f"{where}: figure not in the source: {f!r}" for f in article.figures if key(f) not in text)
            problems.extend(f"{where}: not a country code: {c!r}" for c in article.countries if not re.fullmatch(r"[A-Z]{2}", c))
            if len(set(article.countries)) != len(article.countries):
                problems.append(f"{where}: repeated country codes")
    return problems


def _page_words(path: Path) -> str:
    """A saved page's text with its markup taken out ('' for a source that is not a page)."""
    if path.suffix.lower() not in (".html", ".htm") or not path.is_file():
        return ""
    return html.unescape(re.sub(r"<[^>]*>", " ", path.read_text(encoding="utf-8", errors="replace")))


def _raw_lines(path: Path) -> list[str]:
    """The source file's lines as written, before any reading."""
    return path.read_text(encoding="utf-8", errors="replace").split("\n") if path.is_file() else []


def _frontmatters(path: Path) -> list[dict[str, str]]:
    """The frontmatter fields, as text, of each post of the source (posts pasted one after another each have theirs)."""
    metas = []
    for post in split_posts(path.read_text(encoding="utf-8")) if path.is_file() else []:
        try:
            meta, _ = split_frontmatter(post)
        except SourceFormatError:
            continue  # a malformed later block stays text, as the reader leaves it
        metas.append({name: str(value) for name, value in meta.items() if value is not None})
    return metas


def _write_body_lines(path: Path, first_paragraph: str, count: int) -> None:
    """Set ``body_lines`` of the article whose first_paragraph is given (the next body_lines after it)."""
    text = path.read_text(encoding="utf-8")
    at = text.find(first_paragraph[:60].replace('"', '\\"')) if first_paragraph else -1
    at = at if at >= 0 else text.find(first_paragraph[:40])
    match = re.compile(r"^(\s*body_lines:\s*)(\S+)\s*$", re.M).search(text, max(at, 0))
    if match:
        text = text[: match.start(2)] + str(count) + text[match.end(2):]
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.tools.gold_check", description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("sources")
    parser.add_argument("--fix-body-lines", action="store_true")
    parser.add_argument("--evaluate", action="store_true", help="run the pipeline on SOURCES and print the table")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    problems = check(Path(args.gold), Path(args.sources), args.fix_body_lines)
    for problem in problems:
        print(f"check: {problem}")
    print(f"{len(problems)} problems in the gold of {args.gold}")
    if args.evaluate:
        from generator.settings import Settings
        from generator.tools.evaluation import evaluate, format_table

        settings = Settings.from_root(sources_dir=args.sources, cache_dir=None)
        print(format_table(evaluate(settings, Path(args.gold)), verbose=args.verbose))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
