"""Who speaks a quotation in Chinese, which sets no spaces between words: the person named at the head of the clause
whose verb of speech comes before it ("茂木敏充说：“...”", "王毅其後會見安倍晉三時表示「...」"), or right after its close before
such a verb ("“...，”茂木敏充周五在記者會上說。"); "他" or "她" opening that clause is the nearest person."""

from __future__ import annotations

import re

from generator.annotate.quote_names import Person
from generator.annotate.quote_text import HAN
from generator.annotate.vocabulary import alternation

#: Chinese characters: a quotation whose sentence is written in them is read here.
_UNSPACED = re.compile(f"[{HAN}]")
_VERB = re.compile(alternation("unspaced_speech_verbs"))
_NAMING = re.compile(alternation("unspaced_naming_words"))
#: What ends a sentence, and what parts its clauses.
_SENTENCE_END = "。！？!?\n"
_CLAUSE_END = re.compile(r"[，,；;、：:]")
#: "He" and "she": the nearest person, when they open the verb's clause.
_PRONOUNS = ("他", "她")
#: How far after a name its verb may come in the same clause ("茂木敏充周五在記者會上說").
_VERB_WITHIN = 16


def unspaced_speaker(plain: str, start: int, end: int, people: list[tuple[int, str]], resolve, nearest: Person | None) -> Person | None:
    """The speaker of the quotation at ``start``-``end`` of a Chinese paragraph (``people``: offsets and names of the
    people it names outside quotations; ``resolve``: a name to its person), or None."""
    if not _UNSPACED.search(plain, max(0, start - 20), start) and not _UNSPACED.search(plain, end, end + 20):
        return None
    first = max(plain.rfind(mark, 0, start) for mark in _SENTENCE_END) + 1
    last = min((i for i in (plain.find(mark, end) for mark in _SENTENCE_END) if i >= 0), default=len(plain))
    return _after(plain, end, last, people, resolve, nearest) or _before(plain, first, start, people, resolve, nearest)


def _verbs(plain: str, begin: int, stop: int) -> list[re.Match[str]]:
    """The verbs of speech between ``begin`` and ``stop``, but those a word of naming holds ("被稱為")."""
    naming = [m.span() for m in _NAMING.finditer(plain, max(0, begin - 2), min(len(plain), stop + 2))]
    return [m for m in _VERB.finditer(plain, begin, stop) if not any(a <= m.start() < b or a < m.end() <= b for a, b in naming)]


def _before(plain: str, first: int, start: int, people, resolve, nearest: Person | None) -> Person | None:
    """The head of the clause of the last verb of speech before the quotation in its sentence (of an earlier one when that
    verb opens its clause with no subject of its own)."""
    pronoun = False  # "他說：“...”" after "NBA负责人表示，...": he is the one the earlier clause names, or no one
    for match in reversed(_verbs(plain, first, start)):
        verb = match.start()
        clause = max([first, *(m.end() for m in _CLAUSE_END.finditer(plain, first, verb))])
        if not plain[clause:verb].strip():
            continue  # "他說，...，稱「...」": a verb opening its clause has its subject in an earlier one
        if plain[clause:verb].lstrip().startswith(_PRONOUNS):
            pronoun = True
            continue
        named = [name for offset, name in people if clause <= offset < verb]
        return resolve(named[0]) if named else None
    return nearest if pronoun else None


def _after(plain: str, end: int, last: int, people, resolve, nearest: Person | None) -> Person | None:
    """The person named right after the quotation's close, before a verb of speech in the same clause."""
    head = end + len(plain[end:last]) - len(plain[end:last].lstrip("，,、 "))
    clause_end = next((m.start() for m in _CLAUSE_END.finditer(plain, head, last)), last)
    verbs = _verbs(plain, head, min(clause_end, head + _VERB_WITHIN + 8))
    if not verbs:
        return None
    if plain.startswith(_PRONOUNS, head):
        return nearest
    named = next((name for offset, name in people if offset == head), None)
    if named is None or verbs[0].start() - (head + len(named)) > _VERB_WITHIN:
        return None
    return resolve(named)
