"""Other spellings copy gives a known name: an acronym as British papers write it, a name in headline case, a party's
name with a hyphen or a capital left out."""
from __future__ import annotations

import re

_ACRONYM = re.compile(r"[A-Z]{4,}")
#: Acronyms whose one-capital spelling is also a common word or name ("Rand Paul", "Alba"), so never an alias.
_ACRONYM_WORD_CLASHES = frozenset({"Rand", "Alba", "Cass", "Sica", "Quad", "Nabu", "Sapo", "Somo", "Jera", "Sarc", "Fanb", "Aspi", "Swift", "Hina", "Tika"})


#: Two acronyms a hyphen joins in a party's name ("ZANU-PF"), which copy also writes with a space ("ZANU PF").
_JOINED_ACRONYMS = re.compile(r"\b([A-Z]{2,})-([A-Z]{2,})\b")
#: A party's name closing on "Party" after capitalised words, which British and Economist style write "party".
_PARTY_CLOSING = re.compile(r"^(?:[A-Z][\w'’.-]*\s+)+Party$")


def organisation_spellings(text: str) -> list[str]:
    """Other spellings copy gives an organisation's name: "ZANU PF" for "ZANU-PF", "Labour party" for "Labour Party"."""
    spellings = [_JOINED_ACRONYMS.sub(r"\1 \2", text)]
    if _PARTY_CLOSING.match(text):
        spellings.append(text[:-len("Party")] + "party")
    return [spelling for spelling in spellings if spelling != text]


#: Words a headline-cased name leaves in lowercase ("Treaty *of* Rome").
_MINOR_WORDS = frozenset("a an and as at between by for from in into of on or over the to with".split())


def headline_case(text: str) -> str | None:
    """A capitalised name with every other word capitalised too ("One China policy": "One China Policy"); None if the same."""
    if not text[:1].isupper():
        return None  # a name led by a lowercase word ("war in Afghanistan") is a description, not a title
    words = text.split(" ")
    titled = " ".join(w if w in _MINOR_WORDS or not w[:1].islower() else w[:1].upper() + w[1:] for w in words)
    return titled if titled != text else None


def acronym_word(text: str) -> str | None:
    """An acronym of four letters or more as British papers write it, one capital ('NATO' as 'Nato'); None otherwise."""
    if not _ACRONYM.fullmatch(text):
        return None
    word = text.capitalize()
    return None if word in _ACRONYM_WORD_CLASHES else word
