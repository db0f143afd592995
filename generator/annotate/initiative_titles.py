"""Title-case text: a subheading, a headline-shaped line, a list item or a cited title capitalises every word, so a
capitalised run there names an initiative only where the article's running text writes it too."""
from __future__ import annotations

import re

#: At most this many words make a block headline-shaped: a subheading, a headline-like line, a list item.
TITLE_WORDS = 25
#: A title in curly quotes: a cited headline in a paragraph or a reference list ("“Israel Hails UAE Deal but ...,” Reuters");
#: straight quotes pair across a CSV row's or a tokenized text's fields, so they mark no title.
_QUOTED = re.compile(r"“(?P<title>[^“”\n]{12,200})”")


def longer_words(text: str) -> list[str]:
    """The words of more than three characters that open on a letter: the ones a title capitalises."""
    return [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]


def in_title_case(text: str) -> bool:
    """True for a line in title case ("Operation Begins In Gaza"): most of its longer words capitalised."""
    longer = longer_words(text)
    return len(longer) >= 3 and sum(w[:1].isupper() for w in longer) * 3 > len(longer) * 2


def title_case_block(text: str) -> bool:
    """True for a headline-shaped block in title case: a subheading, a headline-like line, a list item.

    Stricter than a headline's test: a sentence with many names ("the Stability Pact signed at the Sarajevo Summit")
    still writes its verbs in lower case, where a title leaves one longer word so at most, and ends on a full stop,
    where a title does not ("The Harbour Initiative grows.").
    """
    longer = longer_words(text)
    return (len(text.split()) <= TITLE_WORDS and len(longer) >= 3 and sum(not w[:1].isupper() for w in longer) <= 1
            and not text.rstrip().endswith("."))


def title_case_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a block written in title case: all of a title-case block, else its quoted titles."""
    if title_case_block(text):
        return [(0, len(text))]
    if "“" not in text:  # most paragraphs quote nothing: skip the pattern
        return []
    return [m.span("title") for m in _QUOTED.finditer(text) if title_case_block(m.group("title"))]


def running_text(blocks: list[tuple[int, str]]) -> str:
    """The article's running text: its blocks with their title-case spans blanked, one block a line."""
    lines = []
    for _, text in blocks:
        for start, end in reversed(title_case_spans(text)):
            text = f"{text[:start]} {text[end:]}"
        lines.append(text)
    return "\n".join(lines)


def in_title(spans: list[tuple[int, int]], text: str, start: int, end: int) -> bool:
    """True when the name from ``start`` to ``end`` lies inside a title-case span: a whole block, or a quotation holding
    more words than the name (one that is the name alone, the annual “Security Consultative Meeting”, writes the name)."""
    words = len(text[start:end].split())
    return any(a <= start and end <= b and ((a, b) == (0, len(text)) or len(text[a:b].split()) > words) for a, b in spans)
