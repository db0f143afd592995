"""Score the cleaner on tests/realdev: real pages pasted as text, every line labelled body or furniture.

Each ``pasted/<id>.txt`` goes through the pipeline's own cleaning and splitting (``split_articles``);
the article text it keeps is every paragraph and subheading of every article. A labelled line is
*kept* when a kept block equals it or, for lines of 25 characters or more, contains it (a wire
dateline moved out of a paragraph, or a wrapped line joined to the one before, still counts), all
compared by ``matching.key``. Titles, standfirsts, bylines and datelines are the article's header,
not its text, and are not counted as kept.

Every body line lost gets its *fate* (the ``RemovedReason`` it was dropped with, "before the text" or
"after the end" when only its place outside the article's text dropped it, or the header field it became)
and its *shape*: a *sentence* (eight words or more: prose, which the hidden sets count as a failure when
lost) or a *short* line (list items, table cells, labels).

The pages are split by id into a *dev* half (ids starting ``0``-``6``), the only one to look at when
tuning, and a *check* half (the rest), which measures whether a change generalises.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import Article, RemovedReason, SourceDocument
from generator.settings import PROJECT_ROOT
from generator.sources.headlines import words_of
from generator.sources.lines import scan_lines
from generator.sources.splitting import split_articles
from generator.tools.evaluation.matching import key

REALDEV_DIR = PROJECT_ROOT / "tests" / "realdev"
#: Page ids starting with one of these characters form the dev half; the others the check half.
DEV_PREFIXES = tuple("0123456")
#: A labelled line at least this long (in key characters) also counts as kept inside a longer block.
MIN_CONTAINED = 25
#: A body line of at least this many words is a sentence of the article (prose), not a list item or cell.
SENTENCE_WORDS = 8
#: The fate of a lost line the cleaner neither kept, removed nor put in a header (joined to another line).
UNACCOUNTED = "not found among the kept, removed or header lines"
#: Fates of lines dropped only for lying outside the article's text (their shape alone did not drop them).
_PLACE_FATES = {RemovedReason.NAVIGATION: "before the text (span or header)", RemovedReason.AFTER_END: "after the end (span or comments)"}


@dataclass
class HalfScore:
    """Line counts of one half of the pages."""

    name: str
    pages: int = 0
    body: int = 0
    body_lost: int = 0
    sentences: int = 0
    sentences_lost: int = 0
    furniture: int = 0
    furniture_kept: int = 0
    headlines: int = 0
    titles_right: int = 0
    articles: int = 0
    articles_without_body: int = 0
    lost_by_fate: Counter = field(default_factory=Counter)
    sentences_lost_by_fate: Counter = field(default_factory=Counter)
    lost: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    mistitled: list[str] = field(default_factory=list)

    @property
    def body_lost_share(self) -> float:
        return self.body_lost / self.body if self.body else 0.0

    @property
    def sentences_lost_share(self) -> float:
        return self.sentences_lost / self.sentences if self.sentences else 0.0

    @property
    def furniture_kept_share(self) -> float:
        return self.furniture_kept / self.furniture if self.furniture else 0.0


@dataclass(frozen=True, slots=True)
class PageResult:
    """What the cleaner made of one page: the keys of the blocks it kept, and the fate of every other line."""

    blocks: list[str]
    fates: dict[str, str]
    title: str | None = None  # the title of the page's main article (the one with the most words of text)
    article_blocks: tuple[tuple[str, ...], ...] = ()  # the keys of each article's blocks, in file order


def half_of(page_id: str) -> str:
    """'dev' or 'check' for a page id."""
    return "dev" if page_id.startswith(DEV_PREFIXES) else "check"


def is_sentence(text: str) -> bool:
    """A line long enough to be a sentence of prose rather than a list item, cell or label."""
    return len(text.split()) >= SENTENCE_WORDS


def clean_page(text: str, path: str = "page.txt") -> PageResult:
    """The blocks the cleaner keeps from one pasted page, and why each other line went."""
    articles = split_articles(SourceDocument(path=path, text=text))
    shapes = {key(line.text): line.noise for line in scan_lines(text, 20_000)}
    kept: list[str] = []
    fates: dict[str, str] = {}
    for article in articles:
        texts = [block.text for block in article.blocks]
        if article.dateline and texts:  # the wire dateline the cleaner split off the first paragraph
            texts.append(f"{article.dateline} {article.blocks[0].text}")
        kept += [key(text) for text in texts]
        fates.update(_header_fates(article))
        for line in article.removed:
            line_key = key(line.text)
            by_place = shapes.get(line_key) != line.reason and _PLACE_FATES.get(line.reason)
            fates.setdefault(line_key, by_place or line.reason.value)
    main = main_article(articles)
    per_article = tuple(tuple(key(block.text) for block in article.blocks) for article in articles)
    return PageResult(kept, fates, main.title if main else None, per_article)


#: A title holding the declared headline may add this share of words (a rubric, the site's name), or lose some.
TITLE_SLACK = 0.6


def same_title(headline: str, title: str | None) -> bool:
    """True when a chosen title is the page's declared headline: the same words, give or take a label or site name."""
    declared, chosen = words_of(headline), words_of(title or "")
    if not chosen or not declared:
        return False
    if declared in chosen:
        return len(chosen) <= len(declared) * (1 + TITLE_SLACK)
    return chosen in declared and len(chosen) >= len(declared) * TITLE_SLACK


def main_article(articles: list[Article]) -> Article | None:
    """The article with the most words of text: the page's own, not a teaser split off it."""
    return max(articles, key=lambda a: sum(len(b.text.split()) for b in a.blocks), default=None)


def _header_fates(article: Article) -> dict[str, str]:
    fields = {"title": article.title, "standfirst": article.standfirst, "byline": article.byline, "bio": article.bio}
    return {key(text): f"became the {name}" for name, text in fields.items() if text}


def kept_blocks(text: str, path: str = "page.txt") -> list[str]:
    """The keys of every paragraph and subheading the cleaner keeps from one pasted page."""
    return clean_page(text, path).blocks


def score_page(labels: list[dict], blocks: list[str]) -> list[tuple[str, str, bool]]:
    """(label, text, kept) for every labelled line of one page."""
    exact = set(blocks)
    joined = "\n".join(blocks)
    result = []
    for entry in labels:
        line = key(entry["text"])
        kept = line in exact or (len(line) >= MIN_CONTAINED and line in joined)
        result.append((entry["label"], entry["text"], kept))
    return result


def evaluate_realdev(folder: Path = REALDEV_DIR) -> dict[str, HalfScore]:
    """Body lines lost and furniture lines kept, per half, over every labelled page of ``folder``."""
    halves = {"dev": HalfScore("dev"), "check": HalfScore("check")}
    for label_path in sorted((folder / "labels").glob("*.json")):
        page_id = label_path.stem
        pasted = folder / "pasted" / f"{page_id}.txt"
        if not pasted.exists():
            continue
        labelled = json.loads(label_path.read_text(encoding="utf-8"))
        labels = labelled["lines"]
        half = halves[half_of(page_id)]
        half.pages += 1
        page = clean_page(pasted.read_text(encoding="utf-8"), pasted.name)
        if labelled.get("headline"):
            half.headlines += 1
            if same_title(labelled["headline"], page.title):
                half.titles_right += 1
            else:
                half.mistitled.append(f"{page_id[:8]}: {(page.title or '(none)')[:70]!r}, page's headline {labelled['headline'][:70]!r}")
        for label, text, kept in score_page(labels, page.blocks):
            count_line(half, page, page_id, label, text, kept)
        body = {key(entry["text"]) for entry in labels if entry["label"] == "body"}
        half.articles += len(page.article_blocks)
        half.articles_without_body += sum(not body.intersection(blocks) for blocks in page.article_blocks)
    return halves


def count_line(half: HalfScore, page: PageResult, page_id: str, label: str, text: str, kept: bool) -> None:
    """Add one labelled line to its half: furniture kept, or body lost with its fate and shape."""
    if label != "body":
        half.furniture += 1
        if kept:
            half.furniture_kept += 1
            half.kept.append(f"{page_id[:8]}: {text[:100]}")
        return
    sentence = is_sentence(text)
    half.body += 1
    half.sentences += sentence
    if kept:
        return
    fate = page.fates.get(key(text), UNACCOUNTED)
    half.body_lost += 1
    half.lost_by_fate[fate] += 1
    if sentence:
        half.sentences_lost += 1
        half.sentences_lost_by_fate[fate] += 1
    half.lost.append(f"{page_id[:8]} [{'sentence' if sentence else 'short'}; {fate}]: {text[:100]}")


def format_realdev(halves: dict[str, HalfScore], verbose: bool = False, show: tuple[str, ...] = ("dev",)) -> str:
    """The realdev scores as a table, body lines lost by fate; ``verbose`` lists the lines of the halves in ``show``."""
    out = [
        "Cleaning against tests/realdev (real pages, every line labelled body or furniture)",
        "",
        f"{'half':<8}{'pages':>6}{'furniture kept':>22}{'body lost':>20}{'sentences lost':>20}",
        "-" * 76,
    ]
    for half in halves.values():
        out.append(f"{half.name:<8}{half.pages:>6}"
                   f"{f'{half.furniture_kept}/{half.furniture} ({half.furniture_kept_share:.1%})':>22}"
                   f"{f'{half.body_lost}/{half.body} ({half.body_lost_share:.1%})':>20}"
                   f"{f'{half.sentences_lost}/{half.sentences} ({half.sentences_lost_share:.1%})':>20}")
    for half in halves.values():
        out += ["", f"{half.name}: body lines lost by fate (all / sentences of {SENTENCE_WORDS}+ words)"]
        for fate, count in sorted(half.lost_by_fate.items(), key=lambda item: (-item[1], item[0])):
            out.append(f"  {count:>5} / {half.sentences_lost_by_fate[fate]:>4}  {fate}")
    if verbose:
        for name in show:
            half = halves[name]
            out += ["", f"{name}: body lines lost:"] + [f"  - {x}" for x in half.lost]
            out += ["", f"{name}: furniture lines kept:"] + [f"  - {x}" for x in half.kept]
            out += ["", f"{name}: titles not the page's headline:"] + [f"  - {x}" for x in half.mistitled]
    return "\n".join(out)
