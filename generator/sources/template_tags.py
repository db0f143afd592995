"""A site generator's template tags left in a post's text (Liquid's "{% include photo.html ... %}", Hugo's shortcodes
"{{< figure ... >}}"), on one line or spread over several with their parameters: markup, never text."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line

#: A tag's opening, its name right after it ("{% include", "{{< figure", "{{% notice").
_OPENING = re.compile(r"^\{(?:%-?|\{[<%]?)\s*[\w./-]+")
#: A tag's closing ("%}", ">}}", "}}"): the tag's lines end on the line holding it, where it must end the line (text after
#: it, "{% raw %}Statement ...{% endraw %}", is the post's own, its tags inline).
_CLOSING = re.compile(r"-?%\}|[>%]?\}\}")
#: Lines a tag's parameters may run over: a longer run with no closing is no tag's.
MAX_TAG_LINES = 12


def mark_template_tags(lines: list[Line]) -> list[Line]:
    """Each template tag's lines, from its opening to its closing, marked as markup (RemovedReason.CODE)."""
    marked = list(lines)
    i = 0
    while i < len(lines):
        if not _OPENING.match(lines[i].text):
            i += 1
            continue
        end = next((j for j in range(i, min(len(lines), i + MAX_TAG_LINES)) if _CLOSING.search(lines[j].text)), None)
        if end is None or (closing := _CLOSING.search(lines[end].text)) is None or lines[end].text[closing.end() :].strip():
            i += 1
            continue
        marked[i : end + 1] = [replace(line, noise=RemovedReason.CODE, candidate=False, listed=False) for line in lines[i : end + 1]]
        i = end + 1
    return marked
