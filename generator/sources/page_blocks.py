"""A saved page's extracted tree as the reader's text: one paragraph a block, marked as subheading, list item or quote."""
from __future__ import annotations

import re
from typing import Iterator

from lxml import etree

from generator.markdown_text import fold_text

#: How the reader's text marks a paragraph that is not plain: a subheading, a list item, a block quote.
MARKS = {"heading": "## ", "item": "• ", "quote": "> "}

_BLANK = re.compile(r"\s+")


def page_blocks(body: etree._Element) -> Iterator[str]:
    """The extracted tree as source text: one paragraph a block, marked by MARKS: subheadings, list items, quotes."""
    for element in body:
        yield from _element_blocks(element)
        if element.tag in _BLOCK_TAGS:
            yield from _loose_blocks(element.tail)


def _loose_blocks(text: str | None) -> list[str]:
    """Text the extractor left loose after one of its blocks (a subheading's tail: the paragraph under it) as paragraphs;
    never a line break's tail, which is the text of a page of links the extractor read as one run of lines."""
    if not text or not text.strip() or _is_program(text):
        return []
    return [line for line in (fold_text(_BLANK.sub(" ", line)) for line in _source_lines(text)) if line]


#: Characters a program's statements are thick with and prose seldom uses; a loose text this full of them is code
#: the page's template printed (a CMS's SQL or PHP left in the page), never the article's.
_PROGRAM_MARKS = re.compile(r"[;{}()<>=`\\]|->|\$[A-Za-z_]")
MAX_PROGRAM_SHARE = 0.05


def _is_program(text: str) -> bool:
    return len(_PROGRAM_MARKS.findall(text)) > MAX_PROGRAM_SHARE * len(text.strip())


def _element_blocks(element: etree._Element, quoted: bool = False) -> Iterator[str]:
    tag = element.tag
    if tag == "list":
        for item in element.iter("item"):
            text = _text_of(item)
            if text:
                yield MARKS["item"] + text
    elif tag == "table":
        for row in element.iter("row"):
            if next(row.iterancestors("table"), None) is not element:
                continue  # a nested table's rows: read where its table stands
            if any(child.tag in _BLOCK_TAGS for cell in row.iter("cell") for child in cell):
                for cell in row.iter("cell"):  # a layout table, as old pages are built: its cells hold the paragraphs
                    yield from _layout_cell_blocks(cell)
                continue
            cells = [_text_of(cell) for cell in row.iter("cell")]
            if any(cells):
                yield " · ".join(cell for cell in cells if cell)
    elif tag == "quote" and any(child.tag in ("p", "list", "head") for child in element):
        for child in element:
            yield from _element_blocks(child, quoted=True)
            if child.tag in _BLOCK_TAGS:
                yield from (MARKS["quote"] + text for text in _loose_blocks(child.tail))
    elif tag in ("graphic", "lb"):
        return
    else:
        mark = MARKS["heading"] if tag == "head" else MARKS["quote"] if quoted or tag == "quote" else ""
        for text in _broken_paragraphs(element):
            yield mark + text


#: What a layout table's cell holds as paragraphs of their own.
_BLOCK_TAGS = {"p", "head", "list", "quote", "table"}


def _layout_cell_blocks(cell: etree._Element) -> Iterator[str]:
    """A layout cell's paragraphs, and the loose text between them (a headline in bold over them) as paragraphs too."""
    loose: list[str] = [cell.text or ""]
    for child in cell:
        if child.tag in _BLOCK_TAGS:
            text = fold_text(_BLANK.sub(" ", " ".join(loose)))
            if text:
                yield text
            loose = []
            yield from _element_blocks(child)
        elif child.tag not in ("graphic", "lb"):
            loose.append(" ".join(child.itertext()))
        loose.append(child.tail or "")
    text = fold_text(_BLANK.sub(" ", " ".join(loose)))
    if text:
        yield text


def _broken_paragraphs(element: etree._Element) -> list[str]:
    """An element's text, as paragraphs where two line breaks in a row part it ("...evening.<br><br>The talks..."),
    as pages built without paragraph tags write them (the extractor often keeps one break of the two); one break
    parts it too when every piece it parts reads as a paragraph (ends a sentence, runs a paragraph's length)."""
    children = list(element)
    broken = any(child.tag == "lb" for child in children)  # a text parted by line breaks only, no <br>: its lines may be paragraphs

    def flat(text: str | None) -> str:
        return (text or "").replace("\n", " ") if broken else (text or "")

    parts: list[list[str]] = [[flat(element.text)]]
    for index, child in enumerate(children):
        following = children[index + 1] if index + 1 < len(children) else None
        if child.tag == "lb" and following is not None and following.tag == "lb" and not (child.tail or "").strip():
            parts.append([])
        elif child.tag == "lb":
            parts[-1].append("\n")
        else:
            parts[-1].append(" ".join(child.itertext()).replace("\n", " "))
        parts[-1].append(flat(child.tail))
    texts = (fold_text(_BLANK.sub(" ", line)) for part in parts for line in _source_lines("".join(part)))
    return [text for text in texts if text]


#: A source line that ends a sentence: a paragraph's end when an old page parts its paragraphs by line breaks only.
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*\s*$")
#: Lines of a text parted by line breaks only are paragraphs when this share of them ends a sentence, and they run
#: this long on average (a hard-wrapped paragraph's lines are short and seldom end one).
MIN_ENDED_SHARE, MIN_PARAGRAPH_LINE_CHARS = 0.75, 100


def _source_lines(text: str) -> list[str]:
    """A paragraph's text as the page's source breaks it, when its lines are paragraphs ("...went to press.\n
    Preliminary polls showed...": a page built without paragraph tags, or with tags the parser let go); else whole."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return [text]
    ended = sum(bool(_SENTENCE_END.search(line)) for line in lines)
    if ended < MIN_ENDED_SHARE * len(lines) or sum(map(len, lines)) < MIN_PARAGRAPH_LINE_CHARS * len(lines):
        return [text]
    return lines


def _text_of(element: etree._Element) -> str:
    """An element's text, line breaks and whitespace folded to single spaces."""
    return fold_text(_BLANK.sub(" ", " ".join(element.itertext())))
