"""Stage 1: find source files and decode them into SourceDocuments (or SourceErrors)."""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Callable, Iterable
from urllib.parse import urlsplit

import frontmatter
import yaml
from charset_normalizer import from_bytes

from generator.annotate.metadata import KINDS
from generator.markdown_text import fold_text, strip_unprintable
from generator.model import SourceDocument, SourceError
from generator.settings import Settings

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
#: Frontmatter scalars that mean "no value".
NULL_VALUES = {"", "~", "null", "none"}
#: Real frontmatter is a few lines; a longer block is a mistake, and YAML parsing it would be slow.
MAX_FRONTMATTER_CHARS = 20_000

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
_FRONTMATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>(?:.*?\n)??)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_UNCLOSED_FRONTMATTER = re.compile(r"\A---[ \t]*\n\s*[A-Za-z_][\w-]*[ \t]*:(?:\s|$)")


class SourceFormatError(ValueError):
    """A source file that cannot be read; the message is shown to the editor."""


class MetadataError(ValueError):
    """A frontmatter value that cannot be coerced; the message says what was expected."""


def is_ignored(relative: Path) -> bool:
    """True for hidden files and folders, editor backups and system files."""
    name = relative.name
    if any(part.startswith(".") for part in relative.parts):
        return True
    if name in IGNORED_NAMES or name.endswith(IGNORED_SUFFIXES) or name.startswith(IGNORED_PREFIXES):
        return True
    return len(name) > 1 and name.startswith("#") and name.endswith("#")


def list_source_files(sources_dir: Path) -> list[Path]:
    """Every candidate source file below ``sources_dir``, sorted, skipping hidden and backup files."""
    return [sources_dir / relative for relative, _ in scan_source_files(sources_dir)]


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
        raise SourceFormatError("binary file (contains NUL bytes); save the article as plain text")
    text = _decode(data)
    if not _looks_like_text(text):
        raise SourceFormatError("binary file (control characters); save the article as plain text")
    return text


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


def coerce_text(value: object) -> str:
    """One line of text: numbers and words become strings, whitespace is folded; lists and mappings are errors."""
    if isinstance(value, (list, dict)):
        raise MetadataError(f"expected text, got a {_kind_of(value)}")
    return fold_text(value)


def coerce_kind(value: object) -> str:
    """One of the article kinds, in lower case."""
    kind = coerce_text(value).lower()
    if kind not in KINDS:
        raise MetadataError(f"{kind!r} is not one of {', '.join(KINDS)}")
    return kind


def coerce_date(value: object) -> date:
    """A calendar date from an ISO date or date-time ('2024-01-15', '2024-01-15T09:30:00Z')."""
    text = coerce_text(value)
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        reason = str(error)
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise MetadataError(f"{text!r} is not a real date ({reason})")
    raise MetadataError(f"{text!r} is not a date; write YYYY-MM-DD")


def coerce_url(value: object) -> str:
    """An absolute http(s) URL; any other scheme (javascript:, data:, file:) is an error."""
    text = coerce_text(value)
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in text:
        raise MetadataError(f"{text[:80]!r} is not an http(s) URL")
    return text


def coerce_names(value: object) -> list[str]:
    """A list of names from a YAML list or a comma-separated string."""
    if isinstance(value, dict):
        raise MetadataError("expected a list of names, got a mapping")
    items = value if isinstance(value, list) else str(value).split(",")
    if any(isinstance(item, (list, dict)) for item in items):
        raise MetadataError("expected a list of names, got nested lists or mappings")
    return [name for name in (coerce_text(item) for item in items) if name.lower() not in NULL_VALUES]


def _kind_of(value: object) -> str:
    return "list" if isinstance(value, list) else "mapping" if isinstance(value, dict) else type(value).__name__


#: How each known frontmatter key becomes a typed value (like Pelican's METADATA_PROCESSORS).
#: Unknown keys are kept when their value is text, and dropped otherwise.
METADATA: dict[str, Callable[[object], object]] = {
    "title": coerce_text,
    "outlet": coerce_text,
    "author": coerce_text,
    "kind": coerce_kind,
    "url": coerce_url,
    "date": coerce_date,
    "published": coerce_date,
    "countries": coerce_names,
    "tags": coerce_names,
}


def coerce_metadata(raw: dict[str, object], lines: dict[str, int]) -> dict[str, object]:
    """Typed metadata through METADATA; empty values are dropped, bad ones are a SourceFormatError naming the line."""
    meta: dict[str, object] = {}
    for key, value in raw.items():
        name = key.strip().lower()
        if isinstance(value, str) and value.strip().lower() in NULL_VALUES:
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
        except MetadataError as error:
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


def split_frontmatter(text: str) -> tuple[dict[str, object], str]:
    """Typed frontmatter metadata and the body; malformed frontmatter is a SourceFormatError naming the line."""
    if not _HANDLER.detect(text):
        return {}, text
    match = _FRONTMATTER.match(text)
    if match is None:
        if _UNCLOSED_FRONTMATTER.match(text):
            raise SourceFormatError("frontmatter: line 1: '---' opens frontmatter but no closing '---' line follows")
        return {}, text
    block = match.group("yaml")
    if len(block) > MAX_FRONTMATTER_CHARS:
        raise SourceFormatError(f"frontmatter: {len(block):,} characters, more than {MAX_FRONTMATTER_CHARS:,}; is a '---' line misplaced?")
    # python-frontmatter detected the block; the exact boundaries come from our pattern, because its own
    # split swallows blank lines after '---' and the error messages must name the right line.
    content = text[match.end():]
    raw, lines = load_frontmatter(block)
    if not isinstance(raw, dict):
        # Text or a list between two '---' rules is article text, not frontmatter.
        return ({}, content) if raw is None else ({}, text)
    return coerce_metadata(raw, lines), content


def read_text_source(text: str) -> tuple[dict[str, object], str]:
    """Plain text and Markdown: optional YAML frontmatter, then the article text."""
    return split_frontmatter(text)


#: Readers by file suffix; adding a source format is adding one entry here.
READERS: dict[str, Callable[[str], tuple[dict[str, object], str]]] = {
    ".txt": read_text_source,
    ".text": read_text_source,
    ".md": read_text_source,
    ".markdown": read_text_source,
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


def document_from_bytes(data: bytes, relative: str) -> SourceDocument | SourceError:
    """A source file's bytes (of a known type) to a SourceDocument, or a SourceError that says what is wrong."""
    suffix = suffix_of(relative)
    try:
        if suffix in BYTE_READERS:
            meta, body = BYTE_READERS[suffix](data, relative)
            body = strip_unprintable(normalise_newlines(body))
        else:
            text = strip_unprintable(normalise_newlines(decode_bytes(data)))
            meta, body = READERS[suffix](text)
    except SourceFormatError as error:
        return SourceError(relative, str(error))
    if not body.strip():
        return SourceError(relative, "empty file: no article text")
    digest = hashlib.sha256(data).hexdigest()
    return SourceDocument(path=relative, text=body, meta=MappingProxyType(meta), digest=digest)


def read_source(path: Path, relative: str, settings: Settings) -> SourceDocument | SourceError:
    """One file to a SourceDocument, or a SourceError that says what is wrong."""
    data = source_bytes(path, relative, settings)
    return data if isinstance(data, SourceError) else document_from_bytes(data, relative)


def read_sources(settings: Settings) -> list[SourceDocument | SourceError]:
    """Every source file, read; bad files become SourceErrors and never stop the others."""
    return [
        read_source(path, path.relative_to(settings.sources_dir).as_posix(), settings)
        for path in list_source_files(settings.sources_dir)
    ]


def iter_documents(results: Iterable[SourceDocument | SourceError]) -> Iterable[SourceDocument]:
    """Only the readable documents."""
    return (r for r in results if isinstance(r, SourceDocument))
