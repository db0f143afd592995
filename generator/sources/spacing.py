"""A source line's characters made plain: one normal form, no invisible or control characters, single spaces."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # those spaces but the plain one
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
#: Control characters but the tab: each becomes a space.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0a-\x1f]")


def normalise_line(line: str, max_chars: int) -> str:
    """NFC, no invisible characters, single spaces, trimmed, bounded length."""
    line = unicodedata.normalize("NFC", line[:max_chars])
    line = _INVISIBLE.sub("", line)
    line = _CONTROL_CHARS.sub(" ", line)
    if "  " in line or _ODD_SPACES.search(line):  # most lines have single spaces only: two scans in C say so
        line = _SPACES.sub(" ", line)
    return line.strip()
