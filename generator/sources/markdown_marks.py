"""Markdown's marks read as the text a reader sees: a link as its words, an image out of a sentence, emphasis off,
an underlined (setext) heading as a '#' heading. Pages saved or scraped as Markdown write their text this way."""

from __future__ import annotations

import re

#: A link's or image's address and optional title: '(src "title")', one level of parentheses inside ("a%20(1).jpg").
_ADDRESS = r"(?:[^()\s]|\([^()\s]*\))*"
_TARGET = rf"\({_ADDRESS}(?:\s+\"[^\"\n]*\")?\)"
#: An image: "![alt](src "title")".
#: (Here and below, each pattern opens on its mark, what may come before it a look-behind after it: the search skips
#: in C from mark to mark.)
_IMAGE = re.compile(rf"!(?<!\\!)\[[^\]\n]*\]{_TARGET}")
#: A link: "[words](address "title")"; the words are what the reader reads. Only a web, mail or relative address, or
#: none ("[Neil deGrasse Tyson]()", a link an export emptied): a "javascript:" or other scheme's link stays as written,
#: for the editor to see.
_LINK = re.compile(rf"\[(?<![\\!]\[)([^\[\]\n]+)\](?=\((?:https?://|mailto:|www\.|[/#.?)]|[\w%-]+[/.?#)])){_TARGET}")
#: A line of nothing but links or images (a menu's item, a related link, a share row): kept as written, so the cleaner
#: still sees its addresses and sets it aside as furniture.
_ONLY_LINKS = re.compile(rf"^\s*(?:[-*+•]\s+|\d{{1,3}}[.)]\s+)?(?:!?\[[^\]\n]*\]{_TARGET}\s*[|·•,/-]?\s*)+$")
#: A line of nothing but images: a picture, never a page's address.
_ONLY_IMAGES = re.compile(rf"^\s*(?:{_IMAGE.pattern}\s*)+$")
#: Strong and emphasised words: "**Qatar**", "__Qatar__", "*Qatar*" (never a lone star: "5 * 3", "*note").
_STRONG = re.compile(r"(\*(?<![\\\w]\*)\*|_(?<![\\\w]_)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_EMPHASIS = re.compile(r"\*(?<![\\\w*]\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*\\])\*(?![\w*])")
#: Backslash escapes Markdown writers put before marks they mean as text ("\*", "\[", "\#").
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
#: A hard line break's backslash closing a line ("[Email To A Friend](...)\\"): Markdown's mark, never text.
_HARD_BREAK = re.compile(r"(?<!\\)\\$")
#: A setext underline: "===" under a title, "---" under a subheading.
_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^\s*(?:```|~~~)")
#: Text a "---" may underline as a subheading: short, not a sentence, not itself a block mark ("- item", "> quote").
_SUBHEADING = re.compile(r"^(?![-*+>#|]\s)(?!\d{1,3}[.)]\s).{1,150}(?<![.!?,;])$")
#: Pandoc's attributes closing a heading line, "#### Title {#id .Class key=value}": an anchor and classes, no words.
_ATTRIBUTE = r"(?:-|[#.][\w:.-]+|[\w-]+=(?:\"[^\"\n]*\"|[^\s}]+))"
_HEADING_ATTRIBUTES = re.compile(rf"^( {{0,3}}#{{1,6}}[ \t]+\S.*?)[ \t]+\{{[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}[ \t]*$", re.M)
#: Links and images in a text file at least this often make it Markdown, read as Markdown.
MIN_MARKDOWN_LINKS = 2
MIN_UNDERLINE = 3
#: An ATX heading's marks: one to six '#' and a space.
_ATX = re.compile(r"^#{1,6}\s")


#: A link with its address apart: what ``links`` yields.
_LINK_PARTS = re.compile(rf"(?<![\\!])\[([^\[\]\n]+)\]\(\s*({_ADDRESS})(?:\s+\"[^\"\n]*\")?\)")


def links(line: str) -> list[tuple[str, str]]:
    """(words, address) of each Markdown link of a line, images aside."""
    return [(m.group(1), m.group(2)) for m in _LINK_PARTS.finditer(line)]


def only_links(line: str) -> bool:
    """True for a line of nothing but Markdown links or images: a menu item, a related link, a share row, a picture."""
    return bool(_ONLY_LINKS.match(line))


def only_images(line: str) -> bool:
    """True for a line of nothing but Markdown images: a picture (with its caption's alt text), not a link to a page."""
    return line.lstrip()[:2] == "![" and bool(_ONLY_IMAGES.match(line))


def looks_like_markdown(text: str) -> bool:
    """True when a text file writes links or images the Markdown way, a few times."""
    return len(_LINK.findall(text)) + len(_IMAGE.findall(text)) >= MIN_MARKDOWN_LINKS


def without_heading_attributes(text: str) -> str:
    """Headings with Pandoc's attribute block at their end ("## Title {#id .Class}") as their words alone."""
    return _HEADING_ATTRIBUTES.sub(r"\1", text) if "{" in text else text


def plain_line(line: str) -> str:
    """One line's inline marks read as text: links as their words, images out, emphasis off, escapes undone."""
    line = _HARD_BREAK.sub("", line)
    if only_links(line):
        return line
    text = _IMAGE.sub("", line)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _STRONG.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1), text)
    text = _ESCAPE.sub(lambda m: m.group(1), text)
    return text if text.strip() else line  # a line that was only marks stays as written, for the removed lines


#: A file's first line written as a Markdown title without the space after its mark ("#Afrique - Ocean indien"): one
#: '#' right before a capital, two words or more, no other '#' (a hashtag is one word: "#BlackLivesMatter").
_GLUED_TITLE = re.compile(r"^#(?!#)(\S[^#]*\s[^#]*)$")


def plain_markdown(text: str) -> str:
    """Markdown text as the lines a reader sees; fenced code as written; a setext heading becomes a '#' heading, and a
    title opening the file with its mark glued to it ("#Afrique - Ocean indien") one with its space."""
    lines = without_heading_attributes(text).split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), -1)
    out: list[str] = []
    fenced = False
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            out.append(line)
            continue
        if fenced:
            out.append(line)
            continue
        if n == first and (title := _GLUED_TITLE.match(line.rstrip())) and title.group(1)[:1].isupper():
            out.append(f"# {title.group(1)}")
            continue
        underline = _UNDERLINE.match(line)
        above = out[-1].strip() if out else ""
        # An ATX heading ("### Headline") over a rule is a heading already: the rule under it is a break, no underline.
        if underline and len(underline.group(1)) >= MIN_UNDERLINE and above and not _UNDERLINE.match(above) and not _ATX.match(above):
            if underline.group(1)[0] == "=":
                out[-1] = "# " + above
                continue
            if _SUBHEADING.match(above):
                out[-1] = "## " + above
                continue
        out.append(plain_line(line))
    return "\n".join(out)
