"""Lines of print joined into their paragraphs: a text hard-wrapped at a fixed width (an e-mail, a pasted terminal, a
record's copy), and lines of print set blank lines apart (a PDF's or an OCR'd page's copy)."""
from __future__ import annotations

import re
from collections import Counter

#: A hard-wrapped file's width: its longest line is within these bounds (one line per paragraph runs longer).
WRAP_WIDTHS = (40, 100)
#: A wrapped line ends within this many characters of the width (the next word did not fit).
WRAP_SLACK = 20
#: Lines that start a block of their own, in any text: bullets and numbered items.
_ITEM = re.compile(r"^\s*(?:[-*+•–—]\s|\d{1,3}[.)]\s)")
#: In Markdown also headings, block quotes, table rows, fences and rules.
MARKDOWN_BLOCK = re.compile(r"^\s*(?:[-*+•–—]\s|\d{1,3}[.)]\s|#|>|\||```|~~~|(?:[-*_]\s*){3,}$)")
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")


def _set_apart(lines: list[str]) -> bool:
    """True when the first non-empty line has a blank line under it (a headline, not a paragraph's first line)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    return first + 1 < len(lines) and not lines[first + 1].strip()


#: A Markdown link's address: a wrapped copy may run a line past the width for an address no wrap can break.
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")


def _shown_length(line: str) -> int:
    """A line's length without its links' addresses."""
    line = line.rstrip()
    return len(_LINK_TARGET.sub("]", line)) if "](" in line else len(line)


#: Lines set apart that run longer than a wrapped text's width (its headlines): at most one in this many lines.
MAX_LONG_LINE_SHARE = 4


def _wrap_width(lines: list[str], lengths: list[int]) -> int:
    """The width a text is wrapped at: its longest line, or the longest line inside a paragraph (another line under it)
    when only lines set apart run longer, and few of them (the headlines of several releases over their wrapped text)."""
    width = max(lengths, default=0)
    if len(lengths) > 2 and lengths[0] == width > max(lengths[1:]) and _set_apart(lines):
        return max(lengths[1:])  # a long headline over a wrapped text: the text's lines set the width
    if WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return width
    inner = max((_shown_length(line) for line, under in zip(lines, lines[1:]) if line.strip() and under.strip()), default=0)
    longer = sum(length > inner for length in lengths)
    return inner if longer * MAX_LONG_LINE_SHARE <= len(lengths) else 0


def join_wrapped_lines(text: str, block_start: re.Pattern[str] = _ITEM) -> str:
    """Lines hard-wrapped at a fixed width (an e-mail, a pasted terminal) joined into their paragraphs.

    Only when the file looks wrapped: no line longer than a wrap width, and most lines of some length end near
    it. A line joins the one before when that one ends near the width, the first word of this one would not
    have fit on it, and it does not end a sentence (or blank lines separate the paragraphs, so it cannot end
    one). Short lines (menus, credits, headlines) never take the next line: one line per paragraph stays as is.
    """
    lines = text.split("\n")
    lengths = [_shown_length(line) for line in lines if line.strip()]
    width = _wrap_width(lines, lengths)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return text
    near = sum(width - WRAP_SLACK <= length <= width for length in lengths)
    if near < 2 or near * 2 < sum(length >= WRAP_SLACK for length in lengths):
        return text
    separated = any(not line.strip() for line in lines[1:-1])
    joined: list[str] = []
    last = ""
    for line in lines:
        previous = joined[-1].rstrip() if joined else ""
        first_word = line.split()[0] if line.strip() else ""
        wrapped = (first_word and len(previous) >= width - WRAP_SLACK and len(last) <= width and len(previous) + 1 + len(first_word) > width - 2
                   and not block_start.match(line) and not block_start.match(previous)
                   and (separated or not _SENTENCE_END.search(previous)))
        if wrapped:
            quoted = previous.lstrip()[:1] == ">" == line.lstrip()[:1]  # a block quote's mark is once, at its start
            joined[-1] = f"{previous} {line.strip().lstrip('> ') if quoted else line.strip()}"
        else:
            joined.append(line)
        last = _LINK_TARGET.sub("]", line.rstrip())  # the line as the file has it: a headline longer than the width takes no line
    return "\n".join(joined)


#: A line this long is a line of print, not a heading, a date or a signature.
PRINT_LINE_CHARS = 40


#: Blank lines a print copy sets between its lines, at most (the Congressional Record's copy sets two).
MAX_PRINT_GAP = 3


def _gaps(lines: list[str]) -> list[int]:
    """For each line, how many blank lines follow it before the next line of text (0 at the end of the text)."""
    gaps = [0] * len(lines)
    blanks, later = 0, False
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].strip():
            gaps[i] = blanks if later else 0
            blanks, later = 0, True
        else:
            blanks += 1
    return gaps


def join_spaced_lines(text: str) -> str:
    """Lines of print set blank lines apart (text copied from a PDF or an OCR'd page: a line per paragraph; a record's
    copy with two blank lines under each line) joined into their sentences.

    Only when the file is spaced so: three lines of print in four have as many blank lines under them as most do (one
    to three; a paragraph's end may have more), half stop mid-sentence (one paragraph a line, as pasted articles are, ends its sentences) and half of
    those go on in lower case (a web page's headlines and menus stop mid-sentence too, over capitals). A line of print
    that does not end a sentence then takes the next line, across that many blank lines, unless either is in capitals
    (a heading).
    """
    lines = text.split("\n")
    gaps = _gaps(lines)
    printed = [i for i, line in enumerate(lines) if len(line.strip()) >= PRINT_LINE_CHARS]
    common = Counter(gaps[i] for i in printed if gaps[i]).most_common(1)
    gap = common[0][0] if common else 0
    spaced = [i for i in printed if gap <= gaps[i] <= MAX_PRINT_GAP] if 0 < gap <= MAX_PRINT_GAP else []  # paragraphs' ends set wider
    unfinished = [i for i in spaced if not _SENTENCE_END.search(lines[i].rstrip())]
    going_on = [i for i in unfinished if lines[i + gaps[i] + 1].strip()[:1].islower()]
    if len(printed) < 4 or len(spaced) * 4 < len(printed) * 3 or len(unfinished) * 2 < len(printed) or len(going_on) * 2 < len(unfinished):
        return text
    joined: list[str] = []
    blanks = 0
    for line in lines:
        if not line.strip():
            joined.append(line)
            blanks += 1
            continue
        previous = joined[-blanks - 1].rstrip() if blanks and len(joined) > blanks else ""
        if (blanks == gap and len(previous.strip()) >= PRINT_LINE_CHARS and not _SENTENCE_END.search(previous)
                and not previous.isupper() and not line.strip().isupper()):
            del joined[len(joined) - blanks:]
            joined[-1] = f"{previous} {line.strip()}"
        else:
            joined.append(line)
        blanks = 0
    return "\n".join(joined)
