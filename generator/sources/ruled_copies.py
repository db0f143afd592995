"""An article copied under a post after a rule: the post's own paragraphs, a thematic break ("---"), maybe a heading
("#### Sources"), then a paragraph opening with a wire dateline ("TOKYO — ...") and more paragraphs: a wire story the
writer pasted whole under what they wrote, an article of its own (a post's section opens with no dateline)."""
from __future__ import annotations

import re

from generator.sources.headers import dateline_of
from generator.sources.lines import Line, is_body

#: A thematic break: three or more of one mark alone on the line.
_BREAK = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
#: Paragraphs the copy needs after its datelined first one, and the post's own before the rule.
MIN_PARAGRAPHS = 2


def opens_ruled_copy(lines: list[Line], i: int) -> bool:
    """True when line ``i`` follows a thematic break after paragraphs, and it (or the one line under it, a heading) is
    followed by a paragraph opening with a wire dateline and more paragraphs."""
    if i < 1 or not _BREAK.match(lines[i - 1].text) or sum(map(is_body, lines[:i])) < MIN_PARAGRAPHS:
        return False
    first = i if is_body(lines[i]) else i + 1
    if first >= len(lines) or first > i and not lines[i].md_level:
        return False
    under = lines[first + 1 : first + 1 + MIN_PARAGRAPHS]
    return dateline_of(lines[first].text) is not None and len(under) == MIN_PARAGRAPHS and all(map(is_body, under))
