"""Score body extraction from saved pages against pages whose body a person marked.

The metric is the article-extraction benchmark's: per page, true and false positives and false
negatives over word 4-shingles, normalised by their sum; precision and recall are means over the
pages, and F1 is their harmonic mean. Three extractors are scored on the same pages: trafilatura with
its defaults, the project's reader, the reader's text put through the paste cleaner (which saved pages
skip, because it cost more body than it removed noise) and the article a brief shows. Headline, date, URL and
outlet agreement compare the brief's metadata with what the page declares in its structured data (JSON-LD,
Open Graph, article meta tags), its first <h1> and the benchmark's URL.

Example: python -m generator.tools.extraction_eval --pages ../shared/realdev
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Callable

import lxml.etree
import lxml.html

from generator.annotate import Annotator
from generator.annotate.metadata import find_outlet
from generator.knowledge.base import load_knowledge
from generator.model import Article, SourceDocument
from generator.settings import PROJECT_ROOT
from generator.sources.headlines import section_label
from generator.sources.reading import document_from_bytes
from generator.sources.splitting import split_articles

#: The benchmark's shingle length, in words.
SHINGLE = 4
_TOKEN = re.compile(r"\w+")
_LD_HEADLINE = re.compile(r'"headline"\s*:\s*"((?:[^"\\]|\\.){3,400})"')
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')
_META_DATE = re.compile(
    r'<meta[^>]+(?:property|name|itemprop)=["\'](?:article:published_time|datePublished|pubdate|publish[_-]?date|date)["\']'
    r'[^>]*content=["\'](\d{4}-\d{2}-\d{2})', re.I)
_OG_TITLE = re.compile(r'<meta[^>]+property=["\']og:title["\'][^>]*content=["\']([^"\']{3,400})', re.I)
_OG_SITE = re.compile(r'<meta[^>]+property=["\']og:site_name["\'][^>]*content="([^"]{2,200})"', re.I)
_LD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]{0,300}?"name"\s*:\s*"((?:[^"\\]|\\.){2,200})"')

Counts = tuple[float, float, float]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Word 4-shingles of a text, counted (a text shorter than four words is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)) if tokens[i : i + SHINGLE])


def match_shingles(true: str, predicted: str) -> Counts:
    """(tp, fp, fn) over shingles, normalised to sum to one."""
    expected, found = shingles(true), shingles(predicted)
    tp = sum((expected & found).values())
    fp = sum((found - expected).values())
    fn = sum((expected - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_of(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall_of(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def summarise(rows: list[Counts]) -> dict[str, float]:
    """Mean precision and recall over the pages, and F1 of the two means (as the benchmark reports)."""
    precision = statistics.fmean([precision_of(*row) for row in rows if row[0] + row[1] > 0] or [0.0])
    recall = statistics.fmean([recall_of(*row) for row in rows if row[0] + row[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@dataclass(frozen=True, slots=True)
class Page:
    """One marked page: its id, saved bytes (gzip), the marked body and address."""

    id: str
    data: bytes
    body: str
    url: str


def load_pages(folder: Path) -> list[Page]:
    """The pages of a benchmark folder: html/<id>.html.gz and ground-truth.json."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [Page(key, (folder / "html" / f"{key}.html.gz").read_bytes(), value.get("articleBody", ""), value.get("url", ""))
            for key, value in sorted(truth.items())]


def trafilatura_default(page: Page) -> str:
    """trafilatura.extract with its defaults: the library's own figure."""
    import trafilatura

    return trafilatura.extract(gzip.decompress(page.data)) or ""


def read_document(page: Page) -> SourceDocument | None:
    """The project's reader on the page, as a saved .html.gz source."""
    document = document_from_bytes(page.data, f"{page.id}.html.gz")
    return document if isinstance(document, SourceDocument) else None


def reader_text(page: Page) -> str:
    """The reader's text before cleaning, subheading marks removed."""
    document = read_document(page)
    return re.sub(r"(?m)^## ", "", document.text) if document else ""


def article_text(page: Page) -> str:
    """The brief's article: the cleaned blocks of the page's one article."""
    document = read_document(page)
    articles = split_articles(document) if document else []
    return "\n".join(block.text for article in articles for block in article.blocks)


def pasted_cleaner_text(page: Page) -> str:
    """The reader's text put through the paste cleaner, as if it were a pasted .txt (not what a brief shows)."""
    document = read_document(page)
    if document is None:
        return ""
    pasted = replace(document, meta=MappingProxyType({k: v for k, v in document.meta.items() if k != "format"}))
    return "\n".join(block.text for article in split_articles(pasted) for block in article.blocks)


EXTRACTORS: dict[str, Callable[[Page], str]] = {
    "trafilatura (defaults)": trafilatura_default,
    "project reader (trafilatura tuned, before the brief)": reader_text,
    "reader + the paste cleaner (not used)": pasted_cleaner_text,
    "brief article (what a brief shows)": article_text,
}


def declared_headline(page: str) -> str | None:
    """The headline the page states in JSON-LD, else in Open Graph."""
    match = _LD_HEADLINE.search(page) or _OG_TITLE.search(page)
    if not match:
        return None
    try:
        text = json.loads(f'"{match.group(1)}"') if match.re is _LD_HEADLINE else match.group(1)
    except json.JSONDecodeError:
        text = match.group(1)
    return html.unescape(text)


def declared_date(page: str) -> str | None:
    """The publication date the page states in JSON-LD or an article meta tag."""
    match = _LD_DATE.search(page) or _META_DATE.search(page)
    return match.group(1) if match and not match.group(1).startswith("0001") else None


def _same_text(a: str, b: str) -> bool:
    """Same words, ignoring case and punctuation; a site name after the headline is allowed."""
    x, y = " ".join(_TOKEN.findall(a.lower())), " ".join(_TOKEN.findall(b.lower()))
    return bool(x and y) and (x == y or y.startswith(x) or x.startswith(y))


def _same_headline(found: str, stated: str) -> bool:
    """The same headline, also when the page's has a section label the brief moved to its kind ('Opinion | ')."""
    return _same_text(found, stated) or _same_text(found, section_label(stated)[1])


def _one_of_h1s(found: str, h1s: str) -> bool:
    return any(_same_text(found, h1) for h1 in h1s.split(" ‖ "))


def _same_url(a: str, b: str) -> bool:
    strip = re.compile(r"^https?://(?:www\.)?|[?#].*$|/$")
    return strip.sub("", strip.sub("", a.lower())) == strip.sub("", strip.sub("", b.lower()))


def _outlet_words(name: str) -> list[str]:
    return [w for w in _TOKEN.findall(re.sub(r"\.(?:com|co\.uk|org|net|ca|in)\b", "", name.lower())) if w != "the"]


def _same_outlet(found: str, stated: str) -> bool:
    """One site, loosely: same letters ('detroitnews'), one name inside the other ('Healthline Media'), or initials ('WSJ')."""
    x, y = _outlet_words(found), _outlet_words(stated)
    joined_x, joined_y = "".join(x), "".join(y)
    if not joined_x or not joined_y:
        return False
    initials = {"".join(w[0] for w in words) for words in (x, y) if len(words) > 1}
    return joined_x in joined_y or joined_y in joined_x or bool(initials & {joined_x, joined_y})


def declared_outlet(page: str) -> str | None:
    """The site name the page states: og:site_name, else the JSON-LD publisher's name."""
    match = _OG_SITE.search(page) or _LD_PUBLISHER.search(page)
    return (html.unescape(match.group(1)).strip() or None) if match else None


def visible_headlines(page: str) -> tuple[str, ...]:
    """The texts of the page's <h1>s (a masthead's among them: the brief agrees when it has one of them)."""
    try:
        tree = lxml.html.document_fromstring(page.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.LxmlError):
        return ()
    return tuple(text for h1 in tree.iter("h1") if (text := " ".join(h1.text_content().split())))


def brief_outlet(article: Article | None, annotator: Annotator) -> str | None:
    """The outlet the brief shows: the knowledge base's name for a known outlet, else the name found."""
    if article is None:
        return None
    outlet, _, _ = find_outlet(article, annotator.matcher, annotator.knowledge)
    term = annotator.knowledge.term("outlets", outlet) if outlet else None
    return term.name if term else outlet


#: Metadata fields compared: (name, what the page states, what the brief shows, how they are compared).
FIELDS = ("headline", "headline (one of the page's <h1>s)", "date", "url", "outlet")


def metadata_rows(pages: list[Page], annotator: Annotator) -> list[tuple[str, str, str, str | None, bool]]:
    """(page id, field, stated, found, agree) for every field a page states."""
    rows = []
    for page in pages:
        source = gzip.decompress(page.data).decode("utf-8", "replace")
        document = read_document(page)
        articles = split_articles(document) if document else []
        title = articles[0].title if articles else None
        meta = document.meta if document else {}
        for field, expected, found, same in (
            ("headline", declared_headline(source), title, _same_headline),
            ("headline (one of the page's <h1>s)", " ‖ ".join(visible_headlines(source)), title, _one_of_h1s),
            ("date", declared_date(source), str(meta.get("published") or "") or None, str.__eq__),
            ("url", page.url, str(meta.get("url") or "") or None, _same_url),
            ("outlet", declared_outlet(source), brief_outlet(articles[0] if articles else None, annotator), _same_outlet),
        ):
            if expected:
                rows.append((page.id, field, expected, found, bool(found) and same(found, expected)))
    return rows


def metadata_agreement(rows: list[tuple[str, str, str, str | None, bool]]) -> dict[str, tuple[int, int]]:
    """(agreeing, pages that state it) per field."""
    return {field: (sum(row[4] for row in rows if row[1] == field), sum(row[1] == field for row in rows)) for field in FIELDS}


def evaluate(pages: list[Page]) -> dict[str, dict[str, float]]:
    """Mean precision, recall and F1 of every extractor on the pages."""
    return {name: summarise([match_shingles(page.body, extract(page)) for page in pages]) for name, extract in EXTRACTORS.items()}


def format_report(scores: dict[str, dict[str, float]], agreement: dict[str, tuple[int, int]], count: int) -> str:
    """A Markdown table of the scores and the metadata agreement."""
    lines = [f"{count} pages", "", "| extractor | precision | recall | F1 |", "|---|---|---|---|"]
    lines += [f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |" for name, s in scores.items()]
    lines.append("")
    for field, (agree, total) in agreement.items():
        lines.append(f"- {field}: {agree}/{total} ({agree / total:.1%}) agree with what the page states" if total else f"- {field}: no page states one")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the extractors on a folder of marked pages and print the table."""
    parser = argparse.ArgumentParser(prog="python -m generator.tools.extraction_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", default=str(PROJECT_ROOT.parent / "shared" / "realdev"),
                        help="folder with html/<id>.html.gz and ground-truth.json (default: ../shared/realdev)")
    parser.add_argument("--per-page", action="store_true", help="also list each page's F1 for every extractor")
    parser.add_argument("--verbose", action="store_true", help="also list every metadata disagreement")
    args = parser.parse_args(argv)
    pages = load_pages(Path(args.pages))
    rows = metadata_rows(pages, Annotator.from_knowledge(load_knowledge(PROJECT_ROOT / "knowledge")))
    if args.verbose:
        for page_id, field, expected, found, agree in rows:
            if not agree:
                print(f"{page_id[:8]} {field}: page {expected!r}, brief {found!r}")
    if args.per_page:
        for page in pages:
            cells = [f"{summarise([match_shingles(page.body, extract(page))])['f1']:.2f}" for extract in EXTRACTORS.values()]
            print(page.id, *cells)
    print(format_report(evaluate(pages), metadata_agreement(rows), len(pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
