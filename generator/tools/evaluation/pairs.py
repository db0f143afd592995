"""Score splitting on pairs of real articles pasted into one file, as an editor pastes two pages one after the other.

The articles are the one-article gold files of ``tests/realworld`` and ``tests/heldout/dev`` (never
``heldout/check``). Each pair joins two of them in one of the ``JOINS`` an editor's paste takes (a blank line,
none, the second's address or browser title line over it, a byline under its headline, or both pasted with no
blank lines at all) and goes through ``split_articles``. A pair is *split* when it gives exactly two articles
titled as the gold titles them, the first ending with its own last paragraph and the second starting with its
own first one. Pairs are a fixed sample (by a digest of their names), so the set is deterministic; ``--all`` splits
every ordered pair in every join (about 9,000, a minute) for development.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from generator.model import Article, SourceDocument
from generator.settings import PROJECT_ROOT
from generator.sources.splitting import split_articles
from generator.tools.evaluation.gold import load_gold
from generator.tools.evaluation.matching import key, norm

TESTS = PROJECT_ROOT / "tests"
#: The gold folders (and their sources) the articles come from: the sets tuned on, never the held-out one.
PAIR_SETS = (
    (TESTS / "realworld" / "gold", TESTS / "realworld" / "sources"),
    (TESTS / "heldout" / "dev" / "gold", TESTS / "heldout" / "dev" / "sources"),
)
#: How many pairs are built, shared evenly by the joins.
PAIR_COUNT = 36
#: Characters of a gold paragraph's end (or start) that must be in its article's text: a dateline may be split off.
PARAGRAPH_PROBE = 60


@dataclass(frozen=True, slots=True)
class PairArticle:
    """One article of the pool: its pasted text and what the gold says of it."""

    name: str
    text: str
    title: str
    first_paragraph: str
    last_paragraph: str
    author: str | None
    outlet: str | None


@dataclass
class PairScore:
    """Pairs split right, per join, with the failures."""

    split: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def right(self) -> int:
        return sum(self.split.values())

    @property
    def pairs(self) -> int:
        return sum(self.total.values())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:80]


def _squeeze(text: str) -> str:
    """The text with no blank lines: a select-all paste of a page."""
    return "\n".join(line for line in text.splitlines() if line.strip())


def _with_byline(article: PairArticle) -> str:
    """The article's text with a byline under its headline (a whole page's printed headline, not its title line)."""
    lines = article.text.strip().splitlines()
    at = next((k for k, line in enumerate(lines) if norm(line) == norm(article.title)), 0)
    return "\n".join([*lines[: at + 1], f"By {article.author or 'Jane Roe'}", *lines[at + 1 :]])


#: Each join: its name and how it pastes the second article after the first.
JOINS: tuple[tuple[str, Callable[[PairArticle, PairArticle], str]], ...] = (
    ("blank line", lambda a, b: f"{a.text.strip()}\n\n{b.text.strip()}\n"),
    ("no blank line", lambda a, b: f"{a.text.strip()}\n{b.text.strip()}\n"),
    ("address over it", lambda a, b: f"{a.text.strip()}\n\nhttps://www.example.com/world/{_slug(b.title)}\n{b.text.strip()}\n"),
    ("title line over it", lambda a, b: f"{a.text.strip()}\n\n{b.title} | {b.outlet or 'World News'}\n{b.text.strip()}\n"),
    ("byline under it", lambda a, b: f"{a.text.strip()}\n\n{_with_byline(b)}\n"),
    ("no blank lines at all", lambda a, b: f"{_squeeze(a.text)}\n{_squeeze(b.text)}\n"),
)


def pair_pool(sets: tuple[tuple[Path, Path], ...] = PAIR_SETS) -> list[PairArticle]:
    """Every one-article gold file of ``sets`` whose headline starts its source, sorted by set and name."""
    pool: list[PairArticle] = []
    for gold_dir, sources in sets:
        if not gold_dir.is_dir():
            continue
        for gold in load_gold(gold_dir, sources):
            if len(gold.articles) != 1 or not gold.text or not gold.articles[0].title:
                continue
            article = gold.articles[0]
            pool.append(PairArticle(gold.source, gold.text, article.title, article.first_paragraph, article.last_paragraph,
                                    article.author, article.outlet))
    return pool


def pairs_of(pool: list[PairArticle], count: int | None = PAIR_COUNT) -> list[tuple[str, PairArticle, PairArticle]]:
    """(join, first, second) triples, ``count`` of them shared evenly by the joins (every ordered pair in every join
    when None): for each join, the ordered pairs whose digest of join and names sorts first, a fixed sample."""
    triples = []
    for join, _ in JOINS:
        ordered = [(a, b) for a in pool for b in pool if a.name != b.name]
        ordered.sort(key=lambda pair: hashlib.sha1(f"{join}|{pair[0].name}|{pair[1].name}".encode()).hexdigest())
        triples += [(join, a, b) for a, b in (ordered if count is None else ordered[: count // len(JOINS)])]
    return triples


def _holds(article: Article, paragraph: str, end: bool) -> bool:
    """True when the article's text holds the gold paragraph's end (or start)."""
    probe = key(paragraph)
    probe = probe[-PARAGRAPH_PROBE:] if end else probe[:PARAGRAPH_PROBE]
    text = " ".join(block.text for block in article.blocks)
    return not probe or probe in key(f"{article.dateline} {text}" if article.dateline else text)


def split_right(articles: list[Article], first: PairArticle, second: PairArticle) -> str | None:
    """None when the pair was split into its two articles, else what went wrong."""
    if len(articles) != 2:
        return f"{len(articles)} articles: {[a.title for a in articles]}"
    for article, gold in zip(articles, (first, second)):
        if norm(article.title) != norm(gold.title):
            return f"title {article.title!r}, gold {gold.title!r}"
    if not _holds(articles[0], first.last_paragraph, end=True):
        return "the first article's last paragraph is not in it"
    if not _holds(articles[1], second.first_paragraph, end=False):
        return "the second article's first paragraph is not in it"
    return None


def evaluate_pairs(pool: list[PairArticle] | None = None, count: int | None = PAIR_COUNT, every: int = 1) -> PairScore:
    """Split every pair of the pool (``count`` of them; all when None; each ``every``-th only) and count those split
    into their two articles."""
    joins = dict(JOINS)
    score = PairScore()
    for join, first, second in pairs_of(pair_pool() if pool is None else pool, count)[::every]:
        text = joins[join](first, second)
        articles = split_articles(SourceDocument(path="pair.txt", text=text))
        score.total[join] += 1
        problem = split_right(articles, first, second)
        if problem is None:
            score.split[join] += 1
        else:
            score.failures.append(f"[{join}] {first.name} + {second.name}: {problem}")
    return score


def format_pairs(score: PairScore, verbose: bool = False) -> str:
    """Pairs split right per join, and (``verbose``) every failure."""
    out = [f"pairs split into their two articles: {score.right}/{score.pairs}"]
    out += [f"  {join:<24}{score.split[join]}/{score.total[join]}" for join, _ in JOINS if score.total[join]]
    if verbose:
        out += ["", "failures:"] + [f"  - {failure}" for failure in score.failures]
    return "\n".join(out)


if __name__ == "__main__":
    import sys

    # "--every N" splits each N-th pair only: a quarter of "--all" measures a rule in a few minutes.
    every = int(sys.argv[sys.argv.index("--every") + 1]) if "--every" in sys.argv else 1
    print(format_pairs(evaluate_pairs(count=None if "--all" in sys.argv else PAIR_COUNT, every=every), verbose="-v" in sys.argv))
