"""Real development data: saved article pages -> the text a reader pastes, labelled body or furniture.

``python -m generator.tools.realdev_text [REALDEV_DIR] [--out tests/realdev]`` reads
``REALDEV_DIR/html/<id>.html.gz`` and ``REALDEV_DIR/ground-truth.json`` (default: ``<repo>/../shared/realdev``)
and writes, for every page:

* ``<out>/pasted/<id>.txt``: the page's visible text as a reader gets it by selecting everything and
  pasting (what an editor would drop into sources/);
* ``<out>/labels/<id>.json``: ``{"url": ..., "headline": ..., "lines": [{"text": ..., "label": "body"|"furniture"}, ...]}``,
  one entry per non-empty line of the pasted text, in order; ``headline`` is what the page declares as its
  headline (as ``sources/headlines.choose_headline`` reads a saved page, else its first ``<h1>``), or null.

Rendering (a plain-text approximation of the browser's ``innerText``, without CSS):

* nothing of ``head``, ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``iframe``, ``select``,
  ``object``, comments, nor of elements marked hidden (``hidden`` attribute, ``type=hidden``,
  an inline style with ``display:none`` or ``visibility:hidden``, a closed ``dialog``);
  of a closed ``details`` only its ``summary``;
* block elements (p, div, headings, list items, table cells, figure, blockquote, section...) start and
  end a line, in document order; inline elements are joined into the line they sit in; ``br`` breaks
  the line; ``pre`` keeps its own line breaks;
* whitespace (NBSP too) collapses to single spaces and lines are trimmed; a paragraph (``p``) is set
  off by blank lines, like a browser's paste; other blocks by a single line break.

Labelling rule (``label_lines``): texts are compared by a key that folds Unicode (NFKC), curly quotes
and dashes, drops invisible characters and every whitespace, and case-folds. A non-empty line is
**body** when

1. its key is found in the key of the person-marked ``articleBody`` and it is long enough not to be
   there by chance (``MIN_CHARS`` key characters or more), or it equals a whole ``articleBody``
   paragraph, or it continues the previous body line (found right where that line's match ended, so
   a paragraph split by ``br`` or inner blocks stays body to its last fragment); or
2. it contains a whole ``articleBody`` paragraph of ``MIN_CHARS`` or more (a line holding the body
   plus something else, e.g. an inline caption, is still body).

Every other non-empty line is **furniture**. An ``articleBody`` paragraph is *missing* when its key is
not in the key of the pasted text (all lines joined); ``main`` prints how many are.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

from generator.sources.headlines import choose_headline, declared_of

REPO = Path(__file__).resolve().parents[2]
#: ``<repo>/../shared/realdev``; from a worktree under ``<main>/../wt/`` the same folder one level up.
DEFAULT_REALDEV = next(
    (p for p in (REPO.parent / "shared" / "realdev", REPO.parent.parent / "shared" / "realdev") if p.is_dir()),
    REPO.parent / "shared" / "realdev",
)
DEFAULT_OUT = REPO / "tests" / "realdev"

#: Key characters a line needs to count as body by being found in the articleBody alone.
MIN_CHARS = 25

SKIP = frozenset({
    "head", "script", "style", "noscript", "template", "svg", "iframe", "select", "object", "embed",
    "canvas", "audio", "video", "map", "datalist", "input", "textarea", "meta", "link", "title", "base",
})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
    "noframes", "picture", "listing", "xmp", "plaintext", "optgroup", "option",
})
#: Blocks a browser sets off with a blank line when copying (innerText's "2 required line breaks").
PARAGRAPHS = frozenset({"p"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_FOLD = str.maketrans({
    "‘": "'", "’": "'", "ʼ": "'", "‛": "'", "`": "'", "´": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-", "―": "-",
})
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")


# --------------------------------------------------------------------------- rendering

def decode_html(data: bytes) -> str:
    """The page's text: the charset its meta tag declares (or a BOM), else UTF-8; bad bytes replaced."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    match = _CHARSET.search(data[:8192])
    encoding = match.group(1).decode("ascii", "replace") if match else "utf-8"
    try:
        return data.decode(encoding, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or (element.get("type") or "").lower() == "hidden":
        return True
    if _HIDDEN_STYLE.search(element.get("style") or ""):
        return True
    return element.tag == "dialog" and element.get("open") is None


class _Lines:
    """Collects text into lines; ``blank`` asks for an empty line before the next text."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.blank = False

    def text(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def flush(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            if self.blank and self.lines and self.lines[-1]:
                self.lines.append("")
            self.blank = False
            self.lines.append(line)

    def paragraph_break(self) -> None:
        self.flush()
        self.blank = True


def _walk(element: etree._Element, out: _Lines, tail: bool = True) -> None:
    tag = element.tag if isinstance(element.tag, str) else None
    if tag is None:  # comment, processing instruction, entity
        out.text(element.tail)
        return
    tag = tag.lower().rpartition("}")[2]
    if tag in SKIP or _hidden(element):
        out.text(element.tail)
        return
    if tag == "br":
        out.flush()
        out.text(element.tail)
        return
    block = tag in BLOCKS
    if block:
        out.paragraph_break() if tag in PARAGRAPHS else out.flush()
    if tag in ("pre", "listing", "xmp", "plaintext"):
        for i, part in enumerate("".join(element.itertext()).split("\n")):
            if i:
                out.flush()
            out.text(part)
    elif tag == "details" and element.get("open") is None:  # closed: only the summary shows
        for child in element:
            if isinstance(child.tag, str) and child.tag.lower() == "summary":
                _walk(child, out, tail=False)
    else:
        out.text(element.text)
        for child in element:
            _walk(child, out)
    if block:
        out.paragraph_break() if tag in PARAGRAPHS else out.flush()
    if tail:
        out.text(element.tail)


def render_text(html: str | bytes) -> str:
    """The visible text of an HTML page, one block per line (see the module docstring)."""
    if isinstance(html, bytes):
        html = decode_html(html)
    html = _XML_DECL.sub("", html, count=1)
    if not html.strip():
        return ""
    root = lxml.html.document_fromstring(html)
    out = _Lines()
    _walk(root, out)
    out.flush()
    return "\n".join(out.lines).strip("\n") + "\n"


def declared_headline(page: bytes) -> str | None:
    """The headline a page declares for itself: the one a saved page's reader chooses, else its first <h1>."""
    html = _XML_DECL.sub("", decode_html(page), count=1)
    if not html.strip():
        return None
    declared = declared_of(lxml.html.document_fromstring(html))
    return choose_headline(declared, None) or next(iter(declared.h1s), None)


# --------------------------------------------------------------------------- labelling

def match_key(text: str) -> str:
    """NFKC, invisible characters out, quotes and dashes folded, no whitespace at all, case-folded."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_FOLD)
    return "".join(text.split()).casefold()


@dataclass(frozen=True)
class Labelled:
    lines: list[dict[str, str]]
    missing: list[str]  # articleBody paragraphs not found in the pasted text
    paragraphs: int


def label_lines(text: str, article_body: str) -> Labelled:
    """Each non-empty line of ``text`` as body or furniture against ``article_body`` (rule above)."""
    paragraphs = [p for p in (line.strip() for line in article_body.split("\n")) if p]
    para_keys = [k for k in (match_key(p) for p in paragraphs) if k]
    whole = set(para_keys)
    long_paras = [k for k in para_keys if len(k) >= MIN_CHARS]
    body = "\n".join(para_keys)  # "\n" never occurs in a key, so no match spans two paragraphs
    body_flat = "".join(para_keys)  # ...except for continuations, matched against this
    lines: list[dict[str, str]] = []
    cursor = -1  # where the previous body line's match ended in body_flat, or -1
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        k = match_key(line)
        is_body = False
        if k:
            if cursor >= 0 and body_flat.startswith(k, cursor):
                is_body, cursor = True, cursor + len(k)
            elif (len(k) >= MIN_CHARS and k in body) or k in whole:
                is_body = True
                # continue from the first occurrence after the previous match, else the first one
                at = body_flat.find(k, max(cursor, 0))
                at = at if at >= 0 else body_flat.find(k)
                cursor = at + len(k) if at >= 0 else -1
            elif any(p in k for p in long_paras):
                is_body, cursor = True, -1
        if not is_body and k:
            cursor = -1
        lines.append({"text": line, "label": "body" if is_body else "furniture"})
    pasted = match_key(text)
    missing = [p for p, k in zip(paragraphs, (match_key(p) for p in paragraphs)) if k and k not in pasted]
    return Labelled(lines, missing, len(para_keys))


# --------------------------------------------------------------------------- command line

def build(realdev: Path, out: Path, verbose: bool = False) -> dict[str, int]:
    truth = json.loads((realdev / "ground-truth.json").read_text(encoding="utf-8"))
    (out / "pasted").mkdir(parents=True, exist_ok=True)
    (out / "labels").mkdir(parents=True, exist_ok=True)
    stats = {"pages": 0, "lines": 0, "body": 0, "furniture": 0, "paragraphs": 0, "missing": 0, "pages_with_missing": 0}
    for page_id in sorted(truth):
        path = realdev / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            print(f"warning: no page {path}", file=sys.stderr)
            continue
        with gzip.open(path, "rb") as handle:
            page = handle.read()
        text = render_text(page)
        result = label_lines(text, truth[page_id].get("articleBody") or "")
        (out / "pasted" / f"{page_id}.txt").write_text(text, encoding="utf-8")
        labels = {"url": truth[page_id].get("url"), "headline": declared_headline(page), "lines": result.lines}
        (out / "labels" / f"{page_id}.json").write_text(
            json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        body = sum(1 for line in result.lines if line["label"] == "body")
        stats["pages"] += 1
        stats["lines"] += len(result.lines)
        stats["body"] += body
        stats["furniture"] += len(result.lines) - body
        stats["paragraphs"] += result.paragraphs
        stats["missing"] += len(result.missing)
        stats["pages_with_missing"] += bool(result.missing)
        if verbose and result.missing:
            print(f"{page_id[:12]} {len(result.missing)}/{result.paragraphs} missing, e.g. {result.missing[0][:100]!r}")
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.tools.realdev_text", description=__doc__.split("\n")[0])
    parser.add_argument("realdev", nargs="?", default=str(DEFAULT_REALDEV), help="the realdev folder (html/, ground-truth.json)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where pasted/ and labels/ go (default: tests/realdev)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the pages with articleBody paragraphs not found")
    args = parser.parse_args(argv)
    stats = build(Path(args.realdev), Path(args.out), args.verbose)
    print(f"{stats['pages']} pages, {stats['lines']} non-empty lines: {stats['body']} body, {stats['furniture']} furniture; "
          f"{stats['missing']} of {stats['paragraphs']} articleBody paragraphs not found in the pasted text "
          f"({stats['pages_with_missing']} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
