"""A writer's name in a header line of fields set apart by bars or dots, as blogs and magazines print their bylines:
"News | By Jane Roe | March 3, 2024", "Jane Roe · 5 min read · Mar 3, 2024"."""
from __future__ import annotations

import re

from generator.annotate.name_shapes import GIVEN_NAMES, looks_like_name
from generator.sources.bylines import by_name, is_name_line

#: What sets a header line's fields apart: a bar, a middle dot or a bullet between spaces.
_FIELD_SEPARATOR = re.compile(r"\s+[|·•]\s+")
#: A reading time ("5 min read", "3 minute read", "Reading time: 4 minutes").
_READING_TIME = re.compile(r"^(?:\d{1,3}\s*(?:min(?:ute)?s?|m)\.?\s+read|reading\s+time:?\s+\d{1,3}\s+min(?:ute)?s?)$", re.I)
#: A date stamp, maybe labelled and timed ("Mar 3, 2024", "Updated 3 March 2024, 10:15 am", "03/03/2024", "2024-03-03").
_DATE_FIELD = re.compile(r"^(?:(?:updated|published|posted)(?:\s+on)?:?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
                         r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d)"
                         r"(?:,?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?$", re.I)
#: A header's other fields are short: a section's name, a date stamp, a reading time.
MAX_FIELD_WORDS = 4
MAX_FIELDS = 5


def fielded_writer(text: str) -> str | None:
    """The writer a header line of fields names: a "By NAME" field among short ones, or a name (a given name first) whose
    other fields are all date stamps or reading times; else None."""
    fields = [field.strip() for field in _FIELD_SEPARATOR.split(text.strip())]
    if not 2 <= len(fields) <= MAX_FIELDS or any(not field or len(field.split()) > MAX_FIELD_WORDS for field in fields):
        return None
    signed = [name for field in fields if (name := by_name(field))]
    if len(signed) == 1:
        return signed[0]
    names = [field for field in fields if is_name_line(field) and field.split()[0] in GIVEN_NAMES and looks_like_name(field)]
    stamps = [field for field in fields if _READING_TIME.match(field) or _DATE_FIELD.match(field)]
    return names[0] if len(names) == 1 and len(stamps) == len(fields) - 1 else None
