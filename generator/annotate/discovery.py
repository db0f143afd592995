"""Organisations the knowledge base does not know yet, found by the shape of their names (initiatives: initiative_discovery)."""
from __future__ import annotations

import re

from generator.annotate.matching import Match
from generator.annotate.organisation_extents import (
    OF_WORDS,
    ON_HEADS,
    OWNER,
    body_organs,
    continued,
    list_cut,
    on_what,
    own_initials,
    person_owner,
    regiment_end,
)
from generator.annotate.organisation_heads_first import head_first_names
from generator.annotate.organisation_nouns import COMPANY_NOUNS, GENERIC_WORDS, INITIATIVE_NOUNS, ORGANIZATION_NOUNS, UNIT_NOUNS
from generator.annotate.organisation_words import INSTITUTION_SUBJECTS, THING_HEADS
from generator.annotate.roles import ROLE_NOUNS
from generator.annotate.text import sentence_at
from generator.annotate.vocabulary import words
from generator.model import Discovery, Mention
from generator.slugs import slugify

_WORD = r"[A-Z][\w'’&\-]*"
_LINK = r"(?:(?:\s+(?:of|for|and|on|the|de|du|des|al-))+\s+|\s+)"
#: "... for the Liberation of Rwanda", "... for Development", and one link more, "Foundation for Defense of Democracies",
#: "Center for Analysis of International Relations": what an organisation is of or for.
_OF_WHAT = rf"(?:\s+(?:of|for)(?:\s+the)?{OF_WORDS}(?P<more>\s+(?:of|for)(?:\s+the)?{OF_WORDS})?)?"
# Every name starts with a capital letter: the lookahead turns away every other word at once.
#: An ordinal opens a unit's or court's name: "2nd Western District Military Court", "1st Cavalry Division".
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?"
#: A person's initial in a body's name: "D. A. Tsenov Academy of Economics", "S. Rajaratnam School of International Studies".
_INITIAL = r"[A-Z]\.\s+"
#: A country's dotted initials open a body's name: "U.S. Postal Service", "U.K. Space Agency".
_INITIALISM = r"(?:[A-Z]\.){2,3}\s+"
_LEADING_INITIALISM = re.compile(_INITIALISM)
_ORGANIZATION = re.compile(rf"\b{_ORDINAL}(?:(?:al|el)-)?(?=[A-Z])(?:{_INITIALISM})?(?:{_INITIAL}){{0,2}}(?:{_WORD}{_LINK}){{0,6}}(?:{ORGANIZATION_NOUNS}|{COMPANY_NOUNS}|{UNIT_NOUNS})(?![\w]){_OF_WHAT}")
_ORGANIZATION_NOUN = re.compile(f"{ORGANIZATION_NOUNS}|{COMPANY_NOUNS}|{UNIT_NOUNS}")
#: An acronym holds two capitals at least: "(ELN)", "(NATO)", "(MoD)"; "(Overseas)" is a word of the name.
_ACRONYM = re.compile(rf"\b(?=[A-Z])(?P<name>(?:{_WORD}{_LINK}){{1,8}}{_WORD})\s+\((?P<acr>[A-Z](?=[a-z&]{{0,8}}[A-Z])[A-Za-z&]{{1,9}})\)")

#: Possessives that open names themselves: "People's Liberation Army", "Workers' Party", "King's College".
POSSESSIVE_NAME_WORDS = {"People", "Children", "Women", "Men", "Workers", "King", "Queen", "Veterans", "Farmers", "Citizens",
                         "St", "Saint", "Lloyd", "Moody", "Prince", "Princess", "Mothers", "Soldiers"}
#: A plural acronym names a kind of thing: "(ICUs)", "(NGOs)", "(DSPs)".
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")

#: Words that make the organisation noun after them part of a place's name ("Kalayaan Island Group").
PLACE_BEFORE_NOUN = {"Island", "Islands", "Archipelago"}
#: Words that make a centre a building or facility, not an organisation ("Detention Centre", "Data Center").
FACILITY_BEFORE_CENTRE = {"Detention", "Data", "Learning", "Convention", "Exhibition", "Shopping", "Call", "Distribution",
                          "Fulfillment", "Fulfilment", "Visitor", "Visitors", "Holding", "Reception", "Transit", "Logistics",
                          "Conference", "Community"}

_LEADING = re.compile(
    r"^(?:The|the|A|An|In|On|At|As|But|And|However|Moreover|Under|Through|During|With|From|For|By|To|Of|Other|Both|Each|"
    r"Our|Their|His|Her|Its|My|Your|This|That|These|Those|"  # "Our Armed Forces": the speaker's own, named by a generic noun
    r"More|Most|Further|Greater|Fewer|Less|"  # "More Investments": a subheading's quantity, no name's first word
    r"Interim|Acting|Former|Addressing|Including|Following|Regarding|Citing|Quoting|Considering|Concerning|Urging|Joining|Leaving|[A-Z][\w'’]*-(?:based|backed|led|funded|sponsored|brokered|run|owned|allied|aligned))\s+"
)


#: A capitalised word then "the" opens a clause, not a name: "Later the Rail Authority", "Yesterday the ...".
_WORD_THEN_THE = re.compile(r"^[A-Z][\w'’-]*,?\s+the\s+(?=[A-Z])")
#: Words a name never capitalises inside it: a title-case headline or menu ("Subscribe To Our Daily Newsletter Service").
TITLE_CASE_WORDS = {"To", "Our", "Us", "Your", "My", "Is", "Are", "Was", "Will", "Here", "More", "Over", "Amid", "After", "During",
                    "Into", "At", "With", "By", "From", "In", "As", "Its", "This", "That", "Now", "Not", "Be"}


#: What a sentence says of a company before its name: "Shares of Banco Santander S.A.", "a unit of Tata Steel Ltd".
_PART_OF = re.compile(r"^(?:Shares|Stock|Bonds|Units?|Subsidiar(?:y|ies)|Parent|Owners?|Investors|Customers|Employees|Staff|Officials|"
                      r"Members|Representatives|Leaders|Heads)\s+of\s+(?:the\s+)?")


def _strip_leading(name: str) -> str:
    name = _PART_OF.sub("", name)
    while _LEADING.match(name):
        name = _LEADING.sub("", name, count=1)
    return _WORD_THEN_THE.sub("", name).strip()


def _title_case(name: str) -> bool:
    """True when a word after the first is one only a title-case headline or menu capitalises."""
    return any(word in TITLE_CASE_WORDS for word in name.split()[1:])


def _without_role(name: str) -> str:
    """'CEO and Founder of Ceres Robotics Inc.' -> 'Ceres Robotics Inc.', 'Director for Israel Epstein Center' -> 'Israel
    Epstein Center': a person's role or name is no part of the name."""
    for link in (" of ", " for "):
        role, separator, rest = name.partition(link)
        if separator and all(_is_role_word(word) or word in ("and", "&") for word in role.split()):
            return rest.removeprefix("the ")
    gathering, separator, rest = name.partition(" of ")
    if separator and gathering.split()[-1] in GATHERINGS:
        return rest.removeprefix("the ")  # "Annual General Meeting of the Global Young Academy": the academy meets
    role, separator, rest = name.partition(" of ")
    if separator and rest.startswith("the ") and _is_personal_name(role):
        return rest.removeprefix("the ")  # "Ian Storey of the Yusof Ishak Institute": an expert and where they work
    return name


_ROLE_BEFORE = re.compile(r"(\S+)\s+(?:of|for|at)\s+(?:the\s+)?$")


def _after_role(text: str, start: int) -> bool:
    """True when a role and "of", "for" or "at" come right before ``start``: "Director for Israel Epstein Center"."""
    before = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and _is_role_word(before.group(1).strip(",;"))


def _is_role_word(word: str) -> bool:
    """'Director', 'Co-Director', 'Vice-Chair': a role's word, a prefixed one too."""
    lower = word.lower()
    return lower in _ROLE_WORDS or lower.startswith(("co-", "vice-")) and lower.partition("-")[2] in _ROLE_WORDS


def _without_person(name: str, people: frozenset[tuple[str, str]]) -> str:
    """'Sandra Ha of Zico Import Pty Ltd' -> 'Zico Import Pty Ltd': a person the article names, or a rank and a name, then
    where they work (``people``: the last two words of each person's name the people finder found)."""
    person, separator, rest = name.partition(" of ")
    parts = person.split()
    ranked = len(parts) >= 3 and parts[0].lower() in _RANKS and not any(
        w.lower() not in _RANKS and (w in _NOUN_SET or w in GENERIC_WORDS) for w in parts[1:])
    return rest.removeprefix("the ") if separator and (tuple(parts[-2:]) in people or ranked) else name


#: Words joining two generic words as two bodies: "its Executive and Assembly" names neither ("Ministry of Justice" is one).
_LINK_WORDS = {"and", "&"}
#: Military ranks, which open a person's name: "Major General Said Omary of Tanzania Navy".
_RANKS = frozenset(words("rank_words"))


#: Heads an ordinal is part of the name of: units and courts ("1st Cavalry Division", "2nd Western District Military Court");
#: before another body it counts a session or a holder ("2nd Coordination Council session", "our 9th Navy Commander").
ORDINAL_HEADS = {"Division", "Army", "Court", "Force", "Forces", "Guard", "Squadron", "Wing", *UNIT_NOUNS.split("|")}
_LEADING_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)\s+")


def _without_ordinal(name: str) -> str:
    """'2nd Coordination Council' -> 'Coordination Council'; '1st Cavalry Division' keeps its ordinal."""
    head = [word.strip(",") for word in name.partition(" of ")[0].split()]
    return name if any(word in ORDINAL_HEADS for word in head) else _LEADING_ORDINAL.sub("", name)


def _is_personal_name(words: str) -> bool:
    """Two or three capitalised words, none an organisation's or a generic one: 'Ian Storey', not 'Central Bank'."""
    parts = words.split()
    return 2 <= len(parts) <= 3 and all(
        word[0].isupper() and not word.isupper() and word not in _NOUN_SET and word not in GENERIC_WORDS for word in parts
    )


#: A body's gatherings, never standing bodies themselves: what follows their "of" is the body.
GATHERINGS = {"Meeting", "Meetings", "Session", "Sessions", "Summit", "Ceremony", "Anniversary"}
#: Words of a person's role before "of" and an organisation: "Dean of the African Diplomatic Corps" names the corps.
_ROLE_WORDS = ROLE_NOUNS | set(words("workplace_roles"))
_NOUN_SET = set(re.sub(r"\\\.\?|\\\.", "", "|".join((ORGANIZATION_NOUNS, COMPANY_NOUNS, UNIT_NOUNS, INITIATIVE_NOUNS))).replace("?", "").split("|"))


def _organisation_parts(name: str) -> list[str]:
    """'Chinalco and China Baowu Steel Group' -> 'China Baowu Steel Group': one name, not a list of two.

    'Harbour Agency and the River Agency' is two names; 'Securities and Exchange Commission' one.
    """
    head, separator, tail = name.partition(" and ")
    if not separator or not any(word in _NOUN_SET for word in tail.split()):
        return [name]
    if any(word in _NOUN_SET for word in head.split()):
        # Both halves hold an organisation noun: two names when the second ends on one too ("... and Columbia University").
        # "... and Tashkent State University of Oriental Studies": the second may go on with what it is of.
        ending = tail.partition(" of ")[0].split()
        return [head, tail.removeprefix("the ")] if ending[-1] in _NOUN_SET and len(ending) >= 2 else [name]
    # A short tail is the second half of one name: "Securities and Exchange Commission", not "Exchange Commission";
    # after an acronym it is a name of its own ("SBI and ICICI Bank").
    return [tail.removeprefix("the ")] if len(tail.split()) >= 3 or head.isupper() else [name]


def _is_headline(text: str) -> bool:
    """Title case: four words of four letters or more, nine in ten of them capitalised ("Ministry of Law Strengthens Ties")."""
    long_words = [word for word in text.split() if len(word) >= 4 and word[0].isalpha()]
    return len(long_words) >= 4 and sum(word[0].isupper() for word in long_words) * 10 >= len(long_words) * 9


def _headline_cut(name: str) -> str:
    """'Ministry of Law Strengthens Bilateral Ties' -> 'Ministry of Law': in title case, words after "of" and its first
    word go on the name only while they are institutions' subjects ("Ministry of Foreign Affairs Says" keeps "Affairs")."""
    head, separator, tail = name.partition(" of ")
    words = tail.split()
    if not separator or len(words) < 2 or head.split()[-1] not in _NOUN_SET:
        return name
    kept = words[:1]
    for word in words[1:]:
        if word not in INSTITUTION_SUBJECTS and word not in ("and", "the"):
            break
        kept.append(word)
    return f"{head} of {' '.join(kept).removesuffix(' and').removesuffix(' the')}"


def is_role(name: str) -> bool:
    """'Chief of the Army Staff', 'Secretary of State': a post held in a body, named by its role noun and "of"."""
    words = name.split()
    return len(words) > 2 and words[0].lower() in ROLE_NOUNS and words[1] == "of"


_COMPANY_NOUN_SET = set(COMPANY_NOUNS.split("|"))


def _sector_only(name: str) -> bool:
    """'Turkish Minister of Energy': a company noun after "of" or "and" is a sector, unless another noun makes a body of it."""
    words = name.split()
    return (words[-1] in _COMPANY_NOUN_SET and words[-2] in ("of", "and", "for")
            and not any(word in _NOUN_SET for word in words[:-1]))


def _company_name(name: str) -> bool:
    """'Midad Energy', 'Essar Steel': two words or more closing on a company's last word, the first no generic one."""
    words = name.split()
    return len(words) >= 2 and words[-1] in _COMPANY_NOUN_SET and words[0] not in GENERIC_WORDS and words[-2] not in ("of", "and")


def _is_place(name: str) -> bool:
    """'Kalayaan Island Group', 'Moscow Detention Centre': a group of islands or a facility is a place, not an organisation;
    'Ukraine Assistance Fund': a fund for a purpose is an instrument, not one either."""
    words = name.split()
    return len(words) >= 2 and (words[-2] in PLACE_BEFORE_NOUN or words[-2] in FACILITY_BEFORE_CENTRE and words[-1] in ("Center", "Centre")
                                or words[-2] in FUND_PURPOSES and words[-1] == "Fund")


#: Words before "Fund" that make it a pot of money for a purpose: "Ukraine Assistance Fund", "Recovery Fund".
FUND_PURPOSES = frozenset(words("fund_purposes"))


#: Members an organ of any body is named after: "Board of Governors", "Board of Directors", "Board of Trustees".
ORGAN_MEMBERS = {"Governors", "Directors", "Trustees", "Regents", "Supervisors"}


def _is_organ(name: str) -> bool:
    """'Board of Governors': a generic organ named after its members, of whichever body the sentence is about."""
    words = name.split()
    return len(words) >= 3 and words[-1] in ORGAN_MEMBERS and words[-2] == "of" and set(words[:-2]) <= GENERIC_WORDS | _NOUN_SET


def _sentence_start_word(text: str, offset: int) -> bool:
    """True when the name's first word opens a sentence, so its capital proves nothing."""
    before = text[:offset].rstrip()
    return not before or before[-1] in ".!?\"“”"


def discover(blocks: list[tuple[int, str]], known: dict[int, list[Match]],
             taken: dict[int, list[tuple[int, int]]] | None = None,
             people: frozenset[tuple[str, str]] = frozenset()) -> tuple[list[Mention], list[Discovery]]:
    """Mentions and discoveries of unknown organisations by name shape, outside the spans already ``taken``; ``people``: the
    last two words of the names of the article's people, who are no part of an organisation's name."""
    mentions: list[Mention] = []
    discoveries: dict[tuple[str, str], Discovery] = {}
    for block, text in blocks:
        # Country and region names may sit inside a new name ("“Isolate Russia” strategy"); other terms may not.
        # A surname alone is a guess at a person: it does not hold "Victoria University of Wellington" back.
        occupied = [(m.start, m.end) for m in known.get(block, []) if m.best.taxonomy not in ("countries", "regions") and m.best.kind != "surname"]
        occupied += (taken or {}).get(block, [])
        places = [(m.start, m.end) for m in known.get(block, []) if m.best.taxonomy in ("countries", "regions")]
        demonyms = {m.start: m.end for m in known.get(block, []) if m.best.taxonomy == "countries" and m.best.kind == "demonym"}
        acronyms = {m.start: m for m in known.get(block, []) if m.best.taxonomy == "organizations"}

        def add(taxonomy: str, name: str, start: int, end: int) -> None:
            name = _strip_leading(" ".join(name.split()))
            if len(name) < 4 or any(a < end and start < b for a, b in occupied):
                return
            if re.search(r"\w[.’']?-$", text[max(0, start - 3):start]):
                return  # "the U.S.-Japan Alliance": the end of a compound of two parties, no name of its own
            if any(a <= start and end <= b for a, b in places):
                return  # the whole name is a country or region ("Soviet Union"), not a new organisation
            if any(a == start and text.startswith(" of ", b) for a, b in places):
                return  # "the liberation by the Soviet Union of Germany": a state and what it acted on
            if text.startswith(" off ", end):
                return  # "Vanguard Bank off Vietnam": a feature of the sea, located as places are
            owner = next((b for a, b in places if a == start and text.startswith(("'s ", "’s "), b)), None)
            if owner is not None:  # "Egypt's Suez Canal Authority": the name without its country's possessive
                owned_name = " ".join(name.split()[len(text[start : owner + 3].split()):])
                if len(owned_name.split()) < 2 or set(owned_name.split()) <= GENERIC_WORDS | _NOUN_SET:
                    return  # "Myanmar's Union Attorney-General", "Mexico's National Guard": a country's generic noun names nothing new
                start, name = owner + 3, owned_name
            after_demonym = demonyms.get(start)
            if after_demonym is not None and _company_name(text[after_demonym:end].strip()):
                start, name = after_demonym + 1, text[after_demonym:end].strip()  # "Saudi Midad Energy": the company is "Midad Energy"
            owned = OWNER.match(name) or person_owner(name, people)
            if (owned and owned.group(1) not in POSSESSIVE_NAME_WORDS and owned.group(1).lower() not in ROLE_NOUNS
                    and len(owned.group(2).split()) >= 2):  # "Attorney's Office", "Prime Minister's Office" keep theirs
                start, name = start + owned.start(2), owned.group(2)  # "Braun's Ithaca Holdings": the owner is no part of the name
            occupied.append((start, end))
            sentence = sentence_at(text, start)
            spelt_out = acronyms.get(end + 2) if text.startswith(" (", end) else None
            if spelt_out:  # "National Liberation Army (ELN)": the known organisation the acronym names, by its full name
                mentions.append(Mention(spelt_out.best.taxonomy, spelt_out.best.key, name, block, sentence))
                return
            key = slugify(name)
            mentions.append(Mention(taxonomy, key, name, block, sentence))
            discoveries.setdefault((taxonomy, key), Discovery(taxonomy, key, name, sentence))

        for match, organ in body_organs(text, known.get(block, []), GENERIC_WORDS | _NOUN_SET):
            # "UN Commission on the Status of Women": an organ may go on with what it deals with
            stop = on_what(text, organ.end(), occupied + places) if organ.group("organ").endswith(ON_HEADS) else organ.end()
            name, sentence = f"{match.text} {text[organ.start('organ'):stop]}", sentence_at(text, match.start)
            occupied.append((match.start, stop))  # "OPCW Executive Council": a known body's organ, named by it
            mentions.append(Mention("organizations", slugify(name), name, block, sentence))
            discoveries.setdefault(("organizations", slugify(name)), Discovery("organizations", slugify(name), name, sentence))
        for match in _ACRONYM.finditer(text) if "(" in text else ():
            name = _strip_leading(match.group("name"))
            if PLURAL_ACRONYM.fullmatch(match.group("acr")):
                continue  # "Intensive Care Units (ICUs)": a kind of thing, many of them, not one organisation
            if name.split()[-1] in THING_HEADS:
                continue  # "Exclusive Economic Zone (EEZ)": a thing, not an organisation
            if is_role(name):
                continue  # "Chief of the Army Staff (COAS)": a post, not the body it heads
            if name[:1] != match.group("acr")[:1] and match.start("acr") not in acronyms:
                continue  # "... Cooperation in Southeast Asia (TAC)": an unknown acronym opens with its name's initial
            if names_a_state(name, match.end("name") - len(name), places):
                continue
            if any(a == match.start("name") and text.startswith(" and ", b) for a, b in places):
                continue  # "Pakistan and Pakistan-occupied Kashmir (PoK)": a list of places, the acronym the last one's
            if not re.search(rf"(?:{INITIATIVE_NOUNS})$", name):  # an initiative's name: initiative_discovery's
                add("organizations", name, match.start("name"), match.end())
        for name, start, end in head_first_names(text):
            add("organizations", name, start, end)  # "Ministério dos Transportes e Comunicações", "ministère de la Défense"
        headline = _is_headline(text)
        # A title-case line capitalises its verbs too ("Former French Colonies Forge New Defense Alliance"): a name inside it
        # is one only where a line not in title case writes it as well; one opening it is its subject ("Ministry of Law Signs").
        plain = [other for _, other in blocks if not _is_headline(other)] if headline else []
        # Each pattern runs only on paragraphs holding a word it cannot match without, a much quicker search.
        for match in _ORGANIZATION.finditer(text) if _ORGANIZATION_NOUN.search(text) else ():
            begin, end = own_initials(text, match.start()), match.end()
            initials = _LEADING_INITIALISM.match(text, begin)
            if initials and not any(a == begin for a, _ in places):
                begin = initials.end()  # "U.N. Decolonization Committee": only a country's initials open a name here
            if match.group("more") and any(a < end and match.start("more") < b for a, b in occupied):
                end = match.start("more")  # "Office for Democratic Institutions of the OSCE": a known body ends the name
            if text.endswith(ON_HEADS, begin, end) and not set(text[begin:end].split()) <= GENERIC_WORDS | _NOUN_SET:
                end = on_what(text, end, occupied + places)  # "Inter-American Commission on Human Rights"; "Committee on X": an organ
            end = regiment_end(text, begin, end)  # "3rd Battalion, The Rifles"
            # "the Supreme Council of Antiquities and Uzbekistan": a country after "and" is the name's partner, no part of it
            end = next((a - 5 for a, b in places if b == end and a - 5 > begin and text.startswith(" and ", a - 5)), end)
            if continued(text, end):
                continue  # "Air Force One", "Labour Force Survey": the start of a longer name, no organisation's
            whole = list_cut(_headline_cut(text[begin:end]) if headline else text[begin:end], _NOUN_SET)
            parts = _organisation_parts(_without_role(_without_person(_strip_leading(_without_ordinal(whole)), people)))
            for name in map(_without_role, parts):
                start = begin + whole.find(name)
                if name.split()[-1] in GATHERINGS:
                    continue  # "24th Council of Ministers Meeting": a body's meeting, an event, not the body
                if (len(name.split()) >= 2 and not set(name.split()) - _LINK_WORDS <= GENERIC_WORDS | _NOUN_SET and not _is_place(name) and not _is_organ(name)
                        and not _title_case(name) and not _sector_only(name)
                        and (not headline or text[:start].strip() in ('', 'The') or _after_role(text, start)
                             or any(name in other for other in plain))):
                    add("organizations", name, start, start + len(name))
    return mentions, list(discoveries.values())


_GOVERNMENT_OF = "Government of "


def names_a_state(name: str, start: int, places: list[tuple[int, int]]) -> bool:
    """True for a name at ``start`` that is a country's or region's (``places``: their spans), "the United Arab Emirates
    (UAE)", or its government's, "the Government of Sri Lanka (GOSL)": a state, not an organisation."""
    end = start + len(name)
    government = start + len(_GOVERNMENT_OF) if name.startswith(_GOVERNMENT_OF) else None
    return any(a <= start and end <= b or a == government and b == end for a, b in places)
