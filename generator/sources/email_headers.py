"""A forwarded e-mail's header over the text it carries (a PDF of a mailbox's printout, a pasted newsletter): its
fields — "From:", "Sent:", "To:", "Subject: ...", the value on its label's line or the one under it — are no text and
no headline; the text's own headline is under them."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.model import RemovedReason
from generator.sources.lines import Line

#: An e-mail header's field label (set in bold as a plain-text archive writes it: "**From:**"), its value after it or on
#: the next line.
_FIELD = re.compile(r"^[*_]{0,2}(?:From|Sent|To|Cc|Bcc|Date|Subject|Reply-To)\s*:[*_]{0,2}\s*(.*)$", re.I)
#: Lines from the top of a file an e-mail header is looked for in, and the fields it has at least.
MAX_HEADER_START = 8
MIN_FIELDS = 2


def _header_fields(lines: list[Line]) -> list[int]:
    """The lines of an e-mail header's fields opening the file (two labels or more), else none."""
    fields = [i for i, line in enumerate(lines[:MAX_HEADER_START + MIN_FIELDS * 2]) if _FIELD.match(line.text)]
    return fields if len(fields) >= MIN_FIELDS and fields[0] < MAX_HEADER_START else []


def has_email_header(lines: list[Line]) -> bool:
    """True when an e-mail header opens the file: a mail, forwarded, printed or archived."""
    return bool(_header_fields(lines))


def email_header_end(lines: list[Line]) -> int | None:
    """The index of the last field of the e-mail header opening the file, None without one."""
    fields = _header_fields(lines)
    return fields[-1] if fields else None


def mark_email_header(lines: list[Line]) -> list[Line]:
    """The fields of an e-mail header opening the file (two labels or more), values included, marked as its chrome."""
    fields = _header_fields(lines)
    if not fields:
        return lines
    header = set()
    for i in fields:
        header.add(i)
        match = _FIELD.match(lines[i].text)
        if match and not match.group(1).strip() and i + 1 < len(lines) and i + 1 not in fields:
            header.add(i + 1)  # "From:" alone: its value is the line under it
    return [replace(line, noise=line.noise or RemovedReason.NAVIGATION, candidate=False) if i in header else line
            for i, line in enumerate(lines)]
