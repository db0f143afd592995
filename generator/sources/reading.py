"""Stage 1: find source files and decode them into SourceDocuments (or SourceErrors).

The one way to read sources, for the pipeline and the tools alike: ``scan_source_files`` lists them,
``source_bytes`` reads one within the size limit, ``document_from_bytes`` decodes it and splits off its
frontmatter; ``read_source`` and ``read_sources`` chain the three.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from operator import itemgetter
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Callable, Iterable

from charset_normalizer import from_bytes

from generator.markdown_text import strip_unprintable
from generator.model import SourceDocument, SourceError
from generator.settings import Settings
from generator.sources.figure_captions import one_line_captions
from generator.sources.html_tags import without_comment_lines, words_of_tags
from generator.sources.markdown_marks import looks_like_markdown, plain_markdown, without_heading_attributes
from generator.sources.metadata import (
    SourceFormatError,
    coerce_metadata,
    split_frontmatter,
)
from generator.sources.pasted_html import typed_paragraph_breaks
from generator.sources.posts import is_page_source, read_page_sources, read_posts
from generator.sources.print_lines import MARKDOWN_BLOCK, join_spaced_lines, join_wrapped_lines
from generator.sources.records import read_records
from generator.sources.restructured import looks_like_rst, read_rst

#: Editor backups and system files that are never sources.
IGNORED_SUFFIXES = ("~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig", ".part", ".crdownload")


IGNORED_NAMES = {"Thumbs.db", "desktop.ini"}


#: Office lock files ("~$name") and Emacs autosaves ("#name#") are never sources either.
IGNORED_PREFIXES = ("~$",)


#: Single-byte and East Asian code pages tried when a file is neither UTF-8 nor plausible Windows-1252.
LEGACY_ENCODINGS = (
    "cp1251", "koi8_r", "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "cp932", "euc_jp", "gb18030", "big5", "euc_kr",
)


#: Windows-1252 text where more than this share of the visible characters is not ASCII is
#: almost certainly another code page read wrongly (Cyrillic or Greek come out as accented Latin).
MAX_CP1252_NON_ASCII = 0.5


#: NUL bytes a BOM-less file needs, all on one side of each pair, to be read as UTF-16 (spaces and line breaks give
#: text many; a stray NUL or two in other bytes is no evidence).
MIN_UTF16_NULS = 8


#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


#: Marks of encodings whose text has NUL bytes (the UTF-32 LE mark starts with the UTF-16 LE one).
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def is_ignored(relative: Path) -> bool:
    """True for hidden files and folders, editor backups and system files."""
    name = relative.name
    if any(part.startswith(".") for part in relative.parts):
        return True
    if name in IGNORED_NAMES or name.endswith(IGNORED_SUFFIXES) or name.startswith(IGNORED_PREFIXES):
        return True
    return len(name) > 1 and name.startswith("#") and name.endswith("#")


def scan_source_files(sources_dir: Path) -> list[tuple[str, os.stat_result]]:
    """(relative POSIX path, lstat) of every candidate source file below ``sources_dir``, sorted by path.

    Symlinks are never followed, to files or folders: they could point outside sources/. FIFOs and
    devices are skipped too: they would block or never end.
    """
    if not sources_dir.is_dir():
        return []
    top = str(sources_dir)
    found: list[tuple[str, os.stat_result]] = []
    for folder, folders, names in os.walk(top):
        below = os.path.relpath(folder, top)
        prefix = "" if below == os.curdir else below.replace(os.sep, "/") + "/"
        folders[:] = [name for name in folders if not name.startswith(".")]  # a hidden folder is skipped whole
        for name in names:
            relative = prefix + name
            if is_ignored(PurePosixPath(relative)):
                continue
            try:
                status = os.lstat(os.path.join(folder, name))
            except OSError:
                continue
            if stat.S_ISREG(status.st_mode):
                found.append((relative, status))
    return sorted(found, key=itemgetter(0))


def decode_bytes(data: bytes) -> str:
    """Text from bytes: BOM-marked UTF-8/16/32, else UTF-8, else Windows-1252, else a detected legacy code page."""
    if b"\x00" in data and not data.startswith(_WIDE_BOMS):
        text = _bomless_utf16(data)
        if text is None:
            raise SourceFormatError("binary file (contains NUL bytes); save the article as plain text")
    else:
        text = _decode(data)
    if not _looks_like_text(text):
        raise SourceFormatError("binary file (control characters); save the article as plain text")
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, told by its NUL bytes all falling on one side of each pair."""
    # Binary data has NULs at both parities; UTF-16 text of any script has them only in the high byte.
    if len(data) % 2:
        return None
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    if (even_nuls and odd_nuls) or even_nuls + odd_nuls < MIN_UTF16_NULS:
        return None
    try:
        return data.decode("utf-16-be" if even_nuls else "utf-16-le")
    except UnicodeDecodeError:
        return None


def _decode(data: bytes) -> str:
    """Text by byte-order mark, else UTF-8, else Windows-1252 when it reads as Western text, else detected."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise SourceFormatError(f"invalid {encoding} text at byte {error.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Pasted text that is not UTF-8 is almost always Windows-1252 (a superset of Latin-1's letters).
    try:
        text = data.decode("cp1252")
        if _mostly_ascii(text):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best() or from_bytes(data).best()
    if best is None:
        raise SourceFormatError("binary file or unknown encoding; save the article as UTF-8 text")
    return str(best)


#: Control characters other than line and page breaks and tabs.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_like_text(text: str) -> bool:
    """True when few characters are control characters."""
    if not text:
        return True
    controls = len(_CONTROLS.findall(text))
    return controls / len(text) < 0.01


def _mostly_ascii(text: str) -> bool:
    """True when the visible characters are mostly ASCII, as in any Western European text."""
    visible = [ch for ch in text if not ch.isspace()]
    foreign = sum(1 for ch in visible if ord(ch) > 127)
    return foreign <= MAX_CP1252_NON_ASCII * len(visible)


def normalise_newlines(text: str) -> str:
    """LF line endings only; vertical tabs and form feeds become line breaks."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n")


def read_text_source(text: str, strict: bool = True) -> tuple[dict[str, object], str]:
    """Plain text: optional YAML frontmatter, then the article text, hard-wrapped paragraphs joined; a page pasted as
    Markdown (links written "[words](address)") is read as Markdown, JSON records of stories as their stories, and
    the tags of the page a text was copied from as their words."""
    meta, body = split_frontmatter(text, strict)
    if (records := read_records(body)) is not None:
        record_meta, stories = records
        return {**record_meta, **meta}, stories
    if looks_like_rst(body):
        return _rst_read(meta, body)
    body = without_heading_attributes(words_of_tags(one_line_captions(without_comment_lines(body))))
    if looks_like_markdown(body):
        return meta, join_wrapped_lines(plain_markdown(body), MARKDOWN_BLOCK)
    return meta, join_spaced_lines(join_wrapped_lines(body))


def read_markdown_source(text: str, strict: bool = True) -> tuple[dict[str, object], str]:
    """Markdown: its marks read as text (links, images, emphasis, underlined headings), and a heading, list item,
    block quote or table row always starts its own line; HTML tags are read as their words."""
    meta, body = split_frontmatter(text, strict)
    return meta, join_wrapped_lines(plain_markdown(words_of_tags(one_line_captions(without_comment_lines(body)))), MARKDOWN_BLOCK)


def _rst_read(meta: dict[str, object], body: str) -> tuple[dict[str, object], str]:
    """reStructuredText's text and its field list's metadata, under the frontmatter's."""
    fields, plain = read_rst(body)
    return {**coerce_metadata(fields, {}, strict=False), **meta}, plain_markdown(words_of_tags(plain))


def read_rst_source(text: str, strict: bool = True) -> tuple[dict[str, object], str]:
    """reStructuredText (``restructured``): titles as headings, links as their words, directives and targets no text."""
    return _rst_read(*split_frontmatter(text, strict))


#: Readers by file suffix; adding a source format is adding one entry here.
READERS: dict[str, Callable[[str, bool], tuple[dict[str, object], str]]] = {
    ".txt": read_text_source,
    ".text": read_text_source,
    ".md": read_markdown_source,
    ".markdown": read_markdown_source,
    ".rst": read_rst_source,
}
def read_saved_page(data: bytes, relative: str) -> tuple[dict[str, object], str]:
    """Saved web pages (.html, .htm, gzip-compressed too): loaded on first use, so text builds never import it."""
    from generator.sources.pages import read_page_source

    return read_page_source(data, relative)


#: Readers of formats that decode their own bytes (a web page declares its encoding), by suffix.
BYTE_READERS: dict[str, Callable[[bytes, str], tuple[dict[str, object], str]]] = {
    ".html": read_saved_page,
    ".htm": read_saved_page,
    ".html.gz": read_saved_page,
    ".htm.gz": read_saved_page,
}


def suffix_of(relative: str) -> str:
    """The suffix that picks a file's reader: '.html.gz' for a compressed page, else the last one."""
    path = PurePosixPath(relative)
    double = "".join(path.suffixes[-2:]).lower()
    return double if double in BYTE_READERS else path.suffix.lower()


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, or a SourceFormatError when it has more than ``limit`` bytes (checked while reading)."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        size = max(path.stat().st_size, len(data))
        raise SourceFormatError(f"file too large ({size:,} bytes, limit {limit:,}); split it or raise max_source_bytes")
    return data


def source_bytes(path: Path, relative: str, settings: Settings) -> bytes | SourceError:
    """A source file's bytes, or a SourceError when its type is unknown, it is too large or unreadable."""
    if suffix_of(relative) not in READERS and suffix_of(relative) not in BYTE_READERS:
        known = ", ".join(sorted({*READERS, *BYTE_READERS}))
        return SourceError(relative, f"unsupported file type '{path.suffix or '(none)'}'; use one of {known}")
    try:
        return read_limited(path, settings.max_source_bytes)
    except SourceFormatError as error:
        return SourceError(relative, str(error))
    except OSError as error:
        return SourceError(relative, f"cannot read file: {error.strerror or error}")


def _cleaned(read: tuple[dict[str, object], str]) -> tuple[dict[str, object], str]:
    """A page's text with LF line endings and no control characters."""
    return read[0], strip_unprintable(normalise_newlines(read[1]))


def document_from_bytes(data: bytes, relative: str) -> SourceDocument | SourceError:
    """A source file's bytes (of a known type) to a SourceDocument, or a SourceError that says what is wrong."""
    suffix = suffix_of(relative)
    try:
        if suffix in BYTE_READERS or is_page_source(data):  # a saved page (its source as text too), or several joined
            reader = BYTE_READERS.get(suffix, read_saved_page)
            pasted = data if suffix in BYTE_READERS else typed_paragraph_breaks(data)
            meta, body, posts = read_page_sources(pasted, relative, lambda page, name: _cleaned(reader(page, name)))
        else:
            text = strip_unprintable(normalise_newlines(decode_bytes(data)))
            meta, body, posts = read_posts(text, READERS[suffix])
    except SourceFormatError as error:
        return SourceError(relative, str(error))
    if not body.strip():
        return SourceError(relative, "empty file: no article text")
    digest = hashlib.sha256(data).hexdigest()
    return SourceDocument(path=relative, text=body, meta=MappingProxyType(meta), digest=digest, posts=posts)


def read_source(path: Path, relative: str, settings: Settings) -> SourceDocument | SourceError:
    """One file to a SourceDocument, or a SourceError that says what is wrong."""
    data = source_bytes(path, relative, settings)
    return data if isinstance(data, SourceError) else document_from_bytes(data, relative)


def read_sources(settings: Settings) -> list[SourceDocument | SourceError]:
    """Every source file, read; bad files become SourceErrors and never stop the others."""
    return [read_source(settings.sources_dir / relative, relative, settings) for relative, _ in scan_source_files(settings.sources_dir)]


def iter_documents(results: Iterable[SourceDocument | SourceError]) -> Iterable[SourceDocument]:
    """Only the readable documents."""
    return (r for r in results if isinstance(r, SourceDocument))
