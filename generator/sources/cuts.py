"""Stage 2a': paragraphs a page's copy cut at their links, joined again.

Some copies of a web page put each link of a paragraph on a line of its own and break the paragraph there:
"... posted on the" / "Telegram" / "Znak.com," / "In November 2023, ...". The link texts are the article's words,
not headlines, subheadings or teaser links: a line that stops mid-sentence, a few short lines, then the text going
on is one paragraph again. The join keeps every word; noise between the parts (an ad) stays a removed line.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.bylines import is_byline
from generator.sources.lines import MIN_BODY_WORDS, Line, is_finished, is_text
from generator.sources.noise import noise_reason
from generator.sources.wraps import OPEN_WORDS

#: A link's text is this short at most; a longer line after a cut is the text going on.
MAX_LINK_WORDS = 5
#: At most this many link lines follow one cut: more short lines are a menu, not a sentence's links.
MAX_LINKS = 3
#: The lines looked at after a cut line (links and the noise between them): the search stays linear in the page's length.
MAX_RUN = 6
#: A cut line has at least this many words ("Ukraine marked the").
MIN_CUT_WORDS = 3
#: What a position rule (a teaser list, a repeated line) gave a link line, which the cut's context overrules.
_POSITIONAL = frozenset({None, RemovedReason.RELATED, RemovedReason.REPEATED_WIDGET})
#: What a line opens with when it only goes on with the sentence above it (", following ..."), or closes it (".").
_GOING_ON = frozenset(",.;:!?)")
#: A line that opens with a web address ("example.co.uk features ..."), in lower case though it starts a sentence.
_ADDRESS_START = re.compile(r"^(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b")
#: The most lines one sentence broken at its links is read from (the search stays linear in the page's length).
MAX_BROKEN_PARTS = 12


def ends_open(line: Line) -> bool:
    """A line of text that stops where no sentence or headline does: on a comma or an open word ("... posted on the")."""
    if line.noise not in _POSITIONAL or line.md_level or line.words < MIN_CUT_WORDS:
        return False
    last = line.text[line.text.rfind(" ") + 1 :]
    return last.endswith(",") or last.casefold() in OPEN_WORDS


def ends_unfinished(line: Line) -> bool:
    """A paragraph-long line that stops on a lower-case word (so without a full stop): cut, or a long headline."""
    last = line.text[line.text.rfind(" ") + 1 :]
    return line.noise in _POSITIONAL and not line.md_level and line.words >= MIN_BODY_WORDS and last[:1].islower() and last[-1:].isalpha()


def _cut_kind(line: Line) -> str | None:
    """"open" or "unfinished" for a line that may stop mid-sentence, else None."""
    if ends_open(line):
        return "open"
    return "unfinished" if ends_unfinished(line) else None


def _goes_on(line: Line) -> bool:
    """The text going on after a paragraph's links: running text, or a line that continues a sentence (which a teaser
    list's rule may have taken for a link under the ad before it)."""
    return line.gap_before == 0 and (is_text(line) or line.noise in _POSITIONAL and line.text[:1].islower())


def _goes_on_below(lines: list[Line], i: int) -> bool:
    """True when the line under line ``i`` goes on with its sentence in lower case: a paragraph a page break cut in two."""
    return i + 1 < len(lines) and lines[i + 1].noise is None and lines[i + 1].text[:1].islower() and is_text(lines[i + 1])


def _text_follows(lines: list[Line], i: int) -> bool:
    """True when the next line that is not noise is running text."""
    following = next((line for line in lines[i + 1 : i + 1 + MAX_RUN] if line.noise is None), None)
    return following is not None and is_text(following)


def link_run_end(lines: list[Line], i: int, strict: bool) -> int | None:
    """Past the link lines after the cut line ``i`` (stacked under it, short), when the text goes on after them; else None.

    ``strict`` (a cut seen only by its length and lower-case end) allows no noise and no name among the links: a long
    headline has a date stamp or a byline under it.
    """
    j, links = i + 1, 0
    while j < min(len(lines), i + 1 + MAX_RUN) and lines[j].gap_before == 0 and lines[j].words <= MAX_LINK_WORDS:
        link = lines[j].noise in _POSITIONAL
        if is_byline(lines[j].text) or strict and not link:
            return None
        links += link
        j += 1
    if links > MAX_LINKS or j >= len(lines) or not _goes_on(lines[j]):
        return None
    if links == 0 and not (j > i + 1 and lines[j].text[:1].islower()):
        return None  # nothing to join, unless the sentence goes on past an ad ("... in recent weeks," / "Advertisement" / "but ...")
    return j


def _joinable(line: Line) -> bool:
    """A part a broken sentence may hold: text, a line only a position rule marked, or bare punctuation ('.')."""
    return not line.md_level and (line.noise in _POSITIONAL or line.noise is RemovedReason.COUNTER and set(line.text) <= _GOING_ON)


def _goes_on_with(previous: Line, line: Line) -> bool:
    """Whether ``line``, stacked under the unfinished ``previous``, goes on with its sentence: it opens in lower case or
    on punctuation, or ``previous`` stopped where no sentence does (on an open word or a comma)."""
    if line.gap_before or not _joinable(line) or is_byline(line.text) or is_finished(previous.text) or previous.text.endswith((":", ";")):
        return False
    first = line.text[:1]
    last = previous.text[previous.text.rfind(" ") + 1 :]
    if first.islower() and _ADDRESS_START.match(line.text):
        return False  # "morebikes.co.uk features ...": a site's address opens a line of its own
    if first.islower() or first in _GOING_ON:
        return True
    return line.words <= MAX_LINK_WORDS and (last.endswith(",") or last.casefold() in OPEN_WORDS)  # a link's text, not a paragraph


#: What opens a line that goes on with a sentence and never opens one: the link's text above it is that sentence's.
_MID_SENTENCE = frozenset(",;)")


def _link_mid_sentence(lines: list[Line], j: int) -> bool:
    """Whether line ``j`` is a link's text inside the sentence the unfinished line above it began: the line under it goes
    on with that sentence on a comma ("... Thailand's bid to join" / "Brics" / ", a league of countries ...")."""
    previous, line = lines[j - 1], lines[j]
    if j + 1 >= len(lines) or line.gap_before or lines[j + 1].gap_before or not _joinable(line) or is_byline(line.text):
        return False
    return (line.words <= MAX_LINK_WORDS and lines[j + 1].text[:1] in _MID_SENTENCE and previous.words >= MIN_CUT_WORDS
            and not is_finished(previous.text) and not previous.text.endswith((":", ";")))


#: A sentence broken this often at its links (lower-case parts among them) is one though the page lost its full stop.
MIN_UNSTOPPED_PARTS = 4


def _closed_by_text(lines: list[Line], i: int, j: int, words: int) -> bool:
    """A sentence broken over many lines whose full stop the copy lost: a paragraph long, its last part in lower case,
    and a new sentence of running text right under it."""
    return (j - i >= MIN_UNSTOPPED_PARTS and words >= MIN_BODY_WORDS and lines[j - 1].text[:1].islower()
            and j < len(lines) and lines[j].gap_before == 0 and lines[j].text[:1].isupper() and is_text(lines[j]))


def join_broken_sentences(lines: list[Line]) -> list[Line]:
    """Each sentence a page's copy broke over several lines at its links ("Mr Putin is due to attend" / "the third Belt
    and Road Forum," / ... / ".") as one line, when its parts go on with each other and close on a finished sentence."""
    joined: list[Line] = []
    i = 0
    while i < len(lines):
        j = i + 1
        if _joinable(lines[i]) and (lines[i].text[:1].isupper() or lines[i].text[:1] in "\"“‘'"):
            while j < len(lines) and j - i < MAX_BROKEN_PARTS and (_goes_on_with(lines[j - 1], lines[j]) or _link_mid_sentence(lines, j)):
                j += 1
        text = lines[i].text
        for part in lines[i + 1 : j]:
            text += part.text if part.text[:1] in _GOING_ON else " " + part.text
        words = sum(part.words for part in lines[i:j])
        closed = is_finished(text) or _closed_by_text(lines, i, j, words)
        if j - i == 1 or not closed or noise_reason(text, words) is not None:  # a notice broken at its links stays noise
            joined.append(lines[i])
            i += 1
            continue
        joined.append(replace(lines[i], text=text, noise=None, candidate=False, went_on=True, words=words))
        i = j
    return joined


def join_cut_paragraphs(lines: list[Line]) -> list[Line]:
    """Each paragraph cut at its links as one line again, the noise between its parts after it (one linear pass)."""
    lines = join_broken_sentences(lines)
    joined: list[Line] = []
    last_clean: Line | None = None  # the last line that is not noise: a cut is looked for after running text only
    i = 0
    while i < len(lines):
        line = lines[i]
        end = None
        cut = _cut_kind(line) if last_clean is not None and line.noise in _POSITIONAL else None
        if cut is not None and is_text(last_clean):
            end = link_run_end(lines, i, strict=cut == "unfinished")
        if end is None:
            if line.candidate and (line.went_on or _goes_on_below(lines, i)) and last_clean is not None and is_text(last_clean) and _text_follows(lines, i):
                line = replace(line, candidate=False)  # it went on in lower case between paragraphs: a sentence cut at a link or a page's end
            joined.append(line)
            last_clean = line if line.noise is None else last_clean
            i += 1
            continue
        stop = end + 1 if lines[end].text[:1].islower() else end  # a line going on mid-sentence is the same paragraph
        parts = [line] + [part for part in lines[i + 1 : stop] if part.noise in _POSITIONAL]
        text = " ".join(part.text for part in parts)
        last_clean = replace(line, text=text, noise=None, candidate=False, words=sum(part.words for part in parts))
        joined.append(last_clean)
        joined.extend(part for part in lines[i + 1 : stop] if part.noise not in _POSITIONAL)
        i = stop
    return _unmark_unstopped_end(joined)


#: Words a line closing the text with its full stop lost has at least: a headline, a teaser's even, is shorter.
MIN_UNSTOPPED_WORDS = 16
#: A note's label opening a line: "Editor's note:", "Update:", a word or three before a colon.
_LABEL = re.compile(r"^\S+(?: \S+){0,2}:\s")


def _unmark_unstopped_end(lines: list[Line]) -> list[Line]:
    """The text's last paragraph with its full stop lost ("... incompatible avec la souveraineté nationale"), a
    sentence's length right under the text with no text after it, is a paragraph, not a headline after the article."""
    last = max((i for i, line in enumerate(lines) if is_text(line)), default=-1)
    end = last + 1
    if last < 0 or end >= len(lines) or not lines[end].candidate or lines[end].words < MIN_UNSTOPPED_WORDS:
        return lines
    if lines[end].gap_before > 1 or not ends_unfinished(lines[end]) or lines[end].noise is not None or _LABEL.match(lines[end].text):
        return lines
    return [*lines[:end], replace(lines[end], candidate=False), *lines[end + 1 :]]
