"""Small saved web pages for the reader tests and the browser test of a brief made from a saved page."""
from __future__ import annotations

PARAGRAPHS = [
    "Japan and Saudi Arabia agreed on Tuesday to work together on mining projects in third countries, "
    "officials in Riyadh said after two days of talks between the two governments.",
    "The agreement covers exploration, processing and the training of engineers, and it follows a visit "
    "by the Japanese industry minister to the kingdom earlier this year, the ministry said.",
    "Officials said the first projects would be announced within months, and that companies from both "
    "countries had already signed letters of intent for joint ventures in Africa and Central Asia.",
    "Analysts said the partnership reflects Tokyo's wish to secure supplies of critical minerals while "
    "Riyadh tries to build a mining industry beside oil, as part of its long-term economic plans.",
]


def page(body: str = "", head: str = "", charset: str = "utf-8", paragraphs: list[str] | None = None) -> str:
    """A small news page: metadata in the head, the article among site furniture."""
    text = "".join(f"<p>{p}</p>\n" for p in (PARAGRAPHS if paragraphs is None else paragraphs))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>Japan and Saudi Arabia to work on mining - Gulf Times</title>
<meta property="og:title" content="Japan and Saudi Arabia to work on mining">
<meta property="og:site_name" content="Gulf Times">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
<meta name="description" content="Tokyo and Riyadh agree on minerals.">
<link rel="canonical" href="https://www.gulf-times.example/news/japan-saudi-mining">
{head}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Japan and Saudi Arabia to work on mining</h1>
{text}{body}</article>
<footer><p>Copyright Gulf Times. All rights reserved.</p></footer></body></html>"""


#: Markup no brief may carry: scripts, styles, handlers, javascript: links, iframes and forms.
HOSTILE = (
    '<script>alert("pwned")</script><style>body{background:url(javascript:pwned)}</style>'
    '<p onclick="pwned()">Officials said <a href="javascript:pwned()">the deal</a> was signed '
    '<img src=x onerror="pwned()"> in Riyadh on Tuesday after long talks between the delegations.</p>'
    '<iframe src="https://evil.example/pwned"></iframe>'
    '<form action="https://evil.example/pwned"><input name="pwned"><button>Send</button></form>'
    '<p>&lt;script&gt;pwned()&lt;/script&gt; is what the page printed as text, and [a link](javascript:pwned) too.</p>'
)
