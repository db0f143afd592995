"""Stage 2b': lines an article prints twice: a highlight or pull quote whose words a paragraph of the text says in full.

An unfinished line (a highlight, or a teaser cut with an ellipsis) found inside a body paragraph, and a one-sentence line a longer paragraph ends a
sentence with (a pull quote, "Since then, ..."; a dek the lead says again), are no paragraphs of their own.
"""
from __future__ import annotations

import re
from collections import Counter

from generator.sources.lines import Line, is_body, is_finished

#: Unfinished lines of at least this many words are looked for inside the article's paragraphs (highlights, pull quotes).
MIN_ECHO_WORDS = 6
#: At most this many lines of an article are looked for, so the search stays linear in the article's length.
MAX_ECHO_CHECKS = 40


def echoed_lines(lines: list[Line]) -> set[int]:
    """Indexes of unfinished lines (highlights) whose words a body paragraph of the article says in full, and of pull quotes."""
    paragraphs = [line.text.casefold() for line in lines if is_body(line)]
    text = "\n".join(paragraphs)
    own = Counter(paragraphs)
    found = _pulled_sentences(lines)
    checks = 0
    for i, line in enumerate(lines):
        cut = _CUT.search(line.text)
        if line.noise or line.words < MIN_ECHO_WORDS or not cut and is_finished(line.text) or checks >= MAX_ECHO_CHECKS:
            continue
        checks += 1
        folded = line.text.casefold()
        words = line.text[: cut.start()].casefold() if cut else folded  # a teaser cut short: its words, without the ellipsis
        if text.count(words) > own[words] + (own[folded] if cut else 0):
            found.add(i)
    return found


#: The ellipsis a teaser or a page's description is cut with ("... the European Democracy..."): the line stops mid-sentence.
_CUT = re.compile(r"(?<=\w)(?:\.\.\.|…)[\"'”’]?$")


#: A finished line of at least this many words, one sentence, is a pull quote when a longer paragraph ends a sentence with it.
MIN_PULLED_WORDS = 8
#: The last words of a sentence that index it, so a pull quote finds the sentences it may repeat without a scan.
_TAIL_WORDS = 6
#: At most this many sentences sharing a tail are compared with a line (a template's lines share many), so the search stays linear.
MAX_SAME_TAIL = 8
#: Where a line's sentences end; opening on the white space, not on a look-behind, ``re`` skips in C from space to space.
_SENTENCES = re.compile(r"\s(?:(?<=[.!?…][\"'”’)]\s)\s*|(?<=[a-z0-9%][.!?…]\s)\s*(?=[\"“‘'(A-Z0-9]))")


def _pulled_sentences(lines: list[Line]) -> set[int]:
    """Indexes of one-sentence lines a longer paragraph of the article says in full, whatever opens its sentence ("Since
    then, ..."): a pull quote the page set between paragraphs, or a dek the lead says again. Never a line of a paragraph
    the page printed again whole with others of its lines (the text pasted twice)."""
    body = {i: [sentence.casefold() for sentence in _SENTENCES.split(line.text)] for i, line in enumerate(lines) if is_body(line)}
    own = {line.text.casefold() for i, line in enumerate(lines) if i in body}
    ends: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for i, sentences in body.items():
        for sentence in sentences:
            ends.setdefault(tuple(sentence.split()[-_TAIL_WORDS:]), []).append((i, sentence))
    found: set[int] = set()
    for i, line in enumerate(lines):
        if i not in body or line.words < MIN_PULLED_WORDS or len(body[i]) > 1 or not is_finished(line.text):
            continue
        folded = body[i][0]
        for j, sentence in ends.get(tuple(folded.split()[-_TAIL_WORDS:]), ())[:MAX_SAME_TAIL]:
            if j != i and len(lines[j].text) > len(line.text) and sentence.endswith(folded) \
                    and sentence[-len(folded) - 1 : -len(folded)] in ("", " ") and not own.intersection(set(body[j]) - {sentence}):
                found.add(i)
    return found
