"""Vocabulary as data: every word list the rules and resolvers use lives here.

Nothing in this module computes anything; rules in ``_rules.py`` turn these
tables into patterns, and resolvers look values up in them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

MONTHS: Mapping[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month words that are also common English words: only dates in a date-like context.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "dec"})

WEEKDAYS: Mapping[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}
# Only the full weekday names are matched on their own; abbreviations need a date beside them.
FULL_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

# Duration units: the TIMEX3 letter, whether it sits after T, and the multiplier.
UNITS: Mapping[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1),
    "week": ("W", False, 1), "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1),
    "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
}
UNIT_PLURALS: Mapping[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night", "weeks": "week",
    "fortnights": "fortnight", "months": "month", "quarters": "quarter", "years": "year",
    "decades": "decade", "centuries": "century", "millennia": "millennium",
}

NUMBER_WORDS: Mapping[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2,
    "a pair of": 2, "single": 1, "a single": 1, "both": 2, "couple of": 2,
    "an additional": 1, "an extra": 1,
}
# Vague quantities: the number becomes X ("several months" is PXM).
VAGUE_NUMBERS = frozenset(
    {"several", "a few", "few", "some", "many", "a number of", "a couple",
     "numerous", "countless", "the coming", "coming", "the past few", "past few",
     "the last few", "last few", "the next few", "next few", "a few more", "more", "the few"}
)

ORDINALS: Mapping[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31, "last": 4, "final": 4,
}

PARTS_OF_DAY: Mapping[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI", "daytime": "DT", "nighttime": "NI",
}

SEASONS: Mapping[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

class Holiday(NamedTuple):
    """How to find a holiday in a year: a fixed date, the nth weekday of a month
    (nth=-1 for the last), an offset from Easter Sunday, or Election Day."""

    kind: str  # "fixed", "nth", "easter" or "election"
    month: int = 0
    day: int = 0
    weekday: int = 0  # ISO weekday, 1 = Monday
    nth: int = 0
    offset: int = 0  # days from Easter Sunday


HOLIDAYS: Mapping[str, Holiday] = {
    "christmas day": Holiday("fixed", month=12, day=25),
    "christmas": Holiday("fixed", month=12, day=25),
    "xmas": Holiday("fixed", month=12, day=25),
    "christmas eve": Holiday("fixed", month=12, day=24),
    "boxing day": Holiday("fixed", month=12, day=26),
    "new year's day": Holiday("fixed", month=1, day=1),
    "new years day": Holiday("fixed", month=1, day=1),
    "new year's eve": Holiday("fixed", month=12, day=31),
    "new years eve": Holiday("fixed", month=12, day=31),
    "valentine's day": Holiday("fixed", month=2, day=14),
    "valentines day": Holiday("fixed", month=2, day=14),
    "st. patrick's day": Holiday("fixed", month=3, day=17),
    "saint patrick's day": Holiday("fixed", month=3, day=17),
    "april fools' day": Holiday("fixed", month=4, day=1),
    "april fools day": Holiday("fixed", month=4, day=1),
    "independence day": Holiday("fixed", month=7, day=4),
    "the fourth of july": Holiday("fixed", month=7, day=4),
    "fourth of july": Holiday("fixed", month=7, day=4),
    "july fourth": Holiday("fixed", month=7, day=4),
    "halloween": Holiday("fixed", month=10, day=31),
    "veterans day": Holiday("fixed", month=11, day=11),
    "veterans' day": Holiday("fixed", month=11, day=11),
    "armistice day": Holiday("fixed", month=11, day=11),
    "remembrance day": Holiday("fixed", month=11, day=11),
    "all saints' day": Holiday("fixed", month=11, day=1),
    "bastille day": Holiday("fixed", month=7, day=14),
    "labour day": Holiday("fixed", month=5, day=1),
    "may day": Holiday("fixed", month=5, day=1),
    "flag day": Holiday("fixed", month=6, day=14),
    "juneteenth": Holiday("fixed", month=6, day=19),
    "thanksgiving day": Holiday("nth", month=11, weekday=4, nth=4),
    "thanksgiving": Holiday("nth", month=11, weekday=4, nth=4),
    "labor day": Holiday("nth", month=9, weekday=1, nth=1),
    "memorial day": Holiday("nth", month=5, weekday=1, nth=-1),
    "martin luther king day": Holiday("nth", month=1, weekday=1, nth=3),
    "martin luther king jr. day": Holiday("nth", month=1, weekday=1, nth=3),
    "mlk day": Holiday("nth", month=1, weekday=1, nth=3),
    "presidents' day": Holiday("nth", month=2, weekday=1, nth=3),
    "presidents day": Holiday("nth", month=2, weekday=1, nth=3),
    "president's day": Holiday("nth", month=2, weekday=1, nth=3),
    "columbus day": Holiday("nth", month=10, weekday=1, nth=2),
    "mother's day": Holiday("nth", month=5, weekday=7, nth=2),
    "mothers day": Holiday("nth", month=5, weekday=7, nth=2),
    "father's day": Holiday("nth", month=6, weekday=7, nth=3),
    "fathers day": Holiday("nth", month=6, weekday=7, nth=3),
    "election day": Holiday("election"),
    "easter": Holiday("easter", offset=0),
    "easter sunday": Holiday("easter", offset=0),
    "easter day": Holiday("easter", offset=0),
    "easter monday": Holiday("easter", offset=1),
    "good friday": Holiday("easter", offset=-2),
    "palm sunday": Holiday("easter", offset=-7),
    "ash wednesday": Holiday("easter", offset=-46),
    "pentecost": Holiday("easter", offset=49),
    "ascension day": Holiday("easter", offset=39),
}

# References with no calendar position.
REFERENCES: Mapping[str, str] = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the moment": "PRESENT_REF", "at this time": "PRESENT_REF",
    "at this point": "PRESENT_REF", "the present": "PRESENT_REF", "present-day": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "formerly": "PAST_REF",
    "previously": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "earlier": "PAST_REF", "once": "PAST_REF", "in the past": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "shortly": "FUTURE_REF", "in the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "later": "FUTURE_REF", "eventually": "FUTURE_REF", "someday": "FUTURE_REF",
    "one day": "FUTURE_REF", "the years ahead": "FUTURE_REF",
}
# Of the references above, the ones we tag in running text (the rest are too vague).
# Measured on TimeBank/AQUAINT: "previously", "soon", bare "future", "recent", "shortly" and
# "formerly" are left unmarked by the annotators more often than marked.
TAGGED_REFERENCES = frozenset(
    {"now", "currently", "current", "at present", "nowadays", "these days", "the present",
     "recently", "the past", "lately", "the future", "the near future"}
)

# Deictic day words: the shift in days from the dateline and an optional part of day.
DAY_DEICTICS: Mapping[str, tuple[int, str]] = {
    "today": (0, ""), "tonight": (0, "NI"), "yesterday": (-1, ""), "tomorrow": (1, ""),
    "the day before yesterday": (-2, ""), "the day after tomorrow": (2, ""),
    "last night": (-1, "NI"), "this morning": (0, "MO"), "this afternoon": (0, "AF"),
    "this evening": (0, "EV"), "overnight": (0, "NI"),
}

# Modifiers that belong to the expression ("early December", "the end of 2021").
MODIFIERS: Mapping[str, str] = {
    "early": "START", "the early": "START", "earlier": "START", "the beginning of": "START",
    "beginning of": "START", "the start of": "START", "start of": "START",
    "the first part of": "START", "the dawn of": "START",
    "mid": "MID", "mid-": "MID", "the mid": "MID", "the middle of": "MID",
    "middle of": "MID", "the mid-": "MID",
    "late": "END", "the late": "END", "later": "END", "the end of": "END", "end of": "END",
    "the close of": "END", "the latter part of": "END", "the last part of": "END",
    "end-": "END", "year-end": "END",
}
# Quantifying modifiers of durations.  Single hedging words stay outside the extent
# (TimeBank marks "about [five hours]"), but still give the expression its mod.
# Measured on TimeBank/AQUAINT: "about [two weeks]" but "[nearly two years]", "[over a week]".
OUTSIDE_QUANTIFIERS: Mapping[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "under": "LESS_THAN", "within": "EQUAL_OR_LESS", "for": "", "in": "",
    "during": "", "after": "", "throughout": "",
}
QUANTIFIERS: Mapping[str, str] = {
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "over": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "more than": "MORE_THAN", "longer than": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
}

# Set words: "daily" and friends, by TIMEX3 value.
SET_ADVERBS: Mapping[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "every day": "P1D",
}

# Capitalized words after a month, weekday, season, holiday or number that make it part of a
# name: "The Sunday Times", "Christmas Island", "1600 Pennsylvania Avenue".
NAME_WORDS = frozenset(
    {"times", "telegraph", "herald", "post", "express", "mirror", "mail", "independent", "observer",
     "star", "sun", "tribune", "news", "island", "islands", "street", "avenue", "road", "boulevard",
     "lane", "drive", "club", "corp", "inc", "group", "party", "movement", "revolution", "offensive",
     "school", "college", "university", "hall", "building", "tower", "hotel", "plaza", "square",
     "program", "magazine", "journal", "gazette", "morning", "sentinel", "chronicle", "globe"}
)

# Words after a number that make it a count or quantity, never a time.
QUANTITY_NOUNS = frozenset(
    {"times", "time", "points", "point", "people", "persons", "workers", "votes", "cents",
     "cent", "percent", "per", "%", "dollars", "pounds", "euros", "yen", "shares", "barrels",
     "tons", "tonnes", "miles", "kilometers", "km", "feet", "meters", "metres", "acres",
     "troops", "soldiers", "students", "employees", "jobs", "cars", "units", "copies",
     "members", "seats", "homes", "houses", "residents", "children", "men", "women",
     "deaths", "cases", "patients", "passengers", "games", "runs", "yards", "goals",
     "bps", "basis", "inches", "pieces", "items", "rooms", "words", "pages", "customers",
     "stores", "companies", "firms", "plants", "locations", "calories", "pesos", "francs",
     "marks", "rupees", "rubles", "yuan", "won", "lire", "kilograms", "kg", "gallons", "liters", "delegates", "users", "visitors", "tourists",
     "refugees", "prisoners", "hostages", "victims", "officers", "police", "staff",
     "rounds", "bullets", "shots", "guns", "weapons", "planes", "ships", "vehicles",
     "million", "billion", "trillion", "thousand", "hundred", "th", "st", "nd", "rd"}
)
# Words right before a number that make it a quantity or identifier.
QUANTITY_PREFIXES = frozenset(
    {"$", "£", "€", "¥", "no.", "no", "number", "nos.", "#", "section", "article", "chapter",
     "page", "room", "flight", "route", "highway", "interstate", "rule", "item", "form",
     "model", "version", "boeing", "airbus", "windows", "suite", "apt.", "box", "unit",
     "precinct", "district", "bill", "resolution", "h.r.", "s.", "code", "grade",
     "level", "channel", "exit", "gate", "platform", "pier", "lot", "tax", "amendment",
     "pages", "pp.", "pp", "p.", "pg.", "verses", "lines", "ext.", "extension", "tel.", "phone", "fax", "dial",
     "call", "rooms"}
)

# Era markers, as written (matched case-sensitively: "ad" and "ce" are words), by whether they
# count years before Christ: "44 BC", "499 BCE", "44 B.C.", "79 AD", "AD 79", "79 CE".
ERAS: Mapping[str, bool] = {
    "BC": True, "B.C.": True, "B.C": True, "BCE": True, "B.C.E.": True, "B.C.E": True,
    "AD": False, "A.D.": False, "A.D": False, "CE": False, "C.E.": False, "C.E": False,
}
# The markers that may stand before the year ("AD 79", "A.D. 1066").
ERAS_BEFORE = frozenset({"AD", "A.D.", "A.D"})
# Capitalized words after "<number> BC" that make "BC" British Columbia: "2010 BC Hydro".
PROVINCE_WORDS = frozenset(
    {"hydro", "ferries", "liberals", "liberal", "ndp", "place", "lions", "transit", "housing",
     "hockey", "supreme", "court", "government", "rail", "cancer", "children's", "wildfire",
     "coroners", "coroner", "conservatives", "greens", "assessment", "parks", "lottery", "pension"}
)
# Words before "year-old" style compounds: always ages.
AGE_SUFFIX = r"(?:-|\s)years?(?:-|\s)olds?\b|-month-olds?\b|-week-olds?\b|-day-olds?\b"

# Words before "last" that make it the verb: "could [last] several months", "to last three weeks".
VERB_LAST_LEFT = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "must", "to", "did", "does", "do",
     "won't", "wouldn't", "can't", "cannot", "couldn't", "not", "usually", "often", "generally",
     "typically", "still", "only", "also", "probably", "likely"}
)

# Words right before a date that make it a deadline or a start, so after the dateline:
# "effective Feb. 1", "extended to Nov. 20", "by August" (unless a past verb governs the date:
# "had filed the reports by Wednesday"). Not "through": "this year through August" looks back.
# "as soon as Tuesday", "as early as next week": the gold has all 5 such dates on or after the dateline.
SCHEDULE_WORDS = frozenset(
    {"effective", "until", "till", "by", "starting", "beginning", "extended to",
     "postponed to", "delayed to", "moved to", "pushed back to", "deadline", "expires", "expire",
     "payable", "due", "planned for", "scheduled for", "slated for", "set for", "expected",
     "as soon as", "as early as"}
)

# Nouns that name events ("the 2021 death of ...").
EVENT_NOUNS = frozenset(
    {"death", "deaths", "election", "elections", "attack", "attacks", "bombing", "bombings",
     "shooting", "shootings", "crash", "war", "invasion", "visit", "meeting", "meetings",
     "summit", "talks", "trial", "hearing", "vote", "referendum", "strike", "protest",
     "protests", "merger", "acquisition", "sale", "offering", "earthquake", "storm",
     "hurricane", "flood", "explosion", "blast", "murder", "killing", "arrest",
     "release", "launch", "collapse", "crisis", "recession", "coup", "takeover", "deal",
     "agreement", "accord", "treaty", "ceasefire", "cease-fire", "resignation",
     "appointment", "inauguration", "wedding", "birth", "funeral", "ceremony",
     "conference", "convention", "campaign", "tournament", "championship", "olympics",
     "games", "game", "match", "race", "concert", "tour", "debut", "premiere", "opening", "closing",
     "verdict", "ruling", "decision", "sentence", "conviction", "indictment", "charges",
     "investigation", "inquiry", "probe", "lawsuit", "suit", "settlement", "bankruptcy",
     "report", "announcement", "statement", "interview", "speech", "address", "crackdown",
     "uprising", "revolution", "riots", "massacre", "genocide", "incident", "accident",
     "disaster", "outbreak", "epidemic", "pandemic", "rally", "march", "raid", "strikes",
     "raids", "assault", "offensive", "battle", "fight", "conflict", "surge", "decline",
     "drop", "rise", "gain", "loss", "losses", "profit", "earnings", "results", "growth",
     "increase", "decrease", "fall", "jump", "plunge", "rebound", "recovery", "downturn",
     "post", "photo", "video", "caption", "comments", "comment", "remarks"}
)

# Words whose period does not end a sentence ("Mr.", "U.S.", "Jan. 19"); single initials too.
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
     "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "inc", "corp", "co", "ltd", "bros",
     "no", "vs", "etc", "u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e", "mt", "ft", "ave", "blvd",
     "calif", "conn", "fla", "ill", "mass", "mich", "minn", "n.y", "pa", "tenn", "tex", "va",
     "wash", "wis", "ariz", "ark", "colo", "del", "ga", "ind", "kan", "ky", "la", "md", "miss",
     "mo", "mont", "neb", "nev", "n.j", "n.m", "okla", "ore", "d.c", "s.c", "n.c"}
    | {m for m in MONTHS if len(m) <= 4}
)

# --------------------------------------------------------------------------- clock times and zones

# Hours and minutes spelled out: "eleven PM", "ten thirty am", "nine fifty-nine a.m.".
HOUR_WORDS: Mapping[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
# A count of minutes before "past" / "to": "a quarter past", "twenty to nine", "ten after".
MINUTE_COUNTS: Mapping[str, int] = {
    "quarter": 15, "a quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
    "twenty five": 25,
}
# Midday and midnight: midnight is the end of its day, T24:00 (TIMEX3, ISO 8601), "midnight Friday"
# the deadline at the end of that Friday.
NOON_WORDS: Mapping[str, str] = {"noon": "T12:00", "midday": "T12:00", "mid-day": "T12:00", "mid day": "T12:00",
                                 "midnight": "T24:00"}
# Spelled variants of "tomorrow" and "tonight" that messages and calendars write.
DAY_ABBREVIATIONS: Mapping[str, str] = {
    "tmr": "tomorrow", "tmrw": "tomorrow", "tmw": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow",
    "tommorrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "tonite": "tonight", "2nite": "tonight",
}


class Zone(NamedTuple):
    """A time zone's UTC offset ("Z" for UTC itself); a zone named without saying whether daylight
    saving time is on ("ET", "Pacific") has the standard offset and, in ``daylight``, the summer one,
    chosen by the date (US rules: ``_zones.us_daylight``)."""

    offset: str
    daylight: str | None = None


# Zone abbreviations after a clock time, as written ("9 a.m. PT", "14:30 BST", "09:15 UTC").
ZONES: Mapping[str, Zone] = {
    "UTC": Zone("Z"), "GMT": Zone("Z"), "Z": Zone("Z"), "WET": Zone("Z"), "UT": Zone("Z"),
    "BST": Zone("+01:00"), "IST": Zone("+05:30"), "CET": Zone("+01:00"), "CEST": Zone("+02:00"),
    "WEST": Zone("+01:00"), "EET": Zone("+02:00"), "EEST": Zone("+03:00"), "MSK": Zone("+03:00"),
    "SAST": Zone("+02:00"), "WAT": Zone("+01:00"), "EAT": Zone("+03:00"), "CAT": Zone("+02:00"),
    "PKT": Zone("+05:00"), "ICT": Zone("+07:00"), "HKT": Zone("+08:00"), "SGT": Zone("+08:00"),
    "AWST": Zone("+08:00"), "JST": Zone("+09:00"), "KST": Zone("+09:00"), "ACST": Zone("+09:30"),
    "AEST": Zone("+10:00"), "AEDT": Zone("+11:00"), "NZST": Zone("+12:00"), "NZDT": Zone("+13:00"),
    "EST": Zone("-05:00"), "EDT": Zone("-04:00"), "CST": Zone("-06:00"), "CDT": Zone("-05:00"),
    "MST": Zone("-07:00"), "MDT": Zone("-06:00"), "PST": Zone("-08:00"), "PDT": Zone("-07:00"),
    "AKST": Zone("-09:00"), "AKDT": Zone("-08:00"), "HST": Zone("-10:00"), "AST": Zone("-04:00"),
    "ADT": Zone("-03:00"), "NST": Zone("-03:30"), "NDT": Zone("-02:30"),
    "ET": Zone("-05:00", "-04:00"), "CT": Zone("-06:00", "-05:00"), "MT": Zone("-07:00", "-06:00"),
    "PT": Zone("-08:00", "-07:00"), "EASTERN": Zone("-05:00", "-04:00"), "CENTRAL": Zone("-06:00", "-05:00"),
    "MOUNTAIN": Zone("-07:00", "-06:00"), "PACIFIC": Zone("-08:00", "-07:00"),
}
# Zones matched in upper case only: English words ("cat", "eat", "ut") or too short to read alone.
CAPITAL_ZONES = frozenset({"Z", "UT", "ET", "CT", "MT", "PT", "CAT", "EAT", "WAT", "WEST", "AST", "EASTERN", "CENTRAL",
                           "MOUNTAIN", "PACIFIC"})
