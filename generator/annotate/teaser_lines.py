"""Lines that read as a teaser's or a link's title, or as several run together, not as the article's text."""
from __future__ import annotations

import re

#: The end of a line that is a sentence, not a teaser's or a link's title.
_SENTENCE_ENDS = tuple(".!?:;\"”’')]。！？；：」』）")  # East Asian scripts' own stops and closing marks too
#: A title cut short with an ellipsis ("Malaysian admits to killing 'overbearing' aunt, hi..."): a teaser.
_CUT_SHORT = re.compile(r"\w(?:\.\.\.|…)\s*$")


#: The most words a teaser's title has; a longer line without a sentence end is a paragraph broken at a link.
TEASER_WORDS = 14
#: The fewest words of a line of several teasers' titles run together: no paragraph's opening sentence is as long.
GLUED_TITLES_WORDS = 40
#: A full stop (and a closing mark) before a space inside a line: a title may ask a question, only a sentence ends so.
_FULL_STOP_INSIDE = re.compile(r"\.[\"”’')\]]*\s|[。！？]")
#: Characters of Chinese, Japanese and Korean, which write no spaces: two of them count as a word.
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _word_count(text: str) -> int:
    """Words of a line, two East Asian characters a word: "美國總統特朗普表示" is no one-word teaser."""
    return len(text.split()) + len(_EAST_ASIAN.findall(text)) // 2


def is_teaser_line(text: str) -> bool:
    """True when a body line reads as a teaser or link title (short, with no sentence end, or cut short), not as text."""
    # Its last character first: most lines end as sentences do, and a search for the end scanned every line whole.
    end = text.rstrip()
    if end.endswith(("...", "…")) and _CUT_SHORT.search(end):
        return True
    return not end.endswith(_SENTENCE_ENDS) and _word_count(text) <= TEASER_WORDS


def glued_titles(text: str) -> bool:
    """True when a long line has no full stop anywhere: a section's teaser titles run together ("Which is India's superstar
    state? A bombing in Delhi raises tensions ..."), not a paragraph cut at a link."""
    end = text.rstrip()
    return (not end.endswith(_SENTENCE_ENDS) and _word_count(text) >= GLUED_TITLES_WORDS
            and not _FULL_STOP_INSIDE.search(end))
