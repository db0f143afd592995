"""Paragraphs a file writes under a heading's mark, several of one level, are running text; one alone stays a heading."""
from __future__ import annotations

import pytest

from generator.sources.lines import scan_lines

PARAGRAPH = ("The harbour board met on Monday to approve the pier extension after two years of talks with the crews. "
             "Its chairman said the work would start in spring and end before the winter storms, at a cost of two million.")
CHINESE = "中國與日本周一在東京舉行中日經濟高層對話，這是兩國七年半以來的首次經濟高層對話。參加會議的中國國務委員兼外長王毅表示，要讓兩國關係進入新起點。"


@pytest.mark.parametrize("text, headings", [
    pytest.param(f"#### {PARAGRAPH}\n\n#### {PARAGRAPH}\n\n#### {PARAGRAPH}\n", [], id="every paragraph written as a heading"),
    pytest.param(f"#### {CHINESE}\n\n#### {CHINESE}\n\n#### {CHINESE}\n", [], id="... in Chinese"),
    pytest.param(f"## {PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n", [PARAGRAPH], id="one deck under the headline stays"),
    pytest.param(f"# {PARAGRAPH}\n\n# {PARAGRAPH}\n\n# {PARAGRAPH}\n", [PARAGRAPH] * 3, id="a portal's sentence-long headlines stay"),
    pytest.param("#### Pier opens\n\n#### Boats return\n\n#### Storms ahead\n", ["Pier opens", "Boats return", "Storms ahead"],
                 id="short headings stay"),
])
def test_paragraphs_under_heading_marks(text, headings):
    assert [line.text for line in scan_lines(text, 20_000) if line.md_level] == headings
