"""Article text is data: escape it so no Markdown, HTML or template syntax from a source takes effect."""
from __future__ import annotations

import json
import re

#: Characters Python-Markdown honours a backslash escape for.
_BACKSLASH = re.compile(r"([\\`*_{}\[\]()#+!])")
#: Characters with no backslash escape that extensions could read as syntax.
_ENTITIES = {"|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;"}
_LINE_START = re.compile(r"^(?:[-+*>?=:]|\d+[.)])")
_WHITESPACE = re.compile(r"\s+")


class SafeMarkdown(str):
    """Markdown the generator wrote itself; never escaped again."""

    __slots__ = ()


def escape_markdown(value: object) -> SafeMarkdown:
    """One line of literal text as Markdown: whitespace folded, every syntax character neutralised."""
    if isinstance(value, SafeMarkdown):
        return value
    return SafeMarkdown(escape_line_start(escape_fragment(str(value)).strip()))


def escape_fragment(text: str) -> str:
    """A piece of a line as Markdown: like escape_markdown, but keeps its edge spaces and is not a line start."""
    text = _WHITESPACE.sub(" ", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _BACKSLASH.sub(r"\\\1", text)
    return "".join(_ENTITIES.get(ch, ch) for ch in text)


def escape_line_start(text: str) -> str:
    """Neutralise what would open a block at the start of a line: lists, quotes, admonitions, setext rules."""
    match = _LINE_START.match(text)
    if not match:
        return text
    first = match.group(0)
    if len(first) > 1:  # "12." or "3)": keep the digits, neutralise the punctuation
        return first[:-1] + f"&#{ord(first[-1])};" + text[len(first):]
    return f"&#{ord(first)};" + text[1:]


def plain_title(value: object) -> str:
    """A title safe where themes print it without escaping (HTML <title>, search titles)."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    return text.translate(str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "`": "'", "\\": "/"}))


def yaml_value(value: object) -> SafeMarkdown:
    """A YAML scalar for a generated page's frontmatter (JSON is valid YAML)."""
    return SafeMarkdown(json.dumps(value, ensure_ascii=True))
