"""A caption printed bare and again with its credit run on is a caption, both lines; text printed twice is not."""
from __future__ import annotations

import pytest

from generator.model import RemovedReason
from generator.sources.doubled_captions import mark_doubled_captions
from generator.sources.lines import scan_lines

CAPTION = "President Donald Trump arrives to greet Argentinian President Javier Milei outside the West Wing on October 14."


@pytest.mark.parametrize("second, captions", [
    pytest.param(f"{CAPTION} Stefani Reynolds/Bloomberg/Getty Images", 2, id="an agency's credit"),
    pytest.param(f"{CAPTION} Kevin Dietsch", 2, id="a photographer's name"),
    pytest.param(f"{CAPTION} He then left for the airport without a word to reporters.", 0, id="a sentence going on: text"),
    pytest.param(f"{CAPTION} The president met with his counterpart for nearly two hours on trade, energy and security", 0,
                 id="a long run-on: no credit"),
    pytest.param(CAPTION, 0, id="the same line twice: judged elsewhere"),
])
def test_a_caption_printed_again_with_its_credit_is_a_caption(second, captions):
    lines = mark_doubled_captions(scan_lines(f"{CAPTION}\n{second}\n", 20_000))
    assert sum(line.noise == RemovedReason.CAPTION for line in lines) == captions


def test_a_short_label_printed_with_more_is_no_caption():
    lines = mark_doubled_captions(scan_lines("Read more\nRead more Getty Images\n", 20_000))
    assert all(line.noise != RemovedReason.CAPTION for line in lines)
