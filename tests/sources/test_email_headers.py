"""A forwarded e-mail's header opening a file is no text and no headline: its labels and their values."""
from __future__ import annotations

import pytest

from generator.model import RemovedReason
from generator.sources.email_headers import mark_email_header
from generator.sources.lines import scan_lines

TEXT = "The institute's monthly insights cover select regional and thematic developments based on a variety of sources."


@pytest.mark.parametrize("header, removed", [
    pytest.param("From:\nOffice of the President\nSubject: Regional Insights - July\nSent:\nThursday, July 17, 2014 7:29:59 PM\n",
                 ["From:", "Office of the President", "Subject: Regional Insights - July", "Sent:"], id="labels alone and with values"),
    pytest.param("From: Jane Roe\nTo: Desk\n", ["From: Jane Roe", "To: Desk"], id="values on the labels' lines"),
    pytest.param("Subject: Regional Insights - July\n", [], id="one label: no header"),
])
def test_an_email_headers_fields_are_chrome(header, removed):
    lines = mark_email_header(scan_lines(f"{header}\n{TEXT}\n", 20_000))
    assert [line.text for line in lines if line.noise == RemovedReason.NAVIGATION] == removed
    assert lines[-1].noise is None
