"""Score the cleaner on tests/realdev: real pages pasted as text, every line labelled body or furniture.

Each ``pasted/<id>.txt`` goes through the pipeline's own cleaning and splitting (``split_articles``);
the article text it keeps is every paragraph and subheading of every article. A labelled line is
*kept* when a kept block equals it or, for lines of 25 characters or more, contains it (a wire
dateline moved out of a paragraph, or a wrapped line joined to the one before, still counts), all
compared by ``matching.key``. Titles, standfirsts, bylines and datelines are the article's header,
not its text, and are not counted as kept.

The pages are split by id into a *dev* half (ids starting ``0``-``6``), the only one to look at when
tuning, and a *check* half (the rest), which measures whether a change generalises.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import SourceDocument
from generator.settings import PROJECT_ROOT
from generator.sources.splitting import split_articles
from generator.tools.evaluation.matching import key

REALDEV_DIR = PROJECT_ROOT / "tests" / "realdev"
#: Page ids starting with one of these characters form the dev half; the others the check half.
DEV_PREFIXES = tuple("0123456")
#: A labelled line at least this long (in key characters) also counts as kept inside a longer block.
MIN_CONTAINED = 25


@dataclass
class HalfScore:
    """Line counts of one half of the pages."""

    name: str
    pages: int = 0
    body: int = 0
    body_lost: int = 0
    furniture: int = 0
    furniture_kept: int = 0
    lost: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    @property
    def body_lost_share(self) -> float:
        return self.body_lost / self.body if self.body else 0.0

    @property
    def furniture_kept_share(self) -> float:
        return self.furniture_kept / self.furniture if self.furniture else 0.0


def half_of(page_id: str) -> str:
    """'dev' or 'check' for a page id."""
    return "dev" if page_id.startswith(DEV_PREFIXES) else "check"


def kept_blocks(text: str, path: str = "page.txt") -> list[str]:
    """The keys of every paragraph and subheading the cleaner keeps from one pasted page."""
    articles = split_articles(SourceDocument(path=path, text=text))
    kept = []
    for article in articles:
        texts = [block.text for block in article.blocks]
        if article.dateline and texts:  # the wire dateline the cleaner split off the first paragraph
            texts.append(f"{article.dateline} {article.blocks[0].text}")
        kept += [key(text) for text in texts]
    return kept


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
        labels = json.loads(label_path.read_text(encoding="utf-8"))["lines"]
        half = halves[half_of(page_id)]
        half.pages += 1
        for label, text, kept in score_page(labels, kept_blocks(pasted.read_text(encoding="utf-8"), pasted.name)):
            if label == "body":
                half.body += 1
                if not kept:
                    half.body_lost += 1
                    half.lost.append(f"{page_id[:8]}: {text[:100]}")
            else:
                half.furniture += 1
                if kept:
                    half.furniture_kept += 1
                    half.kept.append(f"{page_id[:8]}: {text[:100]}")
    return halves


def format_realdev(halves: dict[str, HalfScore], verbose: bool = False, show: tuple[str, ...] = ("dev",)) -> str:
    """The realdev scores as a table; ``verbose`` lists the lines of the halves in ``show``."""
    out = [
        "Cleaning against tests/realdev (real pages, every line labelled body or furniture)",
        "",
        f"{'half':<8}{'pages':>6}{'furniture kept':>22}{'body lost':>20}",
        "-" * 56,
    ]
    for half in halves.values():
        out.append(f"{half.name:<8}{half.pages:>6}"
                   f"{f'{half.furniture_kept}/{half.furniture} ({half.furniture_kept_share:.1%})':>22}"
                   f"{f'{half.body_lost}/{half.body} ({half.body_lost_share:.1%})':>20}")
    if verbose:
        for name in show:
            half = halves[name]
            out += ["", f"{name}: body lines lost:"] + [f"  - {x}" for x in half.lost]
            out += ["", f"{name}: furniture lines kept:"] + [f"  - {x}" for x in half.kept]
    return "\n".join(out)
