"""Saved web pages as sources: the main text and the page's own metadata, extracted by trafilatura.

A saved page is data. Only trafilatura's extracted text reaches the article, never the page's markup:
scripts, styles, forms, iframes and event handlers are dropped by the extraction, and whatever text
survives is escaped like any source text when rendered. The recipe: split the optional frontmatter
(the editor's overrides, and what `python -m generator add` recorded), decompress, decode, extract,
turn the extracted tree into paragraphs, then merge the metadata (overrides win) and judge the page.
"""
from __future__ import annotations

import re
import zlib
from urllib.parse import urlsplit

from lxml import etree

from generator.markdown_text import fold_text
from generator.model import Article, Block, RemovedLine, RemovedReason, SourceDocument
from generator.sources.bylines import without_date
from generator.sources.headlines import (
    Declared,
    choose_headline,
    declared_kind,
    declared_of,
    heading_for,
    section_label,
    title_site,
    unhandled_site,
)
from generator.sources.left_out import left_out
from generator.sources.lines import count_words
from generator.sources.metadata import MetadataError, SourceFormatError, coerce_date, coerce_text, coerce_url, split_frontmatter
from generator.sources.noise import noise_reason
from generator.sources.page_blocks import MARKS, page_blocks
from generator.sources.page_header import header_byline, header_lines
from generator.sources.page_lists import restored_lists
from generator.sources.page_stories import top_headlines
from generator.sources.reading import decode_bytes, normalise_newlines

#: Suffixes of saved pages; gzip-compressed pages end in ".gz" after one of these.
PAGE_SUFFIXES = (".html", ".htm")
#: A compressed page is refused when it inflates past this (a decompression bomb stays bounded).
MAX_INFLATED_BYTES = 8_000_000
#: Fewer words than this is not an article (a home page, a login wall, a page of links).
MIN_ARTICLE_WORDS = 40
#: Fewer words than this is an article the brief flags as doubtful (a teaser, a paywall's first lines).
DOUBTFUL_WORDS = 80
#: A precise extraction shorter than this is tried again with trafilatura's balanced settings.
RETRY_WORDS = 150
#: Open Graph types of articles; "website" too, which many news sites put on every page.
ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "website")
#: Dates htmldate may return are bounded by this when the page's fetch date is unknown (deterministic).
LATEST_DATE = "2099-12-31"
#: Where each metadata value came from, as the brief says it.
FROM_PAGE = "page metadata"
FROM_OVERRIDE = "override"
FROM_FETCH = "address it was fetched from"
FROM_ADDRESS = "page address"
FROM_LABEL = "section label"
#: trafilatura's options, named once: precision over recall, and readers' comments are not the article.
EXTRACTION = {"include_comments": False, "favor_precision": True, "include_tables": True, "with_metadata": True}
#: Tried when the precise extraction is short: precision sometimes drops most of a real article.
FALLBACK_EXTRACTION = {**EXTRACTION, "favor_precision": False}

#: Page metadata (trafilatura Document attribute) -> SourceDocument meta key, with its coercion.
PAGE_FIELDS = (
    ("title", "title", coerce_text),
    ("author", "author", coerce_text),
    ("date", "published", coerce_date),
    ("sitename", "outlet", coerce_text),
    ("url", "url", coerce_url),
    ("language", "language", coerce_text),
    ("description", "description", coerce_text),
)

#: Frontmatter keys that override what the page says (the brief names them as overrides).
OVERRIDABLE = {key for _, key, _ in PAGE_FIELDS} | {"date", "kind", "countries", "tags"}

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_FRONTMATTER_END = re.compile(rb"\n(?:---|\.\.\.)[ \t]*\r?\n")
#: A site name that is not one: a copyright line or a bare number.
_NOT_A_NAME = re.compile(r"^(?:copyright\b|©|\d+$)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LANG = re.compile(r"""<html\b[^>]{0,300}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)""", re.I)
#: What joins a headline and the site's name in a page's <title>.
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


class PageError(SourceFormatError):
    """A saved page that cannot become a brief; the message names the reason for the editor."""


def is_page(relative: str) -> bool:
    """True for a saved page: .html, .htm, or either compressed with gzip (.html.gz)."""
    name = relative.lower()
    return name.endswith(PAGE_SUFFIXES) or name.endswith(tuple(suffix + ".gz" for suffix in PAGE_SUFFIXES))


def read_page_source(data: bytes, relative: str) -> tuple[dict[str, object], str]:
    """A saved page's bytes to (metadata, article text); a PageError names what is wrong."""
    overrides, page = split_page_frontmatter(data)
    if relative.lower().endswith(".gz"):
        page = inflate(page)
    html, notes = decode_page(page, overrides.get("charset"))
    if not html.strip():
        raise PageError("saved page: the file is empty")
    latest = str(overrides.get("fetched") or LATEST_DATE)
    document, text = extract_article(html, latest)
    if date_is_guessed(getattr(document, "date", None), html, latest):
        document.date = None  # leave the date empty rather than guess it
    tree = parse_page(html)
    if tree is not None:
        text = restored_lists(tree, text)
    meta, origins = page_metadata(document, overrides, _LANG.search(html[:4096]), declared_of(tree) if tree is not None else None)
    meta["format"] = "html"
    if tree is not None and (dropped := left_out(tree, text)):
        meta["left_out"] = dropped
    if tree is not None and (headlines := top_headlines(tree)):
        meta["page_headlines"] = headlines  # a page of stories, each under its own <h1> (page_stories)
    if tree is not None and (byline := header_byline(header_lines(tree, meta.get("title"), text))):
        meta["page_byline"] = byline
        if origins.get("published") == FROM_PAGE and _YEAR.search(byline) and date_is_searched(html, latest):
            del meta["published"], origins["published"]  # the byline's printed date, not one found in the page's words
    meta["origins"] = tuple(origins.items())
    if doubts := notes + doubts_about(document, text):
        meta["doubts"] = tuple(doubts)
    return meta, text


def extract_article(html: str, latest: str) -> tuple[object, str]:
    """trafilatura's Document and the article text; the balanced setting is tried when the precise text is short."""
    document, text = extract_text(html, latest, EXTRACTION)
    if len(text.split()) < RETRY_WORDS:
        fallback, longer = extract_text(html, latest, FALLBACK_EXTRACTION)
        if len(longer.split()) > len(text.split()):
            document, text = fallback, longer
    if document is None:
        raise PageError("saved page: no article text found (a home page, a login wall or a page of links?)")
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        raise PageError(f"saved page: only {words} words of text, not an article (a home page, a login wall or a page of links?)")
    return document, text


def date_is_guessed(found: object, html: str, latest: str) -> bool:
    """Whether a page date on the 1st came from htmldate's free-text search, which makes a bare year or a copyright
    line into 1 January and a month into its 1st: kept only when the page's markup gives that day too."""
    if not isinstance(found, str) or not found.endswith("-01"):
        return False
    from htmldate import find_date  # trafilatura's own date library, imported on first use as trafilatura is

    try:
        return find_date(html, extensive_search=False, original_date=True, max_date=latest) != found
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        return True


def date_is_searched(html: str, latest: str) -> bool:
    """Whether the page's markup declares no date, so that htmldate's date came from its search of the page's words."""
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True, max_date=latest) is None
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        return True


def doubts_about(document: object, text: str) -> list[str]:
    """Why a page that gave some text may still not be an article."""
    doubts = []
    words = len(text.split())
    if words < DOUBTFUL_WORDS:
        doubts.append(f"only {words} words of text: a teaser, a paywall or a page that is not an article?")
    pagetype = getattr(document, "pagetype", None)
    if pagetype and pagetype.lower() not in ARTICLE_TYPES:
        doubts.append(f"the page calls itself a {fold_text(pagetype)[:40]!r}, not an article")
    return doubts


def split_page_frontmatter(data: bytes) -> tuple[dict[str, object], bytes]:
    """The editor's YAML frontmatter (before the page, in UTF-8) typed as for text sources, and the page's bytes."""
    if not data.startswith(b"---"):
        return {}, data
    end = _FRONTMATTER_END.search(data, 3)
    if end is None:
        raise PageError("frontmatter: line 1: '---' opens frontmatter but no closing '---' line follows")
    try:
        block = data[: end.end()].decode("utf-8")
    except UnicodeDecodeError:
        raise PageError("frontmatter: write it in UTF-8") from None
    meta, _ = split_frontmatter(normalise_newlines(block))
    return meta, data[end.end():]


def inflate(data: bytes) -> bytes:
    """A gzip-compressed page's bytes, bounded by MAX_INFLATED_BYTES."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        page = inflater.decompress(data, MAX_INFLATED_BYTES + 1)
    except zlib.error:
        raise PageError("saved page: not valid gzip data; save the page as .html") from None
    if not inflater.eof and len(page) <= MAX_INFLATED_BYTES:
        raise PageError("saved page: not valid gzip data (cut short?); save the page as .html")
    if len(page) > MAX_INFLATED_BYTES or inflater.unconsumed_tail:
        raise PageError(f"saved page: more than {MAX_INFLATED_BYTES:,} bytes once decompressed")
    return page


def decode_page(data: bytes, sent: object = None) -> tuple[str, list[str]]:
    """The page as text, and notes on its encoding: UTF-8 when it is valid, else its declared charset, else detected.

    The page's own <meta charset> is the declaration; ``sent`` is the charset the server sent with it, if any.
    """
    notes: list[str] = []
    declared = _CHARSET.search(data[:4096])
    name = declared.group(1).decode("ascii").lower() if declared else str(sent).lower() if sent else None
    try:
        return data.decode("utf-8"), notes if name in (None, "utf-8", "utf8") or data.isascii() else [
            f"the page declares {name} but is UTF-8; read as UTF-8"]
    except UnicodeDecodeError:
        pass
    if name:
        try:
            return data.decode(name), notes
        except (LookupError, UnicodeDecodeError):
            notes.append(f"the page declares {name} but is not; its encoding was detected")
    try:
        return decode_bytes(data), notes
    except SourceFormatError as error:
        raise PageError(f"saved page: {error}".replace("plain text", "HTML")) from None


def extract_text(html: str, latest: str, options: dict[str, object]) -> tuple[object | None, str]:
    """trafilatura's Document of one page (None when it finds no text) and its text as source paragraphs."""
    document = extract_page(html, latest, options)
    if document is None or document.body is None or not len(document.body):
        return None, ""
    return document, "\n\n".join(page_blocks(document.body))


def extract_page(html: str, latest: str, options: dict[str, object]) -> object | None:
    """trafilatura's Document (metadata and extracted tree) of one page, or None when it finds no text."""
    import trafilatura  # imported on first use: text-only builds never load it

    try:
        return trafilatura.bare_extraction(
            html, date_extraction_params={"original_date": True, "extensive_search": True, "max_date": latest},
            **options,
        )
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        return None


def parse_page(html: str) -> object | None:
    """The page as an lxml tree, for what it declares and what the extractor left out (None when unparseable)."""
    from trafilatura.utils import load_html  # imported on first use, as in extract_page

    try:
        return load_html(html)
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        return None


def page_metadata(
    document: object, overrides: dict[str, object], lang: re.Match | None = None, declared: Declared | None = None,
) -> tuple[dict[str, object], dict[str, str]]:
    """The page's metadata as SourceDocument meta (overrides win), and where each value came from."""
    meta, origins = page_fields(document, lang)
    address = meta.get("url") or overrides.get("url") or overrides.get("fetched_from")
    settle_outlet(meta, origins, address if isinstance(address, str) else None)
    settle_headline(meta, origins, declared)
    if declared and origins.get("outlet") == FROM_PAGE and isinstance(meta.get("outlet"), str):
        meta["outlet"] = unhandled_site(meta["outlet"], declared)
    site = title_site(declared, str(meta.get("title") or "")) if declared and "outlet" not in meta else None
    if site:  # a <title> naming the site alone over the <h1> headline: the page's own name for itself
        meta["outlet"], origins["outlet"] = site, FROM_PAGE
    apply_overrides(meta, origins, overrides)
    return meta, origins


def settle_headline(meta: dict[str, object], origins: dict[str, str], declared: Declared | None) -> None:
    """The headline the page's declarations agree on, without the site's name or a section label (which sets the kind)."""
    extracted = meta.get("title") if isinstance(meta.get("title"), str) else None
    title = (choose_headline(declared, extracted) if declared else None) or extracted
    if title and isinstance(meta.get("outlet"), str):
        title = without_site_name(title, meta["outlet"])
    if title and declared:
        title = heading_for(title, declared)
    if not title:
        return
    kind, title = section_label(title)
    meta["title"], origins["title"] = title, FROM_PAGE
    if kind := kind or (declared_kind(declared) if declared else None):
        meta["kind"], origins["kind"] = kind, FROM_LABEL


def page_fields(document: object, lang: re.Match | None) -> tuple[dict[str, object], dict[str, str]]:
    """The values trafilatura read from the page, typed through PAGE_FIELDS; bad ones are left out."""
    meta: dict[str, object] = {}
    origins: dict[str, str] = {}
    for attribute, key, coerce in PAGE_FIELDS:
        value = getattr(document, attribute, None)
        if key == "language" and not value and lang:
            value = lang.group(1)  # <html lang>: trafilatura detects languages only with py3langid installed
        if key == "author" and value:
            value = ", ".join(without_date(name.strip()) for name in str(value).split(";") if name.strip())
        try:
            coerced = coerce(value) if value else None
        except MetadataError:
            continue  # a javascript: canonical URL or an unreadable date is not metadata
        if coerced not in ("", None):
            meta[key], origins[key] = coerced, FROM_PAGE
    return meta, origins


def settle_outlet(meta: dict[str, object], origins: dict[str, str], address: str | None) -> None:
    """Drop a site name that is no name ("Copyright 2014", an address); with none, the address's host names the outlet."""
    outlet = meta.get("outlet")
    if isinstance(outlet, str) and (_NOT_A_NAME.search(outlet) or outlet.lower().startswith(("http://", "https://"))):
        del meta["outlet"], origins["outlet"]
    if "outlet" not in meta and address and (host := urlsplit(address).hostname):
        meta["outlet"], origins["outlet"] = host.removeprefix("www."), FROM_ADDRESS


def apply_overrides(meta: dict[str, object], origins: dict[str, str], overrides: dict[str, object]) -> None:
    """The editor's frontmatter over the page's values; the fetch address when the page gives none."""
    for key, value in overrides.items():
        meta[key] = value
        if key in OVERRIDABLE:
            origins[key] = FROM_OVERRIDE
    if "url" not in meta and isinstance(overrides.get("fetched_from"), str):
        try:
            meta["url"], origins["url"] = coerce_url(overrides["fetched_from"]), FROM_FETCH
        except MetadataError:
            pass
    if "date" in overrides and origins.get("published") == FROM_PAGE:
        del meta["published"], origins["published"]  # the editor's date wins over the page's


def without_site_name(title: str, site: str) -> str:
    """'Headline - Site' or 'Site | Headline' without the site's name, when what remains is a headline."""
    for separator in _TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and tail.strip().casefold() == site.casefold():
            return head.strip()
        head, _, tail = title.partition(separator)
        if tail and head.strip().casefold() == site.casefold():
            return tail.strip()
    return title


def page_block(part: str) -> Block:
    """One paragraph of the reader's text as a Block: its mark (MARKS) says if it is a heading, a list item or a quote."""
    for form, mark in MARKS.items():
        if part.startswith(mark):
            text = fold_text(part[len(mark):])
            return Block("heading", text) if form == "heading" else Block("paragraph", text, form)
    return Block("paragraph", fold_text(part))


#: What the extractor may keep that no page's reader reads as text: a rule's stray marks ("========="), markup left whole.
_STRAY = frozenset({RemovedReason.COUNTER, RemovedReason.CODE})


def stray_block(block: Block) -> RemovedReason | None:
    """Why a paragraph of the extracted text is no text by its shape alone (a rule's marks, markup), or None."""
    reason = noise_reason(block.text, count_words(block.text)) if block.kind == "paragraph" and not block.form else None
    return reason if reason in _STRAY else None


def page_article(document: SourceDocument) -> Article | None:
    """A saved page's one article, straight from the extracted paragraphs.

    The paste cleaner is not run on pages: trafilatura already removed the page's furniture, and on
    real pages the cleaner dropped more article text than noise (README, "Saved web pages").
    """
    blocks = tuple(page_block(part) for part in document.text.split("\n\n") if part.strip("#•> \n"))
    removed = [RemovedLine(block.text, reason) for block in blocks if (reason := stray_block(block))]
    blocks = tuple(block for block in blocks if not stray_block(block))
    if not any(block.kind == "paragraph" for block in blocks):
        return None
    title = document.meta.get("title")
    if isinstance(title, str) and blocks and fold_text(blocks[0].text).casefold() == fold_text(title).casefold():
        removed.append(RemovedLine(blocks[0].text, RemovedReason.REPEATED))
        blocks = blocks[1:]  # the headline, printed again above the text
    headline = fold_text(title).casefold() if isinstance(title, str) else None
    removed += [RemovedLine(line, RemovedReason.LEFT_OUT) for line in document.meta.get("left_out", ()) if line.casefold() != headline]
    return Article(
        source=document.path,
        position=0,
        title=fold_text(title)[:500] if isinstance(title, str) and title.strip() else None,
        blocks=blocks,
        removed=tuple(removed),
        byline=byline if isinstance(byline := document.meta.get("page_byline"), str) else None,
        meta=document.meta,
    )
