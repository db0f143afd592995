"""Initiatives named head first, as French, Spanish, Portuguese, Italian, Romanian and Indonesian copy names them: the
head noun, then whose or where it is ("accord de Minsk", "Acuerdo de París", "visita de Lula a Teerã")."""
from __future__ import annotations

import re
from typing import Iterator

from generator.annotate.initiative_words import foreign
from generator.annotate.vocabulary import words

_HEADS = sorted(words("head_first_initiative_heads"), key=len, reverse=True)
_VISITS = frozenset({"visite", "visita", "vizita", "kunjungan"})
#: Heads a place may follow right after: a visit's or a war's ("guerre en Ukraine"); a project "no Ministério" is no name.
_PLACED = _VISITS | {"guerre", "guerra", "opération", "operación", "operação", "operazione"}
#: The head in the case copy writes it: lowercase inside a sentence, capitalised in a name ("Acuerdo de París").
_HEAD = "|".join(alternative for head in _HEADS for alternative in (re.escape(head), re.escape(head[:1].upper() + head[1:])))
_ARTICLE = r"(?:\s+(?:la|las|los|le|les|el|lo|o|os|a|as|l['’]))?"
#: Links that say whose the thing is or join two parties: "de", "du", "de la", "d’", "entre", "e", "y", "dan".
_OF = rf"(?:\s+(?:(?:de|do|da|dos|das|del|des|du|della|delle|dei|degli|di|e|y|et|i|entre|dan|sur|sobre|pour|para|por|per){_ARTICLE}(?=\s)|d['’]|de\s+l['’]))+\s*"
#: Links that say where: "à", "en", "a", "ke" (Indonesian "to"); after the first party only a visit goes on with one.
_WHERE = rf"\s+(?:à|au|aux|a|en|em|in|na|no|ke|di|al){_ARTICLE}\s+"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_RUN = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
#: A lowercase or capitalised qualifier may stand between the head and its party ("acordo nuclear entre Irã e Turquia",
#: "Cumbre Empresarial de Colombia").
_ADJECTIVE = r"[a-zà-ÿ-]{2,}(?:al|ar|ico|ica|icos|icas|ique|iques|ano|ana|anos|anas|ais|aise|ien|ienne|aire|aires|el|elle|if|ive|ivo|iva|ês|esa|ese)"
#: What kind it is may stand there too, "de" and a lowercase noun: "processo de paz entre Israel e Palestina".
_QUALIFIER = rf"(?:\s+(?:{_WORD}|{_ADJECTIVE}|(?:de|d['’])\s*[a-zà-ÿ]{{3,}}(?:\s+{_ADJECTIVE})?))?"
_HEAD_FIRST = re.compile(
    rf"(?<![\w-])(?P<head>{_HEAD})(?![\w-]){_QUALIFIER}(?:{_OF}|(?P<placed>{_WHERE})|\s+){_RUN}(?:{_OF}{_RUN}){{0,3}}(?P<where>{_WHERE}{_RUN})?"
)
#: A capitalised word and "de", "do", "du" right before the head: the head goes on a longer name, a body's.
_LONGER_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\s+(?:de|do|da|dos|das|del|des|du|della|di)(?:\s+(?:la|l['’]))?\s*$")
#: "Between" and one party only: "entre Irã" (a list cut at its comma).
_UNPAIRED = re.compile(r"\bentre\s+(?!.*\s(?:e|y|et|dan)\s)")
#: A capitalised adjective after a capitalised head makes no name: "Acordo Bilateral", "Plan Nacional" say what kind, not whose
#: (after a lowercase head it is a name: "opération Serval").
_ADJECTIVE_END = re.compile(r"^\S+\s+[A-ZÀ-ÖØ-Þ][\w-]*(?:al|ar|ico|ica|ique|ano|ana|el|if|ivo|iva|ês|ese)$")
#: A capitalised word after the head, "d’" or "l’" before it or not: the party that makes a head a name.
_PARTY = re.compile(r"(?:\s|['’])[A-ZÀ-ÖØ-Þ]")
#: "e", "y", "et" or "dan" and another head: a second initiative listed after the first ("... e o Projecto de Comércio").
_NEXT = re.compile(rf"\s+(?:e|y|et|dan|and){_ARTICLE}\s+(?:{_HEAD})(?![\w-])")


def head_first_initiatives(text: str) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each initiative a head-first name shape names in the text."""
    position = 0
    while match := _HEAD_FIRST.search(text, position):
        name, position = match.group(0), match.end()
        if match.group("placed") and match.group("head").lower() not in _PLACED:
            continue  # "Projecto no Ministério": where it is run, no name of it
        if match.group("where") and match.group("head").lower() not in _VISITS:
            name = name[: match.start("where") - match.start()]  # "sommet de la Francophonie à Kinshasa": the summit is the Francophonie's
        listed = _NEXT.search(name, len(match.group("head")))
        name = name[: listed.start()] if listed else name
        position = match.start() + len(name) + 1
        if _LONGER_NAME.search(text, max(0, match.start() - 60), match.start()):
            continue  # "Secretariado do Comité Regional de Gestão do Corredor de ...": a body's name goes on with the initiative's
        if _UNPAIRED.search(name):
            continue  # "acordo entre Irã, Turquia e Brasil" cut at the comma: one party is no pair
        if _PARTY.search(name, len(match.group("head"))) and not (name[:1].isupper() and _ADJECTIVE_END.search(name)):
            yield " ".join(name.split()), match.start(), match.start() + len(name)


def head_first_mentions(blocks: list[tuple[int, str]]) -> Iterator[tuple[int, str, int, int]]:
    """(block, name, start, end) of the head-first initiatives of the paragraphs in another language: every block of an
    article most of whose blocks are (a title or a heading is too short to tell), else those paragraphs only.

    A lowercase head names one thing once: a later "visite du président" is the visit "la visite de Macron" named.
    """
    abroad = [(block, text) for block, text in blocks if foreign(text)]
    seen: set[str] = set()
    for block, text in blocks if 2 * len(abroad) > len(blocks) else abroad:
        for name, start, end in head_first_initiatives(text):
            head = name.split()[0]
            if head not in seen:
                seen.update([head] if head.islower() else [])
                yield block, name, start, end
