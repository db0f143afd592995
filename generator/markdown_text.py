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
    text = _WHITESPACE.sub(" ", str(value)).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _BACKSLASH.sub(r"\\\1", text)
    text = "".join(_ENTITIES.get(ch, ch) for ch in text)
    match = _LINE_START.match(text)
    if match:
        first = match.group(0)
        text = f"&#{ord(first[-1])};" + text[len(first):] if first[-1] in ".)" and len(first) > 1 else f"&#{ord(text[0])};" + text[1:]
        if len(first) > 1 and first[-1] in ".)":
            text = first[:-1] + text
    return SafeMarkdown(text)


def plain_title(value: object) -> str:
    """A title safe where themes print it without escaping (HTML <title>, search titles)."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    return text.translate(str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "`": "'", "\\": "/"}))


def yaml_value(value: object) -> SafeMarkdown:
    """A YAML scalar for a generated page's frontmatter (JSON is valid YAML)."""
    return SafeMarkdown(json.dumps(value, ensure_ascii=True))
