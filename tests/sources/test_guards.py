"""Quick guards: the literals one of which any match of a slow pattern holds, read from the pattern itself."""
import re

import pytest

from generator.sources import furniture
from generator.sources.guards import GuardedFamilies, LiteralOwners, Literals, needed_literals


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
        "SIGN UP TO Pier Watch, our weekly NEWSLETTER",
        "This PAGE was archived ON 3 March from https://example.org",
    ],
)
def test_the_notices_guard_lets_every_notice_through(line):
    """A line NOTICES matches, in any case, holds one of the literals its guard looks for."""
    assert furniture.NOTICES.search(line, line.lower())
    assert furniture.NOTICES.lets_through(line)


def test_most_text_is_spared_the_notices():
    sentence = "The foreign ministers met in Geneva on Tuesday to discuss a ceasefire, officials said."
    assert furniture.NOTICES.candidates(sentence.lower()) == []


def test_literals_find_any_of_theirs():
    guard = Literals("cookie", "sign up")
    assert guard.search("we use cookies") and guard.search("please sign up") and not guard.search("sign-up")


@pytest.mark.parametrize(
    ("line", "candidates", "found"),
    [
        ("Please donate now", [0], True),
        ("They love to cook rice", [1], False),  # a family's literal (" to cook") lets only that family through
        ("We accept to cookies", [1], True),
        ("Officials met in Geneva", [], False),
        ("x" * 5, [], False),
    ],
)
def test_guarded_families_try_only_the_families_a_line_may_match(line, candidates, found):
    families = GuardedFamilies([r"\bdonate now\b", r"\b(?:agree|accept|consent) to cookies\b"])
    assert families.candidates(line.lower()) == candidates
    assert families.search(line, line.lower()) is found
    assert families.lets_through(line)


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("the Security Council met", [0, 2]),  # owners listed in order, whichever literal the text holds first
        ("the council met", [2]),  # owners without literals (None) always concern a text
        ("Congress and the Security Council", [0, 1, 2]),
        ("Congressional", [1, 2]),  # a literal is any substring: the patterns behind it decide about words
        ("", [2]),
    ],
)
def test_literal_owners_are_those_whose_literals_a_text_holds(text, owners):
    index = LiteralOwners([("Security Council", "UNSC"), ("Congress",), None, ()])
    assert index.owners(text) == owners


def test_an_empty_literal_is_held_by_every_text():
    assert LiteralOwners([("",), ("x",)]).owners("abc") == [0]
