"""Figures written in other languages: a number, in digits as Europe writes them ("4,3", "1 500") or in words ("trois",
"tres"), before the noun it counts ("75 tahun", "1 milliard de dollars"), a Cyrillic noun after digits ("11 депутатов"),
and digits before a Chinese, Japanese or Korean counter ("155名", "70多個國家", "5개국")."""
from __future__ import annotations

import re

from generator.annotate.vocabulary import mapping, words

#: Digits with a decimal comma or a space, dot or thin space between thousands: "4,3", "1 500", "1.500.000".
_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
_NOUNS = mapping("foreign_figure_nouns")


def _alternation(entries: tuple[str, ...]) -> str:
    """Literal entries, longest first, as an alternation that spans a curly or straight apostrophe alike."""
    return "|".join(re.escape(entry).replace(r"\ ", " ").replace("'", "['’]") for entry in sorted(entries, key=lambda e: (-len(e), e)))


def _by_first_character(entries: tuple[str, ...]) -> str:
    """``_alternation(entries)`` grouped by first character, "d(?:eux|os)|t(?:rois|res)": the same matches, tried in the same
    order, but ``re`` checks one first character per group, not one per word, at every word it tries."""
    groups: dict[str, list[str]] = {}
    for entry in sorted(entries, key=lambda e: (-len(e), e)):
        groups.setdefault(entry[0], []).append(entry[1:])
    return "|".join(f"{_alternation((first,))}(?:{'|'.join(_alternation((rest,)) if rest else '' for rest in rests)})"
                    for first, rests in groups.items())


_NUMBER_FORMS = tuple({form for word in words("foreign_number_words") for form in (word, word.capitalize())})
#: Lowercase or opening a sentence, never in capitals ("UN an official" is no "un an").
_NUMBER_WORDS = _by_first_character(_NUMBER_FORMS)
#: What a number opens with, tested first: the look-behinds that open its branches let ``re`` skip to no first character.
_OPENING = "(?=[\\d%s])" % re.escape("".join(sorted({form[0] for form in _NUMBER_FORMS} | ({"’"} if "'" in {form[0] for form in _NUMBER_FORMS} else set()))))
#: The words for one and two, and the digits, whose count of things is a story's shape.
_ONE_OR_TWO = "[12]|" + _alternation(tuple({form for word in words("foreign_pair_words") for form in (word, word.capitalize())}))
#: A number in digits or in words, with "(2)" after a word as contracts write it ("deux (2) ans").
_NUMBER = rf"{_OPENING}(?:{_DIGITS}|(?<![\w-])(?:{_NUMBER_WORDS})(?: \(\d+\))?)"
#: Month names, which make digits before them a date ("5 марта"), no count.
_MONTHS = "|".join(sorted({name for names in mapping("month_names").values() for name in names}, key=lambda n: (-len(n), n)))
#: What Chinese, Japanese and Korean count with after digits, "about" and "more than" between ("200餘人", "410多万卷").
_COUNTERS = ("周年", "個國家", "个国家", "個月", "个月", "歲", "岁", "名", "人", "個", "个", "國", "国", "件", "卷", "組", "组", "年", "天", "倍",
             "개국", "주년", "개월", "명", "년")
#: A year before 年 is a date ("1492年"), never a count: three digits at most.
_CJK = (rf"(?<![\d０-９.,])(?!\d{{4}}\s?年)\d+(?:,\d{{3}})*\s?(?:多|餘|余)?(?:萬|万|億|亿)?(?:多|餘|余)?\s?(?:{'|'.join(_COUNTERS)})"
        rf"(?:半)?")


def _nouns(kind: str) -> str:
    return _alternation(_NOUNS[kind])


#: (kind, pattern, guard) in figures.PATTERNS' shape: the guard's literals are lowercased.
FOREIGN_PATTERNS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("money", re.compile(rf"{_NUMBER}\s(?:{_nouns('money')})(?![\w-])"), tuple(noun.lower().split()[0] for noun in _NOUNS["money"])),
    ("percentage", re.compile(rf"{_NUMBER}\s(?:{_nouns('percentage')})(?![\w-])"), tuple(noun.lower().split()[0] for noun in _NOUNS["percentage"])),
    ("duration", re.compile(rf"{_NUMBER}\s(?:{_nouns('duration')})(?![\w-])"), tuple(noun.lower() for noun in _NOUNS["duration"])),
    # Never one or two things counted ("dois países", "dua negara"): the shape of a bilateral story, as in English.
    ("count", re.compile(rf"{_OPENING}(?!(?:{_ONE_OR_TWO})\s(?!\d)){_NUMBER}\s(?:{_nouns('count')})(?![\w-])"), tuple(noun.lower() for noun in _NOUNS["count"])),
    # Russian and Ukrainian nouns change their ending with the number: any Cyrillic word after digits but a month's.
    ("count", re.compile(rf"{_DIGITS}\s(?!(?:{_MONTHS})\b)[а-яёіїє]{{4,}}"), tuple("абвгдежзийклмнопрстуфхцчшщыьэюяёіїє")),
    ("count", re.compile(_CJK), _COUNTERS),
)
