"""Article text is data: escape it so no Markdown, HTML or template syntax from a source takes effect.

The escaping covers the extensions mkdocs.yml enables (and the common pymdownx ones, tested). Do not enable
pymdownx.arithmatex or pymdownx.magiclink without extending it: arithmatex reads an escaped "\\(...\\)" as
maths and emits a <script type="math/tex">, and magiclink turns bare URLs in article text into links.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Callable, Mapping

#: Characters Python-Markdown honours a backslash escape for.
_BACKSLASH = re.compile(r"([\\`*_{}\[\]()#+!])")
#: Characters with no backslash escape that extensions could read as syntax.
_ENTITIES = {"|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;"}
#: What starts a block (list item, quote, definition, details, "///" blocks) when it opens a line; "1." and "1)" too.
_LINE_START = re.compile(r"^(?:[-+*>?=:/]|\d+[.)])")
_WHITESPACE = re.compile(r"\s+")
#: Whitespace other than a plain space: a text without it and without two spaces in a row is single-spaced already.
_ODD_WHITESPACE = re.compile(r"[^\S ]")


def character_map(table: Mapping[str, str]) -> Callable[[str], str]:
    """``str.translate`` with ``table`` ({character: replacement}), found by one regex character class.

    Why: ``translate`` with a dict looks up every character of a non-ASCII text in Python, several times
    slower than a regex that skips in C to the few characters the table replaces.
    """
    found = re.compile("[" + "".join(re.escape(character) for character in table) + "]")
    replacement = dict(table).__getitem__
    return lambda text: found.sub(lambda match: replacement(match.group()), text)


#: One pass over the text: HTML specials to entities, Markdown specials backslash-escaped, the rest as entities.
_ESCAPES = character_map(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", **{ch: "\\" + ch for ch in "\\`*_{}[]()#+!"}, **_ENTITIES}
)
#: Characters no text needs and XML/HTML output rejects: controls other than tab and newline,
#: lone surrogates and the noncharacters U+FFFE/U+FFFF.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


#: Anything escape_markdown would change: specials, odd whitespace, unprintables, a block marker at the start.
_NEEDS_ESCAPING = re.compile(
    r"[&<>\\`*_{}\[\]()#+!|~^=\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]|\s\s|[^\S ]|^\s|\s$"
)


class SafeMarkdown(str):
    """Markdown the generator wrote itself; never escaped again."""

    __slots__ = ()


def strip_unprintable(text: str) -> str:
    """Text without control characters, lone surrogates or noncharacters (tabs and newlines stay)."""
    return _UNPRINTABLE.sub("", text)


def single_spaced(text: str) -> str:
    """Every run of whitespace as one space; most texts are single-spaced already, which two scans in C tell."""
    if "  " not in text and not _ODD_WHITESPACE.search(text):
        return text
    return _WHITESPACE.sub(" ", text)


def fold_text(value: object) -> str:
    """The text a reader sees: printable characters only, whitespace folded to single spaces."""
    return single_spaced(strip_unprintable(str(value))).strip()


def escape_markdown(value: object) -> SafeMarkdown:
    """One line of literal text as Markdown: whitespace folded, every syntax character neutralised."""
    if isinstance(value, SafeMarkdown):
        return value
    return _escape(str(value))


@lru_cache(maxsize=50_000)  # names, titles and dates are printed on many pages
def _escape(text: str) -> SafeMarkdown:
    if not _NEEDS_ESCAPING.search(text) and not _LINE_START.match(text):
        return SafeMarkdown(text)  # the common case: a name, a date, a number
    return SafeMarkdown(escape_line_start(escape_fragment(text).strip()))


def escape_fragment(text: str) -> str:
    """A piece of a line as Markdown: like escape_markdown, but keeps its edge spaces and is not a line start."""
    return _ESCAPES(single_spaced(strip_unprintable(text)))


def escape_line_start(text: str) -> str:
    """Neutralise what would open a block at the start of a line: lists, quotes, admonitions, setext rules."""
    match = _LINE_START.match(text)
    if not match:
        return text
    # Replace the marker's last character by its entity: '- x' -> '&#45; x', '12. x' -> '12&#46; x'.
    marker = match.group(0)
    return marker[:-1] + f"&#{ord(marker[-1])};" + text[len(marker):]


def plain_title(value: object) -> str:
    """A title safe where themes print it without escaping (HTML <title>, search titles)."""
    return _TITLE_SAFE(fold_text(value))


#: What a title may not hold where themes print it raw, and its look-alike.
_TITLE_SAFE = character_map({"<": "‹", ">": "›", "&": "＆", '"': "”", "`": "'", "\\": "/"})


def yaml_value(value: object) -> SafeMarkdown:
    """A YAML scalar for a generated page's frontmatter (JSON is valid YAML)."""
    return SafeMarkdown(json.dumps(value, ensure_ascii=True))


#: Characters percent-encoded in an outside address, so it cannot close or extend the Markdown link it is in.
_URL_UNSAFE = re.compile(r"""[\s()<>\[\]"'`\\*_{}|^~!]""")


def external_link(label: object, url: object) -> SafeMarkdown:
    """A Markdown link to an outside http(s) address; any other scheme gives the escaped label alone."""
    text = str(url or "").strip()
    scheme, _, rest = text.partition(":")
    if scheme.lower() not in ("http", "https") or not rest.startswith("//") or _UNPRINTABLE.search(text):
        return escape_markdown(label)
    encoded = _URL_UNSAFE.sub(lambda match: "".join(f"%{byte:02X}" for byte in match.group().encode()), text)
    return SafeMarkdown(f"[{escape_markdown(label)}]({encoded})")
