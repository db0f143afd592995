"""Organisations named head first, as French, Spanish, Portuguese, Italian and Romanian copy names them: the head noun, then
what the body is of ("Ministério dos Transportes e Comunicações", "Ministère de la Défense", "Consejo de Seguridad Nacional")."""
from __future__ import annotations

import re
from typing import Iterator

from generator.annotate.vocabulary import words

_HEADS = [entry.rstrip("*") for entry in words("head_first_organisation_heads")]
#: Heads copy also writes in lowercase ("le ministère de la Défense"): no English word is spelt so.
_LOWERCASE_HEADS = [entry.rstrip("*").lower() for entry in words("head_first_organisation_heads") if entry.endswith("*")]
#: What links the head and the words of what it is of: "de", "do", "dos", "de la", "des", "du", "d'", "e", "y", "et", "para a".
_LINK = r"(?:\s+(?:(?:de|do|da|dos|das|del|de\s+la|de\s+las|de\s+los|des|du|della|delle|dei|degli|di|al|ale|a|e|y|et|i|para(?:\s+[ao]s?)?|pour\s+la|pour\s+le|pour|per|pela|pelo)(?=\s)|d['’]|de\s+l['’]|l['’]))+\s*"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
#: An adjective these languages write in lowercase after a capitalised noun of the name ("Affaires étrangères", "Banque
#: centrale", "Assemblée nationale"), by the endings of their adjectives.
_ADJECTIVE = r"[a-zà-ÿ]{2,}(?:ères?|aux|ales?|elles?|iques?|aises?|iennes?|ianos?|ianas?|eiros?|eiras?|icos?|icas?|ivos?|ivas?|aires?)\b"
_HEAD = rf"(?:{'|'.join(map(re.escape, _HEADS))}|{'|'.join(map(re.escape, _LOWERCASE_HEADS))})"
#: The head, a word qualifying it, capitalised or not ("Banque centrale", "Comité Tripartido"), and what it is of.
_HEAD_FIRST = re.compile(rf"(?<![\w-]){_HEAD}(?:\s+[\w'’-]{{4,}})?(?:{_LINK}{_WORD}(?:\s+(?:{_WORD}|{_ADJECTIVE}))*){{1,5}}")
#: "e", "y" or "et" and another head: a second body listed after the first ("... e a Administração Nacional de Estradas").
_NEXT_BODY = re.compile(rf"\s+(?:e|y|et)\s+(?:(?:a|o|as|os|la|le|el|les|los|l['’])\s*)?(?={_HEAD}\b)")
#: A trailing link word a name never ends on, cut with what follows it.
_TRAILING = re.compile(r"(?:\s+(?:e|y|et|i|a|al|ale))+$")
#: Short words inside the match that only link: a name of these and its head alone is no name ("Comité de la").
_LINK_WORDS = {"de", "do", "da", "dos", "das", "del", "la", "las", "los", "des", "du", "della", "delle", "dei", "degli",
               "di", "al", "ale", "a", "e", "y", "et", "i", "para", "pour", "per", "pela", "pelo", "en", "em", "na", "no",
               "o", "os", "as", "le", "l'", "l’"}


def head_first_names(text: str) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each organisation a head-first name shape names in the text."""
    position = 0
    while match := _HEAD_FIRST.search(text, position):
        name = match.group(0)
        listed = _NEXT_BODY.search(name)
        name = _TRAILING.sub("", (name[:listed.start()] if listed else name).rstrip(" '’"))
        position = match.start() + len(name) + 1
        if len([w for w in name.split() if w.lower() not in _LINK_WORDS]) >= 2:
            yield name, match.start(), match.start() + len(name)
