"""Stage 1: find source files and decode them into SourceDocuments (or SourceErrors)."""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterable

import frontmatter
import yaml
from charset_normalizer import from_bytes

from .model import SourceDocument, SourceError
from .settings import Settings

#: Editor backups and system files that are never sources.
IGNORED_SUFFIXES = ("~", ".swp", ".swo", ".tmp", ".bak", ".orig")
IGNORED_NAMES = {"Thumbs.db", "desktop.ini"}
#: Frontmatter keys and the types they must have once coerced.
FRONTMATTER_KEYS = ("title", "date", "published", "outlet", "author", "url", "kind", "countries", "tags")


class SourceFormatError(ValueError):
    """A source file that cannot be read; the message is shown to the editor."""


def list_source_files(sources_dir: Path) -> list[Path]:
    """Every candidate source file below ``sources_dir``, sorted, skipping hidden and backup files."""
    if not sources_dir.is_dir():
        return []
    found = []
    for path in sources_dir.rglob("*"):
        relative = path.relative_to(sources_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_symlink() or not path.is_file():
            continue
        if path.name in IGNORED_NAMES or path.name.endswith(IGNORED_SUFFIXES):
            continue
        found.append(path)
    return sorted(found, key=lambda p: p.relative_to(sources_dir).as_posix())


def decode_bytes(data: bytes) -> str:
    """Text from bytes: BOM-marked UTF-8/16/32, else UTF-8, else the best detected legacy encoding."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if not data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            raise SourceFormatError("binary file (contains NUL bytes); save the article as plain text")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise SourceFormatError(f"invalid {encoding} text at byte {error.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Pasted text that is not UTF-8 is almost always Windows-1252; detection settles the rest.
    try:
        text = data.decode("cp1252")
        if _looks_like_text(text):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or not _looks_like_text(str(best)):
        raise SourceFormatError("binary file or unknown encoding; save the article as UTF-8 text")
    return str(best)


def _looks_like_text(text: str) -> bool:
    """True when few characters are control characters."""
    if not text:
        return True
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(text) < 0.01


def normalise_newlines(text: str) -> str:
    """LF line endings only."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_frontmatter(text: str) -> tuple[dict[str, object], str]:
    """Frontmatter mapping and body; a malformed block is a SourceFormatError naming the line."""
    if not text.startswith("---"):
        return {}, text
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise SourceFormatError(f"frontmatter: {where}{problem}") from None
    except Exception as error:  # python-frontmatter raises bare errors for odd input
        raise SourceFormatError(f"frontmatter: {error}") from None
    if not isinstance(post.metadata, dict):
        raise SourceFormatError("frontmatter: expected key: value pairs")
    return dict(post.metadata), post.content


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


def read_source(path: Path, relative: str, settings: Settings) -> SourceDocument | SourceError:
    """One file to a SourceDocument, or a SourceError that says what is wrong."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        return SourceError(relative, f"unsupported file type '{path.suffix or '(none)'}'; use one of {known}")
    try:
        size = path.stat().st_size
        if size > settings.max_source_bytes:
            return SourceError(
                relative,
                f"file too large ({size:,} bytes, limit {settings.max_source_bytes:,}); split it or raise max_source_bytes",
            )
        data = path.read_bytes()
        text = normalise_newlines(decode_bytes(data))
        meta, body = reader(text)
    except SourceFormatError as error:
        return SourceError(relative, str(error))
    except OSError as error:
        return SourceError(relative, f"cannot read file: {error.strerror or error}")
    if not body.strip():
        return SourceError(relative, "empty file: no article text")
    digest = hashlib.sha256(data).hexdigest()
    return SourceDocument(path=relative, text=body, meta=MappingProxyType(meta), digest=digest)


def read_sources(settings: Settings) -> list[SourceDocument | SourceError]:
    """Every source file, read; bad files become SourceErrors and never stop the others."""
    return [
        read_source(path, path.relative_to(settings.sources_dir).as_posix(), settings)
        for path in list_source_files(settings.sources_dir)
    ]


def iter_documents(results: Iterable[SourceDocument | SourceError]) -> Iterable[SourceDocument]:
    """Only the readable documents."""
    return (r for r in results if isinstance(r, SourceDocument))
