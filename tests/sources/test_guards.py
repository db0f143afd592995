"""Quick guards: the literals one of which any match of a slow pattern holds, read from the pattern itself."""
import re

import pytest

from generator.sources import furniture
from generator.sources.guards import Literals, needed_literals


@pytest.mark.parametrize(
    "pattern, expected",
    [
        pytest.param(r"\bdonate (?:now|today|here)\b", ("donate ",), id="a literal run"),
        pytest.param(r"\b(?:happy|agree|consent) to cookies\b", (" to cook",), id="the longest run, to an 'i'"),
        pytest.param(r"\b(?:donation|contribution)s?\b", ("contr", "donat"), id="one literal for each branch"),
        pytest.param(r"\bsucc?ess?fully subscribed\b", ("fully ",), id="no 'i' or 's': other letters fold to them"),
        pytest.param(r"\b(?:it|us|go) on\b", None, id="a branch without a literal long enough"),
        pytest.param(r"(?:world news )+a", ("world new",), id="a repeat that must happen once"),
        pytest.param(r"(?:world news )*a", None, id="a repeat that may not happen"),
        pytest.param(r"\bcopying of texts\b", ("ng of text",), id="a run between an 'i' and an 's'"),
        pytest.param(r"\b(?:buy|get) of (?:war|peace)", ("peace", "war"), id="' of ' alone is in most lines"),
    ],
)
def test_the_literals_a_pattern_needs(pattern, expected):
    assert needed_literals(re.compile(pattern, re.I)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Please DONATE NOW to keep us going",
        "You have Successfully Subscribed!",
        "Copying of texts and materials is prohibited without permission",
        "SUPPORT INDEPENDENT JOURNALISM today",
        "Like this story? Share it",
        "Join the Daily Briefing newsletter",
    ],
)
def test_the_notices_guard_lets_every_notice_through(line):
    """A line NOTICES matches, in any case, holds one of the literals its guard looks for."""
    assert furniture.NOTICES.search(line)
    assert furniture.NOTICES_WORDS is not None and furniture.NOTICES_WORDS.search(line.lower())


def test_most_text_is_spared_the_notices():
    sentence = "The foreign ministers met in Geneva on Tuesday to discuss a ceasefire, officials said."
    assert furniture.NOTICES_WORDS is not None and not furniture.NOTICES_WORDS.search(sentence.lower())


def test_literals_find_any_of_theirs():
    guard = Literals("cookie", "sign up")
    assert guard.search("we use cookies") and guard.search("please sign up") and not guard.search("sign-up")
