"""How quotations and their attributions are written: the marks, the verbs of attribution, the clauses that name a
speaker before or after the words, and sentences run together as pasted markup leaves them."""
from __future__ import annotations

import re

from generator.annotate.person_evidence import grouped_alternation
from generator.annotate.quote_names import LEADER
from generator.annotate.roles import ROLE_NOUNS
from generator.annotate.text import sentence_spans
from generator.annotate.vocabulary import opening_characters, words
from generator.markdown_text import character_map

#: A speech verb's base form after a modal or "to": a speech previewed ("will stress that", "is expected to say").
_PREVIEWED = rf"(?:will|would|shall|to)\s+(?:also\s+|further\s+|again\s+)?(?:{grouped_alternation(words('speech_verb_bases'))})"
#: Every verb that attributes a quote: the speech verbs, the verbs only quotes use ("vowed", "quoted as saying") and the
#: speech verbs previewed.
#: Quoted through a medium: '..., Franco was quoted by state news agency ABI as saying'.
_QUOTED_BY = r"(?:was\s+|is\s+)?quoted\s+by\s+[^,.;:“”\"]{1,60}?\s+as\s+saying"
ATTRIBUTION = (grouped_alternation((*words("quote_verbs"), *words("speech_verbs"), *words("foreign_quote_verbs"))) + "|" + _PREVIEWED
               + "|" + _QUOTED_BY)
#: "According to" in the languages of data/according_to.txt ("selon", "según", "по словам").
ACCORDING_TO = grouped_alternation(words("according_to"))
#: The phrases of ACCORDING_TO, lowercased: the verb a match names is one of them.
ACCORDING_PHRASES = frozenset(phrase.lower() for phrase in words("according_to"))
#: A speech verb of another language with no subject after the quote, as languages that drop it write one ('», dijo.',
#: '», a-t-il déclaré.', '», — заявил он.'): the nearest person's words.
_DROPPED = (rf"(?P<dropped>(?:{grouped_alternation(words('foreign_quote_verbs'))}))"
            rf"(?:\s+(?:{'|'.join(words('foreign_pronouns'))}))?\s*(?=[.;!?]|$)")
#: What a quoted or cited person is reported doing in the words that follow: 'cited Lagarde as urging Europe to "..."'.
_AS_DOING = r"(?:saying|telling|urging|warning|calling|describing|arguing|stressing|insisting|adding)"
#: A straight opening quote may close with a curly one and a curly one with a straight one: pasted text mixes them
#: ('"Demining is ongoing,” it said'); a straight one after a digit is an inch mark ('the 16" model').
#: Each branch opens on its mark (a look-behind after it, not before), so the search skips in C from mark to mark.
#: A straight mark before a curly opening one is none of that quotation's ('"SEOUL (Reuters) - ... “We ...”', a row's field).
_DOUBLE = re.compile(r"“([^“”\"]+)(?:[”\"]|$)|\"(?<!\d\")([^\"”“]+)(?:[\"”]|$)")
#: Guillemets and a low opening mark ("«...»", "„...”": European outlets) and corner brackets ("「...」": Chinese and
#: Japanese) read as curly double quotes, "『...』" as curly single quotes, one character for one (never "‹" and "›": a page's
#: "‹ Previous" and "Next ›" links far more often than French single marks).
#: A backslash escaping a mark (an archive's '\\"We ...\\"') is no text: a space, one character for one; so is a
#: Markdown emphasis mark left in the text ("**Jack Straw**, the foreign secretary, said"): no part of a name.
_MARKS = character_map({"«": "“", "»": "”", "„": "“", "\\": " ", "*": " ", "「": "“", "」": "”", "『": "‘", "』": "’"})
#: A low opening mark closed by a high one as German, Czech and their neighbours set a quotation ("„Kyjev ... zničeného,“
#: řekl"; ‚...‘ inside it): the high one is the closing mark, turned to one, one character for one.
_LOW_OPENED = re.compile(r"„([^„“”\n]*)“|‚([^‚‘’\n]*)‘")
#: Curly marks typed the wrong way round ('that ”regime change“ was'): a closing mark opening a word after a space, an
#: opening one closing a word before a space or a stop. A closing mark after a word, or an opening one before it, never is.
_REVERSED = re.compile(r"(?<![^\s(\[])”(?=[\w‘'])|(?<=[\w.,!?’])“(?![^\s.,;:!?)])")


#: Two straight apostrophes for a double mark, as the Congressional Record and typewritten copy set a quotation
#: ("''It's impossible,'' said"): a curly mark and a space, the mark next to the words it opens or closes.
_TWO_APOSTROPHES = re.compile(r"(?P<opening>(?<![\w'])''(?=[\w‘']))|(?<=[\w.,!?;:)])''(?![\w'])")


#: A tokenized corpus's marks, as the Penn Treebank sets them (the CNN and Daily Mail stories): "``" opens a quotation,
#: "''" between spaces closes it ("`` This is a new era , '' Khar remarked").
_TOKENIZED = re.compile(r"``|(?<=\s)''(?=\s|$)")


def quote_marks(text: str) -> str:
    """The text with every quotation mark as a curly double quote or a straight one, one character for one."""
    if "``" in text:
        text = _TOKENIZED.sub(lambda m: " “" if m.group(0) == "``" else "” ", text)
    if "„" in text or "‚" in text:
        text = _LOW_OPENED.sub(lambda m: f"„{m.group(1)}”" if m.group(1) is not None else f"‘{m.group(2)}’", text)
    text = _MARKS(text)
    if "''" in text:
        text = _TWO_APOSTROPHES.sub(lambda m: " “" if m.group("opening") else "” ", text)
    if "”" in text and "“" in text:
        text = _REVERSED.sub(lambda m: "“" if m.group(0) == "”" else "”", text)
    return text
#: Opening on the mark, as _DOUBLE does: most paragraphs hold no single mark at all.
SINGLE = re.compile(r"‘(?<!\w‘)((?:[^‘’]|’(?=[a-z]))[^‘]{11,}?)’(?![\w])"
                     # Straight marks too ("would 'strengthen our capabilities'"): an apostrophe inside a word or after a
                     # plural ("country's", "sailors' ") is no mark, so one opens only before a letter, after no word.
                     r"|'(?<![\w'’]')(?=[A-Za-z])((?:[^'\n]|'(?=[a-z])){12,}?)'(?![\w])")
#: A full stop that belongs to an abbreviation or initial inside a name ("Mr. Sabry", "Rep. Ros-Lehtinen", "U.S."):
#: replaced by a same-width dot leader so that name phrases do not end there and offsets stay the same.
#: (The capital before its look-behind, in place of a word boundary: the search skips in C to the capitals.)
ABBREVIATION_DOT = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{0,3}|[A-Z](?<!\w[A-Z]))\.(?=\s?[A-Z])")
_NAME_PHRASE = r"[^,.;:“”\"]+?"
#: An adverb of manner between the speaker and the verb ('," Hanan Ashrawi, a senior official, angrily tweeted'); never a
#: noun a subject may end on ("the Kim family said").
_MANNER = r"(?:(?!(?:family|assembly|ally|rally|supply|reply|monopoly|anomaly)\b)[a-z]{3,}ly\s+)?"
#: What may follow a quote to say who spoke: '," he added', '," Lu told reporters', '," said X, the Y',
#: '," according to X', '," it quoted X as saying', '," the agency cited X as saying'.
AFTER = re.compile(
    rf"^[\s,.—–]*(?:(?P<pronoun>[Hh]e|[Ss]he)\s+\w+|{_DROPPED}"
    rf"|(?P<subject>[Tt]he [\w .’'{LEADER}-]{{1,40}}?|(?:[a-z][\w-]*,?\s+){{0,3}}[A-Z]{_NAME_PHRASE})(?:,[^,.;:“”\"]{{3,140}},)?\s+(?:has\s+|had\s+)?{_MANNER}(?:{ATTRIBUTION})\b"
    rf"|(?:[\w’'-]+\s+){{0,6}}?(?:quoted|cited)\s+(?P<quoted>{_NAME_PHRASE})\s+as\s+{_AS_DOING}\b"
    rf"|(?:{ATTRIBUTION}|{ACCORDING_TO})\s+(?P<object>[^,.;:“”\"]+)(?P<apposition>,\s+[^.;:“”\"]+)?)"
)
#: A clause ending on whom the words are by, their agent after a passive participle or a verb of citing: 'This move,
#: described by Trump as “...”', 'As suggested by Neil deGrasse Tyson, “...”', 'to quote Martin Luther King: ‘...’', 'in
#: the words of X, “...”'. (A participle only: "as suggested by" and "described by", never "was met by X with “...”".)
CITED_AGENT = re.compile(rf"(?:\b(?:{ATTRIBUTION})\s+by|\b[Tt]o\s+quote|\b[Ii]n\s+the\s+words\s+of)\s+(?P<agent>{_NAME_PHRASE})"
                         r"(?:\s+as)?\s*[,:]?\s*$")
#: A clause giving the words to someone it quotes: 'She quotes an Israeli saying: “...' is the Israeli's, not hers.
QUOTING = re.compile(rf"\b(?:quotes|quoted|quoting|cites|cited|citing)\s+(?P<quoted>(?:[^,.;:“”\"]|\.(?=\s[a-z]))+?),?\s+(?:as\s+)?(?:{_AS_DOING}|commenting)\b[^“”\"]*$")
#: A sentence whose subject is someone unnamed, and their speech verb: "One Indian expert, who asked to remain anonymous,
#: says", "A senior official said": a "he" after it is that person, no one the article names.
_PERSON_NOUNS = "|".join(sorted({w for name in ("person_nouns", "occupations", "roaming_roles") for w in words(name) if w.isalpha()}
                                 | {w for w in ROLE_NOUNS if w.isalpha() and len(w) > 3}, key=lambda w: (-len(w), w)))
UNNAMED_SPEAKER = re.compile(rf"(?:^|[.!?]\s+)(?:One|An?|Another)\s+(?:[\w-]+\s+){{0,3}}?(?:{_PERSON_NOUNS})\b[^.;:“”\"]{{0,160}}?\s(?:{ATTRIBUTION})\b")
#: Where or when the words were said, after the verb: '..., Trump said at a rally'.
_SETTING = r"\s+(?:at|in|on|during|after|before|while|when|last|this|earlier|later)\b"
#: An attribution clause later in the quote's sentence: '... to ties, and ... a “higher plane”, he said.'
LATER = re.compile(
    rf"(?:^|[,;])\s*(?:(?P<subject>[Hh]e|[Ss]he|[Tt]he [\w .’'{LEADER}-]{{1,40}}?|[A-Z]{_NAME_PHRASE})\s+(?:has\s+|had\s+)?(?:{ATTRIBUTION})"
    rf"|(?:{ATTRIBUTION})\s+(?P<object>{_NAME_PHRASE}))\s*(?=[,.;]|$|{_SETTING})"
)
#: Quoted words ending on a speech verb and a comma or colon: the marks around them are misplaced.
_ENDS_ON_VERB = re.compile(rf"\b(?:{ATTRIBUTION})\s*[,:]\s*$")
#: A quotation's words ending on one space, as before a mark that opens the next quotation.
_ONE_SPACE_END = re.compile(r"\S $")
#: A full stop after the closing quote mark: what follows is the next sentence, not the quote's attribution.
SENTENCE_AFTER = re.compile(r"^\s*\.\s+[A-Z]")
#: The letters a verb of attribution may start with: a quick look-ahead spares trying every verb at every word.
#: The participles a speaker's clause may close on right after its subject: "with analyst Francois Conradie noting that,
#: “...”" (after a comma, "..., noting that", the subject is the sentence's, not the name nearest before).
_PARTICIPLES = ("noting", "adding", "stressing", "insisting", "arguing", "explaining", "stating", "declaring")
_VERB_FIRSTS = opening_characters((*words("quote_verbs"), *words("speech_verbs"), *words("foreign_quote_verbs"), *words("according_to"),
                                   *_PARTICIPLES, "saying", "telling", "claiming", "will",
                                   "to", "shall"))
ATTRIBUTION_VERB = re.compile(rf"\b(?=[{_VERB_FIRSTS}])(?:{ATTRIBUTION}|saying|telling|claiming|(?<!,\s)(?:{'|'.join(_PARTICIPLES)})|{ACCORDING_TO})\b", re.I)
#: A speech verb within the first words after a quote.
VERB_SOON_AFTER = re.compile(rf"^[\s,.]*(?:\S+\s+){{0,4}}(?:{ATTRIBUTION})\b")
#: What opens a definite role phrase: "the prosecutor", "Russia's foreign minister".
ROLE_OPENER = re.compile(r"\b(?:[Tt]he|[A-Z][\w.\u2024-]*['’]s)\s+")
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
#: "In his words:" or "in her own words," right before a quote: the nearest person's words.
OWN_WORDS = re.compile(r"\b[Ii]n (?:his|her) (?:own )?words\s*[:,]?$")
#: A style standing for the person as "he" does ("His Excellency noted"), not before a name ("His Highness Sheikh X").
_STYLE = r"(?:his|her)\s+(?:excellency|highness|majesty)\b(?!\s+(?-i:[A-Z]))"
#: "He" and "she" in other languages (data/foreign_pronouns.txt): "ele respondeu:", "il a déclaré", "она заявила".
FOREIGN_PRONOUNS = frozenset(words("foreign_pronouns"))
_FOREIGN_PRONOUNS = "|".join(words("foreign_pronouns"))
PRONOUN_SUBJECT = re.compile(rf"^(?:[A-Z][a-z]+,?\s+)?(?:he\b|she\b|(?:{_FOREIGN_PRONOUNS})\b|{_STYLE})", re.I)
#: "he" or "she" right before the speech verb, after an opening phrase: "In a speech on Tuesday, she said".
PRONOUN_BEFORE_VERB = re.compile(rf"(?:^|[,;]\s*)(?:[Hh]e|[Ss]he|(?i:{_FOREIGN_PRONOUNS}))(?:\s+(?:also|later|then|has|had|again|further))*\s*$")
#: A relative clause or apposition between a subject and its verb ("Trump, who accuses Obama of ..., described").
ASIDE = re.compile(r",\s+(?:who|whose|which|the|a|an|his|her|its|their)\b[^,]*,")
#: An aside between two dashes inside a sentence: " — in a reference to President-elect Donald Trump — ".
DASH_ASIDE = re.compile(r"\s[—–]\s[^—–.;“”\"]{3,200}?\s[—–]\s")
#: A question put to someone before their pronoun answers it: "Asked whether he meant Goldsmith and Blair, he replied:".
#: The people it names are what was asked about, never whom the "he" means.
ASKED = re.compile(r"(?:^|(?<=[.!?>]\s))(?:When\s+|After\s+being\s+|Being\s+)?[Aa]sked\s[^.;:“”\"]{3,200}?"
                   rf"(?=,?\s(?:he|she)\s+(?:[a-z]+ly\s+)?(?:{ATTRIBUTION}|[a-z]+ed)\b)")
#: A relative clause between the speech verb and the quote: what follows describes something else.
#: One closed by a comma before the quote is an aside ("the campaign, which has wide support, is “being waged ...”"):
#: the verb's subject goes on after it.
RELATIVE = re.compile(r",\s*(?:which|who|whose)\b(?![^,]*,\s+(?!(?:and|but|or|which|who|whose)\b)[a-z]+[^,]*$)")
#: "the prime minister" or "Russia's foreign minister" just before the verb: the nearest person, if that is their role,
#: or the one person of the article of that country and role.
ROLE_REFERENCE = re.compile(r"(?:^|[,;]\s*|\s)((?:[Tt]he|[A-Z][\w.\u2024-]*['’]s)\s+(?:[\w.’'\u2024-]+\s+){0,3}?[\w-]+)\s*$")
#: A name followed by its speech verb (with an apposition between): the subject a later "he" refers to.
SUBJECT_OF_VERB = re.compile(rf"(?:,[^,.;“”\"]{{1,120}})?,?\s+(?:has\s+|had\s+|was\s+|is\s+)?(?:{ATTRIBUTION})\b")


#: Where a sentence runs into the next with no space ("the war.US Secretary", "he met Putin.\"I don't"), as text
#: pasted from a page's markup does: after a full stop closing a word of two letters or more, a quotation or a closing mark.
#: The look-ahead first: it fails at once at most places, where the three look-behinds were each tried.
_GLUED = re.compile(r"(?=[\"“]?[A-Z])(?:(?<=[a-z]{2}[.!?])|(?<=[\"”][.!?])|(?<=[a-z]{2}[.!?]”))")


def quote_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of a paragraph, also where a sentence runs into the next with no space; a straight
    mark there belongs to the sentence it closes when the marks before it leave a quotation open."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text) or ((0, len(text)),):
        cuts = [cut + (text[cut] == '"' and text.count('"', 0, cut) % 2 == 1) for cut in (m.start() for m in _GLUED.finditer(text, start, end))]
        spans += [(a, b) for a, b in zip([start, *cuts], [*cuts, end]) if a < b]
    return tuple(spans)


def double_quotes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each double-quoted passage; a straight pair closing on a speech verb is a stray mark and
    the verb's own quotation ('"A source said, "We did not get a deal."'): its second mark opens the quotation. A
    straight mark after one space and before a word opens a quotation: one before it left open ends there ('... our
    discussions. "There is a crisis," he said'); after two, it is an archive's escaped mark ('\\"'), read as spaces.
    Marks after "=" hold a markup attribute's value ('sizes="(max-width: 600px) 100vw"'), no words."""
    found: list[tuple[int, int, str]] = []
    position = 0
    while match := _DOUBLE.search(text, position):
        inner = match.group(1) or match.group(2)
        if text[match.start() - 1 : match.start()] == "=" or _link_title(text, match.start(), match.end()):
            position = match.end()
            continue
        if match.group(2) is not None and match.end() < len(text) and _ENDS_ON_VERB.search(inner):
            position = match.end() - 1
            continue
        if match.group(2) is not None and _ONE_SPACE_END.search(inner) and text[match.end() : match.end() + 1].isalpha():
            found.append((match.start(), match.end() - 1, inner.rstrip()))
            position = match.end() - 1
            continue
        found.append((match.start(), match.end(), inner))
        position = match.end()
    return found


#: A straight single mark opening a phrase inside a single-quoted quotation: "... America's 'maximum pressure' against".
_NESTED_OPENING = re.compile(r"\s'[A-Za-z]")
#: A straight single mark closing a quotation: after a letter or a stop, before no letter.
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])'(?!\w)")


def single_quotes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each single-quoted passage; a straight-quoted one holding a phrase quoted in the same
    marks ("'We can say that America's 'maximum pressure' against Iran ... isolation,' he said") closes at the mark
    after the phrase's, not at the phrase's own."""
    found: list[tuple[int, int, str]] = []
    for match in SINGLE.finditer(text):
        start, end = match.span()
        if found and start < found[-1][1]:
            continue  # inside a quotation read whole
        if match.group(2) is not None and _NESTED_OPENING.search(match.group(2)):
            closing = _SINGLE_CLOSING.search(text, end)
            if closing is not None and "\n" not in text[end : closing.start()]:
                found.append((start, closing.end(), text[start + 1 : closing.start()]))
                continue
        found.append((start, end, match.group(1) or match.group(2)))
    return found


def _link_title(text: str, start: int, end: int) -> bool:
    """Whether the quoted passage is a Markdown link's title ('[index](/articles "Full index of articles")'): no words said."""
    if text[end : end + 1] != ")":
        return False
    link = text.rfind("](", 0, start)
    return link >= 0 and ")" not in text[link + 2 : start] and "\n" not in text[link:start]


#: What before a short quote attributes it: a speech verb (its participle too: 'the army chief was blunter, saying “...”'),
#: a claim (not "claims", as often a noun), a verb of promise or threat ('threatened to take “...”'), or one that names
#: what someone did or is ('accused the government of Abiy Ahmed of “...”', 'referring to Gazans as “...”', 'scoffed at the
#: coronavirus as a “frenzy and psychosis”'; no
#: nickname: 'dubbed the “monster ship”' names a thing).
SAID_BY_SOMEONE = re.compile(rf"(?<![\w-])(?:{grouped_alternation(words('speech_verbs'))}|saying|telling|claim(?:ing|ed)"
                             r"|accus(?:ed|ing|es)\s[^.;:“”\"]{1,80}?\sof|(?:describ|dismiss|hail|derid|denounc|ridicul)(?:ed|ing|es)\s[^.;:“”\"]{1,80}?\sas"
                             r"|(?:scoff|mock|sneer)(?:ed|ing|s)?\s(?:at\s)?[^.;:“”\"]{1,80}?\sas"
                             r"|referr(?:ed|ing) to\s[^.;:“”\"]{1,60}?\sas|characteri[sz](?:ed|ing)\s(?:[^.;:“”\"]{1,60}?\s)?as"
                             r"|branded|termed|labell?ed|threatened|vowed|pledged|promised)\b", re.I)


def said_by_someone(clause: str) -> bool:
    """True when the clause before a short quote attributes it, even to someone unnamed ('an expert believes', 'China
    threatened to take')."""
    return bool(SAID_BY_SOMEONE.search(clause))


#: A quotation's words closing on a full stop, its mark, and a capital after a space: the next sentence opens there.
_CLOSES_SENTENCE = re.compile(r"(?<=[a-z\d)]\.[”\"’'])\s+(?=[A-Z])")


def closes_sentence(text: str, end: int) -> bool:
    """True when the quotation whose mark closes before ``end`` ends its sentence ('... must stop.” The commission said
    ...'): what follows is a sentence of its own, no attribution of these words."""
    return _CLOSES_SENTENCE.match(text, end) is not None


def attributed_elsewhere(tail: str) -> bool:
    """True when a speech verb follows the quote, before any next quotation opens ('..." "I reiterated ...' is the
    next one's words): it names its own speaker, even if we could not resolve it."""
    return bool(VERB_SOON_AFTER.match(_NEXT_QUOTATION.split(tail, 1)[0]))


#: The mark opening the next quotation.
_NEXT_QUOTATION = re.compile(r"[“\"]")


#: Chinese characters (Japanese kanji too), as a regex character class's ranges.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Chinese and Japanese script, which sets no space between words, and its punctuation ("，", "。").
_UNSPACED_SCRIPT = re.compile(rf"[\u3040-\u30ff{HAN}]+")
_WIDE_PUNCTUATION = re.compile(r"[\u3000-\u303f\uff00-\uff65]+")


def word_count(text: str) -> int:
    """The words of a quotation: those spaces part, and in Chinese or Japanese script one every two characters ("從側面了解"
    reads as two words, a short phrase a scare quote may be; "改善與成長的重要階段" as five)."""
    if not _UNSPACED_SCRIPT.search(text):
        return len(text.split())
    runs = _UNSPACED_SCRIPT.findall(text)
    rest = _UNSPACED_SCRIPT.sub(" ", _WIDE_PUNCTUATION.sub(" ", text))
    return len(rest.split()) + sum(max(1, len(run) // 2) for run in runs)


#: Markdown emphasis around a quotation's words, inside its marks ('« _disposés à accompagner_ »'): no words of it.
_EMPHASIS_EDGES = re.compile(r"^_+(?=\S)|(?<=\S)_+(?=[.,;:!?]*$)")


def without_emphasis(inner: str) -> str:
    """The quotation's words without the underscores of Markdown emphasis at their edges."""
    return _EMPHASIS_EDGES.sub("", inner).strip() if "_" in inner else inner
