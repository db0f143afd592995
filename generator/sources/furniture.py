"""The vocabulary of web-page furniture: the words and phrase families of lines that have no shape of their own.

Widgets, notices, credits and captions are told by what they say, in every site's own words: comment forms,
share bars, newsletter and cookie prompts, disclaimers, photo credits, date stamps. ``lines.noise_reason``
applies them; the shapes (length, punctuation, position, repetition) stay in ``lines`` and ``span``.
"""
from __future__ import annotations

import re
from pathlib import Path

from generator.sources.guards import GuardedFamilies, Literals

#: The agencies a one-word credit names: "(Reuters)", "(AFP)".
_AGENCY = r"(?:Reuters|REUTERS|AFP|AP|Getty(?: Images)?|EPA|Anadolu|Xinhua|Kyodo|Yonhap|TASS|Sputnik|Bloomberg|Shutterstock|Alamy|File)"
#: Who a longer credit names: two capitalised words or more, joined by spaces, slashes or '&' ("Reed Saxon / Associated
#: Press"), never a lower-case word between them ("(Closed on Sun & Mon)", "(Opens in new window)" are no credits).
_CREDITED_NAME = r"[A-Z][\w&.'’-]*(?:(?: | ?/ ?| & )(?:[A-Z][\w&.'’-]*|de|da|van|von|del|di|der|le|la|for|of))+"
#: A photo credit closing a caption: "(Photo: NAME)", "Photo by NAME", "[... Reuters ...]".
CREDIT = re.compile(
    r"(?:\((?:photo|image|file|credit)?[:\s]*(?=[^)]{2,60}\))(?:" + _AGENCY + "|" + _CREDITED_NAME + r")\)"
    r"|\b(?:Photo|Image|Picture|Credit|Source|[Pp]ic|[Pp]ix)s?\s*(?:by|:)\s*[A-Z][^.]{1,60}"  # "Pic by ...", "Pix: ..." too
    r"|\[[^\]]{0,80}(?:Photo|Reuters|REUTERS|AFP|AP|Getty|EPA|Anadolu|Xinhua|Kyodo|Yonhap)[^\]]{0,40}\])\s*$"
)
#: A caption's label: "Photo: ...", "File photo - ...".
CAPTION_START = re.compile(
    r"^(?:Photo|Image|Picture|File photo|Caption|Above|Pictured|(?:Main|Top|Lead|Header|Featured|Cover) (?:image|photo|picture))\s*[:/-]"
    r"|^(?:Figure|Fig\.|Table|Chart|Graph|Exhibit) \d{1,3}[a-z]?\s*[:.] "  # a numbered figure's or table's caption: "Table 13: Key statistics"
    r"|^(?:Image|Media|Video) (?:caption|source), "  # "Image caption, ...": a screen reader's label, pasted
    r"|^(?:Image|Media) copyright .{1,80}? (?:Image|Media) caption ",  # "Image copyright Reuters Image caption ...", run in
    re.I,
)
#: An opinion page's disclaimer: "The views expressed are the author's own".
DISCLAIMER = re.compile(
    r"(?:views|opinions|statements).{0,80}\b(?:expressed|are)\b.{0,80}\b(?:author|writer|column|contributor)s?\b"
    r"|do(?:es)? not necessarily (?:reflect|represent)",
    re.I,
)
#: Widget text with no distinctive shape: comment forms, share bars, newsletter and login prompts.
WIDGET = re.compile(
    r"^(?:leave a (?:reply|comment)|notify of|inline feedbacks?|view all comments|(?:\d+\s+)?comments?|"
    r"what do you think\??|log ?(?:in|out)\b.*|sign (?:in|up)\b.*|subscribe\b.*|share(?: this| on)?\b.{0,30}|share(?: this| on| via)?:?(?: (?:facebook|twitter|reddit|google\+|linkedin|whatsapp|email|pinterest|telegram))+|"
    r"connecting to %s|fill in your details.*|you are commenting using.*|this site uses akismet.*|"
    r"(?:twitter|facebook|google|wordpress\.com)? ?(?:picture|photo|account)\b.*|change \)|"
    r"advertisement\b.{0,40}|watch:.{0,80}|(?:related )?videos?:?|(?:scroll|continue) (?:to|reading)\b.*|continue reading.*|read (?:more|also|next)(?: at| on|:)?.{0,80}|"
    r"filed under:?.*|(?:suggested |related |explore more on these )?(?:tags?|topics?)\b:?.{0,40}|"
    r"short ?url|follow(?: [\w ]{1,40})?:?|save (?:articles?|this|for later)\b.*|(?:click|tap) here\b.*|"
    r"reuse this content|link copied|copy(?: link)?|(?:facebook|twitter|x|reddit|linkedin|pinterest|flipboard|whatsapp|telegram)|"
    r"share\d*|shares|no comments yet\b.{0,40}|.{0,60}\bopens new tab|after newsletter promotion|sign up to\b.{0,60}|"
    r"enjoying this article\?.*|why you can trust\b.*|skip (?:next )?section.*|listen to (?:this )?article.*|"
    r"(?:last )?updated:?\s.{0,40}|published:?\s.{0,40}|publish(?:ed)? date:\s.{0,40}|related(?: articles?| stories| news| coverage| content| links| posts| reading)?:?|"
    r"most (?:read|popular)|click here.*|all rights reserved.*|©.*|copyright\b.{0,80}|"
    r"(?:sign up for|get) (?:our|the) .{0,40}newsletter.*|newsletter.{0,40}|follow us.*|print|email|"
    r"cookies?.{0,80}|skip to (?:main )?content|menu|search|home|close|advertising|adchoices|premium|sign me up|"
    r"(?:featured|sponsored)(?: stories| articles| content| news| posts| links)?|view more(?: [\w-]+)?|"
    r"(?:next|prev(?:ious)?)(?: (?:next|prev(?:ious)?))?|\d+ ?[-–] ?\d+ of \d+)$",
    re.I,
)
#: A button of a page's tool bar, alone on its line: no box's header, though it is a widget.
BUTTON = re.compile(r"^(?:print(?: this| recipe)?|jump to recipe|pin(?: it)?|save recipe)$", re.I)
#: A site's own notices anywhere in a line: privacy, terms, cookies, subscription, membership and paywall pitches,
#: affiliate disclosures, comment forms, trademark notices.
SITE_NOTICE = re.compile(
    r"privacy (?:notice|policy)|terms of (?:service|use)|recaptcha|cookie (?:policy|settings)|"
    r"website contains only a portion of|contact us for subscription|subscribe (?:now|today) for|for full access|"
    r"newsletter.{0,80}sign up|sign up here|(?:email|save|print|share) this (?:article|story)|"
    r"(?:this|our) (?:web)?site uses cookies|we use cookies|(?:our|the) use of cookies|accept (?:all )?cookies|"
    r"affiliate (?:links?|commission|partnerships?|advertising)|"
    r"associates program|(?:in|to) your inbox|email address will not be published|required fields are marked|"
    r"next time I comment|turn on (?:\w+ )?notifications|thank(?:s| you) for (?:signing up|subscribing)|opt-in box|"
    r"(?:processing|activate) your subscription|(?:is a|are) registered trademarks?|"
    r"paywalls?\b|plans? start(?:ing)? (?:from|at)|(?:you )?become an? (?:member|subscriber|supporter|patron)\b|"
    r"support (?:our|independent|quality) journalism|already an? (?:subscriber|member)\b|(?:for )?subscribers only|"
    r"\b(?:click|tap)(?:ing)? here\b|\bunsubscribe\b|subscribe to our (?:[\w-]+ )?(?:newsletters?|channel|podcast|magazine|title)|"
    r"join our (?:[\w-]+ )?(?:forums?|community|newsletter|mailing list)",
    re.I,
)


def pattern_lines(name: str) -> list[str]:
    """The regular expressions of ``data/<name>.txt``, one a line (``#`` opens a comment line)."""
    path = Path(__file__).parent / "data" / f"{name}.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def read_patterns(name: str) -> re.Pattern[str]:
    """One case-insensitive pattern from the regular expressions of ``data/<name>.txt``."""
    return re.compile("|".join(f"(?:{line})" for line in pattern_lines(name)), re.I)


#: Appeals and notices kept as data (donation and membership appeals, sign-up consent, affiliate disclosures, cookie,
#: market-data and copying notices): a family a line, in sites' own words.
#: Each family is tried only on lines holding its own literals (read from it: data added to it is guarded too).
NOTICES = GuardedFamilies(pattern_lines("notices"))
#: Buttons and labels kept as data (consent banners, reading aids, account prompts, sponsorship labels): a whole line each.
WIDGET_LINES = read_patterns("widgets")
#: A caption that ends in a finished sentence and then its credit: "... in Riyadh on Tuesday. (SPA)".
TRAILING_CREDIT = re.compile(r"[.!]\s*\((?:[A-Z][A-Za-z]{0,3}[A-Z]|Reuters|Kyodo|Xinhua|Yonhap|Anadolu|Getty Images|File|[A-Z]+/[A-Z][\w ]+)\)$")
#: What photo captions say and article text does not: positions in the frame, present-tense poses.
PHOTO_WORDS = re.compile(
    r"\((?:L|R|C|left|right|centre|center)\)|, (?:left|right|centre|center),|\b(?:shake hands|shakes hands|poses?|"
    r"gestures?|waves?|looks? on|arrives?|attends?|pictured|(?:is|are) seen)\b"
)
#: Credits and copyright lines that close an article: "Reporting by ...", "Editing by ...", "© 2024 ...".
CREDIT_LINE = re.compile(
    r"^\(?(?:(?:additional )?reporting by\b|press release:|writ(?:ing|ten) by\b|editing by\b|edited by\b|editor:|compiled by\b|"
    r"source:\s*[\w .&'-]{2,60}$|©|\(c\)\s*\d{4}|copyright\b|all rights reserved|"
    r"[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$|"
    # the rest of the team, the wires drawn on, and where the piece was published first
    r"(?:translated|translations?|produced|graphics|design|video|illustrations?|research|additional research) by (?:the )?(?-i:[A-Z])[^.!?]{0,60}$|"
    r"[-—–]?\s*with inputs? from (?:agencies|(?:the )?wires?|(?-i:[A-Z][\w.&'’-]*(?:(?:,| and| &)? [A-Z][\w.&'’-]*)*))\)?\.?$|"
    r"(?:this|the) (?:article|story|piece|post|essay) (?:was |is )?(?:originally|first) (?:published|appeared)\b|"
    r"this (?:article|story|piece|post|essay) (?:was |is )?(?:published|republished|appeared) (?:on|by|from|with|courtesy)\b|"
    r"originally (?:published|appeared) (?:at|on|in|by)\b|republished (?:with permission|from|courtesy)\b|"
    r"a version of this (?:article|story|piece) (?:first )?(?:appeared|was published)\b|this story has not been edited by\b|"
    r"the post .{1,300}? appeared first on\b)",  # a WordPress feed's footer under each item: "The post <headline> appeared first on X."
    re.I,
)
#: "Jane Roe in Kyiv contributed to this report": apart, tried only on lines holding its word (``CONTRIBUTED_WORD``),
#: since its ``.{0,400}`` backtracks over every line it is tried on.
CONTRIBUTED_LINE = re.compile(
    r"^\(?(?:.{0,400}\bcontributed(?: reporting)? to this (?:report|story|article)|(?:reporting|writing) contributed by\b.{0,400}?)\.?\)?[_*]*$", re.I)
CONTRIBUTED_WORD = re.compile(r"contributed", re.I)
#: A photo agency's or photographer's credit anywhere in a line: "REUTERS/Name", "Photograph: ...", "Getty Images".
PHOTO_CREDIT = re.compile(
    r"(?:\bvia (?:REUTERS|Reuters|AFP|AP|Getty Images)|Purchase Licensing Rights|\bPhotograph:|\bPhoto(?:graph)?s? ?(?:by|:)|"
    r"\bCredit(?::|\.\.\.|…)|\bImage:|\bPhotos?/[A-Z]|/Getty Images|Getty Images$|\bREUTERS/[A-Z]|\bAFP/|\bAFP$|\bEPA(?:-EFE)?(?:/|$)|"
    r"© [A-Z][\w .&'/-]{1,60}$|\S / (?:Reuters|AP|AFP|EPA|Getty Images|Bloomberg|Sipa|Redux|Xinhua)(?: file)?$|\(File\)$|^\[\d+/\d+\]|"
    # "... Photographer: Name/Bloomberg" closing a caption, glued to it too ("Bobby JainPhotographer: Patrick T. Fallon")
    r"Photographer: [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:/[A-Z][\w .&'’-]{1,40})?$|"
    # "PHOTO: REUTERS", "(Image credit: Name)", "Photo courtesy of ...", "Name/Reuters", "(Xinhua/Name)", "[Name/Al Jazeera]", "... /CFP"
    r"\b(?:PHOTO|PHOTOGRAPH|IMAGE)S?:|\b(?:Image|Photo|Picture)s? (?:credits?:|courtesy\b)|"
    r"[a-z]/(?:Reuters|REUTERS|AP|AFP|EPA|Getty Images|Bloomberg|Xinhua|Anadolu|Sipa|Redux)(?: [Ff]ile)?$|"
    r"\((?:Reuters|AP|AFP|EPA|Xinhua|Anadolu|Kyodo|Yonhap|Bloomberg)/[A-Z][^()]{1,40}\)$|"
    r"\[[A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ -]{1,40}\]$|[.!?] ?/[A-Z][A-Za-z]{1,20}$|"
    # "... on July 29, 2023. (Antara/Name)", "Screenshot/X", and "JP/Name Name" alone on its line
    r"[.!?]\s+\([A-Z][A-Za-z]{1,20}/[A-Z][^()/]{1,40}\)$|"
    r"^(?:[A-Z][\w.]*/)?(?:Screenshot|Screengrab)(?:/[A-Z][\w.]*)?$|^[A-Z][\w.&'’-]*/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$)"
)
#: A caption's closing credit that says "photo" in its brackets: "(Reuters File Photo)", "(AP Photo/Name)", "(Photo: Name)".
PHOTO_TAIL = re.compile(
    r"\((?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} )?(?:[Ff]ile )?(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage)s?(?:\s*(?:[:/]|by)\s*[^()]{1,60})?\)\.?$"
)
#: A wire or photo agency named after a caption's last sentence, with no mark of its own: "... Oct. 11, 2024. Associated Press".
WIRE_TAIL = re.compile(
    r"[.!?][\"”’]? (?:[-–—] ?)?(?:Associated Press|Agence France-Presse|Reuters|AFP|AP|EPA(?:-EFE)?|Xinhua|Bloomberg|Getty Images|Anadolu(?: Agency)?)"
    r"(?: (?:[Ff]ile )?[Pp]hoto)?$"
)
# Words without which the site notice, disclaimer and photo credit patterns cannot match: plain literals, which the regex engine scans
# for quickly, so the slow patterns run on the few lines that hold one (the folded line, for the
# case-insensitive ones). Keep each in step with its pattern.
DISCLAIMER_WORDS = re.compile(r"views|opinions|statements|necessarily")
SITE_NOTICE_WORDS = Literals(
    "privacy", "terms of", "recaptcha", "cookie", "website contains", "contact us", "subscribe", "full access", "newsletter", "sign up",
    "email this ", "save this ", "print this ", "share this ",  # not "this article" alone: many articles say it
    "affiliate", "associates", "inbox", "will not be published", "required fields", "next time i comment", "notifications",
    "thanks for", "thank you for", "opt-in", "your subscription", "registered trademark", "paywall", "plan start", "plans start", "become a",
    "support our", "support independent", "support quality", "already a", "subscribers only",  # "plan" and "support" alone are in many a paragraph
    "click here", "clicking here", "tap here", "tapping here", "join our",
)
#: What only a photo caption says, wherever it stands: "In this photo released by ...", "second from left".
CAPTION_MARKERS = re.compile(
    r"^In this (?:\w+ )?(?:photo|image|picture|handout)|\b(?:second|third|fourth) from (?:left|right)\b|"
    r"\((?:L|R|C|left|right|center|centre|top|bottom)\)|, (?:left|right|centre|center),"
)
#: Who or where in the photo, in brackets: "(pictured yesterday)", "(centre, last year)". Text says it too, but a caption
#: that says it has no full stop.
PICTURED = re.compile(r"\((?:pictured|centre|center|left|right|top|bottom|above|below)\b[^()]{0,40}\)")
CAPTION_MARKER_WORDS = re.compile(r"In this|from left|from right|\(|, left,|, right,|, cent")
PHOTO_CREDIT_WORDS = re.compile(
    r" / |via |Purchase|Photo|PHOTO|IMAGE|Picture|Credit|Image|Getty|REUTERS|Reuters|AFP|AP|EPA|Xinhua|Anadolu|Kyodo|Yonhap|Bloomberg|"
    # A slash after a word or a stop, before a capital ("Name/Reuters", "ends. /AFP"): written from the slash, so every
    # branch opens on a literal and the search skips from one to the next in C (a branch opening on [\w.] stopped at every letter).
    r"Sipa|Redux|© |\(File\)|\]$|/(?:(?<=[\w.!?]/)|(?<=[.!?] /))[A-Z]|Screen"
)  # or a leading "["; only whether it matches counts
#: Words a date or time stamp is made of; a short line of nothing else is a stamp.
STAMP_WORDS = re.compile(  # whole words: "East" holds no time zone, "101 East" is no stamp
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|updated|published|posted|last|first|modified|edited|date|on|at|ago|hours?|hrs?|minutes?|mins?|days?|am|pm|a\.m|p\.m|"
    r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|jst|kst|ist|msk|ast|gst|local|time|\d+(?:st|nd|rd|th|am|pm)?)\b",  # "5:30PM"
    re.I,
)
#: The header of a page's comment section ("Comments (12)", "[ 167 comments ]", "Top Rated Comments", "Leave a reply").
COMMENTS_HEADER = re.compile(
    r"^[\[(]?\s*(?:\d+\s+)?(?:(?:top[ -]rated|most (?:recent|popular)|latest|newest|oldest|top|popular|reader|user)s?'? )?"
    r"(?:comments?|responses?|replies)(?:\s*\(\+?\d*\)|\s*\(\+\))?\s*[\])]?:?$|"
    r"^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b|^join the (?:discussion|conversation)\b|"
    r"^(?:show|view|load|see|read) (?:all )?(?:\d+ )?(?:comments|replies)\b|^comments? (?:are|have been) closed\b|"
    r"^(?:deixe uma resposta|deja un comentario|laisser un commentaire|kommentar schreiben|lascia un commento|"
    r"tinggalkan (?:balasan|komentar)|deixe (?:um|seu) comentário|laat een reactie achter|zostaw komentarz|yorum yap)\b",
    re.I,
)
#: The header of what a page lists after its article: more stories, popular or recommended reads, the writer's box
#: ("About Jane Roe", "Sobre Carlos Nadalim"). Not the headers of
#: boxes set inside the text as well ("Related", "Read more", "Also read"): teaser lists mark those.
#: The header of an article's notes, set under its last paragraph ("Notes", "Endnotes", "References"): what follows is
#: sources and asides, not the text, however many paragraphs it runs to.
NOTES_HEADER = re.compile(r"^(?:notes|end ?notes|foot ?notes|references|notes and references|references and notes|bibliography)\s*:?$", re.I)
SECTION_END = re.compile(
    r"^(?:(?:more|other|recommended|similar|popular|trending|latest|top)(?: [\w'’&.-]+){0,3}? "
    r"(?:stories|articles|news|coverage|reads|posts|headlines|videos)|"
    r"more (?:from|in|on) (?:this (?:story|topic|author|section)|[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,4})|"
    r"(?:want )?more (?:stories|articles) like this|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|"
    r"most (?:read|popular|viewed|shared|emailed|commented)|editors?['’]?s? (?:picks|choice)|recommended(?: for you)?|"
    r"(?:trending|popular)(?: now)?|about the authors?|"
    r"(?:about|sobre|über|à propos de|acerca de|over|su|tentang) (?-i:[A-ZÀ-Þ][a-zß-ÿ'’.-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’.-]+){1,3})|"  # a writer's box
    r"(?:artigos|artículos|noticias|notícias|posts) relacionad[oa]s|articles? (?:similaires|connexes)|(?:verwandte|ähnliche) artikel|"
    r"(?:artikel|berita) terkait|articoli correlati|gerelateerde artikelen)\s*[:?!.]?$",
    re.I,
)
#: The mark a press release or wire copy ends with ("ENDS", "- ends -", "-30-", "###", "End of release"): the text is over.
#: Its marks may be escaped and spaced as a Markdown copy writes them ("\###", "\# \# \#").
END_MARK = re.compile(
    r"^[-–—*(\[\s\\]*(?:ends?|end of (?:release|statement|text|document|transmission)|-\s*30\s*-|#(?: ?\\?#){2})[-–—*)\]\s.]*$",
    re.I,
)
#: Style sheet or script text pasted with a page: a rule's braces around "property: value;", or a function's body.
CODE = re.compile(r"\{[^{}]*\b[a-z-]+\s*:\s*[^;{}]+;[^{}]*\}|\bfunction\s*\w*\s*\([^)]*\)\s*\{|\}\s*\)\s*;\s*$")
#: Markup a converter left as text: a Pandoc div's fence (":::"), a template's shortcode ("{{< image ... >}}"), an
#: element's attributes run onto a line of their own ('.wp-image-22505 width="600" height="466"'), a kramdown attribute
#: list ("{:.pullquote}"), a line of tags with no word between them (an image's or a video's embed), a disclosure's
#: label, or a member of a page's structured data pasted with it ('"@context": "https://schema.org",').
MARKUP_RESIDUE = re.compile(
    r'^(?::{3,}|\{\{[<%].*[>%]\}\}$|(?:\.[\w-]+ )*[\w:-]+="[^"]*"(?: [\w:-]+="[^"]*")*\s*\}?$|\{:[^{}]{0,200}\}$'
    r'|(?:\s*</?(?i:a|audio|b|blockquote|br|center|div|em|embed|figure|figcaption|hr|i|iframe|img|ins|li|noscript|object|p|param|'
    r'picture|script|section|source|span|strong|table|td|tr|ul|video|details|summary)(?:\s[^<>]{0,2000})?/?>)+$'
    r'|(?:\s*</?[a-z][a-z0-9]{0,15}(?:\s[^<>]{0,2000})?/?>)+$'  # any element's tags, an inline drawing's among them: "<svg ...>", "</path>"
    r'|<summary>[^<>]{0,80}</summary>$'  # a disclosure's label: "<summary>Origin content</summary>"
    r'|\\?\[[a-z]{2,12}(?:[._-]?\d{1,3})?\\?\]$'  # a CMS's placeholder for an embed, escaped or not: "[video.1]", "\[embed\]"
    r'|<[A-Za-z][\w:-]{0,40}\s*/>$'  # any element closed on itself, a blog's excerpt mark among them: "<excerpt/>"
    r'|\{[.#][\w-]+(?:\s+[.#]?[\w-]+(?:="[^"]*")?)*\s*\}?$'  # a Pandoc attribute list, cut by a line break: "{.size-auto"
    r'|"[@$\w:-]{1,40}"\s*:\s*(?:"[^"]*"|-?[\d.]+|true|false|null|\{.*\}|\[.*\])\s*,?$)'  # a JSON member: '"@type": "NewsArticle",'
)
#: HTML escaped inside a JSON string ("...<\/P>\n", "...。\n"): a story's copy as a program stores it, not as a reader sees it
#: (a scraper's record of plain strings, "\u2019" and all, is the text and stays).
JSON_ESCAPED = re.compile(r"<\\/[A-Za-z][A-Za-z0-9]*>|\\n$")
#: Attributes that would run code: a line of such tags is a payload, shown as the text it is (html_tags reads it so too).
ACTIVE_MARKUP = re.compile(r"\bon\w+\s*=|javascript:", re.I)
#: An image in Markdown, or what is left of one wrapped over lines: "![alt", "[![alt", "alt](https://.../photo.jpg)".
IMAGE_LINE = re.compile(r"^\[?!\[|\]\([^()\s]+\.(?:jpe?g|png|gif|webp|svg)(?:\?[^()\s]*)?\)", re.I)
#: A caption's closing place and date, the wire photo style: "... speaks in Damascus, Feb. 20, 2016." (text says "on Feb. 20").
CAPTION_PLACE_DATE = re.compile(
    r"[A-Z][\w.'’-]+, (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.?$"
)
#: A link to another story set inside the text: "Related: HEADLINE", "See also: ...", "More: ...", "Also on rt.com HEADLINE".
#: A label alone on its line over the link it announces ("READ:", "Also read:", "WATCH:"): whatever it was marked for
#: (a site prints it between many paragraphs, so it may be read as a repeated widget), the headline under it is a link.
RELATED_LABEL = re.compile(r"^(?:related|see also|see more|also read|read also|read|read more|more|also watch|watch)\s*:$", re.I)
INLINE_RELATED = re.compile(
    r"^\[?(?:(?:related|see also|see more|also read|read also|read|more)(?: (?:articles?|stories|news|content|coverage|posts?|roundup|reading|video))?"
    r"\s*:\s*\S.{0,160}"
    r"|also on [\w-]+(?:\.[\w-]+)+ \S.{0,160}|more:?)$",
    re.I,
)
