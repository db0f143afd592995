"""Direct quotes and their speakers."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from generator.annotate.people import SPEECH_VERBS
from generator.annotate.text import sentence_spans
from generator.model import Quote

_DOUBLE = re.compile(r"“([^“”]+)(?:”|$)|\"([^\"]+)(?:\"|$)")
_SINGLE = re.compile(r"(?<![\w])‘([^‘’]{12,}?)’(?![\w])")
_PRONOUN_AFTER = re.compile(rf"^[\s,.]*(?:(?:he|she)\s+\w+|(?:they|the \w+(?: \w+)?)\s+(?:{SPEECH_VERBS})|(?:{SPEECH_VERBS})\s+(?:he|she|the \w+(?: \w+)?)\b)", re.I)
_NAME_AFTER = re.compile(
    rf"^[\s,.]*(?:(?:{SPEECH_VERBS}|according to)\s+(?P<a>[^,.;:“”\"]+)(?P<apposition>,\s+[^.;:“”\"]+)?"
    rf"|(?P<b>[A-Z][^,.;:“”\"]*?)\s+(?:{SPEECH_VERBS}))"
)
_VERB_BEFORE = re.compile(rf"(?:{SPEECH_VERBS}|saying|according to [^,]+)\s*[:,]?\s*$", re.I)
#: Fewer words than this, with no speaker in the same sentence, is a scare quote or a title.
MIN_UNATTRIBUTED_WORDS = 4


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Resolves a name or surname written in the text to a person key and full name."""

    by_text: dict[str, tuple[str, str]]

    def resolve(self, text: str, last: bool = False) -> tuple[str, str] | None:
        """The person the text names (the longest name first; with ``last``, the rightmost one)."""
        words = [re.sub(r"['’]s$", "", w.strip(",.;:()“”\"'‘’")) for w in text.split()]
        if last:
            for i in range(len(words) - 1, -1, -1):
                for size in range(min(4, len(words) - i), 0, -1):
                    found = self.by_text.get(" ".join(words[i : i + size]))
                    if found:
                        return found
            return None
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                found = self.by_text.get(" ".join(words[i : i + size]))
                if found:
                    return found
        return None


#: How far back from a quote the attribution clause is read; keeps many quotes in one paragraph linear.
CLAUSE_CHARS = 300


def find_quotes(blocks: list[tuple[int, str]], names: NameIndex, mentions_by_block: dict[int, list[tuple[int, str]]]) -> list[Quote]:
    """Every direct quote in the article's paragraphs, with the speaker where the text says who."""
    quotes: list[Quote] = []
    last_speaker: tuple[str, str] | None = None
    last_person: tuple[str, str] | None = None
    open_quote = False
    previous_ended_quoting = False
    for block, text in blocks:
        spans = [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _DOUBLE.finditer(text)]
        spans += [(m.start(), m.end(), m.group(1)) for m in _SINGLE.finditer(text)]
        continues = open_quote and text.lstrip().startswith(("“", '"'))
        open_quote = text.count("“") > text.count("”")
        sentence_starts = [a for a, _ in sentence_spans(text)] or [0]
        people_here = [(offset, name, _is_subject(text, offset, sentence_starts)) for offset, name in mentions_by_block.get(block, [])]
        speaker_here: tuple[str, str] | None = None
        seen = 0  # people_here[:seen] stand before the current quote
        last_mentioned = last_subject = None
        for start, end, inner in sorted(spans):
            while seen < len(people_here) and people_here[seen][0] < start:
                last_mentioned = people_here[seen][1]
                if people_here[seen][2]:
                    last_subject = people_here[seen][1]
                seen += 1
            inner = inner.strip().rstrip(",")
            words = len(inner.split())
            sentence_start = max(sentence_starts[bisect_right(sentence_starts, start) - 1], start - CLAUSE_CHARS)
            clause = _QUOTED.sub(" ", text[sentence_start:start])
            chosen = last_subject or last_mentioned
            nearest = names.resolve(chosen) if chosen else last_person
            speaker = _speaker_after(text[end : end + 80], names, nearest or last_speaker)
            if speaker is None:
                speaker = _speaker_before(clause.strip(), names, nearest)
            if speaker is None and start <= 1 and words >= MIN_UNATTRIBUTED_WORDS and (
                continues or _whole_paragraph(text, start, end) or previous_ended_quoting
            ):
                speaker = last_speaker  # a paragraph of quotation carries on the last speaker's words
            if speaker is None and speaker_here is not None and words >= MIN_UNATTRIBUTED_WORDS and not _attributed_elsewhere(text[end : end + 120]):
                speaker = speaker_here  # '"...," Araqchi told reporters. "The region has paid a heavy price."'
            if speaker is not None:
                speaker_here = speaker
            if speaker is None and (_is_title(inner) or words < MIN_UNATTRIBUTED_WORDS and not _said_by_someone(clause)):
                continue
            if speaker is not None:
                last_speaker = speaker
            quotes.append(Quote(inner, speaker[0] if speaker else None, speaker[1] if speaker else None, block))
        previous_ended_quoting = bool(spans) and text.rstrip().endswith(("”", '"', "”.", '".', ".”", '."')) and last_speaker is not None
        subjects = [name for _, name, subject in people_here if subject] or [name for _, name, _ in people_here]
        if subjects:
            last_person = names.resolve(subjects[-1]) or last_person
    return quotes


_SUBJECT_PREFIX = re.compile(r"^(?:[A-Z][\w’'.-]*,?\s+)*$")


def _is_subject(text: str, offset: int, sentence_starts: list[int]) -> bool:
    """True when a name opens its sentence (after capitalised titles only): the likely 'he' of what follows."""
    start = sentence_starts[bisect_right(sentence_starts, offset) - 1]
    return offset - start <= CLAUSE_CHARS and bool(_SUBJECT_PREFIX.match(text[start:offset]))


def _said_by_someone(clause: str) -> bool:
    """True when the clause before a short quote attributes it, even to someone unnamed ('an expert believes')."""
    return bool(re.search(rf"(?<![\w-])(?:{SPEECH_VERBS}|accused \w+ of|described \w+ as)\b", clause, re.I))


def _attributed_elsewhere(tail: str) -> bool:
    """True when a speech verb follows the quote: it names its own speaker, even if we could not resolve it."""
    return bool(re.match(rf"^[\s,.]*(?:\w+\s+){{0,4}}(?:{SPEECH_VERBS})\b", tail))


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    return start <= 1 and end >= len(text.rstrip()) - 2


def _is_title(inner: str) -> bool:
    """Quoted titles and names: every word capitalised, no sentence punctuation."""
    words = inner.split()
    return len(words) <= 8 and all(w[:1].isupper() or w.lower() in {"and", "of", "the", "for", "in"} for w in words)


def _speaker_after(tail: str, names: NameIndex, nearest: tuple[str, str] | None) -> tuple[str, str] | None:
    """'..., he added' (the nearest person) or '..., said Hayashi' / '..., Professor Ueno said'."""
    match = _NAME_AFTER.match(tail)
    if _PRONOUN_AFTER.match(tail):
        named = names.resolve(match.group("apposition")) if match and match.group("apposition") else None
        return named or nearest
    if match:
        found = names.resolve(match.group("a") or match.group("b"))
        if found is None and match.group("apposition"):
            found = names.resolve(match.group("apposition"))  # '..., said the minister, Alexandre Silveira.'
        return found
    return None


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_PRONOUN_SUBJECT = re.compile(r"^(?:[A-Z][a-z]+,?\s+)?(?:he|she)\b", re.I)


def _speaker_before(clause: str, names: NameIndex, nearest: tuple[str, str] | None) -> tuple[str, str] | None:
    """'Hayashi said: “...' or 'Putin called Japan an “important partner”': the sentence's speaker."""
    if not re.search(rf"\b(?:{SPEECH_VERBS}|saying|wanted|according to)\b", clause, re.I) and not clause.endswith(":"):
        return None
    if _PRONOUN_SUBJECT.match(clause):
        return nearest
    # The subject of the first speech verb that has one: the name nearest before it ("Asked if ..., Mr. Jha said:",
    # "Abe said he and Putin ..., saying"), else the name after the last verb ("according to X").
    begin = 0
    verbs = list(_SPEECH_VERB.finditer(clause))
    for verb in verbs:
        found = names.resolve(clause[begin : verb.start()], last=True)
        if found:
            return found
        begin = verb.end()
    return names.resolve(clause[begin:]) if verbs else names.resolve(clause)


_SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|saying|according to)\b", re.I)
