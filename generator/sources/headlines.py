"""A saved page's headline, chosen among what the page declares, and the section label some pages put before it.

Pages state their headline several times: the visible <h1>, the JSON-LD ``headline``, Open Graph and
Twitter titles, and <title> with the site's name. They often disagree: a social title rewritten for
sharing, a stale og:title from another article, a test string in the JSON-LD, a masthead or a browser
warning in an <h1>, "Opinion | " or " - Site" around the headline. The JSON-LD headline is the publisher's
own statement for machines and wins unless it shares no word with anything else the page declares (a test
string); else the visible <h1> or an Open Graph title that another declaration confirms; else nothing is
chosen here and the caller keeps trafilatura's title.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Iterator

from generator.markdown_text import fold_text
from generator.sources.word_lists import read_words

#: Section labels put before a headline ("Opinion | ...", "Analysis: ..."), by the kind of article they declare.
SECTION_LABELS = {
    "opinion": "opinion", "op-ed": "opinion", "oped": "opinion", "editorial": "opinion", "commentary": "opinion",
    "column": "opinion", "comment": "opinion", "letters": "opinion", "perspective": "opinion", "viewpoint": "opinion",
    "analysis": "analysis", "news analysis": "analysis", "explainer": "analysis",
    "interview": "interview", "q&a": "interview",
}
#: What joins a headline to a site's name or a section label in a <title> or og:title.
SEPARATORS = re.compile(r"\s+[|\-–—:·»]\s+|\s*::\s*|\s*\|\s*")
#: A label followed by a separator at the start of a headline.
_LABEL = re.compile(r"^\s*([^|:–—-]{2,20}?)\s*(?:\||:|–|—| - )\s*(?=\S)")
#: An <h1> or declared headline of fewer words is a masthead or a label, not a headline.
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_CHARS = 400
#: A word this long is a content word: a declared headline sharing none with the page's others is junk ("test").
CONTENT_WORD = 4
#: At most this many <h1>s and JSON-LD blocks are read (a page of teasers has dozens).
MAX_H1 = 5
MAX_JSON_LD = 8
MAX_JSON_LD_CHARS = 200_000
_WORDS = re.compile(r"\w+")
_META_TITLES = ("og:title", "twitter:title")


@dataclass(frozen=True, slots=True)
class Declared:
    """What a page declares about itself: headline candidates, its <title>, <h1>s and site names."""

    json_ld: tuple[str, ...]  # the JSON-LD headlines
    structured: tuple[str, ...]  # og:title and twitter:title
    title: str | None
    h1s: tuple[str, ...]
    site_names: tuple[str, ...]
    h2s: tuple[str, ...] = ()


def words_of(text: str) -> str:
    """The words of a text, lower-cased: what two declarations of one headline share."""
    return " ".join(_WORDS.findall(text.casefold()))


def declared_of(tree: object) -> Declared:
    """The headline declarations of a parsed page (an lxml tree)."""
    json_ld, site_names = [], []
    for headline, site in _json_ld_values(tree):
        (json_ld if headline else site_names).append(headline or site)
    metas = {}
    for element in tree.iter("meta"):
        name = (element.get("property") or element.get("name") or "").strip().lower()
        if name in (*_META_TITLES, "og:site_name") and name not in metas and element.get("content"):
            metas[name] = element.get("content")
    structured = [metas[name] for name in _META_TITLES if name in metas]
    if "og:site_name" in metas:
        site_names.insert(0, metas["og:site_name"])
    title = next((element.text_content() for element in tree.iter("title")), None)
    h1s = [element.text_content() for _, element in zip(range(MAX_H1), tree.iter("h1"))]
    h2s = [element.text_content() for _, element in zip(range(MAX_H1), tree.iter("h2"))]
    return Declared(_clean(json_ld), _clean(structured), _clean([title])[0] if _clean([title]) else None, _clean(h1s), _clean(site_names),
                    _clean(h2s))


def _clean(texts: list[object]) -> tuple[str, ...]:
    """Texts as a reader sees them (entities decoded, whitespace folded), empty and overlong ones left out."""
    folded = (fold_text(html.unescape(str(text))) for text in texts if isinstance(text, str))
    return tuple(text for text in folded if text and len(text) <= MAX_HEADLINE_CHARS)


def _json_ld_values(tree: object) -> Iterator[tuple[str | None, str | None]]:
    """(headline, None) and (None, publisher name) pairs from the page's JSON-LD blocks."""
    scripts = (s for s in tree.iter("script") if (s.get("type") or "").strip().lower() == "application/ld+json")
    for _, script in zip(range(MAX_JSON_LD), scripts):
        text = script.text or ""
        if len(text) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        yield from _walk(data, depth=0)


def _walk(data: object, depth: int) -> Iterator[tuple[str | None, str | None]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:20]:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        if isinstance(data.get("headline"), str):
            yield data["headline"], None
        publisher = data.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            yield None, publisher["name"]
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk(data[key], depth + 1)


def segments(text: str) -> set[str]:
    """The words of a declared title and of every run of its parts between separators ('Headline - Site')."""
    parts = SEPARATORS.split(text)
    found = {words_of(text)}
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            found.add(words_of(" ".join(parts[start:end])))
    found.discard("")
    return found


def choose_headline(declared: Declared, extracted: str | None) -> str | None:
    """The JSON-LD headline unless it is junk, else the <h1> another declaration confirms, else a confirmed title."""
    sites = {words_of(name) for name in declared.site_names}
    others = [*declared.h1s, *declared.structured, *([declared.title] if declared.title else []), *([extracted] if extracted else [])]

    def usable(text: str) -> bool:
        words = words_of(text)
        return len(words.split()) >= MIN_HEADLINE_WORDS and words not in sites

    for headline in declared.json_ld:
        if usable(headline) and any(_shares_a_word(headline, other) for other in others if other != headline):
            return headline
    confirming = [segments(text) for text in others]
    for text in (*declared.h1s, *declared.structured):
        agreeing = sum(words_of(text) in parts for parts in confirming)
        if usable(text) and agreeing >= 2:  # itself, and another declaration
            return text
    return None


#: Words a page's heading has at least to stand for a title that is no headline (a sidebar's "Latest News" has fewer).
MIN_FALLBACK_WORDS = 4
#: A title of this many words at most may be a site's name rather than a headline.
MAX_NAME_WORDS = 3


def heading_for(title: str, declared: Declared) -> str:
    """A title the page's <h1> or <h2> prints in other capitals gives way to the printed one; a title of one word ("PCI":
    the site's name an extractor took from "PCI - Foreign Policy PM Guidance"), or of one
    word and a number (a template's "Noticia 10"), gives way to
    the page's first <h1> or <h2> of a headline's length, and a title of a name's few words to the <h1> headline sharing
    none of its words; any other title stands."""
    printed = next((heading for heading in (*declared.h1s, *declared.h2s) if heading != title and words_of(heading) == words_of(title)), None)
    if printed:
        return printed  # the headline as the page prints it, in its capitals, not as its <title> cases it
    sites = {words_of(name) for name in declared.site_names}
    # A template's numbered placeholder ("Noticia 10", "Article 245") is no headline: its number is no word of one.
    if sum(not word.isdigit() for word in words_of(title).split()) >= MIN_HEADLINE_WORDS:
        # A name of a few words as the <title> ("Bruin Political Review") over an <h1> headline sharing none of its words.
        named = len(words_of(title).split()) <= MAX_NAME_WORDS and declared.h1s and not _shares_a_word(title, declared.h1s[0])
        return declared.h1s[0] if named and len(words_of(declared.h1s[0]).split()) >= MIN_FALLBACK_WORDS else title
    return next((heading for heading in (*declared.h1s, *declared.h2s)
                 if len(words_of(heading).split()) >= MIN_FALLBACK_WORDS and words_of(heading) not in sites), title)


def title_site(declared: Declared, headline: str) -> str | None:
    """The site a page's <title> names alone, no headline's words in it ("Bruin Political Review", "Next View | Latest"): a
    name's two or three words, or the longest of its parts ("Latest", a section's one word, is no site's name). One word is
    as often a section's or a country's page ("Russia"), and a template's words ("Home", "Ukraina NEWS") name no site."""
    title = declared.title or ""
    if not title or len(words_of(title).split()) > MAX_NAME_WORDS or _shares_a_word(title, headline) or not headline:
        return None
    parts = [part.strip() for part in SEPARATORS.split(title) if words_of(part)]
    name = max(parts, key=lambda part: len(words_of(part).split()), default="")
    named = len(name.split()) >= 2 and all(word[:1].isupper() and not word.isupper() for word in name.split())
    return name if named and not set(words_of(name).split()) & PLACEHOLDER_TITLE_WORDS else None


#: Words a template's <title> holds that name no site (data/placeholder_titles.txt).
PLACEHOLDER_TITLE_WORDS = read_words("placeholder_titles")


def unhandled_site(site: str, declared: Declared) -> str:
    """A site name that is a social handle ("CGTNOfficial", from twitter:site's "@CGTNOfficial") as the name the page's <title>
    gives the site at either end, when the handle starts with it ("Headline - CGTN"); any other site name as it is."""
    parts = [part.strip() for part in SEPARATORS.split(declared.title or "")]
    ends = [part for part in (parts[0], parts[-1]) if len(parts) > 1 and 1 < len(part) < len(site)]
    named = next((part for part in ends if " " not in site and site.casefold().startswith(part.casefold())), None)
    return named or site


def _shares_a_word(text: str, other: str) -> bool:
    """True when two texts share a content word (of CONTENT_WORD letters or more): one story, if worded apart."""
    return bool({w for w in words_of(text).split() if len(w) >= CONTENT_WORD} & set(words_of(other).split()))


def section_label(title: str) -> tuple[str | None, str]:
    """(kind, headline) of 'Opinion | Headline'; (None, title) when the title starts with no known label."""
    match = _LABEL.match(title)
    if match and (kind := SECTION_LABELS.get(match.group(1).strip().casefold())):
        rest = title[match.end():].strip()
        if len(rest.split()) >= MIN_HEADLINE_WORDS:
            return kind, rest
    return None, title


def declared_kind(declared: Declared) -> str | None:
    """The kind a section label before any declared headline states ('Opinion | ...' in og:title or <title>)."""
    for text in (*declared.json_ld, *declared.structured, *([declared.title] if declared.title else [])):
        kind, _ = section_label(text)
        if kind:
            return kind
    return None
