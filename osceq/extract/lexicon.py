"""Word lists and compiled patterns shared by the extractors: data only, no logic."""

from __future__ import annotations

import re

from osceq.extract.letter_cases import any_case, any_case_pattern

# Metadata keys accepted in header/footer lines ("Date: 1987-02-26", "Year: 2014", "Title: ...").
METADATA_KEYS = frozenset(
    [
        "title",
        "headline",
        "date",
        "published",
        "updated",
        "year",
        "city",
        "place",
        "location",
        "dateline",
        "author",
        "authors",
        "byline",
        "by",
        "source",
        "publisher",
        "url",
        "link",
        "tags",
        "keywords",
        "section",
        "language",
        "lang",
        "id",
    ]
)

# A metadata line: "Key: value", or "date 2025-06-10" with a date-like value and no colon.
METADATA_LINE = re.compile(r"^[ \t]*(?P<key>[A-Za-z][A-Za-z _-]{0,20}?)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$")
BARE_DATE_METADATA = re.compile(
    r"^[ \t]*(?P<key>date|published|year)[ \t]+"
    r"(?P<value>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?)(?=\s|$)[ \t]*",
    re.IGNORECASE,
)
# A header line that is only a date, as web pages print it under the headline: "May 3, 2024",
# "Published Tuesday, 3 May 2024 10:32 a.m. EDT", "Updated on 2024-05-03". The verb picks the key.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
DATE_ONLY_LINE = re.compile(
    r"^[ \t]*(?:(?P<key>published|posted|updated)(?:[ \t]+on)?[ \t]+)?(?:" + _WEEKDAY + r"[ \t]+)?"
    r"(?P<value>" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r",?[ \t]+\d{4}"
    r"|\d{4}-\d{2}-\d{2})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?)?[ \t]*$",
    re.IGNORECASE,
)
# A byline alone on its line ("By Jane Roe and John Doe, Staff Writers"), often above the date
# line: capitalised words only, so "By Tuesday the talks had failed." stays body text.
_NAME_WORD = any_case(r"[A-Z][\w'’.-]*")
BYLINE_LINE = re.compile(
    r"^[ \t]*By[ \t]+(?P<value>" + _NAME_WORD + r"(?:[ \t]+(?:" + _NAME_WORD + r"|and|&|de|van|von|da|al))*"
    r"(?:,[ \t]+" + _NAME_WORD + r"(?:[ \t]+(?:" + _NAME_WORD + r"|and|&|of|for))*)?)[ \t]*$"
)

# Photo captions: a short paragraph carrying a credit line. (Not "VIDEO:": it introduces embedded
# clips whose transcripts carry real quotes.)
CAPTION_KEYS = ("photo", "image", "picture", "credit", "getty", "afp", "reuters/")
# (Both markers are only asked whether they occur. The worded ones share one \b, tested once at each
# position the case-blind search tries rather than once per marker: the search takes a third the time.)
CAPTION_MARKER = re.compile(
    r"\b(?:(?:photo|image|picture)s?\s*(?:credit|courtesy|source)?\s*:"
    r"|(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy\s+of|credit)\b"
    r"|credit\s*:"
    r"|getty\s+images\b|AP\s+Photo\b|AFP\s+photo\b|(?-i:REUTERS/))"
    r"|\(\s*(?:photo|image|picture|file\s+photo)\b",
    re.IGNORECASE,
)

# Newsletter, sharing and site furniture that is not part of the article's body. (The keys are a
# cheap pre-test: one word each, since the marker allows any space between its words.)
BOILERPLATE_KEYS = (
    "sign",
    "subscribe",
    "newsletter",
    "follow",
    "leave",
    "share",
    "click",
    "rights",
    "©",
    "copyright",
    "read",
    "related",
    "advertisement",
    "directly",
    "download",
    "cookie",
    "comment",
    "tag",
    "filed",
)
BOILERPLATE_MARKER = re.compile(
    r"\b(?:sign\s+up\b|subscribe\s+(?:to\s+our\b|now\b|here\b|for\s+free\b)|newsletters?\b|follow\s+us\b"
    r"|leave\s+a\s+(?:comment|reply)\b"
    r"|share\s+(?:this|on)\b|click\s+here\b|all\s+rights\s+reserved\b|copyright\b"
    r"|read\s+more\b|related\s+(?:articles?|stories|posts?)\b"
    r"|sent\s+directly\s+to\s+you\b|download\s+(?:our|the)\s+app\b|cookies?\s+policy\b"
    r"|comments?\s+(?:are\s+)?closed\b)"
    r"|©|^\s*advertisement\s*$|^\s*(?:tags?|filed\s+under)\s*:",
    re.IGNORECASE | re.MULTILINE,
)

# Headings that introduce a references list.
REFERENCES_HEADING = re.compile(
    r"^\s*(?:references|sources|notes|bibliography|literature|footnotes|endnotes)\s*:?\s*$",
    re.IGNORECASE,
)
# A bibliographic entry: numbered, with the furniture of a citation.
CITATION_ENTRY = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+\S")
CITATION_FURNITURE = re.compile(
    r"//|\bpp?\.\s*\d|\bvol\.\s*\d|№|\bdoi\b|https?://|\bISBN\b|\(\d{4}\)|\b(?:ed|eds)\.",
    re.IGNORECASE,
)

# A dateline opening a story: "ASTANA –", "SALVADOR, Feb 26 -", "WASHINGTON (Reuters) -", and with
# a year as press releases and web copy write it: "OSLO, March 4, 2024 /Newswire/ --", "Jan 5, 2020 -".
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}"
DATELINE = any_case_pattern(
    r"(?:(?P<place>[A-Z][A-Z.'’-]*(?:[ ][A-Z][A-Z.'’-]*){0,4}"
    r"(?:,[ ]?[A-Z][A-Za-z.]+(?:[ ][A-Z][a-z.]+)?)?)"
    rf"(?:,[ ]?(?P<date>{_MONTH_DAY}(?:,[ ]\d{{4}})?))?"
    rf"|(?P<dated>{_MONTH_DAY},[ ]\d{{4}}))"  # a date alone opens a story only with its year
    r"(?:[ ]\((?P<agency>[A-Za-z .&-]{2,30})\)|[ ]/[A-Za-z .&-]{2,30}/)?"
    r"[ ]?[-–—]+[ ]"
)
