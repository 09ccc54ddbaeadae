"""Word lists for the rules on web copy (page furniture, quote lists, repeats, datelines): data
only, no logic."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

# Verbs of a quotation's own tag (`"…," said Ann Lee`, `Lee told us: "…"`): a paragraph holding one
# reports speech, so it is the story's, never a page's furniture.
TAG_VERBS = _words(
    """
    said says say told tells added adds asked asks explained explains noted notes stated states
    insisted insists replied replies recalled recalls warned warns urged urges declared declares
    continued continues wrote writes admitted admits argued argues
    """
)
# Past forms of those verbs: a headline tags its quotation in the present (`'…,' says Ann Lee`), a
# story's sentence mostly in the past.
PAST_TAG_VERBS = _words(
    """
    said told added asked explained noted stated insisted replied recalled warned urged declared
    continued wrote admitted argued
    """
)
# Jobs at the paper: after a dash, the name that follows is a byline, not a quotation's signature
# (`"…" — reporter Ann Lee`, `— staff writer Ann Lee`).
BYLINE_ROLES = _words(
    """
    reporter reporters correspondent correspondents writer writers editor editors columnist
    columnists photographer photographers contributor contributors stringer stringers
    """
)
# The United States' state abbreviations that stand before a dateline's agency in brackets (`DOVER,
# Del. (Capitol Wire) —`), written without their full stop and lower-cased.
STATE_ABBREVIATIONS = _words(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
    nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c
    """
)
# Writings of other people that a list's lead-in may show (`listed the slogans on the signs:`,
# `shared some of the comments:`): the items are theirs, not the lead-in speaker's.
OTHERS_WRITINGS = _words(
    """
    sign signs slogan slogans banner banners placard placards comment comments post posts message
    messages letter letters email emails tweet tweets text texts survey surveys poll polls petition
    petitions report reports finding findings note notes chant chants review reviews response
    responses answer answers quote quotes quotation quotations line lines word words phrase phrases
    saying sayings headline headlines complaint complaints question questions
    """
)
# Words for other people in a lead-in (`said others had asked:`).
OTHER_PEOPLE = _words("they them their theirs people others everyone someone anyone somebody anybody")
# Words that may open what follows a lead-in's verb before its colon when the words are the
# speaker's own: her own things (`listed her priorities:`), a count (`said three things:`).
OWN_OBJECT_OPENERS = _words(
    """
    her his my our its a an one two three four five six seven eight nine ten several few some
    """
)
# Verbs of a clause with another subject in a lead-in (`said the town had raised …:`).
CLAUSE_VERBS = _words("had has have was were is are did does do found raised sent made gave got")
# Words that open a reported clause after a lead-in's verb or before its speaker (`told reporters
# what residents want:`, `summed up what critics say:`): the items are what others said.
REPORTED_CLAUSE_OPENERS = _words("what how why which who whom whose whatever that")
# A speaker's sex by the pronoun naming it, and the sex every his, her, him or hers in its lead-in
# must agree with (`Tomas Ruell listed her demands:` gives her demands, not his).
PERSONAL_SEXES = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
