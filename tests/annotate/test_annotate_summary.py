"""Summary and key points: sentences taken from the article, the lead first, then the most informative ones."""
import pytest

from generator.annotate.summary import _inside_quote_after, candidate_sentences, summarise
from generator.model import Block, Mention

LEAD = "Japan and Saudi Arabia agreed on Tuesday to expand energy cooperation. The deal covers hydrogen and ammonia."
FIGURES = "Officials said 12 projects worth $5 billion would start in 2025."
PRONOUN = "He added that more would follow soon after the meetings."
LATER = "The ministers will meet again in Riyadh next spring to review progress."
PIER = "The harbour board voted on Wednesday to extend the eastern pier by two hundred metres."


def blocks(*paragraphs):
    return tuple(Block("heading", p[3:]) if p.startswith("## ") else Block("paragraph", p) for p in paragraphs)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        pytest.param((LEAD, FIGURES, PRONOUN, LATER), (
            "Japan and Saudi Arabia agreed on Tuesday to expand energy cooperation. The deal covers hydrogen and ammonia.",
            (FIGURES, PRONOUN, LATER),
        ), id="lead paragraph as summary, the rest as points in article order"),
        pytest.param(("“We will act now,” the minister said at the summit in Tokyo. The talks ended without a final statement today.",),
                     ("The talks ended without a final statement today.", ()), id="sentences opening with a quote are skipped"),
        pytest.param(("Too short.", "Is this a question about the deal between them?"), ("", ()), id="short lines and questions"),
        pytest.param(("## A heading that has many words in it here", PIER), (PIER, ()), id="headings are never sentences"),
        pytest.param((), ("", ()), id="empty article"),
    ],
)
def test_summarise(paragraphs, expected):
    assert summarise(blocks(*paragraphs), []) == expected


def test_key_points_prefer_sentences_with_terms_and_figures():
    """With more candidates than places, a sentence naming terms beats one starting with a pronoun."""
    extra = [f"Delegates from the {n} region also attended the long meeting in the capital city." for n in ("north", "south", "east")]
    mentions = [Mention("countries", "SA", "Riyadh", 3, LATER), Mention("countries", "JP", "Japan", 3, LATER)]
    summary, points = summarise(blocks(LEAD, FIGURES, PRONOUN, LATER, *extra), mentions)
    assert summary == LEAD
    assert points == (FIGURES, LATER, *extra)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        pytest.param((LEAD,), [(0, 1, "Japan and Saudi Arabia agreed on Tuesday to expand energy cooperation."),
                               (0, 2, "The deal covers hydrogen and ammonia.")], id="two sentences of one paragraph"),
        pytest.param(("## Heading words here and there for you", PIER), [(1, 1, PIER)], id="block index kept, headings skipped"),
    ],
)
def test_candidate_sentences(paragraphs, expected):
    assert candidate_sentences(blocks(*paragraphs)) == expected


@pytest.mark.parametrize(("sentence", "inside", "expected"), [
    ("No quotation marks at all.", False, False),
    ("No quotation marks, inside a quote already.", True, True),
    ("He said “it will work.", False, True),
    ("He said “it will work” and left.", False, False),
    ("still quoting” and then “again.", True, True),
    ("the end of it,” he said.", True, False),
])
def test_a_quote_is_open_after_a_sentence_by_its_last_curly_mark(sentence, inside, expected):
    assert _inside_quote_after(sentence, inside) is expected
