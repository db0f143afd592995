"""A site generator's template tags in a post's text are markup, on one line or over several; text around them stays."""
from __future__ import annotations

import pytest

from generator.model import RemovedReason
from generator.sources.lines import scan_lines
from generator.sources.template_tags import mark_template_tags

TEXT = "The party won most of the seats at the National Assembly, the election committee said on Monday."


@pytest.mark.parametrize("text, removed", [
    # Liquid's include over several lines with its parameters, quoted or not.
    (f'{TEXT}\n\n{{% include window.html\n\nquotation="“It was notable.”"\n\ncredit="(Reuters)"\n\nadd_padding=true\n\n%}}\n\n{TEXT}',
     ["{% include window.html", 'quotation="“It was notable.”"', 'credit="(Reuters)"', "add_padding=true", "%}"]),
    # One tag on its line, Liquid's or a Hugo shortcode.
    (f"{TEXT}\n\n{{% include map.html %}}\n\n{TEXT}", ["{% include map.html %}"]),
    (f'{TEXT}\n\n{{{{< figure src="a.jpg" >}}}}\n\n{TEXT}', ['{{< figure src="a.jpg" >}}']),
    # Tags inline with the post's text: the text is the post's.
    (f"{{% raw %}}{TEXT}{{% endraw %}}", []),
    # An opening never closed is no tag's.
    (f"{{% include photo.html\n\n{TEXT}\n\n{TEXT}", []),
])
def test_template_tags_are_markup(text, removed):
    lines = mark_template_tags(scan_lines(text, 20_000))
    assert [line.text for line in lines if line.noise == RemovedReason.CODE] == removed
    assert all(line.noise != RemovedReason.CODE for line in lines if TEXT in line.text)
