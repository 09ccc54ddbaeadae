"""Word lists and compiled patterns of the temporal-expression engine: data only, no logic.

The patterns run over the lower-cased text (same length as the original), so they are written in
lower case; capitalisation is checked on the original text where it matters ("May", "March").
"""

from __future__ import annotations

import re

from osceq.extract.lazy_patterns import lazy_compile


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "midday": "MI",
}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a couple of": 2,
    "couple of": 2,
    "a dozen": 12,
    "dozen": 12,
}
# Quantities that leave the number unknown: "several years" is PXY.
VAGUE_NUMBERS = frozenset({"several", "a few", "few", "some", "many", "numerous", "a number of"})
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
DAY_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "first": 1,
    "second": 2,
    "third": 3,
}
# Unit words -> (ISO 8601 designator, whether it is a time unit written after "T", calendar unit).
UNITS = {
    "year": ("Y", False, "year"),
    "yr": ("Y", False, "year"),
    "month": ("M", False, "month"),
    "mth": ("M", False, "month"),
    "mo": ("M", False, "month"),
    "week": ("W", False, "week"),
    "wk": ("W", False, "week"),
    "day": ("D", False, "day"),
    "fortnight": ("W", False, "week"),
    "quarter": ("M", False, "quarter"),
    "qtr": ("M", False, "quarter"),
    "decade": ("Y", False, "decade"),
    "century": ("Y", False, "century"),
    "hour": ("H", True, "hour"),
    "hr": ("H", True, "hour"),
    "minute": ("M", True, "minute"),
    "min": ("M", True, "minute"),
    "second": ("S", True, "second"),
    "weekend": ("D", False, "weekend"),
    "night": ("D", False, "day"),
}
# How many designator units one unit word stands for ("a decade" is P10Y, "a quarter" P3M).
UNIT_FACTORS = {"decade": 10, "century": 100, "quarter": 3, "qtr": 3, "fortnight": 2, "weekend": 2}
FREQUENCY_WORDS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "qtly": "P3M",
    "qtrly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "semi-annually": "P6M",
    "semiannually": "P6M",
    "biannually": "P6M",
    "hourly": "PT1H",
    "nightly": "P1D",
    "fortnightly": "P2W",
}
TIME_ZONES = words("gmt utc est edt cst cdt mst mdt pst pdt bst cet cest jst ist msk aest hkt sgt")

# Words that set the tense of the clause around an expression.
FUTURE_CUES = words(
    """will shall 'll ’ll would could might should must wo going plans plan planned scheduled due expects
    expected expect
    intends aims upcoming forthcoming next coming later until soon"""
)
PAST_CUES = words(
    """was were had did said told announced reported began begun came went took made met held
    rose fell sold bought paid left saw gave won lost agreed signed ended earlier ago last ran became
    grew spent set put cut hit struck brought thought knew sent wrote spoke got kept led"""
)
PRESENT_CUES = words("is are am does do has have says say expects remains")
# Reporting verbs date the report, not what is reported.
REPORTING_VERBS = words("said says told announced reported added stated noted")
# Words ending in -ed that are not past-tense verbs.
NOT_PAST_ED = words(
    "need needed proceed exceed succeed speed feed seed breed indeed bed red shed hundred based "
    "related detailed limited united unlimited scheduled expected planned proposed"
)

# Nouns of quantity after which a number is no year ("1987 dlrs") and "a year" is a rate.
QUANTITY_NOUNS = words(
    """pct percent per cent dlr dlrs dollar dollars cts cents stg yen marks francs lire pesos rupees
    tonnes tonne tons ton barrels barrel bpd shares share mln million billion bln trillion people
    units points km miles feet metres meters kilos kg lbs pounds ounces acres hectares bags bales
    cars vehicles employees workers jobs votes seats times copies rounds"""
)
# Words before a number that make it an identifier, not a year ("flight 1987", "section 2015").
NUMBER_LABELS = words(
    """no no. nos number flight route room page pages section sections article articles chapter rule
    model type version form resolution bill act code item items paragraph clause box suite apt
    highway interstate order case reg lot grade class level step phase pin tel fax ext"""
)

# Words after which a capitalised "May" is the month ("in May", "early May").
MONTH_LEADS = words(
    """in on since by until till from of during early late mid end last next this through to before
    after for between and or around about throughout"""
)
# Holidays on a fixed day of the year (the movable ones are computed).
HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "boxing day": (12, 26),
}
# Words before a number that make it a count, not a year ("about 2000 troops").
APPROXIMATORS = words(
    "about around nearly almost some roughly approximately than least estimated another extra"
)
# Words that make a weekday the name of another day ("Black Friday").
WEEKDAY_NAMED_DAYS = words("good black super holy cyber")
# Newspapers named after a weekday.
WEEKDAY_PAPERS = words("times telegraph express mirror herald post mail tribune independent star")
# Words after which a number below 1900 can still be a year ("in 1492").
YEAR_LEADS = words("in since from of by until till before after to and between circa during year")
# Years written after these words look ahead ("by 2030"): they do not date the article.
FORWARD_WORDS = words("by until till through before to target targets goal")

# Only an abbreviation owns a full stop: "Dec. 2", but "in March." ends a sentence.
_MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b))"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[/:.,]\d)"
_DAY_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third)"
_YEAR = r"(?:1[0-9]|20)[0-9]{2}(?!\w|/\d|[.,]\d|%)"
_NUM = (
    r"(?:\d+(?:\.\d+)?(?:-\d/\d)?|\d+\s\d/\d|a\s+half|half\s+an?|a\s+couple\s+of|couple\s+of|a\s+few"
    r"|a\s+dozen|a\s+number\s+of|several|few|some|many|numerous|another|an?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|a\s+hundred|hundred)"
)
_UNIT = (
    r"(?:years?|yrs?|months?|mths?|mos|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?"
    r"|centuries|century|quarters?|qtrs?|fortnights?|weekends?|nights?)"
)
_CAL_UNIT = r"(?:week|weekend|month|year|quarter|qtr|half|decade|century|season)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PART = r"(?:morning|afternoon|evening|night)"
_MOD = (
    r"(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|just\s+over|just\s+under"
    r"|well\s+over)"
)
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# "the end of" stays outside the expression, as the TimeML examples have it; "late", "mid-" inside.
_EDGE = r"(?:early|mid|late|end(?=-))"

# One pattern, tried left to right: at any position the first alternative that matches wins, so the
# longer and more specific forms come first. Each alternative is a named group naming its handler.
# (Compiled on its first use: the quote extractors import this module for its word lists alone.)
TIMEX = lazy_compile(
    rf"""
    (?<![\w'’])(?:
    (?P<iso>(?<![\d-])\d{{4}}-[01]\d-[0-3]\d(?:t[0-2]\d:[0-5]\d(?::[0-5]\d)?)?(?![\d-]))
    |(?P<numeric>(?<![\d/.,$])(?P<n1>[01]?\d|[23]\d)/(?P<n2>[0-3]?\d)/(?P<n3>(?:19|20)?\d\d)(?![\d/%]))
    |(?P<mdy>(?:(?P<mdy_wd>{_WEEKDAY}),?\s+)?(?P<mdy_m>{_MONTH})\s?(?P<mdy_d>{_DAY}|{_DAY_WORD}(?=\s*(?:$|[,.;)]|\n|and\b)))
        (?:(?P<mdy_sep>-|–|—|\s(?:to|through|until|and|&|or)\s)(?P<mdy_m2>{_MONTH}\s?)?(?P<mdy_d2>{_DAY}))?
        (?:(?:,\s?|\s)(?P<mdy_y>{_YEAR}))?)
    |(?P<dmy>(?<![\d.,])(?P<dmy_d>{_DAY})(?:\s?(?:-|–|to|and)\s?(?P<dmy_d2>{_DAY}))?\s(?:of\s)?(?P<dmy_m>{_MONTH})
        (?:,?\s(?P<dmy_y>{_YEAR}))?)
    |(?P<myear>(?:(?P<my_edge>{_EDGE})[-\s]+)?(?P<my_m>{_MONTH})\s?(?:of\s|,\s?)?(?P<my_y>{_YEAR}))
    |(?P<quarter>(?:the\s+)?(?:(?P<q_year1>{_YEAR})\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<q_ord>{_ORD}|final)[-\s]+
        (?P<q_unit>quarter|qtr|half)|q(?P<q_num>[1-4])|h(?P<h_num>[12]))\b
        (?:(?:\s+of|\s+in|,)?\s+(?:(?:fiscal|calendar)\s+)?(?P<q_year>{_YEAR})
        |\s+(?P<q_rel>this|last|next)\s+year\b)?)
    |(?P<yrange>(?P<yr_from>from\s+|between\s+)?(?P<yr_a>(?:1[0-9]|20)[0-9]{{2}})(?:\s?(?:-|–)\s?|\s+(?P<yr_word>to|through|until|and)\s+)
        (?P<yr_b>(?:1[0-9]|20)[0-9]{{2}}|[0-9]{{2}})(?![\d/%]|[.,]\d))
    |(?P<decade>(?:the\s+)?(?:(?P<dec_edge>early|mid|late)[-\s]+)?(?:(?P<dec_y>(?:1[0-9]|20)?[0-9])0'?s\b|'(?P<dec_short>[0-9])0s\b
        |(?P<dec_word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b))
    |(?P<century>(?:the\s+)?(?P<cen_n>[0-9]{{1,2}})(?:st|nd|rd|th)[-\s]+century\b)
    |(?P<agoish>(?<![,.$£€])(?:(?P<ago_mod>{_MOD})\s+)?(?P<ago_n>{_NUM})[-\s]+(?P<ago_unit>{_UNIT})\s+
        (?P<ago_dir>ago|earlier|later|from\s+now|hence|back|previously|(?:before|after|prior)(?=\s*(?:[,.;:)]|$)))(?![\w-]))
    |(?P<yearago>(?:the\s+)?year[-\s]ago(?:\s+(?P<ya_noun>quarter|qtr|period|month|levels?|figures?|results?))?\b)
    |(?P<rel>(?:(?P<rel_edge>early|late|earlier|later|mid|end)[-\s]+)?
        (?P<rel_mod>this|last|next|previous|coming|the\s+coming|current|the\s+current|following|the\s+following|past|the\s+past|the\s+last)\s+
        (?P<rel_what>{_CAL_UNIT}|{_SEASON}|{_WEEKDAY}|{_MONTH}|{_PART})(?![\w-]))
    |(?P<duration>(?<![,.$£€])(?:(?P<dur_mod>{_MOD})\s+)?(?:the\s+(?P<dur_dir>past|last|next|previous|coming|first|final|following|remaining)\s+)?
        (?!(?:1[0-9]|20)[0-9]{{2}}[-\s]+(?:year|yr|month|week|day)\b)(?P<dur_n>{_NUM})[-\s]+(?:(?:more|additional|further|straight|consecutive)\s+)?(?P<dur_unit>{_UNIT})(?P<dur_long>-long)?(?![\w-]|-old))
    |(?P<longunit>(?P<lu_unit>year|month|week|day|hour|decade)-long\b)
    |(?P<bareplural>(?:for|within|after|take|takes|took|spent|of|in)\s+(?P<bp_unit>years|months|weeks|decades|days|hours)\b(?!\s+(?:ago|old|later|earlier))
        |(?P<bp_unit2>years|months|weeks|decades)(?=\s+of\s))
    |(?P<barerate>(?P<br_q>a|per|each|every)\s+(?P<br_unit>year|month|week|day|hour|quarter))\b
    |(?P<frequency>(?:(?P<fq_n>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?P<fq_unit>year|month|week|day|quarter|hour)\b
        |(?P<fq_each>every|each)\s+(?:other\s+)?(?P<fq_what>{_CAL_UNIT}|day|{_WEEKDAY}|{_PART}|{_SEASON})\b
        |(?P<fq_word>daily|weekly|monthly|quarterly|qtly|qtrly|yearly|annually|semi-annually|semiannually|biannually|hourly|nightly|fortnightly)\b))
    |(?P<recent>(?:the\s+)?(?P<rc_mod>recent|coming|past|last|next)\s+(?P<rc_unit>years|months|weeks|days|decades|hours))\b
    |(?P<holiday>(?P<hd_name>christmas\s+eve|christmas\s+day|christmas|new\s+year['’]s\s+(?:day|eve)|valentine['’]s\s+day
        |halloween|thanksgiving(?:\s+day)?|easter(?:\s+sunday|\s+monday)?|good\s+friday|labor\s+day|memorial\s+day|boxing\s+day)\b
        (?:,?\s+(?P<hd_y>{_YEAR}))?)
    |(?P<weekday>(?P<wd_name>{_WEEKDAY})(?:'s|’s)?(?:\s+(?P<wd_part>{_PART}))?\b)
    |(?P<deictic>(?:(?P<dx_edge>early|late|earlier|later)\s+)?(?P<dx_word>today|yesterday|tomorrow|tonight|now|currently|nowadays|recently|lately)\b
        (?:\s+(?P<dx_part>{_PART})\b)?)
    |(?P<vague>(?:at\s+)?(?P<vg_word>(?:the|in)\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+past|the\s+present(?:\s+day)?|present|these\s+days)\b
        (?=\s*(?:[,.;:!?)"”]|$)|\s+(?:and|but|or|when|where|that|to|is|was|has|had|have|of|as|will|with)\b))
    |(?P<season>(?:(?P<sn_edge>early|mid|late)[-\s]+)?(?P<sn_det>the\s+)?(?P<sn_name>{_SEASON})\b(?:\s+(?:of\s+)?(?P<sn_y>{_YEAR}))?)
    |(?P<yearend>(?:the\s+)?(?:year|month|quarter)[-\s]end\b)
    |(?P<anaphor>(?P<an_det>the|that|this|the\s+same|the\s+prior|prior|the\s+previous|the\s+following|the\s+next|the\s+full|the\s+fiscal|the\s+calendar)\s+
        (?:(?:full|fiscal|calendar|current)\s+)?(?P<an_unit>year|month|quarter|qtr|weekend|week|day|morning|afternoon|evening|night)(?![\w-]|\s+\d))
    |(?P<clock>(?:(?P<ck_mod>about|around|approximately)\s+)?(?:(?P<ck_h>[01]?\d|2[0-3])(?:[:.](?P<ck_m>[0-5]\d))?\s?(?P<ck_ap>a\.m\.|p\.m\.|am\b|pm\b)
        |(?P<ck_h2>[01]?\d|2[0-3]):(?P<ck_m2>[0-5]\d)(?![\d:])|(?P<ck_mil>[0-2]\d[0-5]\d)(?=\s+(?:gmt|utc|local|hrs|hours))
        |(?P<ck_word>noon|midnight|midday))(?:\s+(?P<ck_tz>{"|".join(sorted(TIME_ZONES))}|local\s+time)\b)?)
    |(?P<edgeyear>(?P<ey_edge>{_EDGE})[-\s]+(?P<ey_y>{_YEAR}))
    |(?P<fiscal>(?P<fs_word>fiscal|calendar|fy|the\s+year|year)(?:\s+year)?[\s-]?(?P<fs_y>(?:1[0-9]|20)[0-9]{{2}}|[0-9]{{2}}(?![\d]))(?![\d/]))
    |(?P<month>(?:(?P<mo_edge>{_EDGE})[-\s]+)?(?P<mo_name>{_MONTH})(?:,?\s+(?:of\s+)?(?P<mo_rel>this|last|next)\s+year\b)?)
    |(?P<year>(?<![$£€#.,/+-])(?P<yr_y>{_YEAR}))
    )""",
    re.VERBOSE,
)

# Words every temporal expression contains one of (numbers are judged apart: years, clock times).
# The engine tries the big pattern only at the word starts just before each of these.
TRIGGER_WORDS = (
    words(
        """year years yr yrs month months mth mths mo mos week weeks wk wks day days hour hours hr hrs
        minute minutes min mins second seconds decade decades century centuries quarter quarters qtr
        qtrs half fortnight fortnights weekend weekends night nights season today yesterday tomorrow
        tonight now currently nowadays recently lately future past present ago noon midnight midday
        morning afternoon evening daily weekly monthly quarterly qtly qtrly yearly annually semi
        semiannually biannually hourly nightly fortnightly twenties thirties forties fifties sixties
        seventies eighties nineties q1 q2 q3 q4 h1 h2 fy fiscal calendar sept christmas halloween
        thanksgiving easter"""
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(SEASONS)
)
# Words an expression may begin with before its trigger word ("about two years ago", "the past").
STARTER_WORDS = (
    words(
        """the a an about around approximately roughly nearly almost some more less fewer at up no just
        well early mid late end earlier later this last next previous coming current following past
        from between each every per once twice several few many numerous another half couple dozen
        recent in these that prior for within after take takes took spent of same full first second
        third fourth final 1st 2nd 3rd 4th near foreseeable distant than to least most number consecutive
        straight additional further times over under remaining new good labor memorial boxing valentine"""
    )
    | frozenset(NUMBER_WORDS)
    | TRIGGER_WORDS
)
TOKEN = re.compile(r"'?[0-9a-z]+")
# After a one- or two-digit number, these make it a clock time or a numeric date.
CLOCK_TAIL = re.compile(r"[:.][0-5][0-9]|/[0-9]| ?[ap]\.?m\b")
DECADE_TOKEN = re.compile(r"'?[0-9]{1,3}0s")
# After a four-digit number outside the years, these make it a time of day ("0930 GMT").
CLOCK_ZONE = re.compile(r"\s+(?:gmt|utc|local|hrs|hours|[a-z]{1,2}[sd]?t\b)")

# A sentence break: a full stop (after the word it may abbreviate) before a capital, or a new line.
SENTENCE_BREAK = re.compile(r"(?:([\w.]+)\.|[?!])[\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n")
ABBREVIATIONS = words(
    """mr mrs ms dr prof gen col lt sgt capt gov sen rep rev st sr jr pres amb corp inc co ltd bros no
    vs jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m d.c a b c d e f g h
    i j k l m n o p q r s t u v w x y z"""
)
# Words whose tense marks a clause: auxiliaries, reporting verbs, -ed forms ("be" for passives).
TENSE_CUE = re.compile(
    r"(?<![\w'’])(?:will|would|could|might|should|must|shall|won['’]t|going|plans?|planned|scheduled|due|expects?|expected|intends"
    r"|aims|upcoming|forthcoming|next|coming|later|until|soon|be|[a-z]+['’]ll|was|were|had|did|said|told"
    r"|announced|reported|began|begun|came|went|took|made|met|held|rose|fell|sold|bought|paid|left|saw"
    r"|gave|won|lost|agreed|signed|ended|earlier|ago|last|ran|became|grew|spent|set|put|cut|hit|struck"
    r"|brought|thought|knew|sent|wrote|spoke|got|kept|led|is|are|am|does|do|has|have|says|say|remains"
    r"|[a-z]{3,}ed)(?![\w'’])"
)
