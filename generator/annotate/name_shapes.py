"""What a personal name looks like: its words, the words that open and never end one, and the lines (bylines,
credits, headlines) whose names are not the news's people."""
from __future__ import annotations

import re

from generator.annotate.organisation_words import ORGANISATION_LAST_WORDS
from generator.annotate.roles import HONORIFICS_BY_FIRST, NAME_OPENERS, NOT_NAMES, PARTICLES, ROLE_NOUNS
from generator.annotate.vocabulary import alternation, words

#: Last words of companies', publications' and products' names, never of a person's.
NOT_NAME_LAST_WORDS = frozenset(words("not_name_last_words"))
#: First words of places' names, never of a person's ("San Jose", "Port Moresby", "Mount Kenya").
PLACE_OPENERS = frozenset(words("place_openers"))
#: Given names (and the family names Chinese, Korean and Vietnamese names open with): a name opening with one is a person's.
GIVEN_NAMES = frozenset(name for line in words("given_names") for name in line.split())
#: Words a title-case headline capitalises that no name holds: "Tim Cook On Apple Being ...".
TITLE_CASE_WORDS = frozenset({
    "On", "In", "At", "Of", "For", "With", "From", "Under", "Over", "Into", "After", "Before", "Being", "And", "Or", "The",
    "To", "By", "As", "Is", "Are", "Was", "Were", "Be", "Will", "Can", "About", "Against", "Between", "Amid", "Why", "How",
    "What", "Who", "When", "Where", "Says", "Said", "Has", "Have", "Not", "Than", "That", "This", "It", "Its", "Our", "Your",
})
#: What credits a name to the article's making: "By Jane Doe", "(Reporting by X; Editing by Y)", "Photo: X/dpa".
_CREDIT_BEFORE = re.compile(
    r"(?:^\s*[Bb]y\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:(?:and|&)\s+|,\s*)?"
    r"|\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ww]ritten|[Cc]ompiled|[Pp]hotos?|[Pp]hotograph|[Ii]mages?|[Vv]ideo)\s+by\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}(?:(?:and|&)\s+|,\s*)?"
    r"|\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Cc]redit|[Aa]uthor)s?\s*:\s*"
    r"|\b[Pp]hoto\s*/\s*"  # "(AP Photo/Evan Vucci)"
    r"|\b[Ww]ith\s+reporting\s+(?:by|from)\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:(?:in\s+[A-Z][\w.'’-]*\s+)?(?:and|&)\s+|,\s*)?)$"
)
#: A closing line: "Jane Doe reported from Kyiv." (alone, for text without "contributed" within reach).
_REPORTED_FROM = re.compile(r"\s+reported\s+from\s+[A-Z][^.;]{0,40}\.\s*$")
#: What after a name credits it in a closing line: "X and Y contributed reporting", "X reported from Kyiv".
_CREDIT_AFTER = re.compile(
    r"[^.;]{0,150}?\bcontributed\s+(?:(?:additional\s+)?reporting|to\s+(?:this|the)\s+(?:report|story|article))\b"
    rf"|{_REPORTED_FROM.pattern}"
)
#: What every credit before a name holds (a quick test first): "by", a colon, a slash, "reporting from".
_CREDIT_LITERALS = ("by", "By", ":", "/", "reporting")
#: A possessive right after a name: no byline's name owns what follows it.
_POSSESSIVE_AT = re.compile(r"['’]s\b")
#: A ship's kind or its navy's prefix right before a name: the name is a vessel's ("the carrier Harry S Truman").
_VESSEL_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation('vessel_words')})\s+$")
#: An animal's kind before a name, or before a list the name closes: "giant pandas Cai Tao and Hu Chun".
_ANIMAL_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation('animal_words')}),?\s+(?:[A-Z][\w'’-]*,?\s+){{0,4}}(?:(?:and|&)\s+)?$")
#: A Markdown link's address and the opening of its hover title before a name: the page's tooltip, not its text.
_LINK_TITLE_BEFORE = re.compile(r'\]\([^\s)]+\s+"[^"]*$')
#: How a paragraph of prose ends, unlike a headline, a teaser or a caption credit.
PROSE_ENDS = frozenset(".!?\"”’)")
#: The Arabic article as names write it before a hyphen, as it is and assimilated: "al-Assad", "ash-Shara", "un-Nabi".
ARABIC_ARTICLES = "al|el|ad|an|ar|as|ash|at|az|ud|ul|un|ur|us|uz"
_PARTICLE_NAME = re.compile(rf"(?:Al|al|El|el)-\w+|(?:{ARABIC_ARTICLES})-[A-Z]\w*")
#: A present participle, long enough not to be a Chinese given name ("Ding", "Jing"): opening a sentence
#: ("Addressing Aliyev, the premier ...") its object is no subject and no part of a name.
PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")
_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
#: Two initials written together without their stops, as Indian names open: "MJ Akbar", "VL Kantha Rao" (three letters
#: are an acronym: "IIT Hyderabad", "EAM Jaishankar").
_BARE_INITIALS = re.compile(r"[A-Z]{2}")
_SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}
#: A word of an abstract noun's ending, which no name is made of: "Democracy Shield", "Regional Integration".
_ABSTRACT = re.compile(r"[A-Z][a-z]{3,}(?:tion|sion|ment|ism|acy|ancy|ency|ship)")


#: Last words of a unit's name that a role served in ends with: "Undersecretary for Industry Promotion Group".
_UNIT_WORDS = ORGANISATION_LAST_WORDS | {"Group", "Office", "Unit", "Desk", "Team", "Service", "Services"}


def abstract_word(word: str) -> bool:
    """True for a capitalised abstract noun or a unit's last word no given name spells ("Integration", "Democracy",
    "Group")."""
    return bool(_ABSTRACT.fullmatch(word) or word in _UNIT_WORDS) and word not in GIVEN_NAMES
_LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z-]+\b")


def looks_like_name(name: str) -> bool:
    """True when every word could be part of a personal name (any script's capitalised words)."""
    parts = name.split()
    # Particles are no names of their own: "Mohammed bin Abdulaziz bin Saleh Al Khulaifi" is a chain of four ("Abu
    # Mohammed", a kunya, is a name of two).
    if len(parts) > 2 and parts[-1] in _SUFFIXES:
        parts = parts[:-1]  # "Benigno Aquino III", "Martin Luther King Jr.": a generation's suffix closes the name
    named = [word for word in parts if word.lower() not in PARTICLES or word in NAME_OPENERS]
    if (not 2 <= len(named) <= 5 or parts[-1] in ORGANISATION_LAST_WORDS or parts[-1] in NOT_NAME_LAST_WORDS
            or parts[0] in PLACE_OPENERS):
        return False
    for word in parts:
        if word.lower() in PARTICLES or _PARTICLE_NAME.fullmatch(word) or _INITIALS.fullmatch(word) and word is not parts[-1]:
            continue  # "J.D. Vance": initials written together
        letters = word.replace("-", "").replace("'", "").replace("’", "").rstrip(".")
        if not (word[:1].isupper() and letters.isalpha()):
            return False
        if word.isupper() and len(word) > 1 and not word.endswith(".") and not (word is parts[0] and _BARE_INITIALS.fullmatch(word)):
            return False  # acronyms are organisations, not names; initials opening a name without their stops are ("MJ Akbar")
        if word.lower() in ROLE_NOUNS or (word is parts[0] and word in NOT_NAMES) or word in TITLE_CASE_WORDS or abstract_word(word):
            return False
    return True


def credited(text: str, start: int, end: int) -> bool:
    """True when a byline or a credit names the person: who wrote or photographed, not who is in the news."""
    before = text[max(0, start - 60) : start]
    after = _CREDIT_AFTER if "contributed" in text[end : end + 161] else _REPORTED_FROM  # the literals a credit needs
    return (any(literal in before for literal in _CREDIT_LITERALS) and bool(_CREDIT_BEFORE.search(text, max(0, start - 60), start))
            and not _POSSESSIVE_AT.match(text, end)  # "By Undersecretary Eduardo de Vega’s reckoning, ...": a sentence's
            or text[end : end + 1] == "/" or bool(after.match(text, end)))


#: A lowercase place or thing right after a name makes the name its own: "the Maria Fyodorovna hospital".
_NAMED_THING_AFTER = re.compile(
    r"\s+(?:(?:underground|subway|metro|railway|train|bus|tube|international)\s+)?(?:hospital|airport|stadium|arena|street|avenue|square|bridge|port|station|school|university|college|museum|"
    r"mosque|cathedral|church|temple|library|memorial|monument|prize|award|doctrine|foundation|institute|park|system|network)\b"
)


def names_a_thing(text: str, end: int) -> bool:
    """True when a lowercase place or thing follows the name: it names a hospital or an airport, not a person."""
    return bool(_NAMED_THING_AFTER.match(text, end))


def names_a_place(name: str) -> bool:
    """True when a run of capitalised words ends as a venue's, a body's or a thing's name does ("... Conference Centre")."""
    last = name.split()[-1] if name.split() else ""
    return last in NOT_NAME_LAST_WORDS or last in ORGANISATION_LAST_WORDS


def names_no_person(text: str, start: int) -> bool:
    """True when a ship's kind or prefix comes right before the name ("aircraft carrier Harry S Truman", "USS Carney"),
    an animal's kind before it or its list ("giant pandas Cai Tao and Hu Chun"), or a hashtag's mark ("#Zelensky"); or
    when the name stands in a link's hover title ('[the ministry](https://... "Briefing by Maria Zakharova")')."""
    return bool(text[start - 1 : start] == "#" or _VESSEL_BEFORE.search(text, max(0, start - 30), start)
                or _ANIMAL_BEFORE.search(text, max(0, start - 60), start)
                or _LINK_TITLE_BEFORE.search(text, max(0, start - 400), start))


#: A sentence's end inside a paragraph, the next sentence opening after it: "... intervened. Here's a quote:".
_INNER_SENTENCE_END = re.compile(r"[a-z][.!?][\"”’)]?\s+[A-Z\"“‘]")


def is_prose(text: str) -> bool:
    """True when a paragraph ends as prose does, unlike a headline, a teaser or a caption credit; a paragraph of
    sentences may end on the colon that introduces a quotation or a list ("... Here's an extended quote:")."""
    end = text.rstrip()[-1:]
    return end in PROSE_ENDS or end == ":" and bool(_INNER_SENTENCE_END.search(text))


#: A word of a line, as title_case counts them.
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Words a title-case headline leaves in lowercase.
_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from",
                          "as", "vs", "via", "into", "over", "after"})


def without_opening_word(role: str) -> tuple[str, int]:
    """A role without a capitalised minor word opening its sentence ("As CNN's chief medical correspondent"), and how
    many characters that word took."""
    first, _, rest = role.partition(" ")
    cut = len(role) - len(rest) if rest and first[:1].isupper() and first.lower() in _MINOR_WORDS - {"the"} else 0
    return role[cut:], cut


def title_case(text: str) -> bool:
    """True when a line capitalises every word but the minor ones, as a headline does ("President Signs Bill")."""
    if is_prose(text):
        return False  # most paragraphs: spared the words
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def name_ends(name: str) -> str:
    """A name without its middle initials and generational suffix: "Patrick W. Carlin Jr." -> "Patrick Carlin"."""
    parts = [w for w in name.split() if not _INITIAL.fullmatch(w) and w not in _SUFFIXES]
    return " ".join(parts) if len(parts) >= 2 else name


def lowercase_words(blocks: list[tuple[int, str]]) -> frozenset[str]:
    """Every word the article writes in lowercase, with its plural's singular: a capital opening a sentence on one of
    them ("Hosting", "Employee", "Whatever") is no part of a name."""
    found = {w for _, text in blocks for w in _LOWERCASE_WORD.findall(text)}
    return frozenset(found | {w[:-1] for w in found if w.endswith("s")})


def sentence_start(text: str, offset: int) -> bool:
    """True when the word at ``offset`` opens its sentence or paragraph."""
    before = text[:offset].rstrip()
    return not before or before[-1] in ".!?:;\"“”"


#: Where a page's hover card glued a name to the next one ("Ilhan OmarIlhan Omar"): a lowercase letter, then a capital,
#: not after a two-letter or "Mac" prefix that capitalises inside a surname ("McConnell", "DeSantis", "MacArthur").
#: (The look-ahead first: it fails at once at most places.)
_GLUE = re.compile(r"(?=[A-Z][a-z])(?<=[a-z])(?<!\b[A-Z][a-z])(?<!\bMac)")
#: A possessive that lost the space after it, glued to the next word: "Erdoğan’swarnings".
_GLUED_POSSESSIVE = re.compile(r"['’](?<=[a-z]['’])s[a-z]{2,}$")  # opening on the mark: the search skips to it


def unglued(name: str) -> str:
    """The name up to where another name or word was glued to it ("Ilhan OmarIlhan Omar" -> "Ilhan Omar", "Erdoğan’swarnings")."""
    name = _GLUED_POSSESSIVE.sub("", name)
    glue = _GLUE.search(name)
    return name[: glue.start()] if glue and " " in name[: glue.start()] else name


def after_honorific(words: tuple[str, ...]) -> int:
    """How many words open a name up to its honorific's end, wherever it stands ("Tan Sri Muhyiddin Yassin": 2, "IIT
    Hyderabad Shri B.V.R. Mohan Reddy": 3: the words before a style are no name's), or 0 without one."""
    for at, word in enumerate(words):
        for honorific in HONORIFICS_BY_FIRST.get(word, ()):
            if words[at : at + len(honorific)] == honorific and len(words) > at + len(honorific):
                return at + len(honorific)
    return 0


#: Posts a writer holds at a think tank, a university or a paper (data/workplace_roles.txt: "fellow", "director").
_POSTS = frozenset(words("workplace_roles"))


def is_post_title(name: str) -> bool:
    """True for a post a byline line gives instead of a name ("Senior Fellow", "Research Director", "Associate Professors"): its
    last word a post, its first no given name ("Kim Dean" is a person)."""
    parts = name.split()
    return 1 < len(parts) <= 4 and parts[-1].lower().removesuffix("s") in _POSTS and parts[0] not in GIVEN_NAMES
