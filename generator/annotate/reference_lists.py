"""A paragraph that lists the sources a text cites ("1. Gelvin, James L. ... Cambridge University Press, 2014. 2. ..."):
the publishers, outlets and institutions its entries credit are no news of the article's."""
from __future__ import annotations

import re
from typing import Sequence

from generator.model import Mention

#: A web address an entry ends with: "https://www.npr.org/2020/01/06/...".
_ADDRESS = re.compile(r"\bhttps?://\S+")
#: A numbered entry's number opening it or following the entry before: "1. Gelvin", "... 2020. 12. Ibrahim Jalal".
_ENTRY_NUMBER = re.compile(r"(?:^|(?<=[.\s]))\d{1,3}\.\s+(?=[A-Z“\"‘'])")
#: Entries and addresses a paragraph holds at least to be a list of sources: a sentence citing one source has one or two.
_MIN_ENTRIES = 3
#: What the list's organisations are no mentions of: those the article's own text names stay through their other mentions.
_CREDITED = ("organizations", "outlets")


def is_reference_list(text: str) -> bool:
    """True for a paragraph of numbered entries citing addresses: a bibliography or endnotes run into one block."""
    if text.count("://") < _MIN_ENTRIES:
        return False  # most paragraphs hold no address at all: the quick test first
    return len(_ADDRESS.findall(text)) >= _MIN_ENTRIES and len(_ENTRY_NUMBER.findall(text)) >= _MIN_ENTRIES


def without_reference_lists(mentions: Sequence[Mention], texts: Sequence[tuple[int, str]]) -> list[Mention]:
    """Mentions less the organisations and outlets a list of sources credits: "The Washington Post (WP Company, ...)"."""
    listed = {block for block, text in texts if is_reference_list(text)}
    return [m for m in mentions if m.block not in listed or m.taxonomy not in _CREDITED]
