"""reStructuredText posts (Pelican's and Sphinx's .rst, or such a text saved as .txt) read as the text a reader sees:
a title's underline (and overline) as a Markdown heading, a leading field list (":date:", ":author:") as metadata,
links as their words, directives, comments and link targets as no text, and each paragraph's wrapped lines joined."""
from __future__ import annotations

import re

#: A title's over- or underline: one punctuation character repeated, three at least.
_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:.])\1{2,}[ \t]*$")
#: A directive, a comment, a link target or a substitution: ".. image:: x.jpg", ".. _label: url", ".. |name| image:: x".
_EXPLICIT = re.compile(r"^\.\.(?:[ \t]+|$)")
_DIRECTIVE = re.compile(r"^\.\.[ \t]+(?:\|[^|\n]+\|[ \t]+)?(?P<name>[\w:-]+)::")
_TARGET = re.compile(r"^\.\.[ \t]+(?:_[^:\n]+|__):")
#: Directives whose content is text of the post (a note, a quotation): the directive's line goes, the content stays.
_TEXT_DIRECTIVES = frozenset({"note", "tip", "important", "warning", "attention", "caution", "hint", "admonition", "epigraph",
                              "pull-quote", "highlights", "topic", "sidebar", "rubric", "container", "compound"})
#: A field of a field list: ":date: 2024-03-10".
_FIELD = re.compile(r"^:(?P<key>[\w -]+):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
#: Inline links and roles: "`words <https://...>`_", "`words`_", ":ref:`words <target>`", "``literal``", "word_".
_EMBEDDED_LINK = re.compile(r"`(?P<words>[^`<\n]+?)\s*<[^`>\n]+>`__?")
_NAMED_LINK = re.compile(r"`(?P<words>[^`\n]+)`__?")
_ROLE = re.compile(r":[\w:+-]+:`(?P<words>[^`<\n]+?)(?:\s*<[^`>\n]+>)?`")
_LITERAL = re.compile(r"``(?P<words>[^`\n]+)``")
_WORD_LINK = re.compile(r"(?<![\w`])(?P<words>[A-Za-z][\w-]*[A-Za-z0-9])__?(?=[\s.,;:!?)]|$)")
#: A list item, a line block's line or a table's border: a line of its own, never joined.
_OWN_LINE = re.compile(r"^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#\.\s|\|\s|\+[-=+]+\+|[=\s]{3,}$)")
#: A text is reStructuredText when it writes this many of its marks (links, directives, targets, title adornments).
MIN_MARKS = 2


def rst_marks(text: str) -> int:
    """How many reStructuredText marks a text writes: embedded links, directives, link targets, titles' exact underlines."""
    lines = text.split("\n")
    explicit = sum(bool(_DIRECTIVE.match(line) or _TARGET.match(line)) for line in lines)
    underlines = sum(bool(_ADORNMENT.match(line)) and len(line.rstrip()) == len(above.rstrip()) > 0 and not _ADORNMENT.match(above)
                     for above, line in zip(lines, lines[1:]))
    return explicit + min(underlines, 1) + len(_EMBEDDED_LINK.findall(text))


def looks_like_rst(text: str) -> bool:
    """True for a text written in reStructuredText, by its marks: a directive or target, or embedded links, or a title."""
    return rst_marks(text) >= MIN_MARKS and bool(re.search(r"^\.\. |`_", text, re.M))


def inline_text(line: str) -> str:
    """A line's inline marks read as their words."""
    for pattern in (_EMBEDDED_LINK, _ROLE, _NAMED_LINK, _LITERAL):
        line = pattern.sub(lambda m: m.group("words"), line)
    return _WORD_LINK.sub(lambda m: m.group("words"), line) if "_" in line else line


def _blocks(lines: list[str]) -> list[list[str]]:
    """The text's blocks: runs of lines between blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _explicit_block(block: list[str], skipping: bool) -> tuple[list[str], bool]:
    """A block's lines left as text once directives, comments and targets are out; whether indented lines after it
    (the markup's own content) go too."""
    first = block[0]
    if _EXPLICIT.match(first):
        directive = _DIRECTIVE.match(first)
        if directive and directive.group("name").lower() in _TEXT_DIRECTIVES:
            return [line.strip() for line in block[1:] if not _FIELD.match(line.strip())], False
        return [], True
    if skipping and first[:1] in " \t":
        return [], True
    return block, False


def read_rst(text: str) -> tuple[dict[str, str], str]:
    """reStructuredText as raw metadata (a field list after the title) and the text a reader sees."""
    raw: dict[str, str] = {}
    out: list[str] = []
    skipping = False
    for block in _blocks(text.split("\n")):
        block, skipping = _explicit_block(block, skipping)
        if not block:
            continue
        if all(_FIELD.match(line) for line in block) and len(out) <= 1:
            raw.update((m.group("key").strip().lower(), m.group("value") or "") for m in map(_FIELD.match, block))
            continue
        lines = [line for line in block if not _ADORNMENT.match(line)]
        if len(lines) == 1 and len(lines) < len(block):
            level = "#" if any(_ADORNMENT.match(line) and line[0] in "=#*" for line in block) or not out else "##"
            out.append(f"{level} {inline_text(lines[0].strip())}")
            continue
        paragraph: list[str] = []
        for line in lines:
            if _OWN_LINE.match(line) and paragraph:
                out.append(" ".join(paragraph))
                paragraph = []
            paragraph.append(inline_text(line.strip()))
        out.append(" ".join(paragraph))
    return raw, "\n\n".join(out) + "\n"
