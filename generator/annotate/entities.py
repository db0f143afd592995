"""Knowledge-base mentions: countries, organisations, initiatives, regions, outlets and known people."""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from generator.annotate.country_senses import names_language
from generator.annotate.matching import Match, Matcher, inside_not_alias, loose_combining_form
from generator.annotate.name_shapes import GIVEN_NAMES
from generator.annotate.organisation_words import NOT_NAME_STARTS
from generator.annotate.people import NOT_NAMES, ROLE_MODIFIERS, ROLE_NOUNS
from generator.annotate.teaser_lines import glued_titles, is_teaser_line
from generator.annotate.text import sentence_at
from generator.knowledge.base import Alias, KnowledgeBase
from generator.model import Mention
from generator.sources.furniture import INLINE_RELATED

#: Capitalised nouns after which a demonym or place names an institution, not a state.
INSTITUTION_NOUNS = {
    "University", "College", "School", "Institute", "Academy", "Museum", "Hospital", "Airlines", "Airways",
    "Express", "Stock", "Street", "Avenue", "Road", "Square", "Club", "Church", "Cathedral", "Hotel", "Stadium",
}
#: Natural features named after a country that run through several ("Congo Basin", "Niger Delta" is Nigeria's).
FEATURE_NOUNS = {"Basin", "River", "Delta", "Sea"}  # "the South China Sea": a body of water, not the state
#: The same features, and a river's waters, in lowercase after a country's own name (never its demonym: "Chinese waters").
_FEATURE_AFTER = re.compile(r"\s+(?:waters|river|basin|delta)\b|河(?![南北内內])")  # "约旦河西岸", not "中国河南省"
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"([A-Z][\w'’-]*)\s+$")
#: A currency sign right after a country's short name: "US$", "S$", "HK$".
_CURRENCY_AFTER = re.compile(r"\$")
#: "People's" right before a republic's name, however spelt or cut: the head of another state's name.
_POSSESSIVE_BEFORE = re.compile(r"(?:eople|EOPLE)['’`]?[sS]\s+$")
#: Names that end another state's longer name: "Republic of China" ends "People's Republic of China".
_REPUBLIC_TAILS = {"Republic of China", "Republic of Korea"}
#: Words before an outlet's name that credit it with a picture or the copy: "Photo: AFP", "WRITER: Reuters", "Photo by".
_CREDIT_BEFORE = re.compile(r"\b(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]icture|[Cc]redit|WRITER|[Ww]riter|[Ff]ootage)(?:\s*:|\s+by|\s+courtesy\s+of)\s*$")
#: Words after it that do: "(Reuters photo)", "(Reuters File Photo)", "AP Photo/Evan Vucci", "REUTERS/Dado Ruvic".
_CREDIT_AFTER = re.compile(r"(?:\s+(?:[Ff]ile\s+)?(?:[Pp]hotos?|PHOTO|[Ii]mages?|[Vv]ideo)\b|/\s?[A-Z])")
#: The platforms a page invites its reader to.
_PLATFORMS = r"(?:Facebook|Twitter|X|Instagram|Telegram|YouTube|WhatsApp|TikTok|LinkedIn|Google)\b"
#: An invitation to follow a page or install its app, or a share button: "Follow X on Facebook", "Get the X app on your
#: smartphone", "Share to Facebook Share to Twitter".
_INVITATION = re.compile(rf"\b(?:[Ff]ollow|[Ss]ubscribe\s+to)\s+(?:us|[A-Z][\w.]*)\s+on\s+{_PLATFORMS}|\b[Ss]hare\s+(?:to|on|via)\s+{_PLATFORMS}"
                         r"|\b(?:[Dd]ownload|[Gg]et)\s+(?:the\s+|our\s+)?[\w.]+\s+app\b")
#: A dateline's capitals right after a caption's credit: " CAPE TOWN, South Africa —", " RIO DE JANEIRO —".
_DATELINE_AFTER = re.compile(r"\s+[A-Z]{3,}(?:\s+[A-Z]{2,})*(?:,|\s+[—–-]|\s+\()")
#: How far back a country's preceding word is looked for: far longer than any word.
_LOOK_BACK = 200
#: A capitalised office and "of" before a country's name make it the office's country, not a first name: "President of
#: Armenia Armen Sargsyan", "Minister of Foreign Affairs of Jordan Ayman Al Safadi" (but "the son of Jordan Whitfield").
_OFFICE_OF = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+(?:the\s+)?$")
#: Compass words that name a part of a country before its name, never a given name ("Northern Cyprus").
COMPASS_WORDS = {"Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West"}
_KINGDOM = re.compile(r"\b(?:the\s+)?Kingdom\b(?!\s+of\b)")
#: Organisations that act for their state, so a country in their name is the state acting ("Chinese Foreign Ministry").
STATE_BODY_KINDS = {"government", "agency", "party"}
#: Country aliases of these kinds may be a person's name or a US state; they need a context check.
CONTEXT_KINDS = {"name", "place"}


def find_matches(text: str, matcher: Matcher, us_states: frozenset[str]) -> list[Match]:
    """Alias matches in one text with the false friends of country names removed."""
    found = [_after_the(text, m) for m in matcher.find(text)]
    country_ends = frozenset(m.end for m in found if m.best.taxonomy == "countries")
    demonym_ends = frozenset(m.end for m in found if m.best.taxonomy == "countries" and m.best.kind == "demonym")
    country_starts = frozenset(m.start for m in found if m.best.taxonomy == "countries")
    return [m for m in found if not _is_false_country(text, m, us_states, country_ends) and not _second_demonym_of_origin(text, m, demonym_ends)
            and not loose_combining_form(text, m, country_starts)]


def _second_demonym_of_origin(text: str, match: Match, demonym_ends: frozenset[int]) -> bool:
    """True for the second demonym of a people named by two, spaced: a "Turkish American" is of Turkish origin, no news
    of the United States (a hyphen, "Russian-Ukrainian talks", may join two states)."""
    if match.best.taxonomy != "countries" or match.best.kind != "demonym":
        return False
    preceding = _PREVIOUS_WORD.search(text, max(0, match.start - _LOOK_BACK), match.start)
    return bool(preceding) and preceding.end(1) in demonym_ends and text[preceding.end(1):match.start] == " "


def _after_the(text: str, match: Match) -> Match:
    """A surname after 'the' is the place of the same name, when there is one: 'The Hague', not William Hague."""
    if match.best.kind != "surname" or len(match.aliases) < 2 or text[max(0, match.start - 4) : match.start] not in ("The ", "the "):
        return match
    others = tuple(a for a in match.aliases if a.kind != "surname")
    return Match(match.start, match.end, match.text, others + tuple(a for a in match.aliases if a.kind == "surname")) if others else match


def _is_false_country(text: str, match: Match, us_states: frozenset[str], country_ends: frozenset[int] = frozenset()) -> bool:
    """True when a country alias is part of a longer proper name ('American University', 'Michael Jordan')."""
    alias = match.best
    if alias.taxonomy != "countries":
        return False
    if _CURRENCY_AFTER.match(text, match.end):
        return True  # "US$100 billion", "S$5 million": a currency, not the state
    # The look-backs below search a bounded window: searching from the text's start made a long paragraph quadratic.
    window = max(0, match.start - _LOOK_BACK)
    if _WATER_OF.search(text, window, match.start):
        return True  # "the Gulf of Aden", "the Sea of Japan": a body of water, not the state
    if alias.text in _REPUBLIC_TAILS and _POSSESSIVE_BEFORE.search(text, window, match.start):
        return True  # "Peoples Republic of China", a drop cap's "eople's Republic of China": not Taiwan's name
    following = _NEXT_WORD.match(text, match.end)
    if following and following.group(1) in INSTITUTION_NOUNS | FEATURE_NOUNS:
        return True
    if alias.kind in CONTEXT_KINDS:
        if re.match(r"\s+state\b", text[match.end:]):  # "Washington state"
            return True
        if _FEATURE_AFTER.match(text, match.end):
            return True  # "the use of Jordan waters", "the Congo river": the river, not the state
        if (following and " " not in match.text and not match.text.isupper() and _looks_like_surname(following.group(1))
                and not _OFFICE_OF.search(text, window, match.start)):
            return True  # "Jordan Whitfield", "Chad Morrison": a first name (never an acronym: "The US Embassy said")
        preceding = _PREVIOUS_WORD.search(text, window, match.start)
        if preceding and (preceding.end(1) in country_ends or preceding.group(1) in COMPASS_WORDS):
            return False  # "Turkish Cyprus", "Northern Cyprus": a part of the country, not a person's name
        city = _PLACE_COMMA.search(text, max(0, match.start - 40), match.start)
        if alias.text in us_states and alias.key != "US" and (city and city.end(1) not in country_ends
                                          or re.match(r"\s+(?:state|governor|senator|legislature)\b", text[match.end:], re.I)):
            return True  # "Atlanta, Georgia", "Georgia governor": the US state (not "Armenia, Georgia and Azerbaijan")
        if (preceding and (not _sentence_initial(text, preceding.start()) or preceding.group(1) in GIVEN_NAMES)
                and preceding.group(1) not in NOT_NAME_STARTS):
            # "Michael Jordan" (a given name even opening a sentence), but not "Saudi Arabia and Japan" (lowercase), "In
            # Japan" (sentence start) or "December India".
            return preceding.group(1)[-2:] not in {"'s", "’s"}
    return False


def _looks_like_surname(word: str) -> bool:
    """A capitalised word that could end a personal name: not a role, a place word or a month."""
    bare = re.sub(r"['’]s$", "", word)
    return (
        bare.isalpha() and not bare.isupper() and bare.lower() not in ROLE_NOUNS and bare not in ROLE_MODIFIERS
        and bare not in NOT_NAMES and bare not in PLACE_WORDS
    )


#: A place and a comma before a name a US state shares with a country: "Atlanta, Georgia".
_PLACE_COMMA = re.compile(r"([A-Z][\w.'’-]+),\s*$")
#: A body of water named after a place ("the Gulf of Oman", "the Sea of Japan").
_WATER_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?)\s+of\s+(?:the\s+)?$")
#: Words that follow a country's name in names of places and things, not of people.
PLACE_WORDS = {"Sea", "Gulf", "Strait", "Peninsula", "Canal", "River", "Lake", "Basin", "Valley", "Islands", "Island",
               "Province", "Region", "City", "Republic", "Kingdom", "Government", "Cup", "Airlines", "Times", "Today", "Post"}


def _sentence_initial(text: str, offset: int) -> bool:
    before = text[max(0, offset - _LOOK_BACK):offset].rstrip()
    # A title's full stop ends no sentence: "Rep. Jim Jordan" is a name like "Michael Jordan".
    return not before or before[-1] in ".!?:;\"“”'‘’([—–-" and before.rsplit(None, 1)[-1].lower() not in ROLE_NOUNS


def mentions_in_block(text: str, block: int, matches: Sequence[Match]) -> list[Mention]:
    """Mentions for every match in one block, with its sentence; a seat of power ("the Kremlin") names its state too.

    An outlet credited for a photo or as the writer ("(Reuters photo)", "WRITER: Reuters") is no news of the article's, nor
    is a site or platform a page's promotion names ("Follow Ynetnews on Facebook | Twitter", "Get the app: Google Play").
    """
    return [
        Mention(alias.taxonomy, alias.key, m.text, block, sentence_at(text, m.start))
        for m in matches if not (m.best.taxonomy == "outlets" and _credited(text, m))
        and not (m.best.taxonomy in ("organizations", "outlets") and _promotion(text[max(0, m.start - 60):m.end + 60]))
        for alias in (m.best, *(a for a in m.aliases[1:] if a.kind == "place" and a.taxonomy == "countries" and m.best.taxonomy == "organizations"))
    ]


def _promotion(around: str) -> bool:
    """True for a page's own promotion left in the text: a row of links split by bars, or an invitation to follow or install."""
    return around.count(" | ") >= 2 or bool(_INVITATION.search(around))


def _credited(text: str, match: Match) -> bool:
    """True when an outlet's name stands in a photo or writer credit: "(Reuters File Photo)", "Photo: AFP", "AP Photo/X"."""
    after = _CREDIT_AFTER.match(text, match.end)
    # A caption's credit stands between its last sentence and the story's dateline: "... to Africa. Associated Press CAPE TOWN".
    caption = text[max(0, match.start - 2):match.start] in (". ", "! ", "? ") and _DATELINE_AFTER.match(text, match.end)
    return bool(_CREDIT_BEFORE.search(text, max(0, match.start - 30), match.start) or caption
                or after and (not after.group(0).startswith("/") or match.text.isupper()))  # "Reuters/Ipsos poll" is a poll's


def countries_in_names(
    text: str, block: int, matches: Sequence[Match], country_names: Matcher, knowledge: KnowledgeBase
) -> list[Mention]:
    """Countries a longer name spells out and its match hides: 'the war in Ukraine', 'the Chinese Foreign Ministry'."""
    found = []
    for match in matches:
        own = _state_body_country(match, knowledge)
        if match.best.taxonomy != "initiatives" and not own:
            continue
        for inner in find_matches(match.text, country_names, knowledge.us_states):
            if inside_not_alias(match.text, inner, knowledge):
                continue  # "South China Sea dispute": a sea the country's name is part of names no China
            # A state body names only its own state: "Chinese Foreign Ministry", not "Qatar Airways" of Doha.
            if match.best.taxonomy == "initiatives" or inner.best.key == own:
                found.append(Mention("countries", inner.best.key, inner.text, block, sentence_at(text, match.start)))
    return found


def organisations_in_names(text: str, block: int, matches: Sequence[Match], matcher: Matcher,
                           knowledge: KnowledgeBase) -> list[Mention]:
    """The organisation an initiative's name opens or, after a preposition, closes or goes on with, which its match hides: 'SCO
    summit', 'UN Security Council resolution', 'expansion of NATO', 'meeting with ASEAN foreign ministers'.

    A treaty is the states' act, not the body's it is named after: the "UN Charter" mentions no United Nations.
    """
    found = []
    for match in matches:
        term = knowledge.term("initiatives", match.best.key) if match.best.taxonomy == "initiatives" else None
        if term is None or term.attributes.get("kind") == "treaty":
            continue
        words = match.text.split()
        # The longest opening words, else closing words after a lowercase link word, that are one organisation's whole name.
        parts = [" ".join(words[:size]) for size in range(len(words) - 1, 0, -1)]
        parts += [" ".join(words[size:]) for size in range(1, len(words)) if words[size - 1] in _LINK_WORDS]
        # Then the body right after the link word opening the rest: "meeting with ASEAN foreign ministers".
        parts += [" ".join(words[size:end]) for size in range(1, len(words)) if words[size - 1] in _LINK_WORDS
                  for end in range(len(words) - 1, size, -1)]
        for part in parts:
            inner = matcher.find(part)
            if len(inner) == 1 and inner[0].best.taxonomy == "organizations" and (inner[0].start, inner[0].end) == (0, len(part)):
                found.append(Mention("organizations", inner[0].best.key, inner[0].text, block, sentence_at(text, match.start)))
                break
    return found


#: Words after which an initiative's name goes on with the body it is of, by or against: "enlargement of NATO".
_LINK_WORDS = {"of", "by", "against", "on", "with"}


#: "X" alone, a letter of many names ("Malcolm X", "Generation X"), is the platform only where its words say so: "a post on
#: X", "the social media platform ‘X’", "his X handle", "one X user", "X’s Global Affairs team".
_PLATFORM_LETTER = re.compile(
    r"(?:(?<=\bon )|(?<=\bplatform )['‘’\"“]?)X(?![\w-]|[.'’]\w)"  # "said on X." ends its sentence; "X.com" is an address
    r"|(?<![\w'’.-])X(?=\s+(?:handle|account|user|post|page|feed)s?\b|['’]s\s+[a-z])"
)
_PLATFORM_KEY = "x-platform"


def platform_letter_mentions(text: str, block: int, knowledge: KnowledgeBase) -> list[Mention]:
    """The platform X where the text names it by its letter alone, not after a capitalised word ("Malcolm X's") nor in
    the page's own promotion ("Follow us on X")."""
    if "X" not in text or knowledge.term("organizations", _PLATFORM_KEY) is None:
        return []
    return [Mention("organizations", _PLATFORM_KEY, "X", block, sentence_at(text, match.start()))
            for match in _PLATFORM_LETTER.finditer(text) if not _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
            and not _promotion(text[max(0, match.start() - 60):match.end() + 60])]


def _state_body_country(match: Match, knowledge: KnowledgeBase) -> str | None:
    """The country of a government body, agency or party the match names; None for anything else."""
    if match.best.taxonomy != "organizations":
        return None
    term = knowledge.term("organizations", match.best.key)
    return term.attributes.get("country") if term and term.attributes.get("kind") in STATE_BODY_KINDS else None


def kingdom_mentions(texts: Sequence[tuple[int, str]], mentions: Sequence[Mention], knowledge: KnowledgeBase) -> list[Mention]:
    """'the Kingdom' resolved to the kingdom the article talks about most, when there is one."""
    counts = Counter(
        m.key for m in mentions
        if m.taxonomy == "countries" and (t := knowledge.term("countries", m.key)) and t.attributes.get("kingdom")
    )
    if not counts:
        return []
    (top, top_count), *rest = counts.most_common()
    if rest and rest[0][1] == top_count:
        return []  # two kingdoms equally present: leave it unresolved rather than guess
    found = []
    for block, text in texts:
        for match in _KINGDOM.finditer(text):
            found.append(Mention("countries", top, match.group(0), block, sentence_at(text, match.start())))
    return found


#: Taxonomies whose acronyms an article may define for itself: "Times of Israel (TOI)" is not the Times of India.
_DEFINABLE = ("organizations", "outlets")


def defined_acronyms(texts: Sequence[tuple[int, str]], matches: dict[int, list[Match]]) -> dict[int, list[Match]]:
    """Matches with every acronym the article defines after a known name ("Times of Israel (TOI)") meaning that name."""
    defined: dict[str, Alias] = {}
    for block, text in texts:
        found = matches.get(block, [])
        for before, match in zip(found, found[1:]):
            # An alias may hold its brackets itself: the outlet's "(AFP)" after "Armed Forces of the Philippines".
            bracketed = (text[before.end : match.start] in (" (", "(") and text.startswith(")", match.end)
                         or match.text.startswith("(") and match.text.endswith(")") and text[before.end : match.start] in (" ", ""))
            acronym = match.text.strip("()")
            if (acronym.isupper() and before.best.taxonomy in _DEFINABLE and match.best.taxonomy in _DEFINABLE
                    and before.best.key != match.best.key and bracketed):
                defined.setdefault(acronym, Alias(acronym, before.best.taxonomy, before.best.key, "alias"))
    renamed = _spelt_by_unknown_names(texts, matches).difference(defined)
    if not defined and not renamed:
        return matches
    # An acronym an unknown name spells out is that name's, found as organisations are: no known body's.
    return {block: [Match(m.start, m.end, m.text, (defined[m.text.strip("()")],)) if m.text.strip("()") in defined else m
                    for m in found if m.text.strip("()") not in renamed] for block, found in matches.items()}


#: Capitalised words, their link words, and the acronym in brackets after them: "Official Creditors Committee (OCC)".
_SPELT_OUT = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|the|and|for|on)\s+)*){2,8})\((?P<acronym>[A-Z]{2,6})\)")


def _spelt_by_unknown_names(texts: Sequence[tuple[int, str]], matches: dict[int, list[Match]]) -> set[str]:
    """The known acronyms the article spells out by a name the knowledge base does not know, by its words' initials."""
    spelt: set[str] = set()
    for block, text in texts:
        known = {m.start: m for m in matches.get(block, [])}
        for match in _SPELT_OUT.finditer(text) if "(" in text else ():
            acronym = known.get(match.start("acronym"))
            words = [w for w in match.group(1).split() if w[:1].isupper()]
            # A country's or region's name may sit inside the unknown name: "National Bank of Cambodia (NBC)".
            if (acronym and acronym.best.taxonomy in _DEFINABLE and not any(m.end > match.start() for m in matches.get(block, [])
                                                                              if m.start < match.start("acronym") - 1
                                                                              and m.best.taxonomy not in ("countries", "regions"))):
                for first in range(len(words)):
                    if "".join(w[0] for w in words[first:]) == match.group("acronym"):
                        spelt.add(match.group("acronym"))
    return spelt


#: What a related story's link names that is no news of the article's own.
_LINKED_TAXONOMIES = ("countries", "people")


#: A related story's link in brackets inside a sentence: "... call stated.(RELATED: Did German Satire Magazine ...?)".
_RELATED_IN_BRACKETS = re.compile(r"[(\[]\**\s*(?:related|see also|also read|read also|read more)\s*:[^)\]]*", re.I)


def in_related_link(surface: str, sentence: str) -> bool:
    """True when a name stands only in a link to another story set inside a paragraph: "**[(RELATED: Have Finland And
    Sweden Applied For NATO Membership?)](https://...)**", whether the link is its own sentence or not."""
    if ":" not in sentence:
        return False
    if INLINE_RELATED.match(sentence.lstrip("*[( ").rstrip("*]) ")):
        return True
    outside = _RELATED_IN_BRACKETS.sub(" ", sentence)
    return outside != sentence and surface in sentence and surface not in outside


#: What after a demonym makes it a language's name: "Greek-speaking", "Sanna language", "Russian speakers", or a list of
#: languages it opens ("Russian, Ukrainian, Belarusian and 17 European languages").
_LANGUAGE_AFTER = re.compile(r"(?:-speaking|-language|\s+(?:language|speakers|dialect)s?\b"
                             r"|(?:,\s+[A-Z][\w-]+)*,?\s+and\s+(?:\d+\s+)?(?:[A-Z][\w-]+\s+)?languages\b)")
#: What before one does: "22 languages in the EU, which now includes also Czech and Slovak".
_LANGUAGE_BEFORE = re.compile(r"\blanguages\b[^.;:]{0,60}\b(?:includ\w*|such as|like)\s+(?:also\s+)?(?:[A-Z][\w-]+,?\s+(?:and\s+)?)*$")


#: A hyphenated prefix that makes "American" the Americas', not the United States': "Inter-American", "Pan-American".
_AMERICAS_PREFIX = re.compile(r"\b(?:Inter|Pan|Latin|Ibero|Meso)-$", re.I)


def is_language(surface: str, sentence: str) -> bool:
    """True when a country's demonym names a language in its sentence, or the Americas' ("Inter-American"), not the country."""
    at = sentence.find(surface)
    return at >= 0 and bool(_LANGUAGE_AFTER.match(sentence, at + len(surface)) or _LANGUAGE_BEFORE.search(sentence, 0, at)
                            or names_language(surface, sentence, at)
                            or surface == "American" and _AMERICAS_PREFIX.search(sentence, max(0, at - 8), at))


def without_teaser_countries(mentions: Sequence[Mention], texts: Sequence[tuple[int, str]], first_block: int = 0) -> list[Mention]:
    """Mentions less the countries named only on teaser lines after the lead ("Kenyan leader ..." in a related link) or as
    languages ("Czech and Slovak"), and the countries and people named only in a related story's link inside a paragraph
    or on a line of teaser titles run together."""
    glued = {block for block, text in texts if block > first_block and glued_titles(text)}
    teaser = glued | {block for block, text in texts if block > first_block and is_teaser_line(text)}
    named = {(m.taxonomy, m.key) for m in mentions if m.taxonomy in _LINKED_TAXONOMIES and not in_related_link(m.surface, m.sentence)
             and m.block not in glued
             and not (m.taxonomy == "countries" and (m.block in teaser or is_language(m.surface, m.sentence)))}
    return [m for m in mentions if m.taxonomy not in _LINKED_TAXONOMIES or (m.taxonomy, m.key) in named]
