"""Direct quotes and their speakers.

A speaker is taken only where the text says who spoke: the attribution right after the quote ('," said
Hayashi', '," he added'), later in the same sentence ('..., he said.'), the subject of the speech verb
before it ('Hayashi said: "'), or, for a paragraph that carries on a quotation, the previous paragraph's
speaker. With no verb of speech, the sentence's subject ('He felicitated X for "..."'), or the previous
sentence's for a quote opening its own. A transcript's label ('SMITH: ...') names its paragraph's speaker; a
quotation left open takes the speaker its continuation names. A pronoun is the nearest person who is the
subject of a sentence or of a speech verb ("she" looks past a man to a titled woman); "the minister" is that
person only when their role says so. A possessive ("Tusk's draft says") and a list of people never speak.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from generator.annotate.quote_korean import korean_speaker
from generator.annotate.quote_names import LEADER, NameIndex, Person  # noqa: F401 (NameIndex re-exported)
from generator.annotate.quote_pronouns import agreeing, continuing, genders, pronoun_near
from generator.annotate.quote_shapes import (
    addressed,
    announces,
    block_quotation,
    closing_mark,
    distinct_quotes,
    entities_as_marks,
    has_marks,
    is_quoted_title,
    named_not_said,
    open_single,
    opens,
    speaker_label,
    whole_paragraph,
)
from generator.annotate.quote_speakers import CONTRAST, owner_of_words, speaker_after, speaker_before, speaker_later
from generator.annotate.quote_subjects import (
    CLAUSE_CHARS,
    is_name_phrase,
    possessive,
    previous_speaker,
    role_subject,
    subject_rank,
    subject_speaker,
)
from generator.annotate.quote_text import (
    ABBREVIATION_DOT,
    ASKED,
    ATTRIBUTION_VERB,
    DASH_ASIDE,
    QUOTED,
    QUOTING,
    SAID_BY_SOMEONE,
    UNNAMED_SPEAKER,
    attributed_elsewhere,
    closes_sentence,
    double_quotes,
    quote_marks,
    quote_sentences,
    said_by_someone,
    single_quotes,
    without_emphasis,
    word_count,
)
from generator.annotate.quote_unspaced import unspaced_speaker
from generator.model import Quote

#: Fewer words than this, with no speaker in the same sentence, is a scare quote or a title.
MIN_UNATTRIBUTED_WORDS = 4
#: How far after a quote its attribution is read: a name, an apposition of up to 140 characters and the verb.
TAIL_CHARS = 200

def find_quotes(blocks: list[tuple[int, str]], names: NameIndex, mentions_by_block: dict[int, list[tuple[int, str]]]) -> list[Quote]:
    """Every direct quote in the article's paragraphs, with the speaker where the text says who."""
    quotes: list[Quote] = []
    last_speaker: Person | None = None
    last_person: Person | None = None
    carried: Person | None = None  # who speaks last in the previous paragraph, if it quotes
    open_quote = False
    open_double = False  # the previous paragraph leaves a double-quoted quotation open
    unsaid: list[int] = []  # the quotes with no speaker of a quotation left open, paragraph after paragraph, for a later one to close
    recent: list[Person] = []  # the people named so far, in order: whom a "she" may mean when the nearest is a "he"
    gender_of = genders([text for _, text in blocks], names)
    previous_names: list[str] = []  # the people the previous paragraph names outside its quotes, in order
    introduced = False  # the previous paragraph ends on a colon: "here's what Meloni actually said:"
    for block, text in blocks:
        person_before = last_person  # whom a "he" opening this paragraph means while no one in it is a subject
        # Two single marks for a double one ("sides,’’ said", as some wire copy is set), one character for one
        text = quote_marks(entities_as_marks(text)).replace("’’", "” ").replace("‘‘", " “")
        label = speaker_label(text)
        labelled = names.resolve(label[0]) if label else None
        if labelled and label and len(text[label[1]:].split()) >= MIN_UNATTRIBUTED_WORDS:
            # "LINDQVIST: We will sign ...": a transcript's paragraph is its labelled speaker's words
            quotes.append(Quote(text[label[1]:].strip(), labelled[0], labelled[1], block))
            last_speaker = last_person = labelled
            carried, open_quote, open_double, previous_names, unsaid = None, False, False, [], []
            continue
        closed = closing_mark(text) if open_double else None
        # A paragraph in the middle of a quotation, with no mark: the quotation's close, later, names its speaker.
        within = open_double and bool(unsaid) and closed is None and not has_marks(text)
        closing, closer = speaker_after(ABBREVIATION_DOT.sub(lambda m: m.group(1) + LEADER, text[closed + 1 : closed + 1 + TAIL_CHARS]),
                                         names, last_person or last_speaker) if closed is not None else (False, None)
        if closing:
            # '“Hence, ...' then 'Debate, ... is cultivated,” he said.': the attribution closing a quotation is its opening's
            if closer is not None:
                _give(quotes, unsaid, closer)
            text = " " * (closed + 1) + text[closed + 1 :]  # the rest of the quotation is no quote of its own
        plain = ABBREVIATION_DOT.sub(lambda m: m.group(1) + LEADER, text)
        spans = double_quotes(text) or block_quotation(text, introduced, MIN_UNATTRIBUTED_WORDS)
        left_open = text.count("“") > text.count("”") or any(b == len(text) and text[-1] not in "”\"" for _, b, _ in spans)
        # A single-quoted phrase inside a double-quoted quotation is part of what was said, no quote of its own.
        spans += [(a, b, words) for a, b, words in single_quotes(text) if not any(c < a and b < d for c, d, _ in spans)]
        unclosed = open_single(text)  # "A spokesman said: 'The Prime Minister spoke ...", closed paragraphs later
        if unclosed and not any(a <= unclosed[0] < b for a, b, _ in spans):
            spans.append(unclosed)
        else:
            unclosed = None
        continues = open_quote and text.lstrip(" >").startswith(("“", '"', "'", "‘"))
        open_double = left_open or within
        open_quote = open_double or unclosed is not None
        sentences = quote_sentences(text)
        sentence_starts = [a for a, _ in sentences]
        # A name inside a quotation ("death to Putin") is what was said, never whom a later "he" means.
        # Nor is a name in a dash aside ("He also — in a reference to Trump — declared"): the sentence is about someone else.
        asides = [m.span() for m in DASH_ASIDE.finditer(plain)] if "—" in plain or "–" in plain else []
        asked = [m.span() for m in ASKED.finditer(plain)] if "sked " in plain else []
        asides += asked
        # "When asked about Navalny, he demurred.": whom the question was about is never whom its "he" means
        asked_about = {names.resolve(n) for o, n in mentions_by_block.get(block, []) if any(a < o < b for a, b in asked)}
        people_here = [(offset, name, subject_rank(plain, offset, name, sentence_starts)) for offset, name in mentions_by_block.get(block, [])
                       if not any(a < offset < b for a, b, _ in spans) and not any(a < offset < b for a, b in asides)]
        speaker_here: Person | None = None
        quoted_end = 0  # where the last quote with a speaker ends
        seen = 0  # people_here[:seen] stand before the current quote
        antecedent: tuple[int, str] | None = None  # (rank, name) of the person a 'he' before the quote refers to
        paragraph_quotes: list[Quote] = []
        characterising: Person | None = None  # who gave a word of characterisation no quote keeps, and speaks on after it
        last_end = 0  # where the paragraph's previous quotation ends
        named_end = -1  # where the paragraph's last quotation that only names something ends
        for start, end, inner in sorted(spans):
            previous_end, last_end = last_end, end
            while seen < len(people_here) and people_here[seen][0] < start:
                offset, name, rank = people_here[seen]
                # A possessive inside a sentence ("said Trump's ...") is what someone said, not who.
                if (antecedent is None or rank >= antecedent[0]) and (rank or not possessive(plain, offset + len(name))):
                    antecedent = (rank, name)
                seen += 1
            if named_not_said(plain, start, end, inner) or named_end == previous_end > 0 and _LISTED.fullmatch(plain, previous_end, start):
                named_end = end  # 'slogans such as “Take back control”, “Bring back UK Democracy” and “...”': each a name
                continue
            inner = without_emphasis(inner.strip()).rstrip(", ")
            words = word_count(inner)
            sentence = bisect_right(sentence_starts, start) - 1
            sentence_start = max(sentence_starts[sentence], start - CLAUSE_CHARS)
            clause = QUOTED.sub(" ", plain[sentence_start:start])
            # '“... must stop.” The commission said': a sentence of its own, no attribution of these words
            after = "" if closes_sentence(plain, end) else plain[end : end + TAIL_CHARS]
            nearest = names.resolve(antecedent[1]) if antecedent else last_person
            if antecedent is None and (role := role_subject(plain, sentence_starts, start)) and not names.refers(role, nearest):
                # "Hours later, the American president held a press conference. He announced ...": not whoever was named before
                nearest = names.by_role(role)
            if nearest in asked_about:
                nearest = None
            # "he" is the unnamed expert, unless someone named since is a sentence's subject ("A commander vowed to kill X")
            unnamed = (antecedent is None or antecedent[0] == 0) and UNNAMED_SPEAKER.search(plain, 0, start) is not None
            if unnamed:
                nearest = None
            if gender_of:  # "She claimed:" after "David Cameron said ...", in an article that calls her "Mrs Kirchner"
                recent_here = [p for p in (names.resolve(n) for _, n, _ in people_here[:seen]) if p]
                nearest = agreeing(pronoun_near(clause, after[:40]), nearest, recent + recent_here, gender_of)
            attributed, speaker = speaker_after(after, names, continuing(after[:40], speaker_here) or nearest or (None if unnamed else last_speaker))
            # '“We’re ready,” a senior official said': a sentence opening on a quote its attribution follows
            said_after = attributed and not clause.strip()
            if not attributed and not is_quoted_title(inner):  # a quoted name in a sentence someone said is no quote of theirs
                attributed, speaker = speaker_later(plain[end : sentences[bisect_right(sentence_starts, end - 1) - 1][1]], names, nearest)
            if speaker is None:  # 'Kerry told Zarif: "...," according to an official': the words are Kerry's
                # After an earlier quote of the sentence, its own speech verb names this one's ('X stated that “...”,
                # while Putin observed that “...”').
                own = QUOTED.sub(" ", plain[previous_end:start]).lstrip(" ,;”\"") if previous_end > sentence_start else ""
                speaker = (speaker_before(own[CONTRAST.match(own).end():].strip(), names, None) if CONTRAST.match(own) else None
                           ) or speaker_before(clause.strip(), names, nearest)
            if speaker is None:  # '“...，”茂木敏充周五在記者會上說。': Chinese sets no spaces between a name and its verb
                speaker = unspaced_speaker(plain, start, end, [(o, n) for o, n, _ in people_here], names.resolve, nearest
                                           ) or korean_speaker(plain, start, end, names)  # '김 위원장은 "..."고 평가했다'
            if speaker is None and not attributed:  # 'General Chiwenga’s statement ... makes reference to “...”'
                speaker = owner_of_words(clause, names)
            if speaker is None and _OPENING_PARTICIPLE.match(clause.strip()) and "," not in clause:
                # 'Referring to what he described as the “...” in Nice, Kerry said': the subject after the participle's phrase
                speaker = _subject_of(plain, clause, (end, sentences[sentence][1]), None, names, nearest)
            if speaker is None and inner[:1].islower() and clause.strip() and is_name_phrase(clause.strip()):
                speaker = names.resolve(clause.strip())  # 'Kuleba “called on ...,” according to a statement': the subject of its verb
            if speaker is None and opens(text, start) and words >= MIN_UNATTRIBUTED_WORDS and (continues or whole_paragraph(text, start, end)):
                speaker = carried  # a paragraph of quotation carries on the previous paragraph's speaker
            if (speaker is None and speaker_here is not None and words >= MIN_UNATTRIBUTED_WORDS and not clause.strip()
                    and not attributed_elsewhere(after[:120])):
                speaker = speaker_here  # '"...," Araqchi told reporters. "The region has paid a heavy price."'
            elif (speaker is None and speaker_here is not None and not SAID_BY_SOMEONE.search(clause) and not is_quoted_title(inner)
                    and not attributed_elsewhere(plain[end : end + 120])
                    and not any(quoted_end < o < start and names.resolve(n) != speaker_here for o, n, _ in people_here)):
                speaker = speaker_here  # '“...,” he says. Now they want to “move immediately”.': no one else named since
            if (speaker is None and not attributed and words >= MIN_UNATTRIBUTED_WORDS and not is_quoted_title(inner)
                    and not said_by_someone(clause) and not QUOTING.search(clause)):
                # 'He felicitated the president for “very skillfully resolving the issue”': no verb of speech, the subject's words
                speaker = _subject_of(plain, clause, (end, sentences[sentence][1]), sentences[sentence - 1] if sentence and speaker_here is None else None,
                                      names, nearest)
            if speaker is not None and addressed(inner, speaker[1]):
                # '"Viktor - I do not like hearing this," he wrote': not Viktor, but the last other person named before it
                named_before = [name for _, name, _ in people_here[:seen]]
                speaker = next((p for p in map(names.resolve, reversed(previous_names + named_before)) if p and p != speaker), None)
            if speaker is not None:
                speaker_here, quoted_end = speaker, end
            # A word alone no one is named saying is a scare quote ('the boats were “snooping”'), whatever verb is near.
            if speaker is None and (is_quoted_title(inner) or words == 1
                                    or words < MIN_UNATTRIBUTED_WORDS and not (said_after or said_by_someone(clause))):
                continue
            if words == 1 and not said_after and (_NAME_CALLING.search(clause) or not _beside_longer(spans, sentences[sentence], start)):
                # 'Zakharova called him a “clown”', 'said it was “irresponsible”': a word to characterise, not words spoken;
                # among longer fragments of the sentence ('would pursue a “future-oriented” relationship “free of any past
                # ideas”') it is a piece of what was said
                characterising = speaker
                continue
            if speaker is not None:
                last_speaker = speaker
            paragraph_quotes.append(Quote(inner, speaker[0] if speaker else None, speaker[1] if speaker else None, block))
        opening = paragraph_quotes[0] if paragraph_quotes and spans and opens(text, min(spans)[0]) else None
        if continues and opening is not None and (closer := _speaker_of(opening)):
            # '“We will sign.' then '“And then we will see,” she said.': the attribution closing a quotation is its opening's too
            _give(quotes, unsaid, closer)
        chain = unsaid if continues and opening is not None and opening.speaker is None else []
        quotes += paragraph_quotes
        if not within:
            unsaid = chain + [len(quotes) - 1] if open_quote and paragraph_quotes and paragraph_quotes[-1].speaker is None else []
        # A question is answered by someone else: the next paragraph of quotation is not its asker's.
        carried = (_speaker_of(paragraph_quotes[-1]) if paragraph_quotes and not paragraph_quotes[-1].text.endswith("?")
                   else None if paragraph_quotes else characterising)
        if people_here:
            last_person = names.resolve(max(people_here, key=lambda p: (p[2], p[0]))[1]) or last_person
        if speaker_here is not None and not any(rank == 2 for _, _, rank in people_here):
            last_person = speaker_here  # "the premier congratulated Aliyev. “...”": the speaker, not the one named in passing
        previous_names = [name for _, name, _ in people_here]
        introduced = text.rstrip().endswith(":")
        recent += [p for p in map(names.resolve, previous_names) if p]
        if spans and introduced and (tail := max(max(b for _, b, _ in spans), sentences[-1][0])) < len(text):
            carried = speaker_before(QUOTED.sub(" ", plain[tail:]).strip(), names, last_person) or carried  # '“...” here's what X said:'
        if not spans and sentences:  # 'Erdogan told reporters:' or 'Merz said he remained optimistic.', and the quotation in the next paragraph
            lead_in = sentences[-1]
            # 'Qatar, he added, has influence on Kagame.': "he" is no one this paragraph names only in passing
            subject_here = any(rank == 2 for _, _, rank in people_here)
            carried = speaker_before(plain[lead_in[0] : lead_in[1]].strip(), names, last_person if subject_here else person_before or last_person
                                     ) or owner_of_words(plain[lead_in[0] : lead_in[1]], names)  # "Eisenhower's words from 1956:"
            # 'Así lo reconoció Petro.' over a quoted block ("> Recomenzar un camino ..."): the block is the words it reports
            introduced = introduced or (carried is not None and not text.lstrip().startswith(">") and announces(plain[lead_in[0] : lead_in[1]]))
    return distinct_quotes(quotes)


#: What joins the items of a list: a quoted name's next item is a name too.
_LISTED = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")
#: A verb joined to the one before it by "and" shares its subject: 'Duterte named the ambassador a “...” and told ...'
#: (so does a participle after a comma: '..., saying that').
_SAME_SUBJECT = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")
#: A verb of naming or characterising with up to four words of its object, closing the text before a one-word quote.
_NAME_CALLING = re.compile(r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|"
                           r"term(?:s|ed)?|describ(?:e|es|ed|ing)(?:\s+\S+){0,3}\s+as|as\s+(?:a|an))(?:\s+\S+){0,4}?\s*$",
                           re.IGNORECASE)
#: A participle opening a sentence, before a lowercase word: "Noting the", "Recalling the" (the subject comes later).
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing\s+[a-z]")


def _beside_longer(spans: list[tuple[int, int, str]], sentence: tuple[int, int], start: int) -> bool:
    """Whether another quotation of more than one word stands in the same sentence as the one at ``start``."""
    return any(sentence[0] <= a < sentence[1] and a != start and word_count(words) > 1 for a, _, words in spans)


def _subject_of(plain: str, clause: str, rest: tuple[int, int], previous: tuple[int, int] | None, names: NameIndex,
                nearest: Person | None) -> Person | None:
    """The subject of the quote's sentence (``rest``: the span after the quote to the sentence's end), or, for a quote
    opening its sentence, of the ``previous`` sentence ('The premier congratulated Aliyev. “The way the nation ...”')."""
    opening = clause.strip()
    if _OPENING_PARTICIPLE.match(opening) and "," not in opening:
        # 'Noting the “outpouring of love” for Pakistan, PM Shehbaz noted': the subject follows the participle's phrase
        after = QUOTED.sub(" ", plain[rest[0] : rest[1]])
        comma = after.find(",")
        return subject_speaker(after[comma + 1 :].strip(), names, nearest) if comma >= 0 else None
    later = ATTRIBUTION_VERB.search(plain, rest[0], rest[1])
    shared = later and (_SAME_SUBJECT.search(plain, rest[0], later.start())
                        or later.group(0).endswith("ing") and plain[rest[0] - 2 : later.start()].strip(" ”\"").endswith(","))
    if later and not shared:
        return None  # a verb of speech later in the sentence gives the words to someone ("according to a statement")
    if opening:
        return subject_speaker(opening, names, nearest)
    return previous_speaker(QUOTED.sub(" ", plain[previous[0] : previous[1]]).strip(), names, nearest) if previous else None


def _give(quotes: list[Quote], indexes: list[int], speaker: Person) -> None:
    """Gives the quotes at ``indexes`` their speaker, whom the close of their quotation names."""
    for index in indexes:
        quotes[index] = replace(quotes[index], speaker=speaker[0], speaker_name=speaker[1])


def _speaker_of(quote: Quote) -> Person | None:
    return (quote.speaker, quote.speaker_name) if quote.speaker and quote.speaker_name else None
