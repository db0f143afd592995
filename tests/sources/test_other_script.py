"""Paragraphs in East Asian script among text mostly in Latin letters are a translation or summary, not the text."""
from __future__ import annotations

import pytest

from generator.model import RemovedReason
from generator.sources.lines import scan_lines
from generator.sources.other_script import mark_other_script

ENGLISH = "Such is the message carried to Israel this week by Antony Blinken, America's secretary of state, after a tour."
CHINESE = "本周，美国国务卿安东尼·布林肯在阿拉伯半岛穿梭之后向以色列传递了一个信息。"
CHINESE_TEXT = "中东地区的前景似乎一片黯淡。伊朗在黎巴嫩的盟友与以色列定期交火；而在叙利亚、伊拉克和也门的那些人则攻击美国军队。" * 3


@pytest.mark.parametrize("text, removed", [
    pytest.param(f"{ENGLISH}\n\n{CHINESE}\n\n{ENGLISH}\n\n{CHINESE}\n", [CHINESE, CHINESE], id="a translation under each paragraph"),
    pytest.param(f"# 转让技术的实际效用有限\n\n{CHINESE}\n\n{ENGLISH}\n\n{ENGLISH}\n", [CHINESE], id="a summary over the text; its headline stays"),
    pytest.param(f"{CHINESE_TEXT}\n\n{ENGLISH}\n\n{CHINESE_TEXT}\n", [], id="text mostly Chinese: nothing"),
    pytest.param(f"### 加沙人质获释\n\n{ENGLISH}\n\n{CHINESE}\n\n### 中美贸易紧张\n\n{ENGLISH}\n\n{CHINESE}\n", [],
                 id="a bilingual transcript under Chinese section headings: Chinese is the document's language"),
    pytest.param(f"{CHINESE}\n\n#### 자료정리\n\n{ENGLISH}\n\n{ENGLISH}\n\n{ENGLISH}\n", [],
                 id="an essay, then the English article it reviews under a Korean section heading"),
    pytest.param(f"# 转让技术的实际效用有限\n\n## 中文摘要\n\n{CHINESE}\n\n## English Source Material\n\n{ENGLISH}\n\n{ENGLISH}\n",
                 [CHINESE], id="an archive's summary section over the English text's own section"),
    pytest.param(f"{ENGLISH}\n\nThe ministry said 中华人民共和国 in its statement on Monday, quoting the name in full.\n", [],
                 id="a name in characters inside an English sentence"),
])
def test_paragraphs_in_another_script_than_the_texts_are_removed(text, removed):
    lines = mark_other_script(scan_lines(text, 20_000))
    assert [line.text for line in lines if line.noise == RemovedReason.OTHER_LANGUAGE] == removed
