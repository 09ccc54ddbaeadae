"""Saved web pages as articles: the headline, the publication date and the article's paragraphs.

Read with the standard library's forgiving HTMLParser in one pass (linear in the page): unclosed
tags, stray end tags and broken markup never stop it. What osceq indexes and shows is the text made
here, paragraphs separated by blank lines, and every offset is into that text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Text that is no part of the article: code, page furniture, and forms inside the article (sign-up
# boxes; a <form> around the whole page, as ASP.NET writes, is read).
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "button"}
)
# Skipped elements that never hold an article: one left unclosed ends where an <article> or <main>
# begins (an <aside> or <footer> may hold teasers marked up as articles).
_ENDED_BY_ARTICLE = frozenset({"nav", "header"})
# Reader comments, marked up as <article>s or list items in a container named for them (WordPress:
# <section id="comments">, <ol class="comment-list">, <article id="div-comment-7" class="comment-body">).
# "commentary" is an opinion piece's class, not a comment.
_COMMENT_CLASS = re.compile(
    r"(?:comments?(?:[-_](?:list|area|body|section|wrapper|container|threads?|content|item|respond))?"
    r"|commentlist)$"
)
_COMMENT_ID = re.compile(r"(?:div-)?(?:comments?|respond)(?:[-_][a-z0-9]+)?$")
_COMMENT_BLOCKS = frozenset(
    {"article", "section", "div", "ol", "ul", "li", "dl"}
)  # not a link in a paragraph
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre"})
# Elements that end the loose text before them (text of a page with no <p>, in <div>s and <br>s).
_BREAKS = frozenset(
    {"div", "section", "br", "hr", "table", "tr", "td", "th", "ul", "ol", "dl", "figure", "body"}
)
_SCOPES = frozenset({"article", "main"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "col", "embed"})
# Meta tags that carry a page's publication date, best first.
_DATE_METAS = ("article:published_time", "pubdate", "date", "dc.date", "datepublished")

_SPACES = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Page:
    """What osceq reads of a web page."""

    text: str  # the article's paragraphs, separated by blank lines
    title: str | None
    date: str | None  # as the page states it, unparsed


def read_page(html: str) -> Page:
    """The article in a page's HTML: title, date, and the paragraphs of its <article>, else of its
    <main>, else of the whole body, without scripts, navigation, headers, footers, asides and forms;
    a figure caption stays as a paragraph of its own."""
    reader = _PageReader()
    reader.feed(_markup_closed(html))
    reader.close()
    return reader.page()


# `<meta charset="…">` and `<meta http-equiv="Content-Type" content="text/html; charset=…">` alike.
_DECLARED_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Charsets that browsers read as a superset (Latin-1 as Windows-1252, as osceq reads a legacy file).
_CHARSET_AS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}


def declared_charset(data: bytes) -> str:
    """The encoding a page declares in its first 4 KB, as a Python codec name, for a page whose bytes
    are no UTF-8 (a page declaring UTF-8 is read as any file is); Windows-1252 when it declares none,
    or a name Python does not know, or an encoding that is no superset of ASCII (UTF-16, UTF-7)."""
    match = _DECLARED_CHARSET.search(data, 0, 4096)
    if match is None:
        return "cp1252"
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return "cp1252"
    if name.startswith(("utf-16", "utf-32", "utf-7")) or name == "utf-8":
        return "cp1252"
    return _CHARSET_AS.get(name, name)


def _markup_closed(html: str) -> str:
    """The page without its comments, with every `<` that opens no complete tag or comment written
    `&lt;`.

    HTMLParser looks for the end of each tag, comment or marked section it starts, to the end of the
    page when there is none, and starts again one `<` later: a page of `a < b`, of tags cut off by a
    bad download, or of unclosed comments took time growing with the square of its length. Here a
    tag's `>` is looked for only before the next `<`, so the page is scanned a few times in all.
    """
    parts: list[str] = []
    start = 0
    while (opening := html.find("<!--", start)) >= 0:
        parts.append(html[start:opening])
        end = html.find("-->", opening + 4)
        if end < 0:
            # No comment closes from here on. A browser would hide the rest of the page, but a
            # script's "<!--" string must not hide the article after it: these are text.
            parts.append(html[opening:].replace("<!--", "&lt;!--"))
            start = len(html)
            break
        start = end + 3
    parts.append(html[start:])
    return _NO_TAG.sub("&lt;", "".join(parts))


# A `<` with no `>` before the next `<`, or opening a marked section (`<![CDATA[`: no HTML).
_NO_TAG = re.compile(r"<(?![^<>]*>)|<(?=!\[)")


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # The open elements, innermost last, each with its part: "skip", "scope" (<article>, <main>)
        # or "". An end tag closes the innermost open element of its name and any left open inside
        # it, as a browser does: a skipped element left unclosed ends with its parent.
        self._open: list[tuple[str, str]] = []
        self._open_names: dict[str, int] = {}  # how many of each name: no look through the list
        self._open_skipped: dict[str, int] = {}
        self._skipped = 0  # open skipped elements
        self._skip_start = 0  # where the outermost open skipped element is in self._open
        self._scope = 0  # open <article>/<main> elements
        self._articles = 0  # open <article> elements
        self._article_number = 0  # of the outermost open <article>, counted from 1
        self._in_paragraph = False
        self._preformatted = False  # the buffer holds text of a <pre>
        self._buffer: list[str] = []
        # (text, where: 2 inside <article>, 1 inside <main> only, 0 elsewhere; from a paragraph element
        # rather than loose text; the number of its outermost <article>, 0 outside one)
        self._paragraphs: list[tuple[str, int, bool, int]] = []
        self._in_title = False
        self._title: list[str] = []
        self._h1_depth = 0
        self._h1: list[str] = []
        self._first_h1: str | None = None
        self._scoped_h1: str | None = None
        self._metas: dict[str, str] = {}
        self._time: str | None = None
        self._scoped_time: str | None = None

    # -- the parser's events ----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "time":
            self._time_element(attrs)
        if tag == "title" and not self._skipped and not self._title:
            self._in_title = True
        if tag == "h1" and self._only_headers_skipped():
            self._h1_depth, self._h1 = 1, []  # a headline in the article's <header> is its title
        if self._skipped and tag in _SCOPES and self._skipped == self._open_furniture():
            self._close_from(self._skip_start)
        part = ""
        if self._skipped:
            part = "skip" if tag in _SKIPPED else ""
        elif tag in _SKIPPED or (tag == "form" and self._articles) or _holds_comments(tag, attrs):
            self._flush()
            part = "skip"
        elif tag in _SCOPES:
            self._flush()
            self._scope += 1
            if tag == "article":
                self._article_number += not self._articles
                self._articles += 1
            part = "scope"
        elif tag in _PARAGRAPHS:
            self._flush()  # an unclosed <p> ends where the next paragraph begins
            self._in_paragraph = True
        elif tag in _BREAKS:
            if self._in_paragraph:
                if tag == "br":
                    self._buffer.append(" ")
            else:
                self._flush()
        if tag not in _VOID:
            self._push(tag, part)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1" and self._h1_depth:
            self._keep_h1()
        skipping = self._skipped > 0
        if self._open_names.get(tag):
            index = len(self._open) - 1
            while self._open[index][0] != tag:
                index -= 1
            self._close_from(index)
        elif skipping and tag in ("body", "html"):
            self._close_from(self._skip_start)
        if skipping:
            return
        if tag in _PARAGRAPHS or (tag in _BREAKS and not self._in_paragraph):
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
            return
        if self._h1_depth:
            self._h1.append(data)
        if self._skipped:
            return
        if self._open_names.get("pre"):
            self._preformatted = True  # its line breaks are kept (see _flush)
        self._buffer.append(data)

    # -- the open elements ---------------------------------------------------------------------------
    def _push(self, tag: str, part: str) -> None:
        if part == "skip":
            if not self._skipped:
                self._skip_start = len(self._open)
            self._skipped += 1
            self._open_skipped[tag] = self._open_skipped.get(tag, 0) + 1
        self._open.append((tag, part))
        self._open_names[tag] = self._open_names.get(tag, 0) + 1

    def _close_from(self, index: int) -> None:
        """Close the open elements from `index` on, innermost first."""
        while len(self._open) > index:
            tag, part = self._open.pop()
            self._open_names[tag] -= 1
            if part == "skip":
                self._skipped -= 1
                self._open_skipped[tag] -= 1
            elif part == "scope":
                self._flush()
                self._scope -= 1
                self._articles -= tag == "article"

    def _open_furniture(self) -> int:
        return sum(self._open_skipped.get(tag, 0) for tag in _ENDED_BY_ARTICLE)

    # -- what is kept --------------------------------------------------------------------------------
    def _only_headers_skipped(self) -> bool:
        """Whether nothing but <header> elements are open among the skipped ones: a page's or an
        article's header, which holds the headline and the date, though not body text."""
        return self._skipped == self._open_skipped.get("header", 0)

    def _flush(self) -> None:
        text = "".join(self._buffer)
        if self._preformatted:
            # Preformatted text (a statement as sent, a wire story) is read as a text file is: its
            # lines kept, a blank line between paragraphs.
            parts = ["\n".join(_lines(part)) for part in _BLANK_LINE.split(text)]
        else:
            parts = [_SPACES.sub(" ", text).strip()]
        place = 2 if self._articles else 1 if self._scope else 0
        for part in parts:
            if part:
                self._paragraphs.append(
                    (part, place, self._in_paragraph, self._article_number * (place == 2))
                )
        self._buffer = []
        self._in_paragraph = self._preformatted = False

    def _keep_h1(self) -> None:
        heading = _SPACES.sub(" ", "".join(self._h1)).strip()
        self._h1_depth, self._h1 = 0, []
        if heading:
            if self._first_h1 is None:
                self._first_h1 = heading
            if self._scope and self._scoped_h1 is None:
                self._scoped_h1 = heading

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        if key in _DATE_METAS and values.get("content", "").strip() and key not in self._metas:
            self._metas[key] = values["content"].strip()

    def _time_element(self, attrs: list[tuple[str, str | None]]) -> None:
        stamp = next((value.strip() for name, value in attrs if name == "datetime" and value), None)
        if stamp and self._only_headers_skipped():
            if self._time is None:
                self._time = stamp
            if self._scope and self._scoped_time is None:
                self._scoped_time = stamp

    def page(self) -> Page:
        self._flush()
        # The article's paragraphs, else those of <main> (where a page puts comments and teasers
        # beside its article), else the body's.
        best = max((entry[1] for entry in self._paragraphs), default=0)
        chosen = [entry for entry in self._paragraphs if entry[1] == best]
        if best == 2:  # of several articles (teaser cards, a second story), the longest; the first of equals
            sizes: dict[int, int] = {}
            for text, _, _, number in chosen:
                sizes[number] = sizes.get(number, 0) + len(text)
            longest = max(sizes, key=lambda number: (sizes[number], -number))
            chosen = [entry for entry in chosen if entry[3] == longest]
        # Loose text (a <div> with no <p>) counts only on a page with no paragraph elements at all:
        # elsewhere it is mostly bylines, share buttons and teasers.
        if any(entry[2] for entry in chosen):
            chosen = [entry for entry in chosen if entry[2]]
        title = self._scoped_h1 or _SPACES.sub(" ", "".join(self._title)).strip() or self._first_h1
        date = next((self._metas[key] for key in _DATE_METAS if key in self._metas), None)
        return Page(
            text="\n\n".join(entry[0] for entry in chosen) + ("\n" if chosen else ""),
            title=title or None,
            date=date or self._scoped_time or self._time,
        )


def _holds_comments(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element is reader comments, or a container of them, by its class or id."""
    if tag not in _COMMENT_BLOCKS:
        return False
    for name, value in attrs:
        if value and name == "class" and any(_COMMENT_CLASS.match(word) for word in value.lower().split()):
            return True
        if value and name == "id" and _COMMENT_ID.match(value.lower()):
            return True
    return False


def _lines(text: str) -> list[str]:
    """The lines of preformatted text with text on them, each with its spaces made single."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]
