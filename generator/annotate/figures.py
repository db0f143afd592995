"""Key figures: money, percentages, counts with their noun, ordinals and durations."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.annotate.text import sentence_at
from generator.model import Figure

_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|"
                r"forty|fifty|hundred|dozens?|hundreds|thousands|millions|a (?:quarter-|half-)?(?:million|thousand|billion))")
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_NUMBER_WORD})"
_SCALE = r"(?:[\s-]*(?:trillion|billion|million|thousand|bn|mn|m|k|tn))?"
_QUALIFIER = r"(?:(?i:more than|over|about|around|nearly|almost|at least|some|up to|close to|roughly|an estimated) )?"
#: Units of measured quantities: length, area, power, energy, volume, mass.
_UNIT = (r"(?:sq(?:uare)?\.? (?:km|kilomet(?:er|re)s|miles)|nautical[ -]miles?|km2|km|kilomet(?:er|re)s?|miles?|GW|MW|kW|"
         r"[GTM]Wh|barrels?(?: (?:a|per) day)?|bpd|(?:metric )?tonnes?|(?:metric )?tons?|hectares?|acres?|met(?:er|re)s?|feet|"
         r"cubic met(?:er|re)s|bcm)")
_CURRENCY_SYMBOL = r"(?:US\$|A\$|C\$|HK\$|S\$|\$|€|£|¥|₹|₽|₩|₺)"
_CURRENCY_WORD = r"(?:dollars?|euros?|pounds?|yen|yuan|renminbi|rubles?|roubles?|rupees?|riyals?|dirhams?|won|lira|francs?|USD|EUR|GBP|JPY|CNY|RUB|SAR|AED|INR)"
_COUNTED = (r"countries|nations|states|people|troops|soldiers|areas|projects|agreements|deals|companies|firms|ministers|"
            r"delegates|members|civilians|refugees|barrels|tonnes|tons|units|missiles|drones|jobs|points|islands|leaders|"
            r"meetings|rounds|years|months|days")
#: (kind, pattern, words without which the pattern cannot match): the words are plain literals, searched
#: for quickly in the lowercased paragraph, so most patterns never run on most paragraphs.
PATTERNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("money", re.compile(rf"{_CURRENCY_SYMBOL}\s?{_NUM}{_SCALE}\b|\b{_NUM}{_SCALE}[\s-]+{_CURRENCY_WORD}\b|\b(?:USD|EUR|GBP|JPY|SAR|AED)\s?{_NUM}{_SCALE}\b"
                         r"|\b(?:billions|millions|trillions|hundreds of millions|tens of billions) of (?:US )?(?:dollars|euros|pounds)\b"),
     re.compile(r"[$€£¥₹₽₩₺]|dollar|euro|pound|yen|yuan|renminbi|ruble|rouble|rupee|riyal|dirham|won|lira|franc|usd|eur|gbp|jpy|cny|rub|sar|aed|inr")),
    ("quantity", re.compile(rf"\b{_QUALIFIER}{_NUM}{_SCALE}[\s-]?{_UNIT}(?![\w-])"),
     re.compile(r"km|kilomet|mile|gw|mw|kw|wh|barrel|bpd|tonne|ton|hectare|acre|meter|metre|feet|bcm")),
    ("percentage", re.compile(rf"\b{_NUM}\s?(?:%|per ?cent\b|percent\b|percentage points?\b)"), re.compile(r"%|per")),
    ("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|round|session|anniversary|term|time|visit|congress|conference|edition|forum)\b"),
     re.compile(r"\d(?:st|nd|rd|th)")),
    ("ordinal", re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:consecutive\s+)?(?:term|round|meeting|summit|visit|session)\b", re.I),
     re.compile(r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")),
    ("duration", re.compile(rf"\b{_NUM}[- ](?:year|month|week|day|hour|decade)s?[- ]?(?:long\s+)?(?:term|period|plan|deal|talks|visit|gathering|truce|ceasefire|programme|program|old)?\b", re.I),
     re.compile(r"year|month|week|day|hour|decade")),
    ("count", re.compile(rf"\b{_QUALIFIER}{_NUM}\s+(?:[a-z]+\s+)?(?:{_COUNTED})\b"),
     re.compile(_COUNTED)),
    # Any plural noun counted, after up to three name words ("more than 200 Chinese vessels", "10 U.S. sailors");
    # never after "one" or "two", which mostly give a story's shape ("two villages", "the two states").
    ("count", re.compile(rf"\b{_QUALIFIER}(?:\d{{1,3}}(?:,\d{{3}})+|\d+|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens)"
                         r"(?: (?:more|previous|new|other|former|senior|top|major|main|core|key))?"
                         r"(?: (?:[A-Z][\w.'’-]*|[a-z]+-[a-z]+)){0,3} (?:[a-z]{3,}(?<!ss)(?<!ou)s|people|aircraft|personnel|children|MoUs)\b"),
     re.compile(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|hundred|dozen|thousand|million|billion")),
)
#: Counts that only give a story's shape ("the two leaders", "both countries"), not a figure.
_TRIVIAL_COUNT = re.compile(r"^(?:one|two) (?:[A-Z][\w.'’-]* )*(?:leaders|countries|nations|sides|men|women|governments|officials|sources|ministers)\b|^one\s", re.I)
_NOT_COUNTED = re.compile(r"(?:years|months|weeks|days|hours|minutes|seconds|times|others|ones|things|words|cents|percent)$")
_YEARLIKE = re.compile(r"^(?:1[89]|20)\d{2}\b")


def find_figures(blocks: list[tuple[int, str]]) -> list[Figure]:
    """Every figure in the article, longest reading first, each with its sentence."""
    found: list[Figure] = []
    for block, text in blocks:
        taken: list[tuple[int, int]] = []
        folded = text.lower()
        for kind, pattern, needed in PATTERNS:
            if not needed.search(folded):
                continue
            for match in pattern.finditer(text):
                start, end = match.span()
                value = match.group(0).strip()
                if _YEARLIKE.match(value) and kind in {"count", "duration"}:
                    continue
                if kind == "count" and (_TRIVIAL_COUNT.match(value) or pattern is PATTERNS[-1][1] and _NOT_COUNTED.search(value)):
                    continue  # "the two leaders", "two countries": the shape of a bilateral story, not a figure
                if re.match(r"\s*ago\b", text[end:]):
                    continue  # "two years ago" is a relative date, not a figure
                if any(a < end and start < b for a, b in taken):
                    continue
                taken.append((start, end))
                found.append(Figure(value, kind, sentence_at(text, start), block))
    return distinct_figures(found)


def distinct_figures(figures: list[Figure]) -> list[Figure]:
    """Each figure once (compared without case and spacing), at its first place, with the other paragraphs it is in."""
    first: dict[str, int] = {}
    result: list[Figure] = []
    for figure in figures:
        key = " ".join(figure.text.lower().split())
        if key not in first:
            first[key] = len(result)
            result.append(figure)
        else:
            kept = result[first[key]]
            if figure.block != kept.block and figure.block not in kept.places:
                result[first[key]] = replace(kept, places=kept.places + (figure.block,))
    return result
