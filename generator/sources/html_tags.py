"""HTML tags left in text read as the words and breaks they stand for: article text is data, never markup.

Two shapes: a story kept as an HTML fragment (a feed's or scraper's record, ``html_text``), and a pasted text whose
lines still carry the tags of the page they came from, "<p><span style=...>Words</span></p>" (``words_of_tags``).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

#: Elements that end a line of text where they open or close.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td",
    "th", "tr", "ul",
})

#: Elements that style words inside a line: dropped, their words kept.
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "ins", "mark", "q", "s", "small", "span",
    "strong", "sub", "sup", "tbody", "thead", "time", "u",
})

#: Elements whose content is no text of the story.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head", "title"})

#: A tag of an element named above, opening, closing or empty, with any attributes.
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
#: Attributes that would run code: such a tag is a payload, shown to the reader as the text it is, never read away.
_ACTIVE = re.compile(r"\bon\w+\s*=|javascript:", re.I)
#: A character reference closed by its semicolon: without one, "&not" in "?a=1&notify=2" is a word, not a "¬".
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Markdown's marks of a block ("#" heading, "> " quote, "- " item, "| " row, fences, "![" image, "[" link).
_BLOCK_MARKS = frozenset("#>|=`~-*+![")


def _known(match: re.Match[str]) -> bool:
    """True for a tag of an element of text (block or inline) that carries nothing that would run."""
    name = match.group(1).lower()
    return (name in BLOCK_TAGS or name in INLINE_TAGS) and not _ACTIVE.search(match.group(0))


def has_tags(text: str) -> bool:
    """True when the text holds a tag of an element of text."""
    return any(_known(match) for match in _TAG.finditer(text))


class _TextOfHtml(HTMLParser):
    """The words of an HTML fragment, a line per block; hidden elements and comments dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(fragment: str) -> str:
    """An HTML fragment's text: a paragraph a block, blank lines between them, whitespace folded within."""
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _line_words(line: str) -> list[str]:
    """One line's text with its tags read: a block tag breaks it, an inline tag goes; a line of tags only is none."""
    marked = _TAG.sub(lambda m: ("\n" if m.group(1).lower() in BLOCK_TAGS else "") if _known(m) else m.group(0), line)
    parts = [" ".join(_decoded(part).split()) for part in marked.split("\n")]
    return [part for part in parts if part]


def line_text(line: str) -> str:
    """One line as a reader sees it: its tags read as words (a block tag as a space), its character references as
    the characters they stand for."""
    return " ".join(_line_words(line)) if has_tags(line) else html.unescape(line)


#: An inline element a text's tags open and close over at most this many line breaks (a link's tag on a line of its
#: own, "<a href=...>" over "The" over "</a> UN said ..."): its line breaks are spaces, as in the page it came from.
MAX_INLINE_BREAKS = 3


#: Headings a template hard-wraps ("<h1>Minister seeks support\n    Momen\n</h1>"): one line of text, as on the page.
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _inline_breaks_joined(text: str) -> str:
    """The text with the line breaks inside an inline element (a link, emphasis), or inside a heading holding only text,
    as spaces; never across a blank line."""
    joined = INLINE_TAGS | _HEADING_TAGS
    tags = [match for match in _TAG.finditer(text) if match.group(1).lower() in joined and _known(match)]
    # Each tag's next tag of the same name, found in one pass from the end (a file of many tags stays linear).
    following: list[re.Match[str] | None] = [None] * len(tags)
    last: dict[str, re.Match[str]] = {}
    for index in range(len(tags) - 1, -1, -1):
        name = tags[index].group(1).lower()
        following[index] = last.get(name)
        last[name] = tags[index]
    spans: list[tuple[int, int]] = []
    for index, opening in enumerate(tags):
        if opening.group(0).startswith("</") or opening.group(0).endswith("/>") or (spans and opening.start() < spans[-1][1]):
            continue
        closing = following[index]
        if closing is None or not closing.group(0).startswith("</"):
            continue
        inside = text[opening.start():closing.end()]
        if opening.group(1).lower() in _HEADING_TAGS and _TAG.search(text, opening.end(), closing.start()):
            continue  # a heading holding other elements: its lines are the page's
        if 0 < inside.count("\n") <= MAX_INLINE_BREAKS and not re.search(r"\n[ \t]*\n", inside):
            spans.append((opening.start(), closing.end()))
    if not spans:
        return text
    bounds = [0, *(bound for span in spans for bound in span), len(text)]
    parts = [text[begin:end] for begin, end in zip(bounds, bounds[1:])]
    return "".join(part.replace("\n", " ") if index % 2 else part for index, part in enumerate(parts))


#: HTML comments on lines of their own (the WordPress block editor's "<!-- wp:paragraph -->" around each block): markup no
#: reader sees, in a page or in Markdown.
_COMMENT_LINES = re.compile(r"^[ \t]*<!--(?:(?!-->).){0,2000}?-->[ \t]*(?:\n|\Z)", re.M | re.S)


def without_comment_lines(text: str) -> str:
    """The text without its lines of HTML comments."""
    return _COMMENT_LINES.sub("", text) if "<!--" in text else text


def words_of_tags(text: str) -> str:
    """A pasted text with the tags its lines still carry read as their words and its character references ("&#x27;",
    "&quot;", "&nbsp;") as the characters they stand for, once: a decoded "&lt;b&gt;" is the text "<b>", never a tag."""
    if "&" not in text and not has_tags(text):
        return text
    lines: list[str] = []
    for line in _inline_breaks_joined(text).split("\n"):
        if line.startswith("<figcaption>") and line.endswith("</figcaption>") and "<" not in line[12:-13]:
            lines.append(line)  # a figure's caption, put on its line by figure_captions: the cleaner reads its tag
        elif any(_known(match) for match in _TAG.finditer(line)):
            lines.extend(_line_words(line))
        else:
            lines.append(_decoded(line) if "&" in line else line)
    return "\n".join(lines)


def _decoded(line: str) -> str:
    """A line's character references as their characters, but one opening the line with a Markdown mark ("&#35; "):
    a "#" written as a reference is a character of the text, never a heading, so it stays as written."""
    done = 0
    for reference in _REFERENCE.finditer(line):
        if line[done:reference.start()].strip():
            break
        character = _character(reference)
        if character.strip():
            if character[0] in _BLOCK_MARKS:
                before, after = line[:reference.start()], line[reference.end():]
                return _REFERENCE.sub(_character, before) + reference.group(0) + _REFERENCE.sub(_character, after)
            break
        done = reference.end()
    return _REFERENCE.sub(_character, line)


def _character(reference: re.Match[str]) -> str:
    """The character a reference stands for."""
    return html.unescape(reference.group(0))
