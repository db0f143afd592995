"""Typed metadata: frontmatter split off a source and its values typed by the METADATA table (like Pelican's METADATA_PROCESSORS)."""
from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, time, timezone
from email.utils import parsedate_to_datetime
from typing import Callable
from urllib.parse import urlsplit

import frontmatter
import yaml

from generator.markdown_text import fold_text
from generator.model import KINDS
from generator.sources.frontmatter_lines import (
    COLON_IN_VALUE,
    SOURCE_LISTS,
    TAB_INDENT,
    body_field,
    credited_source,
    header_lines,
    plain_key_lines,
    snake_case,
    unlinked,
    untabbed,
)
from generator.sources.frontmatter_names import NULL_VALUES, MetadataError, ShapeError, coerce_author, coerce_names, coerce_text
from generator.sources.json_frontmatter import json_frontmatter

#: Real frontmatter is a few lines; a longer block is a mistake, and YAML parsing it would be slow.
MAX_FRONTMATTER_CHARS = 20_000


_FRONTMATTER = re.compile(r"\A---[ \t]*\n(?P<block>(?:.*?\n)??)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


_UNCLOSED_FRONTMATTER = re.compile(r"\A---[ \t]*\n\s*[A-Za-z_][\w-]*[ \t]*:(?:\s|$)")


class SourceFormatError(ValueError):
    """A source file that cannot be read; the message is shown to the editor."""


class ImpossibleDate(MetadataError):
    """A date written in the right shape but naming no day ('2021-02-30', '2025-18-08'): a typo in a real post."""


def coerce_kind(value: object) -> str:
    """One of the article kinds, in lower case."""
    kind = coerce_text(value).lower()
    if kind not in KINDS:
        raise MetadataError(f"{kind!r} is not one of {', '.join(KINDS)}")
    return kind


#: Jekyll's date-time as sites write it, the hour of one digit and the zone after a space: "2023-09-25 3:58:54 -0400".
_DAY_THEN_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$")
#: Seconds since 1970 as exporters write a date (1973 to 2286); read in UTC, so every machine gives the same day.
_EPOCH_SECONDS = re.compile(r"\d{9,10}")
#: Milliseconds since 1970, as JavaScript exporters write a date (2001 to 2286).
_EPOCH_MILLISECONDS = re.compile(r"\d{13}")


def coerce_date(value: object) -> date:
    """A calendar date from a date, a date-time, ISO text ('2024-01-15', '2024-01-15T09:30:00Z'), Jekyll's date-time
    ('2023-09-25 3:58:54 -0400'), seconds or milliseconds since 1970, a feed's RFC 2822 date or a written one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = coerce_text(value)
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        reason = str(error)
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    day_then_time = _DAY_THEN_TIME.match(text)
    if day_then_time:
        text = day_then_time.group(1)
        try:
            return date.fromisoformat(text)
        except ValueError as error:
            reason = str(error)
    elif _EPOCH_SECONDS.fullmatch(text):
        return datetime.fromtimestamp(int(text), tz=timezone.utc).date()
    elif _EPOCH_MILLISECONDS.fullmatch(text):
        return datetime.fromtimestamp(int(text) // 1000, tz=timezone.utc).date()
    written = _written_date(text)
    if written is not None:
        return written
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ImpossibleDate(f"{text!r} is not a real date ({reason})")
    raise MetadataError(f"{text!r} is not a date; write YYYY-MM-DD")


#: Dates written out as feeds and editors write them: "Mon, 08 Apr 2024 03:00:00 +0700" (RFC 2822, RSS's pubDate),
#: "April 8, 2024", "8 April 2024", "Apr 8, 2024". The day is read as written, like the other date-times here.
_WRITTEN_FORMATS = ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b %d %Y", "%d %b %Y", "%b. %d, %Y")


def _written_date(text: str) -> date | None:
    """The day of an RFC 2822 date or of a date with its month's English name, else None."""
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for layout in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return None


#: Jekyll's `published: true|false` says whether to publish the post; it names no date.
_PUBLISH_FLAGS = {"true", "false", "yes", "no"}

#: A path on the site itself, as Hugo and Jekyll write a post's url: "/politics/talks/" or "politics/talks/" (a first
#: segment without a dot, so "example.com/page" still reads as an address missing its scheme).
_SITE_PATH = re.compile(r"/?(?![a-z][a-z0-9+.-]*:)[\w%~-]+(?:/[^\s]*)?|/[^/\s][^\s]*|/", re.I)


def coerce_published(value: object) -> date | str:
    """A date, as coerce_date; Jekyll's publish flag (true/false) names none and is left out."""
    if isinstance(value, str) and value.strip().lower() in _PUBLISH_FLAGS:
        return ""
    return coerce_date(value)


#: A picture's or a medium's file: a theme's "link: https://.../cover.jpg" is the post's cover, no page's address.
_MEDIA_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|mp[34]|m4a|wav|ogg|webm|mov)$", re.I)


def coerce_url(value: object) -> str:
    """An absolute http(s) URL; any other scheme (javascript:, data:, file:) is an error. A path on the site itself
    ("/politics/talks/", as Hugo and Jekyll write a post's url) or a picture's file names no address: left out."""
    text = coerce_text(value)
    parts = urlsplit(text)
    if not text.startswith("//") and _SITE_PATH.fullmatch(text) or _MEDIA_FILE.search(parts.path):
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in text:
        raise MetadataError(f"{text[:80]!r} is not an http(s) URL")
    return text


#: How each known frontmatter key becomes a typed value (like Pelican's METADATA_PROCESSORS).
#: Unknown keys are kept when their value is text, and dropped otherwise.
METADATA: dict[str, Callable[[object], object]] = {
    "title": coerce_text,
    "outlet": coerce_text,
    "author": coerce_author,
    "kind": coerce_kind,
    "url": coerce_url,
    "date": coerce_date,
    "published": coerce_published,
    "countries": coerce_names,
    "tags": coerce_names,
}

#: Other names site generators and scrapers give the same fields (Hugo, Jekyll, feed exporters). Read leniently: a value
#: that does not fit is kept as plain text under its own name, never a failed file, and the key itself wins over an alias.
ALIASES: dict[str, str] = {
    "source_url": "url", "link": "url", "src": "url", "canonical_url": "url", "original_url": "url", "canonicalurl": "url",
    "publisher": "outlet", "site_name": "outlet", "publication": "outlet", "source": "outlet",
    "pubdate": "date", "publishdate": "date", "publish_date": "date", "date_published": "date", "published_at": "date",
    "published_date": "date", "publication_date": "date", "pub_date": "date",
    "channel": "outlet", "channel_name": "outlet", "channel_title": "outlet", "uploader": "outlet",
    "headline": "title", "byline": "author", "writer": "author", "creator": "author", "author_name": "author", "authors": "author",
    "authorname": "author",
}

#: A key no table names but that holds the page's link by its words ("link-project", "article_url", "external-link"),
#: read as the address when no key names one; never a picture's, a feed's or a profile's link.
_ADDRESS_KEY = re.compile(r"^(?!.*(?:image|img|thumb|photo|picture|video|audio|media|feed|rss|author|avatar|logo|icon|profile|"
                          r"youtube|twitter|facebook|share))(?:\w+[-_])?(?:url|link)(?:[-_]\w+)?$")

#: Aliases read only when their value is a name: a scraper's "source" may hold a file's name, an address or a description
#: ("source: international news agency"), none of them the outlet.
NAMED_ALIASES: dict[str, re.Pattern[str]] = {
    "source": re.compile(r"^(?!.*\.(?:txt|md|html?|json|ya?ml)$)[A-Z0-9][^/\\:]{1,60}$"),
}
#: A video's channel is its publisher ("channel: United Nations"), when it reads as a name (never "rss" or a channel's id).
NAMED_ALIASES.update(dict.fromkeys(("channel", "channel_name", "channel_title", "uploader"),
                                   re.compile(r"^(?!UC[\w-]{20,}$)[A-Z0-9][^/\\:]{1,60}$")))


#: Placeholders a scraper writes where it found no outlet or author.
_UNKNOWN_NAMES = {"unknown", "n/a", "not available", "anonymous", "unknown author", "unknown source"}


def coerce_metadata(raw: dict[str, object], lines: dict[str, int], strict: bool = True) -> dict[str, object]:
    """Typed metadata through METADATA; empty values are dropped, bad ones are a SourceFormatError naming the line (or,
    not ``strict``, dropped too)."""
    meta: dict[str, object] = {}
    named = {str(key).strip().lower() for key in raw}
    for key, value in raw.items():
        name, value = key.strip().lower(), unlinked(value)
        if isinstance(value, str) and value.strip().lower() in NULL_VALUES:
            continue
        if isinstance(value, str) and value.strip().lower() in _UNKNOWN_NAMES and (ALIASES.get(name) or name) in ("outlet", "author"):
            continue  # a scraper's placeholder ("outlet: Unknown") names no one
        if name in SOURCE_LISTS and isinstance(value, list):
            credited = credited_source(value)
            if credited and "outlet" not in named:
                meta.setdefault("outlet", credited)
            continue
        alias = ALIASES.get(name) or ALIASES.get(snake_case(key)) or (
            "url" if _ADDRESS_KEY.match(snake_case(key)) and name not in METADATA else None)
        if alias and alias not in named and (name not in NAMED_ALIASES or NAMED_ALIASES[name].match(str(value))):
            try:
                coerced = METADATA[alias](value)
            except MetadataError:
                coerced = None
            if coerced not in (None, "", []):
                meta.setdefault(alias, coerced)
                continue
        coerce = METADATA.get(name)
        if coerce is None:
            # Unknown keys keep text only: nested values can share YAML aliases that expand
            # exponentially when anything walks or prints them ("billion laughs").
            if isinstance(value, str):
                meta[name] = fold_text(value)
            continue
        try:
            coerced = coerce(value)
        except ImpossibleDate:
            continue  # a typo in the date loses the date, not the article
        except ShapeError as error:  # a CMS's own shape for a field loses the field, noted, never the post
            meta["doubts"] = (*meta.get("doubts", ()), f"frontmatter: line {lines.get(key, 1)}: {name}: {error}; left out")
            continue
        except MetadataError as error:
            if not strict:
                continue
            raise SourceFormatError(f"frontmatter: line {lines.get(key, 1)}: {name}: {error}") from None
        if coerced not in ("", []):
            meta[name] = coerced
    return meta


def load_frontmatter(block: str) -> tuple[object, dict[str, int]]:
    """The frontmatter block loaded with every scalar as a string, and the file line of each key."""
    try:
        loader = yaml.BaseLoader(block)  # BaseLoader: no implicit types, no tags, no code
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        plain = plain_key_lines(block) if error.problem == COLON_IN_VALUE else None
        if plain is not None:
            return plain
        if error.problem == TAB_INDENT and untabbed(block) != block:
            return load_frontmatter(untabbed(block))
        raise SourceFormatError(f"frontmatter: {_yaml_problem(error)}") from None
    except yaml.reader.ReaderError as error:
        line = block.count("\n", 0, error.position) + 2
        raise SourceFormatError(f"frontmatter: line {line}: character U+{error.character:04X} is not allowed") from None
    except yaml.YAMLError as error:
        raise SourceFormatError(f"frontmatter: {error}") from None
    except RecursionError:
        raise SourceFormatError("frontmatter: nested too deeply") from None
    lines = {key.value: key.start_mark.line + 2 for key, _ in node.value} if node is not None and isinstance(data, dict) else {}
    return data, lines


def _yaml_problem(error: yaml.MarkedYAMLError) -> str:
    """'line N: problem (context on line M)', with file line numbers (line 1 is the opening '---')."""
    mark = error.problem_mark or error.context_mark
    where = f"line {mark.line + 2}: " if mark is not None else ""
    text = f"{where}{error.problem or error.context or 'invalid YAML'}"
    if error.context and error.problem and error.context_mark is not None:
        text += f" ({error.context} on line {error.context_mark.line + 2})"
    return text


class TextYAMLHandler(frontmatter.YAMLHandler):
    """python-frontmatter's YAML handler, loading every value as text: types come from the METADATA table.

    Used for detection here, and usable with frontmatter.loads(text, handler=...) by tools that want the
    same reading of a source's metadata.
    """

    def load(self, fm: str, **kwargs: object) -> object:
        return load_frontmatter(fm)[0]


_HANDLER = TextYAMLHandler()


#: Hugo's TOML frontmatter, between two '+++' lines.
_TOML_FRONTMATTER = re.compile(r"\A\+\+\+[ \t]*\n(?P<block>(?:.*?\n)??)\+\+\+[ \t]*(?:\n|\Z)", re.S)
_UNCLOSED_TOML = re.compile(r"\A\+\+\+[ \t]*\n\s*[A-Za-z_][\w-]*[ \t]*=")
_TOML_LINE = re.compile(r"at line (\d+)")


def _as_text(value: object) -> object:
    """A TOML value as YAML's BaseLoader gives it, text all through: types come from the METADATA table alone."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    return str(value)


def _closed_block(text: str, pattern: re.Pattern[str], unclosed: re.Pattern[str], mark: str) -> re.Match[str] | None:
    """The frontmatter block the pattern finds at the file's start; an opened block never closed, or one too long, is an error."""
    match = pattern.match(text)
    if match is None:
        if unclosed.match(text):
            raise SourceFormatError(f"frontmatter: line 1: '{mark}' opens frontmatter but no closing '{mark}' line follows")
        return None
    block = match.group("block")
    if len(block) > MAX_FRONTMATTER_CHARS:
        raise SourceFormatError(f"frontmatter: {len(block):,} characters, more than {MAX_FRONTMATTER_CHARS:,}; is a '{mark}' line misplaced?")
    return match


def _split_toml_frontmatter(text: str, strict: bool = True) -> tuple[dict[str, object], str]:
    """Typed metadata from Hugo's '+++' TOML frontmatter and the body, read as split_frontmatter reads YAML."""
    match = _closed_block(text, _TOML_FRONTMATTER, _UNCLOSED_TOML, "+++")
    if match is None:
        return {}, text
    block = match.group("block")
    try:
        raw = tomllib.loads(block)
    except tomllib.TOMLDecodeError as error:
        # File lines: line 1 is the opening '+++'.
        message = _TOML_LINE.sub(lambda m: f"at line {int(m.group(1)) + 1}", str(error))
        raise SourceFormatError(f"frontmatter: {message}") from None
    except RecursionError:
        raise SourceFormatError("frontmatter: nested too deeply") from None
    key_lines = {}
    for number, line in enumerate(block.splitlines(), start=2):
        key = line.split("=", 1)[0].strip().strip("\"'")
        key_lines.setdefault(key, number)
    return coerce_metadata(_as_text(raw), key_lines, strict), text[match.end():]


def split_frontmatter(text: str, strict: bool = True) -> tuple[dict[str, object], str]:
    """Typed frontmatter metadata (YAML between '---' lines, Hugo's TOML between '+++' lines or JSON object, or a header of "Key: value"
    lines with no fences) and the body; malformed frontmatter is a SourceFormatError naming the line (a value METADATA
    refuses is dropped when not ``strict``, and always from a header with no fences, which is read by its shape)."""
    if text.startswith("+++"):
        return _split_toml_frontmatter(text, strict)
    if text.startswith("{") and (found := json_frontmatter(text)) is not None:
        return coerce_metadata(_as_text(found[0]), found[1], strict), found[2]
    if not _HANDLER.detect(text):
        header = header_lines(text)
        return ({}, text) if header is None else (coerce_metadata(header[0], header[1], strict=False), text[header[2]:])
    match = _closed_block(text, _FRONTMATTER, _UNCLOSED_FRONTMATTER, "---")
    if match is None:
        return {}, text
    block = match.group("block")
    # python-frontmatter detected the block; the exact boundaries come from our pattern, because its own
    # split swallows blank lines after '---' and the error messages must name the right line.
    content = text[match.end():]
    raw, lines = load_frontmatter(block)
    if not isinstance(raw, dict):
        # Text or a list between two '---' rules is article text, not frontmatter.
        return ({}, content) if raw is None else ({}, text)
    if not content.strip() and (key := body_field(raw)) is not None:
        # The post's text sits in a field and its body is empty: the field is the article.
        return coerce_metadata({k: v for k, v in raw.items() if k != key}, lines, strict), str(raw[key]).strip() + "\n"
    return coerce_metadata(raw, lines, strict), content
