"""Key figures: money, percentages, counts with their noun, ordinals and durations."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

import ahocorasick

from generator.annotate.dates import MONTH
from generator.annotate.figures_abroad import FOREIGN_PATTERNS
from generator.annotate.text import sentence_at
from generator.annotate.vocabulary import alternation, opening_characters, words
from generator.model import Figure

_NUMBER_WORD = (r"(?:(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|"
                r"one|two|three|four|five|sixteen|seventeen|eighteen|nineteen|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|"
                r"forty|fifty|(?i:sixty|seventy|eighty|ninety)|hundred|dozens?|hundreds|thousands|millions|(?:half )?a (?:quarter-|half-)?(?:million|thousand|billion))")
#: A number in words may be given in figures after it, as contracts and releases write them: "three (3) years".
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_NUMBER_WORD}(?: \(\d+\))?)"
#: "billion", "bn", and India's "crore" (ten million) and "lakh" (a hundred thousand).
_SCALE = r"(?:[\s-]*(?:(?i:trillion|billion|million|thousand)|lakh crore|crore|lakh|bn|mn|m|k|trn|tn))?"
#: The upper end of a range written with a dash: "$10-12 billion", "5-7 per cent".
_UPPER = r"(?:\s?[-–]\s?\d+(?:\.\d+)?(?![\d,]))?"
_QUALIFIER = r"(?:(?i:more than|over|about|around|nearly|almost|at least|some|up to|close to|roughly|an estimated|another|a further) )?"
#: Units of measured quantities: length, area, power, energy, volume, mass (data/units.txt).
_UNIT = f"(?:{alternation('units')})"
_CURRENCY_SYMBOL = (r"(?:US\$|A\$|C\$|HK\$|S\$|NT\$|\$|€|£|¥|₹|₽|₩|₺|₱|₦|฿|Rs\.?(?=\s?\d)|(?<![\w.])(?:RMB|Rp|RM|KSh|Sh|Tk|SR|QR)(?=\s?\d)"
                    r"|(?<![\w.])(?:P|N|R)(?=\d[\d.,]*[\s-]?(?:trillion|billion|million|bn|m)\b))")
_CURRENCY_WORD = f"(?:{alternation('currency_words')})"
#: An ISO code of currency before an amount ("USD 4.2bn", "LKR 25 million"): the three capitals of data/currency_words.txt.
_CURRENCY_CODE = "(?:%s)" % "|".join(code for code in words("currency_words") if len(code) == 3 and code.isupper())
#: What a money figure opens with: a digit, a currency's symbol or code anywhere, else a word's first letter (its
#: qualifier, a number word, "billions of", a currency's name: "pounds 6m"). Tested first because the optional qualifier gives the pattern no first
#: character ``re`` could skip to: without it every position runs the whole alternation.
_MONEY_OPENING = (r"(?=[\d$€£¥₹₽₩₺₱₦฿ACHKNPQRSTU%s]|\b(?i:[abcdefhmnoprstuy]))"
                  % "".join(sorted({code[0] for code in words("currency_words") if len(code) == 3 and code.isupper()})))
#: A currency's name before an amount with its scale, as text that spelt the symbol out writes it: "pounds 6m",
#: "Euro 750 million" (a scale always: "the dollar 1.2% higher" is no amount).
_NAMED_BEFORE_SCALED = (r"(?i:euros?|pounds?|dollars?|yen|yuan|rupees?|pesos?)\s(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
                        r"[\s-]?(?:(?i:trillion|billion|million)|bn|mn|m)\b")
_COUNTED = alternation("counted_nouns")
#: "about 72,000", "close to 8,000", "nearly a thousand": an amount whose noun the sentence gave before.
_ABOUT = r"(?i:more than|over|about|around|nearly|almost|at least|some|up to|close to|roughly|an estimated|as many as|fewer than|less than|another|a further)"
#: What an amount after ``_ABOUT`` or a number in digits opens with (``_ABOUT``'s words as case-insensitive as it is).
_ABOUT_OPENING = rf"(?=\d|(?i:[{opening_characters(_ABOUT.removeprefix('(?i:').removesuffix(')').split('|'))}]))"
_HYPHENATED = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_NUMBER_WORD})-(?:{alternation('measure_nouns')})"
_DIGITS = tuple("0123456789")


def _lowered(name: str) -> tuple[str, ...]:
    """The entries of a word list, lowercased, as the literals a guard looks for."""
    return tuple(word.lower() for word in words(name))


#: (kind, pattern, words without which the pattern cannot match): the words are plain literals, looked for all at
#: once in the lowercased paragraph (``guarded``), so most patterns never run on most paragraphs.
PATTERNS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    # Other languages' first (figures_abroad.py): a noun of theirs is the figure's, never an English plural's ("1 500
    # personnes", "1 dasawarsa").
    *FOREIGN_PATTERNS,
    ("money", re.compile(rf"{_MONEY_OPENING}(?:(?:(?<![\w-]){_QUALIFIER})?{_CURRENCY_SYMBOL}\s?{_NUM}{_UPPER}{_SCALE}\b|\b{_NUM}{_SCALE}[\s-]+{_CURRENCY_WORD}\b|\b{_CURRENCY_CODE}\s?{_NUM}{_SCALE}\b|\b{_NAMED_BEFORE_SCALED}"
                         r"|\b(?:billions|millions|trillions|hundreds of millions|tens of billions) of (?:US )?(?:dollars|euros|pounds)\b)"),
     (*"$€£¥₹₽₩₺₱₦฿", *(f"{prefix}{space}{digit}" for prefix in ("p", "n", "r", "rs", "rs.", "rmb", "rp", "rm", "sh", "tk", "sr", "qr") for space in ("", " ") for digit in _DIGITS), *_lowered("currency_words"))),
    ("quantity", re.compile(rf"\b{_QUALIFIER}{_NUM}{_UPPER}{_SCALE}[\s-]?{_UNIT}(?![\w-])"),  # a range too: "30-40 kms"
     _lowered("units")),
    ("percentage", re.compile(rf"\b{_QUALIFIER}(?:{_NUM}|(?i:{_NUMBER_WORD})(?=\s?per))(?:{_UPPER})\s?(?:%|per ?cent\b|percent\b|percentage points?\b|pc\b)"), ("%", "per cent", "percent", "pc")),
    # "139 of 193 member states"; a ratio, "1 in 5".
    ("count", re.compile(r"(?<![\d.,])\b\d+ (?:out )?of (?:the )?\d+\b|(?<![\d.,])\b\d+ in \d+\b(?![\d,.]\d)"),
     (*(f"{digit} of " for digit in _DIGITS), *(f"{digit} out of " for digit in _DIGITS), *(f"{digit} in " for digit in _DIGITS))),
    # No anniversary: it names an occasion, a date, not a quantity ("the 80th anniversary of the victory").
    ("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|round|session|term|time|visit|congress|conference|edition|forum|member|country|postponement)\b"),
     tuple(f"{digit}{suffix}" for digit in _DIGITS for suffix in ("st", "nd", "rd", "th"))),
    ("ordinal", re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:(?:consecutive\s+)?(?:term|round|meeting|summit|visit|session|postponement)|(?:consecutive|straight)\s+(?:time|day|week|month|year))\b", re.I),
     ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")),
    ("duration", re.compile(rf"\b{_NUM}[- ](?:(?:consecutive|more|straight) )?(?:year|month|week|day|hour|(?-i:minute|seconds?(?![\w-]))|decade)s?(?: and {_NUM} (?:month|week|day|hour|minute)s?\b)?[- ]?(?:long\s+)?(?:term|period|plan|deal|talks|visit|gathering|truce|ceasefire|programme|program|olds?)?\b(?!-)"
                            r"|\b(?:half|a quarter of) a (?:century|decade)\b|\b\d+(?:st|nd|rd|th) (?:consecutive|straight) year\b", re.I),
     (*(f"{space}{unit}" for unit in ("year", "month", "week", "day", "hour", "minute", "second", "decade") for space in " -"), "half a ", "quarter of a ")),
    ("count", re.compile(rf"(?<![\w-]){_QUALIFIER}{_NUM}\s+(?:[a-z]+\s+)?(?:{_COUNTED})\b"),
     words("counted_nouns")),
    # Any plural noun counted, after up to three name words and two plain words ("four temporary ceasefire deals", "more than 200 Chinese vessels",
    # "six world powers", "nearly 3 million Syrians"; never across an auxiliary: "500,000 Russians were granted visas"
    # counts Russians); never after "one", nor after "two" with "the", "their" or
    # "one or" before it (_SHAPE_BEFORE), which give a story's shape ("the two states", "not one but two").
    ("count", re.compile(rf"(?<![\w+-]){_QUALIFIER}(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+) to )?(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?: million| billion|m|bn)?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens"
                         r"|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)"
                         # "two million Syrian refugees", "the 750-plus people detained", "five (5) vessels"
                         r"(?: million| billion)?(?:-plus| \(\d+\))?"
                         r"(?: (?:more|previous|new|other|former|senior|top|major|main|core|key|additional|extra|further))?"
                         r"(?: (?:[A-Z][\w.'’-]*|[a-z]+-[a-z]+)){0,3}(?: (?!(?:of|to|in|on|at|for|and|or|the|its|his|her|their|by|with|from|as|than|per|are|was|were|has|have|had|will|would)\b)[a-z]{3,}(?: and(?= [a-z]{3,}(?: [a-z]{3,})* [a-z]{3,}s\b))?){0,3}"
                         r" (?:(?!(?:this|thus|plus|does|goes|always|perhaps|whereas|besides|towards|unless|sometimes|afterwards)\b)[a-z]{3,}(?<![su])s|[A-Z][a-z]+(?:an|i|er)s|people|(?:wo)?men|aircraft|personnel|children|MoUs)\b"
                         # Two kinds counted together, before a stop or a preposition: "25,000 girls and women", "800,000
                         # Tutsis and moderate Hutus", "18 new embassies or consulates" (not "20 projects and requires a vote").
                         r"(?: (?:and|or) (?:[a-z]{3,} )?(?:[a-z]{3,}(?<![su])s|[A-Z][a-z]+s|(?:wo)?men|children|adults)(?=[,.;:)]|$| (?:in|of|at|on|from|to|were|are|who|have|had|was)\b))?"),
     (*_DIGITS, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty",
      "thirty", "forty", "fifty", "hundred", "dozen", "thousand", "million", "billion")),
    # A number in digits of people befallen: "120 wounded" (not "dozens more wounded", too vague to list).
    ("count", re.compile(rf"(?<![\w.,$€£-]){_QUALIFIER}(?!1 )(?:\d{{1,3}}(?:,\d{{3}})+|\d+) (?:more )?(?:{alternation('casualty_words')})\b"),
     _lowered("casualty_words")),
    # Numbers a word names before them: "a 66-page report", "a two-thirds majority", "passed by 418-2".
    ("count", re.compile(rf"(?<![\w.,-]){_HYPHENATED}\b(?: [a-z]{{3,}})?|(?<=\bby )\d{{1,3}}-\d{{1,3}}\b(?!-)", re.I),
     (*(f"-{noun.lower()}" for noun in words("measure_nouns")), *(f"by {digit}" for digit in _DIGITS))),
    ("count", re.compile(r"\b(?:[Tt]ens of thousands|[Hh]undreds of thousands|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions) of "
                         r"(?:(?!(?:its|his|her|their|the|these|those)\b)[a-z]+ |(?:[A-Z][\w'’-]+ ){1,3})?(?:[a-z]{3,}s|people|children|personnel|(?:wo)?men)\b"
                         # A nationality counted by its magnitude ("tens of thousands of Bolivians"), not "thousands of Syrians", too vague.
                         r"|\b(?:[Tt]ens|[Hh]undreds) of thousands of [A-Z][a-z]+(?:an|i|er)s\b"),
     ("dozens", "hundreds", "thousands", "millions")),
    # Tested first, what the two branches open with; the digits' look-behind after the first digit (a look-behind or a
    # word boundary first is tried at every character).
    ("count", re.compile(rf"{_ABOUT_OPENING}(?:\b{_ABOUT}\s+(?:\d{{1,3}}(?:,\d{{3}})+|\d{{2,}}(?:\.\d+)?|a (?:hundred|thousand|million|billion))(?: million| billion)?(?![\w,.-]*\d)"
                         r"|\d(?<![\w.,$€£-]\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?(?!\d|[,.]\d))"),
     (*(f"{left},{right}" for left in _DIGITS for right in _DIGITS), "more than", "over", "about", "around", "nearly", "almost", "at least", "some", "up to", "close to", "roughly",
      "estimated", "as many as", "fewer", "less than", "another", "a further")),
    # Millions written out, whose noun comes later or went before: "more than three million [first-person view] drones".
    ("count", re.compile(rf"\b{_QUALIFIER}(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]wenty|[Ff]ifty|"
                         r"[Hh]undreds of|[Tt]ens of|(?<![\d.,])\d+(?:\.\d+)?) (?:million|billion)\b"),
     ("million", "billion")),
    # A price in pence, as British copy gives fuel's: "159.53p a litre" (last: the indexes above are NUMBERED's).
    ("money", re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{1,2})?p\b(?![\w-])"), tuple(f"{digit}p" for digit in _DIGITS)),
)
#: Counts that only give a story's shape ("the two leaders", "both countries"), not a figure.
_TRIVIAL_COUNT = re.compile(rf"^(?:one|two) (?:[\w.'’-]+ )*?(?:{alternation('paired_nouns')})\b|^one\s", re.I)
#: Units counted as a duration or a price, and the parts of an argument (data/argument_nouns.txt: "for two reasons").
_NOT_COUNTED = re.compile(rf"\b(?:years|months|weeks|days|hours|minutes|seconds|ones|things|words|cents|percent|{alternation('argument_nouns')})$"
                          r"|^\D+ others$")
#: What follows a person's age ("the 32-year-old photographer Alexander Strukov", "a 23-year-old who plans to leave",
#: "23-year-old Nicole"): a name, a relative pronoun, a stop or a noun for a person. A thing's age ("a 69-year-old claim") stays.
_PERSON_AFTER = re.compile(r"\s*(?:[,.;:)]|$|who\b|[A-Z]|(?:%s)\b)" % "|".join(
    sorted({re.escape(word) for name in ("person_nouns", "occupations", "workplace_roles") for word in words(name)}, key=lambda w: (-len(w), w))))
#: "Two" as a count, and what before it makes it a story's shape ("the two", "their two", "one or two", "next two").
_PAIR = re.compile(r"[Tt]wo\b")
#: Any small count the article already named ("the three initiatives", "these six countries", "its top three sources").
_NAMED_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|top)\s+$")
_SMALL = re.compile(r"(?:[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\b")
#: A number before a superlative ranks what follows ("the world's two largest economies"): no count of it.
_RANKED = re.compile(rf"(?:\d[\d,.]*|[A-Za-z]+) (?:{alternation('superlatives')})(?![\w-])")
_SHAPE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|its|their|his|her|our|all|first|last|next|past|other|one(?: or| but| and| of)?)\s+$")
#: The qualifier a figure may open with, which the same figure elsewhere may lack.
_QUALIFIED = re.compile(rf"^{_ABOUT} ")
#: The spellings of one figure, made one: percent, scales, a space after a currency symbol.
_SPELLINGS = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    (r"(?<=\d) ?(?:%|per ?cent\b|pc\b)", "%"),
    (r"(?<=\d)[ -]?(?:bn|billion)\b", " billion"),
    (r"(?<=\d)[ -]?(?:mn|m|million)\b", " million"),
    (r"(?<=\d)[ -]?(?:tn|trn|trillion)\b", " trillion"),
    (r"(?<=[$€£¥₹]) (?=\d)", ""),
))
#: The word before a number, and what opens its sentence before it, if anything does.
_WORD_BEFORE = re.compile(r"(?:(?P<opening>^|[.!?:;(\[\"“‘—–-]\s*|\n)|\s)(?P<word>[\w.'’&-]+)\s+$")
_MONTH_WORD = re.compile(MONTH)
#: A day of the month before its month's name ("the 7 October attacks", "the 30 July elections"): a date naming an
#: occasion, never a count of the noun after it.
_DAY_OF_MONTH = re.compile(rf"\d{{1,2}}\s+{MONTH}(?![\w])")
#: A duration's unit followed by these makes it a relative date ("three years later", "two weeks after the vote").
_RELATIVE_AFTER = re.compile(rf"\s*(?:{alternation('relative_time_words')})\b", re.I)

#: A number glued to a sentence's closing stop or quote and opening the next ("ill-conceived.1 Competing", "Arab East?”9 With"):
#: a footnote's mark that the page set as a superscript, no figure.
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z)][.?!])\d{1,3}(?= [A-Z])|(?<=[.?!][”\"’])\d{1,3}(?= [A-Z])")
#: The rate an amount or a count is given at, right after it: "a gallon", "per day", "each year".
_RATE = re.compile(r" (?:a|an|per|each|every) (?:day|week|month|year|gallon|litre|liter|barrel|tonne|ton|kilogram|person|head|capita)\b")
#: A duration ending on its unit ("three years"), which "later" or "before" after it makes a relative date; "a 30-day
#: ceasefire before talks" is a figure.
_UNIT_LAST = re.compile(r"(?:year|month|week|day|hour|minute|second|decade)s?$", re.I)
_ONE_UNIT = re.compile(r"(?i:one)[- ](?:year|month|week|day|hour|minute|second|decade)$")
#: A duration's unit in a title's capitals ("25 Years on", "One Hundred Years of War", "the Six Day War"): a title or a name.
_TITLED_UNIT = re.compile(r"\b(?:Year|Month|Week|Day|Hour|Minute|Decade)s?\b")
#: A count that is only a magnitude's rhetoric, "hundreds of villages" (data/vague_magnitudes.txt), not "hundreds of thousands".
_VAGUE_MAGNITUDE = re.compile(rf"^(?:{alternation('vague_magnitudes')}) (?!(?:thousands|millions|billions)\b)", re.I)
_YEARLIKE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d{2}(?![\d,])")

#: What every number the patterns read holds, lowercased: a digit or a number word ("sixty" holds "six"; "dozens",
#: "a million" their word); "half a " and "quarter of a " open the duration's branch without a number ("half a century").
NUMBER_LITERALS = (*_DIGITS, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                   "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "thousand",
                   "million", "billion", "half a ", "quarter of a ")
#: The patterns (quantity, duration, counted nouns, hyphenated measures) that run only where a number is besides their
#: own guard: their guard's words (a unit, "year", a counted noun) are in many paragraphs that hold no number at all.
NUMBERED = frozenset(len(FOREIGN_PATTERNS) + index for index in (1, 6, 7, 10))
#: The index the number literals stand for in the guards' automaton.
_A_NUMBER = -1


def present(folded: str, needed: tuple[str, ...]) -> bool:
    """Whether any of the guard's literals is in the lowercased paragraph."""
    return any(word in folded for word in needed)


def _guard_automaton() -> ahocorasick.Automaton:
    """Every guard's literals in one automaton, each naming the patterns it lets run."""
    literals: dict[str, set[int]] = {}
    for index, (_, _, needed) in enumerate(PATTERNS):
        for word in needed:
            literals.setdefault(word, set()).add(index)
    for word in NUMBER_LITERALS:
        literals.setdefault(word, set()).add(_A_NUMBER)
    automaton = ahocorasick.Automaton()
    for word, indexes in sorted(literals.items()):
        automaton.add_word(word, frozenset(indexes))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _guard_automaton()


def guarded(folded: str) -> set[int]:
    """The indexes of the patterns whose guard holds in the lowercased paragraph: one pass in C over it for every
    guard at once, where ``in`` would scan it once per literal."""
    found: set[int] = set()
    for _, indexes in _AUTOMATON.iter(folded):
        found |= indexes
    return found


def find_figures(blocks: list[tuple[int, str]]) -> list[Figure]:
    """Every figure in the article, longest reading first, each with its sentence."""
    found: list[Figure] = []
    for block, text in blocks:
        taken: list[tuple[int, int]] = []
        runs = guarded(text.lower())
        for index, (kind, pattern, _) in enumerate(PATTERNS):
            if index not in runs or index in NUMBERED and _A_NUMBER not in runs:
                continue
            for match in _untaken(pattern, text, taken):
                start, end = match.span()
                value = match.group(0).strip()
                if _YEARLIKE.search(value) and kind in {"count", "duration"}:
                    continue
                if mark := _FOOTNOTE_MARK.match(text, start):
                    taken.append(mark.span())  # nor may a later reading take it ("1 Competing nationalisms")
                    continue
                if kind == "count" and (_DAY_OF_MONTH.match(value) or value[:1].isdigit() and _named_before(text, start)):
                    continue  # "iPhone 11 users", "Thunderbolt 3 docks", "September 30 after investors": part of a name or a date
                if kind == "count" and _PAIR.match(value) and _SHAPE_BEFORE.search(text, max(0, start - 20), start):
                    continue  # "the two biggest attacks", "not one but two": a story's shape, not a figure
                if kind == "count" and _RANKED.match(_QUALIFIED.sub("", value)):
                    continue  # "the two largest economies", "three most influential": a ranking, not a figure
                if kind == "count" and _SMALL.match(value) and _NAMED_BEFORE.search(text, max(0, start - 20), start):
                    continue  # "the three initiatives" points back at things listed, it is no new figure
                if kind == "count" and _VAGUE_MAGNITUDE.match(value):
                    continue  # "hundreds of villages", "millions of people": scale as rhetoric, not a figure
                if kind == "count" and (_TRIVIAL_COUNT.match(value) or _NOT_COUNTED.search(value)):
                    continue  # "the two leaders", "two countries": the shape of a bilateral story, not a figure
                if kind == "duration" and _TITLED_UNIT.search(value):
                    continue  # "25 Years on, Remembering…", "the Six Day War": a title's words or a name, not a figure
                if kind == "duration" and _ONE_UNIT.match(value):
                    continue  # "one day", "one hour": an idiom or a unit more often than a measured time ("one year period" stays)
                if kind == "duration" and (value.endswith("-olds") or value.endswith("-old") and _PERSON_AFTER.match(text, end)):
                    continue  # a person's age, or an age group ("15- to 24-year-olds"), describes people; it is no figure
                if re.match(r"\s*ago\b", text[end:]) or kind == "duration" and _UNIT_LAST.search(value) and _RELATIVE_AFTER.match(text, end):
                    taken.append((start, end))  # nor may a count take its words ("25 years after negotiations")
                    continue  # "two years ago", "three years later": a relative date, not a figure
                if kind != "duration" and (rate := _RATE.match(text, end)):
                    end, value = rate.end(), value + rate.group(0)  # "$3.93 a gallon", "138 crossings each day": the rate is the figure's
                taken.append((start, end))
                found.append(Figure(value, kind, sentence_at(text, start), block))
    return distinct_figures(found)


def _named_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes the number part of a name ("iPhone 11", "Series 3") or a day ("May 4"):
    a capitalised word that does not open its sentence and owns nothing ("China's 1.4 billion people" is a count)."""
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    word, opening = before.group("word"), before.group("opening")
    if _MONTH_WORD.fullmatch(word):
        return True
    if word.endswith(("'s", "’s", "s'", "s’", "S'", "S’")):
        return False  # "China's 1.4 billion people", "the US’ 40,000 troops": a count the owner has
    # A capital inside a lowercase word ("iPhone", "eBay") names a thing even where a sentence opens.
    return (word[:1].islower() and any(c.isupper() for c in word[1:])) or (opening is None and any(c.isupper() for c in word))


def _untaken(pattern: re.Pattern[str], text: str, taken: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern``'s matches that overlap no figure taken; after one that does, the search goes on where that figure
    ends, so "$22 billion three times" still finds "three times" once "22 billion three times" is refused."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start, end = match.span()
        overlapped = [b for a, b in taken if a < end and start < b]
        if overlapped:
            position = max(min(overlapped), start + 1)
            continue
        yield match
        position = end if end > start else start + 1


def figure_key(text: str) -> str:
    """What two writings of one figure share: no case, spacing or qualifier, one spelling of percent and of each scale
    ("nearly $5bn" and "$5 billion", "20 per cent" and "20%")."""
    key = _QUALIFIED.sub("", " ".join(text.lower().split()))
    for pattern, replacement in _SPELLINGS:
        key = pattern.sub(replacement, key)
    return key


#: A figure's key that is an amount alone, with no noun: "2.2 billion", "$5 billion", "20%".
_BARE = re.compile(r"^[$€£¥₹]?\d[\d,.]*(?: (?:million|billion|trillion))?%?$")


def _same_amount(key: str, first: dict[str, int]) -> str | None:
    """The key of a figure found before that is this one's amount alone, or this bare amount with a noun, if any."""
    bare = bool(_BARE.match(key))
    return next((k for k in first if bare and k.startswith(key + " ") or key.startswith(k + " ") and _BARE.match(k)), None)


def distinct_figures(figures: list[Figure]) -> list[Figure]:
    """Each figure once (``figure_key``: "nearly $5bn" is "$5 billion"), at its first place, with the other paragraphs
    it is in."""
    first: dict[str, int] = {}
    result: list[Figure] = []
    for figure in figures:
        key = figure_key(figure.text)
        if key not in first:
            # "2.2 billion" after "2.2 billion American dollars", or "almost 800,000" before "800,000 people": the amount
            # again, with or without its noun, is the figure found first
            key = _same_amount(key, first) or key
        if key not in first:
            first[key] = len(result)
            result.append(figure)
        else:
            kept = result[first[key]]
            if figure.block != kept.block and figure.block not in kept.places:
                result[first[key]] = replace(kept, places=kept.places + (figure.block,))
    return result
