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
# Month names that are also lower-case English words ("march on", "an august body", "sept"): a
# lower-case one is a date only with a day or a year ("march 3").
LOWER_CASE_WORDS = frozenset({"march", "august", "sept"})
# Month words that are also common English words: only dates in a date-like context.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "dec"})

WEEKDAYS: Mapping[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}
# Weekday and month names that are dates in lower case too ("monday", "october 5", "in november"):
# those that are no English word. "march", "may", "august", "jan", "dec" ... are only with a day
# or a year beside them ("march 3"); "sun", "sat", "wed", "mon" never alone (_extract._lower_case_name).
LOWER_CASE_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tue", "tues", "thu", "thur",
     "thurs", "fri", "mon."}  # "mon." with its dot only: "mon" is a word
)
# Weekday abbreviations that are English words too ("sat down", "the sun"): days only after one of
# WEEKDAY_WORD_LEFT ("game on sat", "next wed") or in a range of abbreviated days ("Mon-Fri", "sat-sun").
WEEKDAY_WORDS_TOO = ("sat", "sun", "wed", "mon")
WEEKDAY_WORD_LEFT = ("on", "next", "this", "every", "last")
LOWER_CASE_MONTHS = frozenset(
    {"january", "february", "april", "june", "july", "september", "october", "november", "december", "feb", "apr",
     "jul", "sep", "sept", "oct", "nov"}
)
# Only the full weekday names are matched on their own (and the abbreviations that are no word:
# "Tue", "Thu", "Fri"); the others need a date beside them.
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
# Abbreviated units, matched in lower case only ("a sec", "next yr", "the 3rd qtr"; not "a SEC filing").
UNIT_ABBREVIATIONS: Mapping[str, str] = {
    "sec": "second", "secs": "second", "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour",
    "wk": "week", "wks": "week", "yr": "year", "yrs": "year", "qtr": "quarter", "qtrs": "quarter",
}

# Units written against their number in posts and notes ("2h ago", "3d ago", "45m ago", "5mins ago"),
# in lower case only (not "3D", "2H24").
GLUED_UNITS: Mapping[str, str] = {
    "s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week", "y": "year", **UNIT_ABBREVIATIONS,
}

NUMBER_WORDS: Mapping[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2,
    "a pair of": 2, "single": 1, "a single": 1, "both": 2, "couple of": 2, "a couple": 2,
    "an additional": 1, "an extra": 1,
}
# Vague quantities: the number becomes X ("several months" is PXM).
VAGUE_NUMBERS = frozenset(
    {"several", "a few", "few", "some", "many", "a number of",
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
    """How to find a holiday in a year.

    ``kind`` says where its date comes from: ``"fixed"`` a month and day; ``"nth"`` the ``nth``
    ``weekday`` of ``month`` (-1 the last; counted from ``day`` when set: Election Day is the first
    Tuesday from November 2); ``"easter"`` / ``"orthodox"`` Western / Orthodox Easter Sunday;
    ``"hebrew"`` / ``"hijri"`` a day of the Hebrew / Islamic calendar (Hebrew months from Nisan = 1,
    12 Adar, Adar II in a leap year; Hijri from Muharram = 1); ``"table"`` a published table
    (``_holiday_tables.DATES[table]``); ``"of"`` another holiday (``base``); ``"vague"`` a day of
    a calendar of 365 days and no leap day (the Shahenshahi calendar of the Parsis), ``month`` and
    ``day`` in the Gregorian year ``epoch``, a day earlier every fourth year.  Then ``offset``
    days are added; a ``weekday`` on a kind other than "nth" moves the date to that weekday, on or
    after it (``nth`` 1) or on or before it (-1); ``moves`` shift a date that falls on a weekday
    (ISO weekday, days), ``clashes`` one that falls on another holiday (its name, days).  A
    holiday of several days lasts ``days`` days, or up to ``until``; one of an hour or so is the
    part of the day ``time`` (a TIMEX3 time of day, "TEV") and exactly the clock times ``hours``
    ("20:30", "21:30": its start and its end), the expression's span.
    """

    kind: str
    month: int = 0
    day: int = 0
    weekday: int = 0  # ISO weekday, 1 = Monday
    nth: int = 0
    offset: int = 0
    table: str = ""
    base: str = ""
    moves: tuple[tuple[int, int], ...] = ()
    days: int = 1
    until: str = ""
    epoch: int = 0
    clashes: tuple[tuple[str, int], ...] = ()
    time: str = ""
    hours: tuple[str, str] = ("", "")


# Each holiday once, by the name its spellings (HOLIDAY_NAMES) lead to.
HOLIDAYS: Mapping[str, Holiday] = {
    # fixed dates
    "new year's day": Holiday("fixed", month=1, day=1),
    "epiphany": Holiday("fixed", month=1, day=6),
    "orthodox christmas": Holiday("fixed", month=1, day=7),
    "groundhog day": Holiday("fixed", month=2, day=2),
    "valentine's day": Holiday("fixed", month=2, day=14),
    "international women's day": Holiday("fixed", month=3, day=8),
    "st. patrick's day": Holiday("fixed", month=3, day=17),
    "april fools' day": Holiday("fixed", month=4, day=1),
    "earth day": Holiday("fixed", month=4, day=22),
    "anzac day": Holiday("fixed", month=4, day=25),
    "king's day": Holiday("fixed", month=4, day=27, moves=((7, -1),)),  # the Netherlands: a Sunday's is kept on Saturday
    "may day": Holiday("fixed", month=5, day=1),
    "labour day": Holiday("fixed", month=5, day=1),  # International Workers' Day (the US Labor Day is below)
    "cinco de mayo": Holiday("fixed", month=5, day=5),
    "flag day": Holiday("fixed", month=6, day=14),
    "juneteenth": Holiday("fixed", month=6, day=19),
    "canada day": Holiday("fixed", month=7, day=1),
    "independence day": Holiday("fixed", month=7, day=4),
    "bastille day": Holiday("fixed", month=7, day=14),
    "patriot day": Holiday("fixed", month=9, day=11),
    "boss's day": Holiday("fixed", month=10, day=16, moves=((6, -1), (7, 1))),  # a weekend's is kept on the weekday next to it
    "halloween": Holiday("fixed", month=10, day=31),
    "all saints' day": Holiday("fixed", month=11, day=1),
    "world vegan day": Holiday("fixed", month=11, day=1),
    "all souls' day": Holiday("fixed", month=11, day=2),
    "guy fawkes night": Holiday("fixed", month=11, day=5),
    "veterans day": Holiday("fixed", month=11, day=11),
    "st. andrew's day": Holiday("fixed", month=11, day=30),
    "pearl harbor day": Holiday("fixed", month=12, day=7),
    "christmas eve": Holiday("fixed", month=12, day=24),
    "christmas": Holiday("fixed", month=12, day=25),
    "boxing day": Holiday("fixed", month=12, day=26),
    "kwanzaa": Holiday("fixed", month=12, day=26, days=7),
    "new year's eve": Holiday("fixed", month=12, day=31),
    # the nth weekday of a month
    "martin luther king day": Holiday("nth", month=1, weekday=1, nth=3),
    "presidents' day": Holiday("nth", month=2, weekday=1, nth=3),
    "patriots' day": Holiday("nth", month=4, weekday=1, nth=3),
    "mother's day": Holiday("nth", month=5, weekday=7, nth=2),
    "victoria day": Holiday("nth", month=5, day=24, weekday=1, nth=-1),  # the last Monday before May 25
    "memorial day": Holiday("nth", month=5, weekday=1, nth=-1),
    "father's day": Holiday("nth", month=6, weekday=7, nth=3),
    "labor day": Holiday("nth", month=9, weekday=1, nth=1),
    # the last Saturday of March, 8:30 to 9:30 p.m. local time; a week earlier when that is Holy Saturday
    "earth hour": Holiday("nth", month=3, weekday=6, nth=-1, clashes=(("holy saturday", -7),), time="TEV",
                          hours=("20:30", "21:30")),
    "grandparents day": Holiday("nth", month=9, day=7, weekday=7, nth=1),  # the Sunday after Labor Day
    "columbus day": Holiday("nth", month=10, weekday=1, nth=2),
    "canadian thanksgiving": Holiday("nth", month=10, weekday=1, nth=2),
    "election day": Holiday("nth", month=11, day=2, weekday=2, nth=1),  # the Tuesday after the first Monday
    "thanksgiving": Holiday("nth", month=11, weekday=4, nth=4),
    "black friday": Holiday("of", base="thanksgiving", offset=1),
    "small business saturday": Holiday("of", base="thanksgiving", offset=2),
    "cyber monday": Holiday("of", base="thanksgiving", offset=4),
    # Western Easter
    "shrove tuesday": Holiday("easter", offset=-47),
    "ash wednesday": Holiday("easter", offset=-46),
    "lent": Holiday("easter", offset=-46, until="easter"),  # Ash Wednesday to Holy Saturday
    "mothering sunday": Holiday("easter", offset=-21),
    "palm sunday": Holiday("easter", offset=-7),
    "holy week": Holiday("easter", offset=-7, days=7),
    "maundy thursday": Holiday("easter", offset=-3),
    "good friday": Holiday("easter", offset=-2),
    "holy saturday": Holiday("easter", offset=-1),
    "easter": Holiday("easter"),
    "easter monday": Holiday("easter", offset=1),
    "ascension day": Holiday("easter", offset=39),
    "pentecost": Holiday("easter", offset=49),
    "whit monday": Holiday("easter", offset=50),
    "trinity sunday": Holiday("easter", offset=56),
    "feast of corpus christi": Holiday("easter", offset=60),  # not "Corpus Christi" alone, a city in Texas
    # Orthodox Easter
    "clean monday": Holiday("orthodox", offset=-48),
    "great lent": Holiday("orthodox", offset=-48, days=40),  # Clean Monday to the Friday before Lazarus Saturday
    "lazarus saturday": Holiday("orthodox", offset=-8),
    "orthodox good friday": Holiday("orthodox", offset=-2),
    "orthodox easter": Holiday("orthodox"),
    # the Hebrew calendar (a day of it begins at the sunset before: its value is the day itself)
    "tu bishvat": Holiday("hebrew", month=11, day=15),
    "purim": Holiday("hebrew", month=12, day=14),
    "shushan purim": Holiday("hebrew", month=12, day=15),
    "passover": Holiday("hebrew", month=1, day=15, days=8),
    "yom hashoah": Holiday("hebrew", month=1, day=27, moves=((5, -1), (7, 1))),
    "yom haatzmaut": Holiday("hebrew", month=2, day=5, moves=((5, -1), (6, -2), (1, 1))),
    "yom hazikaron": Holiday("of", base="yom haatzmaut", offset=-1),
    "lag baomer": Holiday("hebrew", month=2, day=18),
    "shavuot": Holiday("hebrew", month=3, day=6, days=2),
    "tisha b'av": Holiday("hebrew", month=5, day=9, moves=((6, 1),)),
    "rosh hashanah": Holiday("hebrew", month=7, day=1, days=2),
    "yom kippur": Holiday("hebrew", month=7, day=10),
    "sukkot": Holiday("hebrew", month=7, day=15, days=7),
    "shemini atzeret": Holiday("hebrew", month=7, day=22),
    "simchat torah": Holiday("hebrew", month=7, day=23),
    "hanukkah": Holiday("hebrew", month=9, day=25, days=8),
    # the Islamic calendar (Umm al-Qura)
    "islamic new year": Holiday("hijri", month=1, day=1),
    "ashura": Holiday("hijri", month=1, day=10),
    "mawlid": Holiday("hijri", month=3, day=12),
    "isra and mi'raj": Holiday("hijri", month=7, day=27),
    "ramadan": Holiday("hijri", month=9, day=1, until="eid al-fitr"),
    "laylat al-qadr": Holiday("hijri", month=9, day=27),
    "jumu'atul-wida": Holiday("of", base="eid al-fitr", offset=-1, weekday=5, nth=-1),  # the last Friday of Ramadan
    "eid al-fitr": Holiday("hijri", month=10, day=1),
    "day of arafah": Holiday("hijri", month=12, day=9),
    "eid al-adha": Holiday("hijri", month=12, day=10),
    # the Chinese calendar
    "chinese new year": Holiday("table", table="chinese new year"),
    "lantern festival": Holiday("of", base="chinese new year", offset=14),
    "dragon boat festival": Holiday("table", table="dragon boat festival"),
    "mid-autumn festival": Holiday("table", table="mid-autumn festival"),
    # the Hindu, Sikh and Buddhist calendars of India
    "makar sankranti": Holiday("table", table="makar sankranti"),
    "bhogi": Holiday("of", base="pongal", offset=-1),
    "pongal": Holiday("table", table="pongal"),
    "mattu pongal": Holiday("of", base="pongal", offset=1),
    "kaanum pongal": Holiday("of", base="pongal", offset=2),
    "thaipusam": Holiday("table", table="thaipusam"),
    "guru gobind singh jayanti": Holiday("table", table="guru gobind singh jayanti"),
    "guru ravidas jayanti": Holiday("table", table="guru ravidas jayanti"),
    "vasant panchami": Holiday("table", table="vasant panchami"),
    "dayananda saraswati jayanti": Holiday("table", table="dayananda saraswati jayanti"),
    "maha shivaratri": Holiday("table", table="maha shivaratri"),
    "holika dahan": Holiday("of", base="holi", offset=-1),
    "holi": Holiday("table", table="holi"),
    "ugadi": Holiday("table", table="ugadi"),
    "rama navami": Holiday("table", table="rama navami"),
    "mahavir jayanti": Holiday("table", table="mahavir jayanti"),
    "vaisakhi": Holiday("table", table="vaisakhi"),
    "hanuman jayanti": Holiday("table", table="hanuman jayanti"),
    "buddha purnima": Holiday("table", table="buddha purnima"),
    "ratha yatra": Holiday("table", table="ratha yatra"),
    "raksha bandhan": Holiday("table", table="raksha bandhan"),
    "janmashtami": Holiday("table", table="janmashtami"),
    "onam": Holiday("table", table="onam"),
    "ganesh chaturthi": Holiday("table", table="ganesh chaturthi"),
    "navaratri": Holiday("table", table="navaratri", until="dussehra"),
    "maha saptami": Holiday("of", base="maha ashtami", offset=-1),
    "maha ashtami": Holiday("table", table="maha ashtami"),
    "maha navami": Holiday("table", table="maha navami"),
    "dussehra": Holiday("table", table="dussehra"),
    "valmiki jayanti": Holiday("table", table="valmiki jayanti"),
    "karva chauth": Holiday("table", table="karva chauth"),
    "dhanteras": Holiday("of", base="diwali", offset=-2),
    # the dawn bath of Naraka Chaturdashi (drikpanchang's Abhyang Snan), on Diwali's day in many years;
    # Choti Diwali ("small Diwali", Kali Chaudas in Gujarat) is the day before Diwali: October 26 in 2019
    # (Diwali and Naraka Chaturdashi October 27), October 19 in 2025 (both October 20)
    "naraka chaturdashi": Holiday("table", table="naraka chaturdashi"),
    "choti diwali": Holiday("of", base="diwali", offset=-1),
    "diwali": Holiday("table", table="diwali"),
    "govardhan puja": Holiday("table", table="govardhan puja"),
    "bhai dooj": Holiday("of", base="diwali", offset=2),
    "chhath": Holiday("table", table="chhath"),
    "guru nanak jayanti": Holiday("table", table="guru nanak jayanti"),
    # Tagore's birthday, 25 Boishakh of the Bengali solar year, which opens with Vaisakhi's month
    "rabindra jayanti": Holiday("of", base="vaisakhi", offset=25),
    # the Parsis' Shahenshahi calendar: 1 Farvardin, August 17 in 2018 (a day earlier every fourth year)
    "parsi new year": Holiday("vague", month=8, day=17, epoch=2018),
    # the Parsis' Fasli (seasonal) new year, the spring equinox's Nowruz: March 21
    "jamshedi navroz": Holiday("fixed", month=3, day=21),
}

# Spellings of the holidays (lower case), each leading to its HOLIDAYS name.  A spelling with an
# apostrophe or a dot is also found without it and with a typographic apostrophe, one with a
# hyphen also with a space ("valentines day", "valentine’s day", "st patricks day", "eid al fitr").
HOLIDAY_NAMES: Mapping[str, str] = {
    **{name: name for name in HOLIDAYS},
    "new year's": "new year's day", "new year day": "new year's day",
    "three kings' day": "epiphany",
    "orthodox christmas day": "orthodox christmas",
    "valentine day": "valentine's day", "st. valentine's day": "valentine's day",
    "women's day": "international women's day",
    "saint patrick's day": "st. patrick's day", "st. paddy's day": "st. patrick's day",
    "saint paddy's day": "st. patrick's day",
    "april fool's day": "april fools' day", "april fool day": "april fools' day",
    "koningsdag": "king's day",
    "international workers' day": "labour day", "workers' day": "labour day",
    "the fourth of july": "independence day", "fourth of july": "independence day", "july fourth": "independence day",
    "the 4th of july": "independence day", "4th of july": "independence day",
    "boss day": "boss's day", "bosses' day": "boss's day",
    "hallowe'en": "halloween",
    "all saints day": "all saints' day", "all hallows' day": "all saints' day",
    "bonfire night": "guy fawkes night", "guy fawkes day": "guy fawkes night",
    "veteran's day": "veterans day", "veterans' day": "veterans day", "armistice day": "veterans day",
    "remembrance day": "veterans day",
    "saint andrew's day": "st. andrew's day",
    "pearl harbor remembrance day": "pearl harbor day",
    "christmas day": "christmas", "xmas": "christmas", "xmas day": "christmas",
    "xmas eve": "christmas eve",
    "st. stephen's day": "boxing day",
    "new year eve": "new year's eve", "hogmanay": "new year's eve",
    "martin luther king jr. day": "martin luther king day", "martin luther king's day": "martin luther king day",
    "martin luther king jr.'s day": "martin luther king day", "martin luther king jr's birthday": "martin luther king day",
    "martin luther king's birthday": "martin luther king day",
    "mlk day": "martin luther king day", "mlk jr. day": "martin luther king day", "civil rights day": "martin luther king day",
    "president's day": "presidents' day", "washington's birthday": "presidents' day",
    "patriot's day": "patriots' day",
    "mothers' day": "mother's day", "fathers' day": "father's day",
    "labor day": "labor day",
    "grandparents' day": "grandparents day", "national grandparents day": "grandparents day",
    "indigenous peoples' day": "columbus day",
    "thanksgiving day": "thanksgiving",
    "shrove tuesday": "shrove tuesday", "mardi gras": "shrove tuesday", "pancake day": "shrove tuesday",
    "pancake tuesday": "shrove tuesday", "fat tuesday": "shrove tuesday",
    "branch sunday": "palm sunday",
    "holy thursday": "maundy thursday", "covenant thursday": "maundy thursday", "covenant thu": "maundy thursday",
    "thursday of mysteries": "maundy thursday", "thu of mysteries": "maundy thursday",
    "easter sunday": "easter", "easter day": "easter", "resurrection sunday": "easter",
    "easter mon": "easter monday",
    "ascension thursday": "ascension day", "the feast of the ascension": "ascension day",
    "whitsun": "pentecost", "whit sunday": "pentecost", "whitsunday": "pentecost", "white sunday": "pentecost",
    "pentecost sunday": "pentecost",
    "pentecost monday": "whit monday", "monday of the holy spirit": "whit monday", "whitmonday": "whit monday",
    "corpus christi day": "feast of corpus christi", "the feast of corpus christi": "feast of corpus christi",
    "orthodox shrove monday": "clean monday", "ash monday": "clean monday",
    "great fast": "great lent",
    "orthodox great friday": "orthodox good friday",
    "orthodox easter sunday": "orthodox easter", "orthodox easter day": "orthodox easter",
    "tu b'shvat": "tu bishvat", "tu b'shevat": "tu bishvat",
    "pesach": "passover",
    "holocaust remembrance day": "yom hashoah", "holocaust day": "yom hashoah",
    "yom ha'atzmaut": "yom haatzmaut", "israel independence day": "yom haatzmaut",
    "yom ha'zikaron": "yom hazikaron",
    "lag b'omer": "lag baomer", "lag ba'omer": "lag baomer",
    "shavuos": "shavuot", "feast of weeks": "shavuot",
    "tisha b'ab": "tisha b'av", "tish'a b'av": "tisha b'av", "tishah b'av": "tisha b'av",
    "rosh hashana": "rosh hashanah", "rosh hashanna": "rosh hashanah", "rosh ha-shanah": "rosh hashanah",
    "jewish new year": "rosh hashanah",
    "yom kipur": "yom kippur", "day of atonement": "yom kippur",
    "succot": "sukkot", "succos": "sukkot", "sukkos": "sukkot", "feast of tabernacles": "sukkot",
    "feast of the ingathering": "sukkot", "feast of booths": "sukkot",
    "simchat tora": "simchat torah", "simhat torah": "simchat torah",
    "chanukah": "hanukkah", "hanukah": "hanukkah", "hannukah": "hanukkah", "hannukkah": "hanukkah",
    "chanukkah": "hanukkah", "hanuka": "hanukkah", "chanuka": "hanukkah",
    "hijri new year": "islamic new year", "amun jadid": "islamic new year",
    "day of ashura": "ashura", "ashoura": "ashura",
    "mawlid al-nabi": "mawlid", "mawlid al-nabawi": "mawlid", "milad un nabi": "mawlid", "eid milad un nabi": "mawlid",
    "mouloud": "mawlid", "prophet's birthday": "mawlid", "the prophet's birthday": "mawlid",
    "isra mi'raj": "isra and mi'raj", "isra' and mi'raj": "isra and mi'raj", "al isra' wal mi'raj": "isra and mi'raj",
    "the prophet's ascension": "isra and mi'raj", "the night journey": "isra and mi'raj",
    "ascension to heaven": "isra and mi'raj", "lailat al miraj": "isra and mi'raj", "shab-e-miraj": "isra and mi'raj",
    "ramadhan": "ramadan", "ramazan": "ramadan", "ramzan": "ramadan", "ramadaan": "ramadan",
    "laylat al-kadr": "laylat al-qadr", "laylat al kadr": "laylat al-qadr", "lailat al-qadr": "laylat al-qadr",
    "night of power": "laylat al-qadr", "night of decree": "laylat al-qadr", "night of measures": "laylat al-qadr",
    "shab-e-qadr": "laylat al-qadr",
    "jumu'atul wida": "jumu'atul-wida", "jamat ul-vida": "jumu'atul-wida", "jumu'ah al-wida": "jumu'atul-wida",
    "jummah tul wida": "jumu'atul-wida",
    "eid ul-fitr": "eid al-fitr", "eid-ul-fitr": "eid al-fitr", "id al-fitr": "eid al-fitr", "id ul-fitr": "eid al-fitr",
    "eid el-fitr": "eid al-fitr", "eid al fitr": "eid al-fitr", "eid ul fitr": "eid al-fitr",
    "ramadan bayram": "eid al-fitr", "sugar feast": "eid al-fitr", "lesser eid": "eid al-fitr",
    "arafat day": "day of arafah", "arafah day": "day of arafah", "day of arafat": "day of arafah",
    "eid ul-adha": "eid al-adha", "eid-ul-adha": "eid al-adha", "id al-adha": "eid al-adha", "id ul-adha": "eid al-adha",
    "eid el-adha": "eid al-adha", "eid ul adha": "eid al-adha", "bakr id": "eid al-adha", "bakrid": "eid al-adha",
    "bakra eid": "eid al-adha", "eid al-kabir": "eid al-adha", "kurban bayram": "eid al-adha", "qurban bayram": "eid al-adha",
    "sacrifice feast": "eid al-adha", "feast of the sacrifice": "eid al-adha", "greater eid": "eid al-adha",
    "lunar new year": "chinese new year", "chinese lunar new year": "chinese new year",
    "chinese lunar new year's day": "chinese new year", "chinese new year's day": "chinese new year",
    "chinese new years": "chinese new year", "spring festival": "chinese new year",
    "lantern festival": "lantern festival", "yuanxiao festival": "lantern festival",
    "duanwu festival": "dragon boat festival", "tuen ng festival": "dragon boat festival",
    "moon festival": "mid-autumn festival", "mooncake festival": "mid-autumn festival",
    "makara sankranthi": "makar sankranti", "makara sankranti": "makar sankranti", "maghi": "makar sankranti",
    "bogi": "bhogi", "bhogi pandigai": "bhogi", "bogi pandigai": "bhogi",
    "thai pongal": "pongal", "maattu pongal": "mattu pongal", "kanni pongal": "kaanum pongal",
    "thaipoosam": "thaipusam",
    "guru gobind singh birthday": "guru gobind singh jayanti", "guru govind singh jayanti": "guru gobind singh jayanti",
    "guru gobind singh's birthday": "guru gobind singh jayanti",
    "guru ravidass jayanti": "guru ravidas jayanti", "guru ravidas birthday": "guru ravidas jayanti",
    "guru ravidass birthday": "guru ravidas jayanti",
    "basant panchami": "vasant panchami", "saraswati puja": "vasant panchami",
    "saraswati jayanti": "dayananda saraswati jayanti", "swami dayanand saraswati jayanti": "dayananda saraswati jayanti",
    "maha shivratri": "maha shivaratri", "mahashivratri": "maha shivaratri", "shivaratri": "maha shivaratri",
    "chhoti holi": "holika dahan", "choti holi": "holika dahan", "kamudu pyre": "holika dahan",
    "dhulandi": "holi", "phagwah": "holi", "dhuleti": "holi",
    "yugadi": "ugadi", "gudi padwa": "ugadi", "samvatsaradi": "ugadi", "chaitra sukladi": "ugadi",
    "chaitra sukhladi": "ugadi",
    "ram navami": "rama navami",
    "mahaveer jayanti": "mahavir jayanti", "mahaveer janma kalyanak": "mahavir jayanti",
    "mahavir janma kalyanak": "mahavir jayanti",
    "baisakhi": "vaisakhi", "vasakhi": "vaisakhi", "vaishakhi": "vaisakhi",
    "vesak": "buddha purnima", "vaisakha": "buddha purnima", "buddha day": "buddha purnima",
    "buddha jayanti": "buddha purnima", "wesak": "buddha purnima", "the buddha's birthday": "buddha purnima",
    "rath yatra": "ratha yatra", "ratha-yatra": "ratha yatra",
    "rakhi": "raksha bandhan",
    "krishna janmashtami": "janmashtami", "gokulashtami": "janmashtami", "krishna jayanti": "janmashtami",
    "thiru onam": "onam", "thiruvonam": "onam",
    "ganesh chathurthi": "ganesh chaturthi", "vinayaka chaturthi": "ganesh chaturthi",
    "navratri": "navaratri", "sharad navratri": "navaratri", "durga puja": "navaratri",
    "durgashtami": "maha ashtami", "durga ashtami": "maha ashtami",
    "vijayadashami": "dussehra", "vijaya dashami": "dussehra", "dasara": "dussehra", "dashain": "dussehra",
    "maharishi valmiki jayanti": "valmiki jayanti", "pargat diwas": "valmiki jayanti",
    "karwa chauth": "karva chauth",
    "dhanatrayodashi": "dhanteras",
    "naraka chaturdasi": "naraka chaturdashi", "kali chaudas": "choti diwali", "chhoti diwali": "choti diwali",
    "deepavali": "diwali", "divali": "diwali", "dipavali": "diwali", "lakshmi puja": "diwali",
    "govardhan pooja": "govardhan puja", "annakut": "govardhan puja",
    "bhai duj": "bhai dooj", "bhaiya dooj": "bhai dooj", "bhau beej": "bhai dooj",
    "chhath puja": "chhath", "dala puja": "chhath", "surya shashthi": "chhath",
    "rabindranath jayanti": "rabindra jayanti", "rabindranath tagore jayanti": "rabindra jayanti",
    "tagore jayanti": "rabindra jayanti",
    "parsi navroz": "parsi new year", "shahenshahi navroz": "parsi new year",
    "jamshed-i-navroz": "jamshedi navroz", "jamshed navroz": "jamshedi navroz",
    "gurpurab": "guru nanak jayanti", "guru nanak's birthday": "guru nanak jayanti",
    "guru nanak gurpurab": "guru nanak jayanti",
}
# Holiday spellings that name a different day in other countries' news, or are common words
# even beside a year: found only capitalized ("Memorial Day" but "a memorial day for the victims",
# "Election Day" but "jailed on election day in 1910" in Mexico, "May Day 2012" but "may day 2").
HOLIDAYS_CAPITALIZED = frozenset(
    {"may day", "memorial day", "election day", "independence day", "women's day", "civil rights day", "workers' day",
     "flag day", "patriot day"}
)
# Holiday spellings that are also common words or phrases: found in lower case only with a year or
# "last", "this", "next" ("lent 2018", "night of power 2018", "rakhi 2018"; but "lent money", "the
# night journey home", "a moon festival").  A verb among them ("lent") only when its year ends the
# phrase ("lent 2018." but "lent 1500 farmers": HOLIDAY_VERBS).
HOLIDAYS_COMMON_WORDS = frozenset(
    {"lent", "epiphany", "great fast", "sugar feast", "sacrifice feast", "feast of weeks", "day of atonement",
     "spring festival", "moon festival", "new year's", "night of power", "night of measures", "night of decree",
     "the night journey", "ascension to heaven", "the prophet's ascension", "lesser eid", "greater eid",
     "buddha day", "holocaust day", "rakhi", "bonfire night"}
)
HOLIDAY_VERBS = frozenset({"lent"})
# Words before a weekday that make it a title: "his Girl Friday", "Robinson Crusoe's Man Friday".
WEEKDAY_TITLES = frozenset({"girl", "man", "gal"})
# Holiday names that are also common nouns in lower case: not after "a", "of", "and", "in" ("a day
# of thanksgiving", "a boss day") unless a year or "this"/"next"/"last" goes with them.
HOLIDAY_NOUNS = frozenset({"thanksgiving", "boss day"})
# Words after a holiday's name that make it part of a noun, not a date: "a Christmas tree", "Easter
# eggs", "the Tet Offensive", "a Passover seder", "Thanksgiving dinner" (a kind of meal).
HOLIDAY_COMPOUNDS = frozenset(
    {"tree", "trees", "card", "cards", "carol", "carols", "light", "lights", "lighting", "ornament", "ornaments",
     "decoration", "decorations", "present", "presents", "gift", "gifts", "cake", "cakes", "pudding", "cookie",
     "cookies", "dinner", "dinners", "lunch", "feast", "meal", "party", "parties", "market", "markets", "shopping",
     "shopper", "shoppers", "egg", "eggs", "bunny", "hunt", "rising", "offensive", "island", "islands", "parade",
     "parades", "special", "specials", "movie", "movies", "film", "films", "song", "songs", "music", "album",
     "story", "stories", "spirit", "sweater", "sweaters", "stocking", "stockings", "turkey", "costume", "costumes",
     "candy", "pumpkin", "pumpkins", "bonus", "bonuses", "message", "address", "service", "services", "mass",
     "truce", "bombing", "bombings", "seder", "menorah", "candle", "candles", "lantern", "lanterns", "sweets",
     "resolution", "resolutions", "honours", "honors", "list", "lists", "bowl", "game", "games", "classic",
     "cactus", "star", "ham", "crackers", "wreath", "wreaths", "village", "club", "fund", "appeal", "edition",
     "issue", "episode", "episodes", "sermon", "homily", "greetings", "wishes", "rush", "traffic", "travel",
     "colors", "colours", "powder", "term", "shooting", "shootings", "massacre", "riot", "riots", "uprising",
     "attack", "attacks", "protest", "protests", "cathedral", "church", "chapel", "basilica", "parish", "hospital",
     # documents and disasters named after the day ("the Good Friday Agreement", "the Boxing Day tsunami")
     "agreement", "agreements", "accord", "accords", "treaty", "declaration", "proclamation", "tsunami",
     "earthquake", "quake", "storm", "storms", "flood", "floods", "fire", "fires", "blizzard", "tornado"}
)

# References with no calendar position.
REFERENCES: Mapping[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF",
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
    {"now", "right now", "currently", "current", "at present", "nowadays", "these days", "the present",
     "recently", "the past", "lately", "the future", "the near future"}
)

# Deictic day words: the shift in days from the dateline and an optional part of day.
DAY_DEICTICS: Mapping[str, tuple[int, str]] = {
    "today": (0, ""), "tonight": (0, "NI"), "tonite": (0, "NI"), "yesterday": (-1, ""), "tomorrow": (1, ""),
    "the day before yesterday": (-2, ""), "the day after tomorrow": (2, ""),
    "last night": (-1, "NI"), "last nite": (-1, "NI"), "this morning": (0, "MO"), "this afternoon": (0, "AF"),
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
# Verbs of a level, a price or a count: a number "at" after them is an amount ("closed at 815").
LEVEL_VERBS = frozenset({
    "close", "closed", "closes", "closing", "stood", "stand", "stands", "standing", "end", "ended", "ends", "ending",
    "finish", "finished", "finishing", "open", "opened", "opens", "opening", "settle", "settled", "settling", "trade",
    "traded", "trades", "trading", "price", "priced", "set", "fixed", "valued", "value", "pegged", "capped", "peaked",
    "peak", "ranked", "rank", "ranks", "numbered", "totaled", "totalled", "estimated", "put", "placed", "rated",
    "quoted", "level", "high", "low", "record", "sold", "bought", "offered", "bid", "rose", "fell", "climbed",
    "dropped", "jumped", "slipped", "remained", "remains", "hovered",
})
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
    # in lower case only with its dots ("ad" and "bc" are words): "in 14 a.d."
    "b.c.": True, "a.d.": False,
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
    "tommorrow": "tomorrow", "tomorrows": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "tonite": "tonight", "2nite": "tonight",
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
