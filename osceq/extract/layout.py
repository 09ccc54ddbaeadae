"""An article's layout: metadata lines, title, body paragraphs, captions, boilerplate, references."""

from __future__ import annotations

import re
from dataclasses import dataclass

from osceq.extract import lexicon
from osceq.extract.reported_quotations import holds_reported_quote
from osceq.extract.text import fold, paragraphs, sentences, trim
from osceq.extract.web_furniture import is_web_furniture
from osceq.models import Block, Span

ROLE_BODY = "body"
ROLE_TITLE = "title"
ROLE_META = "meta"
ROLE_HEADING = "heading"
ROLE_CAPTION = "caption"
ROLE_BOILERPLATE = "boilerplate"
ROLE_REFERENCE = "reference"

_QUOTE_MARKS = '"“”«»„‘’‹›'


@dataclass(frozen=True, slots=True)
class Metadata:
    """Metadata read from an article's header, front matter or footer, and where it was."""

    fields: dict[str, str]
    spans: tuple[tuple[int, int], ...]
    source: str  # "front-matter", "header", "footer", "header+footer" or "none"


@dataclass(frozen=True, slots=True)
class Dateline:
    """A story's opening dateline ("SALVADOR, Feb 26 -"): the place and any month-day it gives."""

    span: Span
    place: str
    date: Span | None


def _lines(text: str) -> list[tuple[int, int]]:
    result = []
    position = 0
    while position <= len(text):
        newline = text.find("\n", position)
        end = len(text) if newline == -1 else newline
        result.append((position, end))
        if newline == -1:
            break
        position = newline + 1
    return result


def _metadata_field(line: str) -> tuple[str, str, int] | None:
    """(key, value, matched length) when the line is a metadata line."""
    bare = lexicon.BARE_DATE_METADATA.match(line)
    if bare:
        return bare.group("key").lower(), bare.group("value"), bare.end()
    match = lexicon.METADATA_LINE.match(line)
    if match:
        key = match.group("key").strip().lower().replace(" ", "_").replace("-", "_")
        if key in lexicon.METADATA_KEYS:
            return key, match.group("value").strip(), len(line)
    dated = lexicon.DATE_ONLY_LINE.match(line)
    if dated:
        return _DATE_LINE_KEYS[(dated.group("key") or "").lower()], dated.group("value"), len(line)
    byline = lexicon.BYLINE_LINE.match(line)
    if byline:
        return "byline", byline.group("value"), len(line)
    return None


# A date line's verb, as the metadata key whose rank the article date already follows.
_DATE_LINE_KEYS = {"": "date", "published": "published", "posted": "published", "updated": "updated"}


def read_metadata(text: str) -> Metadata:
    """Read front matter, or metadata lines at the top (after an optional title line) and bottom."""
    front = _front_matter(text)
    if front:
        return front
    fields: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    sources = []
    header = _header_lines(text, lines, fields, spans)
    if header:
        sources.append("header")
    if _footer_lines(text, lines, fields, spans):
        sources.append("footer")
    return Metadata(fields, tuple(sorted(spans)), "+".join(sources) or "none")


def _header_lines(
    text: str, lines: list[tuple[int, int]], fields: dict[str, str], spans: list[tuple[int, int]]
) -> bool:
    nonblank = [(a, b) for a, b in lines if text[a:b].strip()][:12]
    # The first line may be a headline with the metadata lines right under it (newswire style).
    start_index = 0
    if (
        len(nonblank) > 1
        and not _metadata_field(text[slice(*nonblank[0])])
        # right under it, or the first line reads like a headline
        and (nonblank[1][0] == nonblank[0][1] + 1 or _reads_like_headline(text[slice(*nonblank[0])].strip()))
        and _metadata_field(text[slice(*nonblank[1])])
    ):
        start_index = 1
    found = False
    for a, b in nonblank[start_index:]:
        parsed = _metadata_field(text[a:b])
        if not parsed:
            break
        key, value, length = parsed
        fields.setdefault(key, value)
        spans.append((a, a + length))
        found = True
        if length < b - a:  # "date 2025-06-10 ASTANA - ..." : the body goes on in this line
            break
    return found


def _footer_lines(
    text: str, lines: list[tuple[int, int]], fields: dict[str, str], spans: list[tuple[int, int]]
) -> bool:
    found = False
    taken = set(spans)
    for a, b in reversed(lines):
        line = text[a:b]
        if not line.strip():
            continue
        match = lexicon.METADATA_LINE.match(line)
        key = match.group("key").strip().lower() if match else ""
        if not match or key not in lexicon.METADATA_KEYS or (a, b) in taken:
            break
        fields.setdefault(key, match.group("value").strip())
        spans.append((a, b))
        found = True
    return found


def _front_matter(text: str) -> Metadata | None:
    stripped = text.lstrip("\ufeff")
    offset = len(text) - len(stripped)
    if not stripped.startswith("---"):
        return None
    lines = _lines(text)
    first = next((i for i, (a, b) in enumerate(lines) if text[a:b].strip()), None)
    if first is None or text[slice(*lines[first])].strip() != "---":
        return None
    fields: dict[str, str] = {}
    for a, b in lines[first + 1 : first + 200]:
        line = text[a:b]
        if line.strip() in ("---", "..."):
            return Metadata(fields, ((offset, b),), "front-matter")
        match = re.match(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        if match and match.group(2):
            fields.setdefault(match.group(1).lower(), match.group(2).strip("'\""))
    return None


def segment(text: str, metadata: Metadata | None = None, title: str | None = None) -> tuple[Block, ...]:
    """Split an article into paragraph blocks, each with its role.

    `title` is the title known from elsewhere (a JSON Lines record, the metadata): a first paragraph
    repeating it is the title, whatever its punctuation.
    """
    meta = metadata if metadata is not None else read_metadata(text)
    known_title = title or meta.fields.get("title") or meta.fields.get("headline")
    blocks: list[Block] = [Block(a, b, ROLE_META) for a, b in meta.spans]
    pieces = []
    for start, end in paragraphs(text):
        for a, b in _outside(start, end, meta.spans):
            a, b = trim(text, a, b)
            if b > a:
                pieces.append((a, b))
    roles = _roles(text, pieces, known_title)
    blocks.extend(Block(a, b, role) for (a, b), role in zip(pieces, roles, strict=True))
    return tuple(sorted(blocks, key=lambda block: (block.start, block.end)))


def _outside(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The parts of [start, end) not covered by spans."""
    parts = [(start, end)]
    for s, e in spans:
        next_parts = []
        for a, b in parts:
            if e <= a or s >= b:
                next_parts.append((a, b))
                continue
            if a < s:
                next_parts.append((a, s))
            if e < b:
                next_parts.append((e, b))
        parts = next_parts
    return parts


def _word_count(text: str) -> int:
    return len(text.split())


def _reads_like_headline(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 25 or len(text) > 250 or "\n" in text:
        return False
    if lexicon.DATELINE.match(text):  # "ASTANA, June 10 - The minister arrived." opens a story
        return False
    # A closing quote mark after the final punctuation ("… the wall.”) still ends a sentence.
    if not re.search(r"[.;,:!?][\"”’'»]*$|[\"”’'»]$", text) or text.endswith("?"):
        return True
    capitalised = sum(1 for word in words if word[:1].isupper() or not word[:1].isalpha())
    return capitalised / len(words) >= 0.6 and text.endswith(".") and text.count(". ") == 0


def _reads_like_heading(text: str) -> bool:
    return (
        _word_count(text) <= 12
        and not re.search(r"[.!?;:,\"”’'»)]$", text)
        and not any(mark in text for mark in _QUOTE_MARKS)
        and text[:1].isupper()
    )


def _same_title(chunk: str, title: str | None) -> bool:
    """Whether a paragraph repeats the known title, but for full stops (`…the Establishment.’`)."""
    return bool(title) and _title_key(chunk) == _title_key(title or "")


def _title_key(text: str) -> str:
    return " ".join(fold(text).replace(".", "").split())


def _title_lines(text: str, pieces: list[tuple[int, int]], known_title: str | None) -> int:
    """How many first lines repeat the known title together: a headline and its deck often come on
    two lines (`Mayor quits over budget;` / `Says council was 'unwilling to listen.'`)."""
    for count in (2, 3):
        if len(pieces) > count and _same_title(text[pieces[0][0] : pieces[count - 1][1]], known_title):
            return count
    return 0


def _roles(text: str, pieces: list[tuple[int, int]], known_title: str | None) -> list[str]:
    roles = [ROLE_BODY] * len(pieces)
    in_references = False
    title_lines = _title_lines(text, pieces, known_title)
    for index, (a, b) in enumerate(pieces):
        chunk = text[a:b]
        if in_references:
            roles[index] = ROLE_REFERENCE
        elif index < title_lines or (
            index == 0
            and len(pieces) > 1
            and (_same_title(chunk, known_title) or _reads_like_headline(chunk))
        ):
            roles[index] = ROLE_TITLE
        elif index > 0 and lexicon.REFERENCES_HEADING.match(chunk):
            roles[index] = ROLE_REFERENCE
            in_references = True
        elif _credit_line(chunk) or (
            index > 0 and _credit_line(text[slice(*pieces[index - 1])]) and _describes_a_picture(chunk)
        ):
            roles[index] = ROLE_CAPTION  # a photo's credit, and the caption under it
        else:
            following = text[slice(*pieces[index + 1])] if index + 1 < len(pieces) else None
            roles[index] = _paragraph_role(chunk, index, index >= len(pieces) - 3, following)
    return roles


# A photo credit alone on its line: "Getty.", "Handout/Reuters.", "Jan Novak via Getty Images."
_CREDIT_LINE = re.compile(
    r"(?:[\w.\- ]{0,40}(?:/\s?|\s+via\s+))?"
    r"(?:Reuters|AP|AFP|EPA|Getty(?: Images)?|Handout|Associated Press)\.?",
    re.IGNORECASE,
)
_PICTURE_SIDES = ("(left)", "(right)", "(center)", "(centre)")
# Verbs of speech in the present: a paragraph under a credit that uses one reports, not describes.
_SPEECH_NOW = frozenset(("says", "tells", "writes", "adds", "notes", "argues", "explains", "asks"))


def _credit_line(chunk: str) -> bool:
    return len(chunk) <= 60 and _CREDIT_LINE.fullmatch(chunk.strip()) is not None


def _describes_a_picture(chunk: str) -> bool:
    """Whether a paragraph under a photo credit is its caption: one sentence, no quotation, that
    shows a named person doing something now (`Police officer Ann Lee holds up the gun.`), or a
    picture's left and right."""
    if _word_count(chunk) > 45 or ". " in chunk or any(mark in chunk for mark in '"“”'):
        return False
    if any(side in chunk for side in _PICTURE_SIDES):
        return True
    words = chunk.split()
    for k in range(1, min(len(words), 14)):
        word = words[k]
        if not (word.isalpha() and word.islower()):
            continue
        if k > 1 and words[k - 1][:1].isupper() and words[k - 2][:1].isupper() and _present_verb(word):
            return True  # `Ann Lee signs` (a name of two words: `Border agents` is no name and verb)
        if not any(w[:1].isupper() for w in words[k + 1 : k + 3]):
            return False  # the sentence goes on in lower case: no name and verb at its head
        # else a role before a name (`police officer Ann Lee holds`): read on
    return False


def _present_verb(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _SPEECH_NOW
    )


def _paragraph_role(chunk: str, index: int, near_the_end: bool, following: str | None) -> str:
    """The role of a paragraph inside the article: body, caption, boilerplate, heading or reference."""
    words = _word_count(chunk)
    lowered = chunk.lower()
    # Cheap substring tests first: the regexes below are slow, and most paragraphs are plain body.
    if near_the_end and lexicon.CITATION_ENTRY.match(chunk) and lexicon.CITATION_FURNITURE.search(chunk):
        return ROLE_REFERENCE
    if (
        words <= 60
        and any(key in lowered for key in lexicon.CAPTION_KEYS)
        and lexicon.CAPTION_MARKER.search(chunk)
    ):
        return ROLE_CAPTION
    if (
        (words <= 12 or (near_the_end and words <= 60))
        and any(key in lowered for key in lexicon.BOILERPLATE_KEYS)
        and lexicon.BOILERPLATE_MARKER.search(chunk)
        # (`"… to sign up," said Mara Tollen.` is the story's; `Sign up for …. "…," says a reader.` not)
        and (_opens_on_furniture(chunk) or not holds_reported_quote(chunk))
    ):
        return ROLE_BOILERPLATE
    if is_web_furniture(chunk, near_the_end):  # an embedded post, a link line, a note on the story
        return ROLE_BOILERPLATE
    if index > 0 and following is not None and _reads_like_heading(chunk) and _word_count(following) > words:
        return ROLE_HEADING
    return ROLE_BODY


def _opens_on_furniture(chunk: str) -> bool:
    """Whether a paragraph opens on site furniture (`Sign up for …`, `Related articles:`, `Read more:`):
    a quotation after it is a promotion's or another page's, never the story's."""
    return lexicon.BOILERPLATE_MARKER.match(chunk.lstrip(" \t\n►▶»›•*→>")) is not None


def title_of(text: str, blocks: tuple[Block, ...], metadata: Metadata) -> str:
    """The article's title: from metadata, a headline-like first line, or the first sentence."""
    for key in ("title", "headline"):
        if metadata.fields.get(key):
            return metadata.fields[key]
    for block in blocks:
        if block.role == ROLE_TITLE:
            return text[block.start : block.end].rstrip(".")
    for block in blocks:
        if block.role == ROLE_BODY:
            start = block.start
            line = dateline(text, blocks)
            if line and line.span.start == start:
                start = line.span.end
            spans = sentences(text, start, block.end)
            first = text[slice(*spans[0])] if spans else text[start : block.end]
            words = first.split()
            return " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    return ""


def dateline(text: str, blocks: tuple[Block, ...]) -> Dateline | None:
    """The dateline at the start of the first body paragraph, if there is one."""
    first_body = next((block for block in blocks if block.role == ROLE_BODY), None)
    if first_body is None:
        return None
    match = lexicon.DATELINE.match(text, first_body.start, first_body.end)
    if not match:
        return None
    date = None
    group = "date" if match.group("date") else "dated"
    if match.group(group):
        date = Span(match.group(group), match.start(group), match.end(group))
    return Dateline(Span(match.group(), match.start(), match.end()), match.group("place") or "", date)
