"""What may trail a line's last sentence and leave it a finished sentence: a wire's end mark closing the story."""
from __future__ import annotations

import pytest

from generator.sources.lines import is_finished


@pytest.mark.parametrize("text, finished", [
    pytest.param("华府可能向日本施压，要求日本开放其农业市场。(完)", True, id="a Chinese wire's end mark"),
    pytest.param("The board will vote on the moorings in June. (end)", True, id="an English one"),
    pytest.param("The board will vote on the moorings (end)", False, id="no sentence before it"),
    pytest.param("The board will vote on the moorings in June. (PTI)", True, id="a wire's initials, as before"),
])
def test_a_wire_end_mark_after_the_last_sentence(text, finished):
    assert is_finished(text) == finished
