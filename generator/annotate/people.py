"""People: names found by titles, appositives, attribution verbs and the knowledge base.

A run of capitalised words is split at its last role noun: "Japanese Foreign Minister | Yoshimasa
Hayashi". The role's leading demonym or possessive gives the country. A lone surname later in the
article ("Hayashi said") resolves to the full person already found.
"""
from __future__ import annotations

import re
from typing import Iterator, Mapping

from generator.annotate import known_people, name_shapes, person_context, person_evidence, person_words
from generator.annotate.caseless_people import caseless_people
from generator.annotate.known_people import (
    beside_known_person,
    known_person,
    known_prefix,
    known_suffix,
    misspelt_known_person,
    shares_known_surname,
    short_family_name,
)
from generator.annotate.matching import Match
from generator.annotate.name_lists import listed_names
from generator.annotate.name_shapes import (
    GIVEN_NAMES,
    PARTICIPLE,
    credited,
    is_prose,
    looks_like_name,
    name_ends,
    names_a_place,
    names_a_thing,
    names_no_person,
    sentence_start,
    title_case,
)
from generator.annotate.person_appositions import PersonFound, apposition_role, take_role
from generator.annotate.person_candidates import Candidate, capital_runs, opens_long_name, split_candidates, without_article  # noqa: F401 (re-exported)
from generator.annotate.person_context import (
    after_place,
    home_surname,
    known_span,
    owns_something,
    royal,
    surname_alone,
)
from generator.annotate.person_evidence import POSSESSIVE as _POSSESSIVE
from generator.annotate.person_evidence import (
    acts,
    age_follows,
    aged_speaker,
    country_after,
    country_before,
    examples_before,
    has_attribution,
    met_by_someone,
    occupation_before,
    of_organisation,
    role_follows,
    shared_country_before,
    surnames_used_alone,
    who_follows,
)
from generator.annotate.person_roles import (
    aide_start,
    counterpart_role,
    function_of,
    is_title,
    lowercase_start,
    reported_role,
)
from generator.annotate.roles import (  # noqa: F401 (re-exported)
    HONORIFICS_BY_FIRST,
    NAME_OPENERS,
    NOT_NAMES,
    OCCUPATIONS,
    PARTICLES,
    RANK_WORDS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SENTENCE_ADVERBS,
    SPEECH_VERBS,
)
from generator.annotate.romance_roles import ROMANCE_ROLE_BEFORE_COMMA
from generator.annotate.text import sentence_at
from generator.annotate.vocabulary import words
from generator.knowledge.base import KnowledgeBase
from generator.model import Discovery, Mention, PersonRef
from generator.slugs import slugify

#: Members of a faith a demonym puts before a name as its description ("Iraqi Christian Salwan Momika").
FAITH_NOUNS = frozenset(words("faith_nouns"))
#: A role with its article (or its country's possessive) and a comma before the name: "the U.S. special envoy for
#: North Korea, Sung Kim", "Iran's armed forces chief, Major General Hassan Firouzabadi".
_ROLE_BEFORE_COMMA = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+|(?<![\w'’.-])(?=(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['’]s\s))"
    r"(?P<role>(?:(?!(?:with|his|her|their|its|the|an?|and|of|in|at|on|by|from|to|for)\s|(?-i:[a-z]{2,})\.\s)[\w.'’-]+\s+){0,4}?(?:"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)).replace(".", "\\.")
    + r")(?:\s+(?:for|to|of|on)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+in\s+[A-Z][\w.'’-]*)?)?),\s+$",
    re.I,
)
#: Suffixes that keep their full stop: "Teodoro Locsin Jr.".
_SUFFIX_DOT = re.compile(r"\b(?:Jr|Sr)\.$")
#: A role right before the name; after its capitalised words up to two lowercase ones ("Pentagon press secretary").
_ROLE_BEFORE = re.compile(r"(?P<role>(?:(?:[A-Z][\w’'\-]*\s+){1,4}(?:(?!(?:and|or|the|of|to|in|on|at|for|with|by|from|as|said|says|told)\s)[a-z][\w-]*\s+){0,2})?(?<![\w’'])(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)).replace(".", "\\.") + r")s?(?:-[a-z]+-[a-z]+)?(?:\s+of\s+(?!(?:the|an?|his|her|its|their|our)\s)[a-z]+|\s+(?:in|to)\s+[A-Z][\w.'’-]+(?=\s+$))?),?\s+$")  # "chief of staff", "chief-of-staff", "ambassador in Paris X" (no comma)
#: A function heading a body, with the body's acronym, right before the name or its rank: "Head of the International
#: Atomic Energy Agency (IAEA) Rafael Grossi", "Chief of the Army Staff (COAS) Field Marshal Asim Munir", "the founder
#: of North Korea Kim Il-Sung", "Executive Director of QatarDebate Center, Dr. Hayat Maarafi" (lowercase only after "the":
#: "a member of the Company Town team" is no role; "for" and "and" only in a name its acronym follows: "Bank for ... (EBRD)").
_FUNCTION_OF_BODY = re.compile(r"(?P<role>(?<![\w’'])(?:[A-Z][\w-]*\s+)?(?:(?=[A-Z])|(?<=\bthe ))(?i:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)).replace(".", "\\.")
                               + r")\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'.-]*\s+){0,4}?[A-Z][\w’'.-]*(?:\s+\([A-Z]{2,}\))?|(?:(?:[A-Z][\w’'.-]*|for|and)\s+){1,6}?[A-Z][\w’'.-]*\s+\([A-Z]{2,}\))),?\s+$")
#: A role, then "named" or "called" before the name: "a police officer named Ahmed Halawa".
_ROLE_NAMED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}?(?:"
                         + "|".join(sorted(ROLE_NOUNS | OCCUPATIONS, key=len, reverse=True)).replace(".", "\\.") + r"))\s+(?:named|called)\s+$")
#: The patterns of a role right before a name, each with what the text before the name must show for it to end there
#: (white space; a comma before it; "of"): tested first, since each pattern is tried at every one of 120 characters.
_ROLES_BEFORE = (
    (_ROLE_BEFORE_COMMA, lambda before: before[-1:].isspace() and before.rstrip().endswith(",")),
    (_ROLE_BEFORE, lambda before: before[-1:].isspace()),
    (_FUNCTION_OF_BODY, lambda before: before[-1:].isspace() and "of" in before),
    (_ROLE_NAMED, lambda before: before.endswith(("named ", "called "))),
    (ROMANCE_ROLE_BEFORE_COMMA, lambda before: before[-1:].isspace() and before.rstrip().endswith(",")),
)
#: A preposition that makes the country after it the place of a role ("ambassador to Britain"), not a first name.
_PLACE_BEFORE = re.compile(r"\b(?:to|in|of|for|from)\s+$")
#: A single quotation mark closing after a name's full stop: "... Envoy Martin Griffiths.'".
_CLOSING_MARK = re.compile(r"(?<=[.,!?])['’]+$")
#: A plural's possessive mark after a name: "Nick Kyrgios’ serve".
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’]$")
#: What joins the names of a list: "X and Y", "X, Y", "X, and Y", "X (South Africa) and Y".
_LIST_JOIN = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)")


def _roles_ending_at(text: str, position: int) -> Iterator[tuple[re.Pattern[str], re.Match[str]]]:
    """The patterns of a role before a name whose match ends right at ``position``, in their order, with the match."""
    window = text[max(0, position - 120) : position]
    for pattern, possible in _ROLES_BEFORE:
        before = pattern.search(text, max(0, position - 120), position) if possible(window) else None
        if before and before.end() == position:
            yield pattern, before


def find_people(
    blocks: list[tuple[int, str]],
    matches: dict[int, list[Match]],
    knowledge: KnowledgeBase,
    kingdom: str | None,
    lowercase: frozenset[str],
    countries_of: Mapping[str, str] | None = None,
) -> tuple[list[PersonRef], list[Mention], list[Discovery]]:
    """Every person named in the article (``lowercase``: the words it writes in lowercase), their mentions, and the
    names the knowledge base lacks."""
    people: dict[str, PersonFound] = {}
    by_token: dict[str, str] = {}
    by_tail: dict[str, str] = {}  # the last two or more words of a name found -> its key: a surname of several words
    by_ends: dict[tuple[str, str], str] = {}  # the first and last words of a name of three or more found -> its key
    singles: list[tuple[int, str, str, list[tuple[str, int]]]] = []  # (block, surname, sentence, its roles and their starts)
    headed: set[str] = set()  # the people named with a title before a given name: a person even in headlines alone
    surnames = surnames_used_alone(blocks)
    home_countries = {m.best.key for found in matches.values() for m in found if m.best.taxonomy == "countries"}
    for block, text in blocks:
        # Weak evidence (a given name, a country's possessive) counts only in prose, never in headline-like lines.
        prose = is_prose(text)
        block_matches = matches.get(block, [])
        others = [(m.start, m.end) for m in block_matches if m.best.taxonomy != "people"]
        match_ends = {m.start: m.end for m in block_matches}
        places = {m.start: m.end for m in block_matches if m.best.taxonomy != "people"}
        shared: tuple[int, str, int] | None = None  # (end of the name, role, its start) of a plural role to share
        found_end = -1  # where the last person found in the paragraph ends: the last item of their list is one too
        in_lists = listed_names(text, block_matches) if prose else frozenset()  # "A B, C D and E F": each a person
        for run in capital_runs(text):
            for candidate in split_candidates(run, match_ends, places):
                if len(candidate.role) > 1 and candidate.role[0].text in SENTENCE_ADVERBS:
                    candidate = Candidate(candidate.role[1:], candidate.name)  # "Later King Felipe VI": the adverb is no title
                name_tokens = after_place(list(candidate.name), text, block_matches)
                if len(name_tokens) > 2 and not candidate.role and name_tokens[0].text in FAITH_NOUNS:
                    # "Iraqi Christian Salwan Momika": after a demonym, a member of a faith, not a given name
                    demonym = next((t for t in candidate.name if t.end == name_tokens[0].start - 1), None)
                    if demonym and any(m.start == demonym.start and m.best.taxonomy == "countries" for m in block_matches):
                        candidate = Candidate((demonym, name_tokens.pop(0)), candidate.name)
                while (name_tokens and (name_tokens[0].text in NOT_NAMES or name_tokens[0].text.lower() in PARTICLES)
                       and not (len(name_tokens) > 1 and (name_tokens[0].text in NAME_OPENERS or opens_long_name(name_tokens, text)))
                       and not known_span(text, name_tokens, knowledge)):  # "To Lam": a known name may open with "To"
                    name_tokens.pop(0)
                texts = tuple(t.text for t in name_tokens)
                styled = name_shapes.after_honorific(texts)  # "Tan Sri Muhyiddin Yassin": the style is no part of the name
                name_tokens = name_tokens[styled:]
                while len(name_tokens) > 1 and _POSSESSIVE.search(name_tokens[0].text):
                    name_tokens.pop(0)  # "Austria’s Sebastian Kurz": the owner is no part of the name
                participle = (len(name_tokens) > 1 and bool(PARTICIPLE.fullmatch(name_tokens[0].text))
                              and name_tokens[0].text not in GIVEN_NAMES and sentence_start(text, name_tokens[0].start))
                if participle:
                    name_tokens.pop(0)  # "Addressing Aliyev, the premier thanked him": the participle's object, then the subject
                first = name_tokens[0].text if len(name_tokens) > 2 else ""  # a name of two words may open with "Grant"
                if (first.lower() in lowercase and first not in GIVEN_NAMES and sentence_start(text, name_tokens[0].start)
                        and known_person(text[name_tokens[0].start:name_tokens[-1].end], knowledge) is None):
                    name_tokens.pop(0)  # "Hosting Cook at Dreamforce": a word the article also writes in lowercase
                elif (first.lower() in OCCUPATIONS and first not in GIVEN_NAMES and sentence_start(text, name_tokens[0].start)
                        and not candidate.role) or not candidate.role and person_words.occupation_title(name_tokens, text, by_token):
                    candidate = Candidate((name_tokens.pop(0),), candidate.name)  # "Historian Timothy Garton Ash wrote"
                while len(name_tokens) > 2 and candidate.role and (name_shapes.abstract_word(name_tokens[0].text) or (
                        name_tokens[0].text.lower() in RANK_WORDS and name_tokens[0].text not in GIVEN_NAMES)
                        or person_words.subject_gerund(name_tokens[0].text, candidate.role)):
                    # "for Regional Integration James Kabarebe", "General Major Ruki Karusisi": the role's last word
                    candidate = Candidate((*candidate.role, name_tokens.pop(0)), candidate.name)
                if (len(name_tokens) > 2 and _PLACE_BEFORE.search(text[max(0, name_tokens[0].start - 6) : name_tokens[0].start])
                        and name_tokens[0].text not in GIVEN_NAMES and known_people.country_word(name_tokens[0].text, knowledge, places=True)):
                    name_tokens.pop(0)  # "ambassador to Britain Liu Xiaming", "in Paris Ismail Hakki": the place closes the role
                owner = next((i for i, t in enumerate(name_tokens[:-1]) if _POSSESSIVE.search(t.text)), None)
                if owner is not None:
                    name_tokens = name_tokens[: owner + 1]  # "Jeff Bezos’s Blue Origin": the name ends at its possessive
                while name_tokens and name_tokens[-1].text.lower() in PARTICLES:
                    name_tokens.pop()
                if not name_tokens:
                    continue
                start, end = name_tokens[0].start, name_tokens[-1].end
                name = _POSSESSIVE.sub("", _CLOSING_MARK.sub("", text[start:end]))
                name = name_shapes.unglued(name if _SUFFIX_DOT.search(name) else _PLURAL_POSSESSIVE.sub("", name.rstrip(".,")))
                end = min(end, start + len(name))  # a hover card's name glued on is not this name's
                if any(a < end and start < b for a, b in others):
                    continue  # part of a country, organisation, outlet or initiative name
                if credited(text, start, end) or names_no_person(text, start) or names_a_thing(text, end):
                    continue  # a byline or a credit line names who wrote or photographed, not who is in the news; a ship
                sentence = sentence_at(text, start)
                known = known_person(name, knowledge) if " " in name or name not in by_token else None
                if known is None and " " in name:
                    known = misspelt_known_person(name, knowledge) or known_people.known_without_middle(name, knowledge)  # "Volodymr Zelensky", "Rodrigo Roa Duterte"
                # "Presidents Putin and Xi": a name after "and" shares the plural role of the name before it
                listed = bool(shared and _LIST_JOIN.fullmatch(text, shared[0], start))
                if known is None and " " not in name and (candidate.role or listed) and name not in by_token:
                    known = short_family_name(name, knowledge)  # "President Xi": too short a surname to match alone
                if known is None and len(name.split()) >= 3:
                    whole = name
                    known, name = known_prefix(name, knowledge)  # "Anura Kumara Dissanayake Undertakes"
                    end = start + len(name)
                    if known is not None and names_a_place(whole):
                        continue  # "Queen Elizabeth II Conference Centre": a known name inside a venue's or a body's
                    if known is not None and name_shapes.name_ends(whole) != whole and name_shapes.name_ends(whole) == name:
                        known, name = None, whole  # "Donald Trump Jr.": the son, not the known father
                if known is None and len(name.split()) >= 3:
                    known, name = known_suffix(name, knowledge)  # "Security Policy Josep Borrell"
                    if known is None:  # "Perancis Emmanuel Macron di Istana Negara": words of another language around it
                        known, name = known_people.known_inside(name, knowledge)
                    start = text.find(name, start)
                words = name.split()
                if (known is None and len(words) > 1 and words[0] not in GIVEN_NAMES
                        and known_people.country_word(words[-1], knowledge)):
                    continue  # "Radio Pakistan", "Air India", "Lake Chad": a country's name ends a body's or a place's name
                if known is not None and " " not in name and not candidate.role and person_words.place_or_date(text, start, end):
                    known = None  # "people in Tai, said ...", "POLITICO, May 21": a place or a month, whoever speaks
                elif known is not None and " " not in name and not (
                    candidate.role or listed or has_attribution(text, start, end) or met_by_someone(text, start) or acts(text, end)
                    or owns_something(text, name_tokens[-1].text, name_tokens[-1].end, end)
                    or home_surname(known, text, start, end, home_countries, lowercase)
                ):
                    known = None  # a bare surname ("May") needs a title, a speech verb, a possessive or its country
                elif (known is not None and " " not in name and candidate.role and known.attributes.get("country") not in home_countries
                      and person_context.elsewhere_surname(known, sentence, block_matches)):
                    known = None  # "In Nauru ... President Harris": another state's, in an article never naming theirs
                named_alone = known is None and " " not in name and aged_speaker(text, start, end)
                # "Prince Ahmed" after "Prince Ahmed bin Abdelaziz": the given name of someone found, no royal of its own
                given = name in by_token and people[by_token[name]].name.split()[0] == name
                if known is None and candidate.role and not given and (royal(candidate.role[-1].text, name, knowledge)
                                                                     or person_words.peer(candidate.role[-1].text, name, text, end, lowercase)):
                    start, named_alone = person_context.royal_style(candidate.role), True  # "King Felipe VI", "Crown Princess Victoria"
                    name = f"{text[start:candidate.role[-1].end]} {name}"
                if known is None and not named_alone and (len(name.split()) == 1 or not looks_like_name(name)):
                    if len(name.split()) == 1:
                        # Its roles: the title before it ("Foreign Minister Zarif") and an apposition after it
                        # ("Mr Jones, a member of the Intelligence and Security Committee, said").
                        roles = [(function_of(text[candidate.role[0].start : candidate.role[-1].end].rstrip(", ")), candidate.role[0].start)
                                 ] if candidate.role else []
                        appositive_role, appositive_start = ("", -1) if participle else apposition_role(text, end)
                        if appositive_role:
                            roles.append((appositive_role, appositive_start))
                        titled = bool(candidate.role) and prose and surname_alone(name, candidate.role[-1].text, lowercase, text[end:end + 12],
                                                                                  text[candidate.role[-1].end : start] == " ")
                        singles.append((block, name, sentence, roles, titled))
                    continue
                role_start = aide_start(text, candidate.role[0].start) if candidate.role else start  # "Assistant to the President"
                role = function_of(text[role_start : candidate.role[-1].end].rstrip(", ")) if candidate.role else ""
                comma_role, comma_start = "", -1
                if not role:
                    # The whole phrase with its article first: "A Cuban foreign ministry official, Name," not "official".
                    for pattern, before in _roles_ending_at(text, start):
                        if pattern not in (_ROLE_BEFORE_COMMA, ROMANCE_ROLE_BEFORE_COMMA) or text[end:end + 1] in {",", "", ".", ";"}:
                            role_start = lowercase_start(text, before.start("role"))
                            role = text[role_start:before.end("role")].rstrip()
                            break
                    if not role:  # "billionaire Todd Boehly", "American billionaire Todd Boely"
                        role_start, role = occupation_before(text, start, block_matches)
                    if not role:  # "Turkish diplomats such as Necdet Kent and Selahattin Ulkumen"
                        role_start, role = examples_before(text, start, block_matches)
                    # "Republican presidential candidates Marco Rubio and Ted Cruz": the second shares the role.
                    if not role and shared and _LIST_JOIN.fullmatch(text, shared[0], start):
                        role, role_start = shared[1], shared[2]
                elif is_title(role):  # "A Pentagon spokesman, Commander Gary Ross": the function before the rank
                    for _, before in _roles_ending_at(text, role_start):  # "army chief Field Marshal X"
                        if not is_title(before.group("role")):
                            comma_role, comma_start = before.group("role").rstrip(", "), before.start("role")
                            break
                    else:  # "Middle East expert Professor Jonathan Morgan": an occupation before the honorific
                        comma_start, comma_role = occupation_before(text, role_start, block_matches)
                last = role.split()[-1].lower() if role else ""
                shared = (end, role, role_start) if last.endswith("s") and last[:-1].rsplit("-", 1)[-1] in ROLE_NOUNS else None  # "Co-Chairs"
                appositive_role, appositive_start = ("", -1) if participle else apposition_role(text, end)
                # "Eriksson Ek" after "Joel Eriksson Ek"; "Patrick Carlin Jr." after "Patrick W. Carlin"
                # ... and "Cristina Kirchner" after "Cristina Fernandez de Kirchner": the middle names left out
                tail_of = (by_tail.get(name) or by_tail.get(name_ends(name))
                           or by_ends.get((name.split()[0], name.split()[-1]) if name.count(" ") == 1 else ())) if known is None else None
                evidence = (role or appositive_role or styled or known is not None or tail_of or has_attribution(text, start, end)
                            or who_follows(text, end) or age_follows(text, end) or role_follows(text, end) or of_organisation(text, end, block_matches)
                            or beside_known_person(text, start, end, knowledge) or name.split()[-1] in surnames or named_alone or person_evidence.kin_before(text, start) or person_evidence.ruled_by(text, start, end) or person_evidence.authored(text, end) or person_words.kin_after(text, end)
                            or prose and (country_before(text, start, block_matches) is not None  # "Germany’s Helmut Kohl"
                                          or name.split()[0] in GIVEN_NAMES
                                          or name.split()[0].lower() not in lowercase and shares_known_surname(name, knowledge)))
                evidence = evidence or (" " in name and not sentence_start(text, start)  # "Saadun Brahim of Morocco"
                                        and country_after(text, end, block_matches) is not None)
                if not evidence and not (prose and person_words.list_end(text, found_end, start)) and start not in in_lists:
                    continue
                if known is None and not role and person_words.in_quoted_title(text, start, end):
                    continue  # "“... An Analytical Study of WTO Principles,”": a work's title
                key, found_end = known.key if known else tail_of or slugify(name), end
                person = people.get(key)
                if person is None:
                    person = PersonFound(key, known.name if known else name, confirmed=known is not None)
                    if known is not None and known.attributes.get("country"):
                        person.country = str(known.attributes["country"])
                    people[key] = person
                # "France’s François Mitterrand", "Bolivia’s interim government, led by Jeanine Anez"
                owner = country_before(text, role_start, block_matches) or person_evidence.led_country_before(text, start, block_matches)
                if owner is None and candidate.role:  # "Sri Lanka's President A and Foreign Minister B": B's too
                    owner = shared_country_before(text, role_start, block_matches)
                if owner is None:  # "President Nana Akufo-Addo of Ghana", "Saadun Brahim of Morocco"
                    owner = country_after(text, end, block_matches)
                owner = owner or person_words.country_in_brackets(text, end, block_matches) or person_evidence.citizens_country(text, start, block_matches)  # "Alf Wills (South Africa)", "citizens of Armenia, including X"
                if owner is None and start == role_start:  # "Britons Aiden Aslin and Shaun Pinner"
                    owner = person_evidence.demonym_before(text, start, block_matches)
                if owner and person.country is None:
                    person.country = owner
                for role_text, offset in ((role, role_start), (comma_role, comma_start), (appositive_role, appositive_start)):
                    if role_text:
                        take_role(person, role_text, offset, block_matches, knowledge, kingdom, countries_of, block < 0)
                person.surface.append((block, name, sentence))
                if candidate.role and name.split()[0] in GIVEN_NAMES:
                    headed.add(key)  # "Statement by NSC Spokesperson Emily Horne on ...": a title and a given name in a headline
                for token in map(without_article, f"{person.name} {name}".split()):  # "Mr Sharaa" after "Ahmed al-Sharaa"
                    if token[:1].isupper() and token not in NOT_NAMES:
                        by_token.setdefault(_POSSESSIVE.sub("", token), key)
                for full in (person.name.split(), name.split()):  # the known spelling and the article's ("Lopez Obrador")
                    for first in range(1, len(full) - 1):
                        by_tail.setdefault(" ".join(full[first:]), key)
                    if len(full) >= 3:
                        by_ends.setdefault((full[0], full[-1]), key)
                if name_ends(person.name) != person.name:
                    by_tail.setdefault(name_ends(person.name), key)
    for key, block, name, sentence in caseless_people(blocks, matches):  # "习近平": no capital opens the name
        known_term = knowledge.term("people", key)
        person = people.setdefault(key, PersonFound(key, known_term.name if known_term else name, confirmed=known_term is not None,
                                                    country=known_term and known_term.attributes.get("country")))
        person.surface.append((block, name, sentence))
    for key, person in list(people.items()):  # "Lopez Obrador" in the headline, "Andres Manuel Lopez Obrador" below it
        fuller = people.get(by_tail.get(person.name, key))
        if fuller is not None and fuller is not person and not person.confirmed and person.surface[0][0] < fuller.surface[0][0]:
            fuller.surface[:0] = person.surface
            fuller.role, fuller.country = fuller.role or person.role, fuller.country or person.country
            del people[key]
            for index in (by_token, by_tail):
                index.update((text, fuller.key) for text, owner in index.items() if owner == key)
    matches_of = {b: matches.get(b, []) for b, _ in blocks}
    for block, name, sentence, roles, titled in singles:
        key = by_token.get(_POSSESSIVE.sub("", name))
        if key is None and titled:
            # "Ambassador Kuznetsov was summoned": a title before a surname the article never gives in full
            key = slugify(_POSSESSIVE.sub("", name))
            people.setdefault(key, PersonFound(key, _POSSESSIVE.sub("", name)))
            by_token.setdefault(people[key].name, key)
        if key:
            people[key].surface.append((block, name, sentence))
            for role, role_start in roles:  # "Foreign Minister Zarif" after "his Iranian counterpart, Mohammad Javad Zarif"
                if not is_title(role.split()[-1]) and reported_role(role.split()[-1]):  # never "What Mr Abe"
                    take_role(people[key], role, role_start, matches_of[block], knowledge, kingdom, countries_of, block < 0)
    # A name the knowledge base lacks, found only in title-case lines and written nowhere else, is a headline's verb
    # read as a surname ("President Signs Bill", "Ambassador Kuznetsov Summoned"), not a person.
    headlines = {b for b, text in blocks if title_case(text)}
    elsewhere = [text for b, text in blocks if b not in headlines]
    people = {k: p for k, p in people.items()
              if p.confirmed or k in headed or any(b not in headlines for b, _, _ in p.surface) or any(p.name in text for text in elsewhere)}
    for person in people.values():
        if person.role and person.role.split()[-1].lower() == "counterpart":
            person.role = counterpart_role(person, people.values()) or person.role
    # A known person keeps the knowledge base's full name, linked wherever the article writes a part of it ("Trump").
    refs = [PersonRef(p.key, p.name, reported_role(p.role), p.country) for p in people.values()]
    mentions = [Mention("people", p.key, s, b, sent) for p in people.values() for b, s, sent in p.surface]
    discoveries = [
        Discovery("people", p.key, p.name, p.surface[0][2]) for p in people.values() if not p.confirmed and p.surface
    ]
    return refs, sorted(mentions, key=lambda m: m.block), discoveries
