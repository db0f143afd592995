"""A page's source an editor saved or wrote with a text file's name: blank lines they typed inside a paragraph's
<p>...</p> are paragraph breaks, as in the text around it, never the one space a browser would make of them."""
from __future__ import annotations

import re

#: A paragraph element's content, up to its end or the next paragraph's opening (an unclosed <p>).
_PARAGRAPH = re.compile(rb"(<p(?:\s[^<>]{0,500})?>)((?:(?!</?p[\s>]).){1,100000}?)(?=</?p[\s>])", re.I | re.S)
#: A blank line inside it, with the space around.
_BLANK_LINE = re.compile(rb"[ \t]*\n[ \t]*\n\s*")
_TAG = re.compile(rb"<[^<>]*>")


def _broken(content: bytes) -> bytes:
    """A paragraph's content with a paragraph break at each blank line between words (never at its edges)."""
    parts = _BLANK_LINE.split(content)
    worded = [index for index, part in enumerate(parts) if _TAG.sub(b"", part).strip()]
    if len(worded) < 2:
        return content
    words = set(worded)
    marks = [b"</p>\n<p>" if index in words and index > worded[0] else b"\n\n" for index in range(1, len(parts))]
    return parts[0] + b"".join(mark + part for mark, part in zip(marks, parts[1:]))


def typed_paragraph_breaks(page: bytes) -> bytes:
    """The page with each blank line inside a <p> written as the paragraph break it is: one paragraph closed, the next opened."""
    if b"\n\n" not in page.replace(b"\r", b"").replace(b" \n", b"\n"):
        return page
    return _PARAGRAPH.sub(lambda m: m.group(1) + _broken(m.group(2)), page)
