"""How gold and predicted items are compared: normalisation, the matching rules, knowledge-base names, alignment."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Collection, Iterable, Mapping, Sequence

from generator.knowledge.base import Alias, KnowledgeBase
from generator.sources.html_tags import line_text
from generator.sources.markdown_marks import plain_line
from generator.sources.record_fields import record_title
from generator.tools.evaluation.gold import GoldArticle
from generator.tools.evaluation.prediction import PredArticle

#: Characters folded before any comparison: curly quotes to straight ones, every dash to "-".
_FOLD = str.maketrans({
    "‘": "'", "’": "'", "ʼ": "'", "‛": "'", "`": "'", "´": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-", "―": "-",
})
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_QUOTE_EDGES = "\"' "
QUOTE_PREFIX = 30


def norm(text: str | None) -> str:
    """NFC, no invisible characters, Markdown's inline marks, inline HTML tags and character references read as text
    (gold copies a paste's lines as written; a brief may read them), quotes and dashes folded, single spaces, trimmed."""
    if not text:
        return ""
    text = line_text(plain_line(str(text)))
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text)).translate(_FOLD)
    return " ".join(text.split())


def key(text: str | None) -> str:
    """``norm`` and case-folded: the comparison key of everything but titles."""
    return norm(text).casefold()


#: The Markdown marks a heading line of a raw Markdown paste carries: block-quote and heading marks before it.
_HEADING_MARKS = re.compile(r"^(?:>\s*)*#{0,6}\s*")


def heading_key(text: str | None) -> str:
    """A heading for comparison: ``key`` without the Markdown marks around it (``> ####``, ``**...**``)."""
    return _HEADING_MARKS.sub("", key(text)).strip("*_ ")


def title_key(title: str) -> str:
    """A title for comparison: ``norm``, a record's title field as its value (gold writes the line a title is on,
    ``"title": "Headline",``; a brief's title is the headline)."""
    return norm(record_title(title))


#: A record's string on its own line, as a scraper's export or a site's data module writes it: a key maybe (quoted or
#: not, ':' or PHP's '=>'), the value quoted, a comma maybe ('"text": "A paragraph.",', 'lede: "A standfirst.",').
_VALUE_LINE = re.compile(r"""^\s*(?:(["']?)[\w$-]{1,40}\1\s*(?::|=>)\s*)?(["'`])(?P<value>.+)\2\s*[,;]?\s*$""")


def record_value(line: str) -> str:
    """The string a record's field or array item holds on its line (gold writes a record's paragraph as its value);
    any other line as it is."""
    field = _VALUE_LINE.match(line)
    if not field:
        return line
    value = field["value"]
    if field[2] == '"':
        try:
            return json.loads(f'"{value}"')
        except ValueError:
            return value
    return value.replace("\\" + field[2], field[2])


def name_key(name: str | None) -> str:
    """A person's name for comparison: ``key`` with hyphens as spaces."""
    return " ".join(key(name).replace("-", " ").split())


def quote_key(text: str | None) -> str:
    """A quote's text for comparison: ``key`` without surrounding quote marks."""
    return key(text).strip(_QUOTE_EDGES)


#: Generational suffixes ending a person's full name.
_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def names_match(a: str | None, b: str | None, a_key: str | None = None, b_key: str | None = None) -> bool:
    """The people rule: equal names, one the other's longer form, or the same knowledge-base person: a gold name ``a``
    the article writes short ("Trump", "Lopez Obrador") is the end of a known person's full name ``b`` ("Donald Trump"), or
    writes with a middle name that known name of two words leaves out ("Rodrigo Roa Duterte")."""
    if a_key and b_key and a_key == b_key:
        return True
    x, y = name_key(a).split(), name_key(b).split()
    if not x or not y:
        return False
    if x == y:
        return True
    if b_key and y[-1] in _GENERATIONS:
        y = y[:-1]  # a known person's generational suffix is no part of the family name: "Marcos" is "Ferdinand Marcos Jr."
    if b_key and len(x) < len(y) and y[-len(x):] == x:
        return True
    if b_key and len(x) > len(y) == 2 and [x[0], x[-1]] == y:
        return True  # the article's middle name the known person's name leaves out: "Rodrigo Roa Duterte"
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 2 and long[: len(short)] == short


def roles_match(gold: str, predicted: str) -> bool:
    g, p = key(gold), key(predicted)
    return bool(g and p) and (g == p or g in p or p in g)


def quotes_match(a: str, b: str) -> bool:
    """One quote text starts with the other's first QUOTE_PREFIX normalised characters."""
    x, y = quote_key(a), quote_key(b)
    if not x or not y:
        return False
    return y.startswith(x[:QUOTE_PREFIX]) or x.startswith(y[:QUOTE_PREFIX])


def figures_match(a: str, b: str) -> bool:
    x, y = key(a), key(b)
    return bool(x and y) and (x in y or y in x)


def alias_key(text: str) -> str:
    """How alias lookup compares names: ``key`` without a leading 'the'."""
    folded = key(text)
    return folded[4:] if folded.startswith("the ") else folded


#: Taxonomies whose names stand for one thing inside an initiative's name ("U.S." = "United States").
_PARTIES = ("countries", "organizations", "people")


@dataclass(frozen=True)
class Resolver:
    """Names to knowledge-base keys ("taxonomy:key") through the aliases."""

    index: Mapping[tuple[str, str], tuple[str, ...]]
    known: frozenset[str] = frozenset()
    parties: Mapping[str, str] = field(default_factory=dict)  # a country's, organisation's or person's name -> its key
    listed_only: frozenset[str] = frozenset()  # seats of power ("Kremlin"): scored only where the gold list names them

    @classmethod
    def from_aliases(cls, aliases: Iterable[Alias]) -> "Resolver":
        found: dict[tuple[str, str], dict[str, int]] = {}
        known: set[str] = set()
        parties: dict[str, str] = {}
        for alias in aliases:
            ident = f"{alias.taxonomy}:{alias.key}"
            if alias.taxonomy in _PARTIES and alias.kind not in ("kingdom", "context"):  # a capital too: "talks between Baku and Yerevan"
                parties.setdefault(alias_key(alias.text), ident)
            if alias.kind == "surname":  # 'Putin' alone is the annotator's guess, not a name
                continue
            known.add(ident)
            rank = {"name": 0, "context": 2}.get(alias.kind, 1)  # a context alias is the term's only when nothing else is
            slot = found.setdefault((alias.taxonomy, alias_key(alias.text)), {})
            slot[ident] = min(rank, slot.get(ident, rank))
        index = {k: tuple(sorted(v, key=lambda i: (v[i], i))) for k, v in found.items()}
        return cls(index, frozenset(known), parties)

    @classmethod
    def from_knowledge(cls, knowledge: KnowledgeBase) -> "Resolver":
        # "Security Council" in a gold list is the term whose context alias it is: gold names were read in context.
        in_context = [Alias(text, taxonomy, key, "context") for (taxonomy, key), term in knowledge.terms.items()
                      for text in term.attributes.get("context_aliases", ())]
        resolver = cls.from_aliases([*knowledge.aliases, *in_context])
        terms = frozenset(f"{tax}:{k}" for tax, k in knowledge.terms)
        # Gold lists name a seat for its government in some articles and not in others: neither is wrong.
        seats = frozenset(f"{tax}:{k}" for (tax, k), term in knowledge.terms.items() if term.attributes.get("seat_listed_only"))
        return cls(resolver.index, resolver.known | terms, resolver.parties, seats)

    def resolve(self, name: str | None, taxonomies: Sequence[str]) -> str | None:
        """The key of the first taxonomy that knows ``name`` (its canonical name first), or None."""
        if not name:
            return None
        for taxonomy in taxonomies:
            keys = self.index.get((taxonomy, alias_key(name)))
            if keys:
                return keys[0]
        return None

    def canonical(self, name: str | None, taxonomies: Sequence[str], known_key: str | None = None,
                  found: Collection[str] = ()) -> str:
        """What two names are compared by: a knowledge-base key, else 'text:<normalised name>'.

        A name several terms share ("Treasury": the US's and Britain's) is the one of them ``found`` holds (the keys the
        article's predictions resolved to): the annotator read it in that article's context, as the pipeline did."""
        if known_key and known_key in self.known:
            return known_key
        for taxonomy in taxonomies if name and found else ():
            shared = [k for k in self.index.get((taxonomy, alias_key(name)), ()) if k in found]
            if shared:
                return shared[0]
        return self.resolve(name, taxonomies) or f"text:{key(name)}"


EMPTY_RESOLVER = Resolver({})

#: Spellings and synonyms of the words initiatives are named by, folded before two names are compared.
_SAME_WORDS = (
    (re.compile(r"\bcessation of hostilities\b|\bcease[ -]fire\b|\btruce\b"), "ceasefire"),
    (re.compile(r"\bnegotiations?\b"), "talks"),
    (re.compile(r"\b(?:deal|accord|pact)s?\b"), "agreement"),
    (re.compile(r"\bprogramme\b"), "program"),
    (re.compile(r"\btrip\b"), "visit"),
    (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"\bmemoranda\b"), "memorandum"),
)
#: Words that carry no meaning of their own in a name ("sanctions *on* North Korea").
_LINK_WORDS = frozenset("the of on in for to against with between and a an over by at from into".split())
_TOKEN = re.compile(r"\w+(?:\.\w+)*\.?")


def initiative_words(name: str | None, parties: Mapping[str, str]) -> frozenset[str]:
    """The content words of an initiative's name: folded synonyms, parties as their keys, no link words or plurals."""
    text = re.sub(r"'s\b", "", key(name))
    for pattern, word in _SAME_WORDS:
        text = pattern.sub(word, text)
    tokens = [t.replace(".", "") for t in _TOKEN.findall(text.replace("-", " ").replace("/", " "))]  # U.N. = UN
    words: set[str] = set()
    i = 0
    while i < len(tokens):
        for size in range(min(4, len(tokens) - i), 0, -1):  # the longest name first ("united states")
            code = parties.get(" ".join(tokens[i : i + size]))
            if code:
                words.add(code)
                i += size
                break
        else:
            token = tokens[i]
            if token not in _LINK_WORDS:
                words.add(token[:-1] if len(token) > 3 and token.endswith("s") and not token.endswith("ss") else token)
            i += 1
    return frozenset(words)


def initiatives_match(a: str | None, b: str | None, parties: Mapping[str, str]) -> bool:
    """Two names of one initiative: the words of one are all in the other and make more than half of them.

    "Munich talks" names "Munich talks on Syria" and "US sanctions" "U.S. sanctions on North Korea"; "peace
    talks" alone does not name "Syria peace talks on Geneva", nor "state visit" "Modi's state visit to China".
    """
    x, y = initiative_words(a, parties), initiative_words(b, parties)
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return bool(short) and short <= long and (short == long or len(short) >= 2 and 2 * len(short) > len(long))


#: A gold first paragraph this long that stops mid-sentence may be a wrapped line the reader joined to the lines under it.
MIN_WRAPPED_LINE = 40
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")


def same_paragraph(gold: str, predicted: str, dateline: str | None = None) -> bool:
    """A gold source line and a predicted paragraph hold the same text (a moved dateline allowed)."""
    g, p = key(gold), key(predicted)
    if not g or not p:
        return False
    if g == p:
        return True
    if len(g) >= MIN_WRAPPED_LINE and not _SENTENCE_END.search(g) and p.startswith(g + " "):
        return True  # the gold's line is a hard-wrapped text's first line, which the reader joined with the rest of its paragraph
    if dateline:
        squash = lambda s: re.sub(r"[\s.\-]", "", key(s))  # noqa: E731 - the dateline's own spacing varies
        return squash(gold) == squash(f"{dateline} {predicted}")
    return False


def align(gold: Sequence[GoldArticle], predicted: Sequence[PredArticle]) -> tuple[
    list[tuple[GoldArticle, PredArticle | None, bool]], list[PredArticle]
]:
    """(gold, partner or None, found with exact title) for each gold article; unpaired predictions."""
    partner: dict[int, tuple[int, bool]] = {}
    used: set[int] = set()

    def first_para(g: GoldArticle, p: PredArticle) -> bool:
        return bool(p.paragraphs) and same_paragraph(g.first_paragraph, p.paragraphs[0], p.dateline)

    for gi, g in enumerate(gold):  # pass 1: exact title (untitled: untitled and same first paragraph)
        for pi, p in enumerate(predicted):
            if pi in used:
                continue
            if (g.title is not None and p.title is not None and title_key(g.title) == title_key(p.title)) or (
                g.title is None and p.title is None and first_para(g, p)
            ):
                partner[gi] = (pi, True)
                used.add(pi)
                break
    for gi, g in enumerate(gold):  # pass 2: same first paragraph, title wrong
        if gi in partner:
            continue
        for pi, p in enumerate(predicted):
            if pi not in used and first_para(g, p):
                partner[gi] = (pi, False)
                used.add(pi)
                break
    pairs = [
        (g, predicted[partner[gi][0]] if gi in partner else None, partner.get(gi, (0, False))[1])
        for gi, g in enumerate(gold)
    ]
    return pairs, [p for pi, p in enumerate(predicted) if pi not in used]


def match_one_to_one(gold: Sequence, pred: Sequence, passes: Sequence) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, one pass per predicate, earlier passes first."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for same in passes:
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi not in used_p and same(g, p):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs
