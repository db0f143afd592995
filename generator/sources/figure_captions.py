"""A raw HTML figure's caption in a Markdown post or pasted text: the <figcaption> element, over any number of lines
and whatever tags it wraps, put on one line and kept with its tags, so the cleaner sees it is a caption (HTML says so)."""
from __future__ import annotations

import re

from generator.sources.html_tags import html_text

#: A caption element, its inner tags and line breaks included.
_CAPTION = re.compile(r"<figcaption\b[^<>]*>(.*?)</figcaption\s*>", re.S | re.I)
#: A line that is one caption element and nothing else, as ``one_line_captions`` writes it.
CAPTION_LINE = re.compile(r"^<figcaption>[^<>]*</figcaption>$")


def one_line_captions(text: str) -> str:
    """The text with each <figcaption> element as a line of its own: "<figcaption>words</figcaption>"."""
    if "<figcaption" not in text:
        return text
    return _CAPTION.sub(lambda match: f"\n<figcaption>{' '.join(html_text(match.group(1)).split())}</figcaption>\n", text)
