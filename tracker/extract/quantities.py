"""Amounts, deadlines and statement dates in one sentence.

Pure functions; every regex is compiled at import; none of them raises on odd input.

    find_amounts("Washington pledged $5 billion and 7,000 soldiers")
        -> [Amount("$5 billion", 5e9, "USD", ...), Amount("7,000 soldiers", 7000.0, "soldiers", ...)]
    find_deadline("...will double aid within five years", date(2005, 3, 1))
        -> Deadline("within five years", "2010-03-01")
    resolve_said_on("France pledged on Thursday to ...", date(2024, 2, 17))  -> "2024-02-15"

Amount.text is the amount as written without its qualifier ("more than", "about"),
which is kept apart in Amount.qualifier. Money units are ISO 4217 codes; percentages
are "%"; otherwise the unit is the counted noun ("soldiers", "jobs", "tonnes") or
None for a bare number (kept only after a qualifier or with thousands separators).
Number words count when scaled ("two thousand nurses", "a million homes") or with a
currency/percent ("five per cent"); "the two leaders" is not an amount. Not amounts: years ("in 2006"), dates ("March 5"), times
("5 pm", "10:30"), ages ("aged 45", "45-year-old", ", 45,"), ordinals ("5th") and
reference numbers ("Section 5", "H.R. 1234", "No. 10", "(3)").

Deadline dates (ISO strings) are resolved against the document date when needed:
  by 2010 -> 2010-12-31 · by 2010-11 -> 2011-12-31 (end of the later year)
  by March [2006] / by the end of March -> last day of March (of the document year,
    or the next year if March is already past) · by March 5 -> that day
  by the end of the year / by year-end / this year / later this year -> Dec 31
  next year -> Dec 31 of the next year · next month / this month -> its last day
  by mid-2010 -> 2010-06-30 · early 2010 -> 2010-03-31 · late 2010 -> 2010-12-31
  by the end of the first quarter [of 2010] -> 03-31 (next year's when already past) ...
  by the start / middle of next year -> Jan 1 / Jun 30 · by the end of the week -> Sunday
  by the turn of the decade -> Jan 1 of the next one
  early / late next year -> Mar 31 / Dec 31 · in the first / second half of 2010 -> Jun 30 / Dec 31
    (a part of this year already past, "early this year" said in November, is no deadline)
  within the next 12 months -> document date + span
  in the spring / this winter / next summer [of 2010] -> the season's last day
  within five years / in the next two years / over the next decade / in three years'
    time -> document date + span (same day; Feb 29 -> Feb 28)
  ahead of / before / by winter -> Dec 21; spring Mar 20; summer Jun 21; autumn/fall
    Sep 22 (of the document year, next year if already past)
  by Christmas -> Dec 25; by Easter -> Easter Sunday; by Friday -> the next Friday
  before the election / by the next election / in the coming weeks|months / within
    months -> text only, date None
A year before the document's year ("in 2001", "by 2001") is not a deadline.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.extract.plaintext import _low_twin, _plain

__all__ = ["Amount", "Deadline", "find_amounts", "find_deadline", "resolve_said_on", "said_on_phrase"]

MAX_SENTENCE = 20_000  # longer inputs are truncated: sentences, not documents


@dataclass(frozen=True, slots=True)
class Amount:
    text: str  # as written: "$5 billion", "7,000 soldiers", "2.5 pct"
    value: float  # scaled: 5e9, 7000.0, 2.5
    unit: str | None  # "USD", "GBP", "EUR", "%", "soldiers", or None
    start: int  # sentence[start:end] == text
    end: int
    qualifier: str | None = None  # "more than", "about", "up to", ...


@dataclass(frozen=True, slots=True)
class Deadline:
    text: str  # as written: "by 2010", "within five years"
    date: str | None  # ISO date, or None when it cannot be resolved


# ------------------------------------------------------------------------ numbers

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "a few": 3, "several": 3,
    "a couple of": 2, "half a": 0.5, "a dozen": 12, "dozen": 12,
}
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tln": 1e12,
    "trn": 1e12, "tn": 1e12, "hundred": 1e2,
}
_SMALL = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_WORDNUM = rf"(?:{_TENS}(?:[- ]{_SMALL})?|{_SMALL}|a\s+dozen|dozen)"

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# The leading \b and first letters let most positions fail at once (a match starts with
# a digit or a number word: zero one two ... dozen half a an); one inside a word was always
# refused anyway (see find_amounts), as was "a"/"an" with no scale word after it. A number
# word's second letter is one of "enwhoila" (zEro oNe tWo tHree fOur fIve ... eLeven dOzen
# hAlf aN), or after "a" a space or "-" ("a dozen", "a-million"); "i" also stands for the
# "ı" and "İ" that re.IGNORECASE takes for it: many words ("of", "from", "state") fail
# there (tests/extract/test_quantities_fast.py compares it with the first letters alone).
_NUM_START = r"\b(?=\d|[zotfsendhaZOTFSENDHA\u017f][enwhoilaENWHOILA\u0130\u0131\s-])"
_SCALE_AFTER = r"[ \t\n]*-?(?:thousand|million|billion|trillion|mln|bln|mn|bn|tln|trn)(?![\w])"
_NUM = re.compile(
    rf"{_NUM_START}(?:(?P<d>{_DIGITS})(?![\d,]*\.\d)"
    rf"|(?i:(?P<w>(?:(?:{_WORDNUM})(?:\s+hundred(?:\s+and\s+{_WORDNUM})?)?|half\s+a|an?(?={_SCALE_AFTER}))"
    rf"(?:\s+(?:thousand|million|billion|trillion))?))(?![\w-]))"
)
_WORD_START = re.compile(r"(?<![\w$£€¥.,])")

# Prefix currency symbols, longest first. Value: ISO code.
_CUR_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "USD": "USD", "$": "USD", "A$": "AUD",
    "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY", "JPY": "JPY",
    "CHF": "CHF", "Rs": "INR", "Rs.": "INR", "INR": "INR", "R$": "BRL", "₹": "INR",
    "RMB": "CNY", "CNY": "CNY",
}
_CUR_PREFIX = re.compile(
    "(?:(?<![\\w$])(?:" + "|".join(re.escape(k) for k in sorted(_CUR_SYMBOLS, key=len, reverse=True)) + "))\\s?$"
)
_SCALE_ATTACHED = re.compile(r"(bn|mn|mln|bln|m|b|k|tn|trn)(?![\w])", re.I)
_SCALE_SPACED = re.compile(r"[ \t\n]*-?(thousand|million|billion|trillion|mln|bln|mn|bn|tln|trn)(?![\w])", re.I)
_PCT = re.compile(r"[ \t]*(%|pct\b|per[ \t]?cent\b|percent\b|percentage[ \t]+points?\b)", re.I)

# Currency words after the number; optional national adjective decides the currency.
_CUR_WORDS = re.compile(
    r"[ \t\n]+(?:(?P<adj>U\.?S\.?|American|Canadian|Australian|New Zealand|Hong Kong|Singapore|"
    r"Taiwan|Swiss|French|Belgian|Deutsche|West German|German|Dutch|Italian|Japanese|"
    r"Indian|Irish|Mexican)[ \t\n]+)?"
    r"(?P<w>dollars?|dlrs?|pounds?(?:[ \t]+sterling)?|sterling|stg|euros?|yen|"
    r"francs?|marks?|d-marks?|deutschmarks?|lire|lira|guilders?|rupees?|yuan|renminbi|"
    r"roubles?|rubles?|pesos?|cents?|cts|pence|p)(?![\w])",
    re.I,
)
_CUR_WORD_ISO = {
    "dollar": "USD", "dlr": "USD", "pound": "GBP", "sterling": "GBP", "stg": "GBP", "euro": "EUR",
    "yen": "JPY", "franc": "FRF", "mark": "DEM", "d-mark": "DEM", "deutschmark": "DEM",
    "lire": "ITL", "lira": "TRY", "guilder": "NLG", "rupee": "INR", "yuan": "CNY",
    "renminbi": "CNY", "rouble": "RUB", "ruble": "RUB", "peso": "MXN", "cent": "USD",
    "ct": "USD", "pence": "GBP", "p": "GBP",
}
_DOLLAR_ADJ = {
    "us": "USD", "u.s.": "USD", "u.s": "USD", "american": "USD", "canadian": "CAD",
    "australian": "AUD", "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD",
    "taiwan": "TWD", "mexican": "MXN",
}
_FRANC_ADJ = {"swiss": "CHF", "french": "FRF", "belgian": "BEF"}

# Counted nouns: up to two modifiers, then a lower-case word.
_NOUN = re.compile(
    r"[ \t\n]+(?:(?:more|new|additional|extra|fewer|other|further|full-time|part-time|"
    r"[A-Z][a-z]+|[a-z]+-[a-z]+)[ \t\n]+){0,2}(?P<n>[a-z][a-z-]*[a-z])(?![\w-])"
)
_NOT_UNITS = frozenset(
    """of to in at on by for from and or nor but the a an is are was were be been being will
    would shall should can could may might must has have had do does did with than per as that
    which who whom whose what when where while vs said says say percent pct cent times time
    year years month months week weeks day days hours hour minutes minute seconds am pm a.m p.m
    o'clock th st nd rd more most less least so if it its this these those there their they
    he she we you i after before since until over under about around against into onto out up
    down off through between among each every all both either neither per-cent yesterday today
    tomorrow ago later earlier next last first second third""".split()
)
_NOT_NOUN_FOR_TIME = frozenset("years year months month weeks week days day hours hour minutes decades decade".split())

_QUALIFIER = re.compile(
    r"(?i:(more than|over|at least|up to|as much as|as many as|nearly|almost|about|around|"
    r"roughly|some|approximately|an estimated|at most|less than|fewer than|under|close to|"
    r"in excess of|upwards of))[ \t\n]+$"
)

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_MONTH_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_MONTH_BEFORE = re.compile(rf"{_MONTH_RX}[ \t]+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH_RX}(?![\w])")
_REF_BEFORE = re.compile(
    r"(?:(?i:section|sec\.|article|art\.|chapter|title|rule|clause|paragraph|para\.|no\.|nos\.|"
    r"number|item|page|p\.|pp\.|vol\.|volume|route|highway|interstate|flight|phase|level|"
    r"grade|class|form|room|suite|box|district|ward|amendment|resolution|amendment no\.|"
    r"h\.r\.|s\.|h\.res\.|s\.res\.|h\.j\.res\.|s\.j\.res\.|pub\.\s?l\.|public law|act of|"
    r"fy|fiscal year|aged|age|ages|model|version|step|stage|group|team|squad)"
    r"|[A-Z]{1,5}|[A-Z]\.|#)[ \t]*$"
)
_AGE_AFTER = re.compile(r"-?(?:year|yr)s?[- ]old|[ \t]+years?[ \t]+old|-(?:year|month|week|day)\b", re.I)
_TIME_AFTER = re.compile(r"(?::\d\d|[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|EST|EDT|BST|hours\b|hrs\b|GMT\b))", re.I)
_AGE_COMMAS = re.compile(r"[A-Z][a-z]+,[ \t]$")
_LIST_NUMBER = re.compile(r"(?:^|[\n(])[ \t]*$")
_YEAR_LIKE = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")


def _num_value(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def _word_value(words: str) -> float | None:
    """'five thousand' -> 5000, 'a million' -> 1e6, 'twenty-two' -> 22."""
    toks = re.split(r"[\s-]+", words.lower().strip())
    total = 0.0
    current = 0.0
    i = 0
    seen = False
    while i < len(toks):
        t = toks[i]
        if t == "half" and i + 1 < len(toks) and toks[i + 1] == "a":
            current += 0.5
            i += 2
            seen = True
            continue
        if t in ("and",):
            i += 1
            continue
        if t == "dozen":
            current = (current or 1) * 12
        elif t in _UNITS_WORDS:
            current += _UNITS_WORDS[t]
        elif t == "hundred":
            current = (current or 1) * 100
        elif t in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * _SCALES[t]
            current = 0.0
        else:
            return None
        seen = True
        i += 1
    return (total + current) if seen else None


def find_amounts(sentence: str) -> list[Amount]:
    """Money, percentages and counted quantities in a sentence, in order."""
    if not isinstance(sentence, str) or not sentence:
        return []
    s = sentence[:MAX_SENTENCE]
    out: list[Amount] = []
    last_end = 0
    for m in _NUM.finditer(s):
        start, end = m.span()
        if start < last_end:
            continue
        if start and (s[start - 1].isalnum() or s[start - 1] in "_.,/'’-:"):
            # inside a word/number, "v1.2", "2/3", a time "4:00 p.m."; but allow "$" etc. below
            if not (s[start - 1] in "." and m.group("d") and start > 1 and s[start - 2] == "S"):
                continue
        is_word = m.group("w") is not None
        if is_word:
            raw = m.group("w")
            if raw.lower() in ("a", "an") and not _SCALE_SPACED.match(s, end):
                continue
            value = _word_value(raw)
        else:
            raw = m.group("d")
            value = _num_value(raw)
        if value is None:
            continue
        look = s[max(0, start - 40):start]
        unit: str | None = None
        a_start = start
        # currency prefix ($, US$, £, €, ¥ ...)
        cp = _CUR_PREFIX.search(look)
        if cp is not None and not is_word:
            sym = cp.group().strip()
            unit = _CUR_SYMBOLS.get(sym) or _CUR_SYMBOLS.get(sym.replace(" ", ""))
            a_start = start - (len(look) - cp.start())
        pos = end
        scaled = False
        # scale: "5bn", "£3.2m", "5 billion", "5 mln"
        if not is_word:
            sa = _SCALE_ATTACHED.match(s, pos)
            if sa is not None and (unit is not None or sa.group(1).lower() in ("bn", "mln", "bln", "mn", "tn", "trn")):
                value *= _SCALES[sa.group(1).lower()]
                pos = sa.end()
                scaled = True
            elif sa is None:
                ss = _SCALE_SPACED.match(s, pos)
                if ss is not None:
                    value *= _SCALES[ss.group(1).lower()]
                    pos = ss.end()
                    scaled = True
        elif any(w in raw.lower() for w in ("hundred", "thousand", "million", "billion", "trillion")):
            scaled = True
        else:
            ss = _SCALE_SPACED.match(s, pos)
            if ss is not None:
                value *= _SCALES[ss.group(1).lower()]
                pos = ss.end()
                scaled = True
        if unit is None:
            pc = _PCT.match(s, pos)
            if pc is not None:
                unit = "%"
                pos = pc.end()
            else:
                cw = _CUR_WORDS.match(s, pos)
                if cw is not None:
                    w = cw.group("w").lower().rstrip("s") if cw.group("w").lower() not in ("pence", "lire", "cts", "yen") else cw.group("w").lower()
                    if w == "ct" or cw.group("w").lower() == "cts":
                        w = "ct"
                    iso = _CUR_WORD_ISO.get(w) or _CUR_WORD_ISO.get(cw.group("w").lower())
                    adj = (cw.group("adj") or "").lower()
                    if w in ("dollar", "dlr", "ct", "cent") and adj:
                        iso = _DOLLAR_ADJ.get(adj.replace(" ", " "), iso)
                    elif w == "franc" and adj:
                        iso = _FRANC_ADJ.get(adj, iso)
                    if w == "p" and not (not is_word and not scaled):
                        iso = None
                    if iso is not None:
                        if w in ("ct", "cent", "pence", "p"):
                            value /= 100.0
                        unit = iso
                        pos = cw.end()
        if unit is None and not is_word and not scaled:
            # Bare digits: exclude years, dates, times, ages and reference numbers.
            if _YEAR_LIKE.match(raw):
                continue
            if _MONTH_BEFORE.search(look) or _MONTH_AFTER.match(s, end):
                continue
            if _TIME_AFTER.match(s, end) or _AGE_AFTER.match(s, end):
                continue
            if _REF_BEFORE.search(look) or _LIST_NUMBER.search(look) and s[end:end + 1] in (".", ")"):
                continue
            if _AGE_COMMAS.search(look) and s[end:end + 1] == ",":
                continue
            if re.match(r"(?:st|nd|rd|th)\b|[-/]\d", s[end:end + 3]):
                continue
        elif unit is None and is_word:
            if _AGE_AFTER.match(s, end):
                continue
        if unit is None:
            nm = _NOUN.match(s, pos)
            if nm is not None and nm.group("n") not in _NOT_UNITS:
                noun = nm.group("n")
                if not (noun in _NOT_NOUN_FOR_TIME):
                    unit = noun
                    pos = nm.end()
            if is_word and not scaled:
                # "the two leaders", "one of them": small number words are only
                # amounts with a currency or a percent sign ("five per cent").
                continue
        if unit is None and not scaled and not is_word:
            # A bare number: only kept after a qualifier ("more than 7,000") or when
            # it is clearly a count (has thousands separators).
            if not (_QUALIFIER.search(look) or "," in raw):
                continue
        if value != value or value in (float("inf"), float("-inf")):
            continue
        q = _QUALIFIER.search(s[max(0, a_start - 30):a_start])
        out.append(Amount(s[a_start:pos], float(value), unit, a_start, pos, q.group(1).lower() if q else None))
        last_end = pos
    return out


# ---------------------------------------------------------------------- deadlines

_SPAN_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
_SEASONS = {"spring": (3, 20), "summer": (6, 21), "autumn": (9, 22), "fall": (9, 22), "winter": (12, 21)}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_WEEKDAY_RX = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMW = rf"(?:\d+(?:\.\d+)?|{_WORDNUM}|a\s+few|a\s+couple\s+of|several|an?)"
_BY = r"(?:(?:by|before|until|till|through|no\s+later\s+than|not\s+later\s+than|in\s+time\s+for|ahead\s+of|prior\s+to)(?:\s+at\s+least)?)"
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}

_DEADLINE_RX = re.compile(
    rf"""(?ix)
    # One leading word boundary and a cheap first-letter check, so that most
    # positions fail before the alternatives are tried.
    \b(?=[bubtnaipwdoslfem])
    (?:(?P<end_of>\b{_BY}\s+(?:the\s+)?(?P<eo_part>end|close|middle|start|beginning)\s+of\s+(?:the\s+)?
        (?P<eo_what>(?:this|next|the)\s+(?:year|decade|month|week|century|parliament|session|term|summer|winter|spring|autumn|fall)
          |year|decade|month|week|century|summer|winter|spring|autumn|fall
          |(?P<eo_q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+quarter(?:\s+of\s+(?P<eo_qy>\d{{4}}))?
          |(?P<eo_month>{_MONTH_RX})(?:,?\s+(?P<eo_my>\d{{4}}))?
          |(?P<eo_year>\d{{4}})))
    |(?P<yearend>\b{_BY}\s+(?:the\s+)?(?:year[- ]end|end[- ]year|end[- ](?P<ye_y>\d{{4}})|year's\s+end))
    |(?P<partyear>\b(?:{_BY}|in)\s+(?P<py_part>early|mid|late)[- ](?P<py_y>\d{{4}}))
    |(?P<partrel>\b(?:(?:{_BY}|in)\s+)?(?P<pr_part>early|mid|late)[- ](?P<pr_rel>next|this)\s+year)\b
    |(?P<half>\b(?:{_BY}|in|during|over)\s+the\s+(?P<hf>first|second)\s+half\s+of\s+(?:(?P<hf_rel>this|next)\s+year|(?:the\s+)?year|(?P<hf_y>\d{{4}})))(?![\d])
    |(?P<turn>\b{_BY}\s+the\s+turn\s+of\s+the\s+(?P<tu>decade|century))\b
    |(?P<bymonthday>\b(?:{_BY}|on(?:\s+{_WEEKDAY_RX},?)?)\s+(?P<md_m>{_MONTH_RX})\s+(?P<md_d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<md_y>\d{{4}}))?)
    |(?P<bydaymonth>\b(?:{_BY}|on(?:\s+{_WEEKDAY_RX},?)?)\s+(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{_MONTH_RX})(?:,?\s+(?P<dm_y>\d{{4}}))?)
    |(?P<bymonth>\b{_BY}\s+(?:next\s+)?(?P<bm_m>January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(?P<bm_y>\d{{4}}))?)\b
    |(?P<byyear>\b{_BY}\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?(?P<by_y>\d{{4}})(?:[-/](?P<by_y2>\d{{2}}(?:\d\d)?))?)(?![\d])
    |(?P<span>\b(?:within\s+the\s+next|within|in\s+the\s+next|over\s+the\s+next|during\s+the\s+next|in\s+the\s+coming|over\s+the\s+coming|in)\s+
        (?:the\s+)?(?P<sp_n>{_NUMW})\s+(?P<sp_u>days?|weeks?|months?|years?|decades?)(?:'|’)?(?P<sp_time>\s+time)?)
    |(?P<span1>\b(?:within\s+the\s+next|within|in\s+the\s+next|over\s+the\s+next|during\s+the\s+next)\s+(?:the\s+)?(?P<s1_u>day|week|month|year|decade|fortnight))\b
    |(?P<vague>\b(?:in|over|within)\s+the\s+(?:coming|next\s+few|next\s+several)\s+(?:days|weeks|months|years)
        |\bwithin\s+(?:days|weeks|months|years)
        |\b(?:soon|shortly)\s+after\s+the\s+election)\b
    |(?P<election>\b(?:{_BY}|in\s+time\s+for|at)\s+(?:the\s+)?(?:next\s+|coming\s+|upcoming\s+|general\s+|presidential\s+|mid-?term\s+)*(?:general\s+)?elections?\b
        |\b(?:in|during|by\s+the\s+end\s+of)\s+the\s+next\s+(?:parliament|term|session)\b)
    |(?P<season>\b(?:{_BY}|by)\s+(?:the\s+)?(?:next\s+|this\s+)?(?P<se>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<se_y>\d{{4}}))?)\b
    |(?P<inseason>\b(?:(?P<is_pre>in\s+the\s+coming|in\s+the|in|this\s+coming|this|next)\s+)
        (?P<is>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<is_y>\d{{4}})\b|(?P<is_next>\s+(?:of\s+)?next\s+year)\b
          |\b(?!'s|\s+(?:of|in)\s+(?!\d))))
    |(?P<holiday>\b{_BY}\s+(?P<ho>Christmas|Easter|the\s+new\s+year|New\s+Year(?:'s)?))\b
    |(?P<weekday>\b{_BY}\s+(?:next\s+)?(?P<wd>{_WEEKDAY_RX}))\b
    |(?P<rel>\b(?P<rel_pre>later\s+|earlier\s+|so\s+far\s+|since\s+|until\s+|by\s+)?(?:this|next)\s+(?P<rel_u>year|month|week)\b(?:'s)?)
    |(?P<inyear>\b(?:in|during|for)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<iy_y>\d{{4}})(?:[-/](?P<iy_y2>\d{{2}}(?:\d\d)?))?)(?![\d])
        )
    """
)
# Every alternative of _DEADLINE_RX starts with one of these words: the pattern is tried
# only where one starts (what finditer finds, without trying it at every word).
_DEADLINE_START = re.compile(
    r"\b(?:by|before|until|till|through|no|not|in|ahead|prior|within|over|during|soon|shortly|at|later|on|"
    r"earlier|so|since|this|next|for|early|mid|late)\b",
    re.I,
)


def _deadline_matches(s: str) -> Iterator[re.Match[str]]:
    """`_DEADLINE_RX.finditer(s)`."""
    end = 0
    # (on a plain text the starts' lowered twin finds them in its lower(), at the same places)
    low_start = _low_twin(_DEADLINE_START) if _plain(s) else None
    for a in low_start.finditer(s.lower()) if low_start is not None else _DEADLINE_START.finditer(s):
        if a.start() >= end:
            m = _DEADLINE_RX.match(s, a.start())
            if m is not None:
                end = m.end()
                yield m


_FUTURE = re.compile(r"(?i)(?:\b(?:will|would|shall|going\s+to|plans?|aims?|intends?|expects?|is\s+to|are\s+to)\b|'ll\b)")


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # Feb 29
        return d.replace(year=d.year + n, day=28)


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _roll(doc: date | None, make) -> date | None:
    """make(year) in the document year, or the next year if that is already past."""
    if doc is None:
        return None
    d = make(doc.year)
    return d if d >= doc else make(doc.year + 1)


def _year(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    return y if 1000 <= y <= 9999 else None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _span_days(n: float, unit: str, doc: date) -> date:
    unit = unit.rstrip("s").lower()
    if unit == "year":
        whole = int(n)
        d = _add_years(doc, whole)
        return d + timedelta(days=round((n - whole) * 365)) if n != whole else d
    if unit == "decade":
        return _add_years(doc, int(n * 10))
    if unit == "month":
        whole = int(n)
        d = _add_months(doc, whole)
        return d + timedelta(days=round((n - whole) * 30)) if n != whole else d
    if unit == "fortnight":
        return doc + timedelta(days=14 * n)
    return doc + timedelta(days=_SPAN_UNITS.get(unit, 1) * n)


def _part_of(part: str, first: date, last: date) -> date:
    """The day "by the start / middle / end of" a period means."""
    if part == "start":
        return first
    if part == "middle":  # mid-year is June 30 ("mid-2010"), else the day halfway
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
            return date(first.year, 6, 30)
        return first + (last - first) // 2
    return last


def _after(doc: date, period: Callable[[int], date], nxt: int) -> date:
    """period(0) (this one) or period(1) (the next); "by the start of the year" said in
    November is the coming one: a day already past moves to the next period."""
    d = period(nxt)
    return d if d >= doc else period(nxt + 1)


# A season's first and last day (approximate: the solstices and equinoxes); winter runs
# into the next year.
_SEASON_END = {"spring": (6, 20), "summer": (9, 21), "autumn": (12, 20), "fall": (12, 20), "winter": (3, 19)}


def _season_span(season: str, y: int) -> tuple[date, date]:
    (sm, sd), (em, ed) = _SEASONS[season], _SEASON_END[season]
    return date(y, sm, sd), date(y + 1 if season == "winter" else y, em, ed)


def _season(doc: date, season: str, part: str, which: str) -> date:
    """Part of the season meant, said on ``doc``: "this" (or "in the"): the one not yet
    over; "next": the first not yet begun."""
    y = doc.year - 1
    while True:
        first, last = _season_span(season, y)
        if (last >= doc) if which == "this" else (first > doc):
            return _part_of(part, first, last)
        y += 1


def _resolve(m: re.Match[str], doc: date | None, sentence: str) -> tuple[bool, date | None]:
    """(is a deadline, date) for one match."""
    g = m.group
    dy = doc.year if doc else None
    if g("end_of"):
        # "by the end / start / middle of X": the last day, the first day or the middle of X
        part = {"close": "end", "beginning": "start"}.get(g("eo_part").lower(), g("eo_part").lower())
        what = re.sub(r"\s+", " ", g("eo_what").lower())
        if g("eo_year"):
            y = _year(g("eo_year"))
            if y is None or (dy and y < dy):
                return False, None
            return True, _part_of(part, date(y, 1, 1), date(y, 12, 31))
        if g("eo_month"):
            mo = _MONTHS[g("eo_month").lower().rstrip(".")]
            y = _year(g("eo_my"))
            if y is not None:
                return (not (dy and y < dy)), _part_of(part, date(y, mo, 1), _month_end(y, mo))
            return True, _roll(doc, lambda yy: _part_of(part, date(yy, mo, 1), _month_end(yy, mo)))
        if g("eo_q"):
            q = _QUARTERS[g("eo_q").lower()]
            y = _year(g("eo_qy"))
            if y is None and dy is None:
                return True, None
            if y is not None and dy and y < dy:
                return False, None

            def quarter(yy: int) -> date:
                return _part_of(part, date(yy, q * 3 - 2, 1), _month_end(yy, q * 3))
            # "by the end of the second quarter" said in November: next year's
            return True, quarter(y) if y is not None else _roll(doc, quarter)
        head, _, unit = what.rpartition(" ")
        unit = unit or what
        if unit in ("parliament", "session", "term"):
            return True, None
        if dy is None:
            return True, None
        nxt = 1 if head == "next" else 0
        if unit == "year":
            return True, _after(doc, lambda k: _part_of(part, date(dy + k, 1, 1), date(dy + k, 12, 31)), nxt)
        if unit == "decade":
            first = (dy // 10) * 10
            return True, _after(doc, lambda k: _part_of(part, date(first + 10 * k, 1, 1),
                                                        date(first + 10 * k + 9, 12, 31)), nxt)
        if unit == "century":
            return True, date((dy // 100) * 100 + 99, 12, 31) if part == "end" else None
        if unit == "month":
            def month(k: int) -> date:
                first = _add_months(doc.replace(day=1), k)
                return _part_of(part, first, _month_end(first.year, first.month))
            return True, _after(doc, month, nxt)
        if unit == "week":
            monday = doc - timedelta(days=doc.weekday())
            return True, _after(doc, lambda k: _part_of(part, monday + timedelta(days=7 * k),
                                                        monday + timedelta(days=7 * k + 6)), nxt)
        if unit in _SEASONS:
            return True, _season(doc, unit, part, "next" if nxt else "this")
        return True, None
    if g("yearend"):
        y = _year(g("ye_y")) or dy
        if y is None:
            return True, None
        if dy and y < dy:
            return False, None
        return True, date(y, 12, 31)
    if g("partrel"):  # "early next year", "by late this year"
        if dy is None:
            return True, None
        y = dy + (1 if g("pr_rel").lower() == "next" else 0)
        d = {"early": date(y, 3, 31), "mid": date(y, 6, 30), "late": date(y, 12, 31)}[g("pr_part").lower()]
        return d >= doc, d  # "early this year" said in November: already past, no deadline
    if g("half"):  # "in the first half of next year": its last day
        y = _year(g("hf_y")) or (dy + (1 if (g("hf_rel") or "").lower() == "next" else 0) if dy else None)
        if y is None:
            return True, None
        if dy and y < dy:
            return False, None
        d = date(y, 6, 30) if g("hf").lower() == "first" else date(y, 12, 31)
        return not (doc and d < doc), d  # "in the first half of the year" said in November: a report
    if g("turn"):  # "by the turn of the decade": the first day of the next one
        if dy is None:
            return True, None
        size = 10 if g("tu").lower() == "decade" else 100
        return True, date((dy // size + 1) * size, 1, 1)
    if g("partyear"):
        y = _year(g("py_y"))
        if y is None or (dy and y < dy):
            return False, None
        part = g("py_part").lower()
        return True, {"early": date(y, 3, 31), "mid": date(y, 6, 30), "late": date(y, 12, 31)}[part]
    if g("bymonthday") or g("bydaymonth"):
        mo = _MONTHS[(g("md_m") or g("dm_m")).lower().rstrip(".")]
        day = int(g("md_d") or g("dm_d"))
        y = _year(g("md_y") or g("dm_y"))
        if not 1 <= day <= calendar.monthrange(y or 2000, mo)[1]:
            return False, None
        if y is not None:
            return (not (dy and y < dy)), date(y, mo, day)
        return True, _roll(doc, lambda yy: date(yy, mo, min(day, calendar.monthrange(yy, mo)[1])))
    if g("bymonth"):
        mo = _MONTHS[g("bm_m").lower()]
        y = _year(g("bm_y"))
        if y is not None:
            return (not (dy and y < dy)), _month_end(y, mo)
        return True, _roll(doc, lambda yy: _month_end(yy, mo))
    if g("byyear"):
        y = _year(g("by_y"))
        if y is None or not 1900 <= y <= 2200 or (dy and y < dy):
            return False, None
        y2 = g("by_y2")
        if y2:
            y2i = int(y2) if len(y2) == 4 else (y // 100) * 100 + int(y2)
            if y2i < y:
                y2i += 100
            if y2i - y <= 5:
                return True, date(y2i, 12, 31)
        return True, date(y, 12, 31)
    if g("span") or g("span1"):
        if g("span"):
            txt = g("sp_n").lower()
            if re.search(r"next\s+several", g("span"), re.I):  # as vague as "in the next few weeks"
                return True, None
            if g("span").lower().startswith("in ") and not g("sp_time") and not re.match(r"in\s+the\s", g("span"), re.I):
                # "in five years": a deadline only when future-facing ("in five years' time"
                # or in a sentence with a future marker)
                if not _FUTURE.search(sentence):
                    return False, None
            n = _num_value(txt) if txt[0].isdigit() else _word_value(txt)
            unit = g("sp_u")
        else:
            n, unit = 1.0, g("s1_u")
        if n is None or n <= 0 or n > 1000:
            return True, None
        if doc is None:
            return True, None
        try:
            return True, _span_days(n, unit, doc)
        except (OverflowError, ValueError):
            return True, None
    if g("vague") or g("election"):
        return True, None
    if g("season"):
        se = g("se").lower()
        mo, da = _SEASONS[se]
        y = _year(g("se_y"))
        if y is not None:
            return (not (dy and y < dy)), date(y, mo, da)
        return True, _roll(doc, lambda yy: date(yy, mo, da))
    if g("inseason"):  # "in the spring", "this winter", "next summer": by its end
        pre = re.sub(r"\s+", " ", g("is_pre").lower())
        se = g("is").lower()
        y = _year(g("is_y"))
        if y is not None:
            return (not (dy and y < dy)), _season_span(se, y)[1]
        if not pre.startswith(("this", "next")) and not _FUTURE.search(sentence):  # "floods in the spring"
            return False, None
        if doc is None:
            return True, None
        if g("is_next"):  # "in the spring of next year"
            return True, _season_span(se, doc.year + 1)[1]
        return True, _season(doc, se, "end", "next" if pre == "next" else "this")
    if g("holiday"):
        ho = g("ho").lower()
        if ho.startswith("christmas"):
            return True, _roll(doc, lambda yy: date(yy, 12, 25))
        if ho.startswith("easter"):
            return True, _roll(doc, _easter)
        return True, None if doc is None else date(doc.year, 12, 31)
    if g("weekday"):
        if doc is None:
            return True, None
        wd = _WEEKDAYS[g("wd").lower()]
        delta = (wd - doc.weekday()) % 7 or 7
        return True, doc + timedelta(days=delta)
    if g("rel"):
        pre = (g("rel_pre") or "").strip().lower()
        if pre in ("earlier", "so far", "since", "until"):
            return False, None
        unit = g("rel_u").lower()
        nxt = "next" in g("rel").lower()
        if doc is None:
            return True, None
        if unit == "year":
            return True, date(doc.year + (1 if nxt else 0), 12, 31)
        if unit == "month":
            d = _add_months(doc.replace(day=1), 1 if nxt else 0)
            return True, _month_end(d.year, d.month)
        # week: Sunday ending this/next week
        end = doc + timedelta(days=6 - doc.weekday())
        return True, end + timedelta(days=7) if nxt else end
    if g("inyear"):
        y = _year(g("iy_y"))
        if y is None or not 1900 <= y <= 2200:
            return False, None
        if dy is not None:
            if y < dy:
                return False, None
        elif not _FUTURE.search(sentence):
            return False, None
        y2 = g("iy_y2")
        if y2:
            y2i = int(y2) if len(y2) == 4 else (y // 100) * 100 + int(y2)
            if y2i >= y and y2i - y <= 5:
                return True, date(y2i, 12, 31)
        return True, date(y, 12, 31)
    return False, None


# Every deadline phrase holds a digit or one of these words (in any case), and every
# date a statement is dated by holds one of the second set: a text holding none is
# settled without its (long) pattern. Characters that match an ASCII letter only when
# case is ignored (İ ı ſ K) turn the test off.
_DEADLINE_WORDS = (
    "day", "week", "month", "year", "decade", "centur", "quarter", "fortnight", "spring", "summer",
    "autumn", "fall", "winter", "christmas", "easter", "election", "parliament", "term", "session",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)
# (a statement is dated by a weekday, a relative day, or a month with a day number)
_SAID_ON_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "morning", "afternoon", "evening", "night",
)
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DIGIT = re.compile(r"\d")
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_date_statement(s: str) -> bool:
    """False when `_SAID_ON_RX` cannot match `s`."""
    return _may_hold(s, _SAID_ON_WORDS, False) or bool(_DIGIT.search(s)) and _may_hold(s, _MONTH_WORDS, False)


def _may_hold(s: str, words: tuple[str, ...], digits: bool) -> bool:
    # (_ODD_CASE holds no ASCII character: an ASCII text needs no search for one)
    if digits and _DIGIT.search(s) or not s.isascii() and _ODD_CASE.search(s):
        return True
    low = s.lower()
    return any(w in low for w in words)


def find_deadline(sentence: str, doc_date: date | None = None) -> Deadline | None:
    """The first future-facing deadline phrase in a sentence, or None."""
    if not isinstance(sentence, str) or not sentence:
        return None
    s = sentence[:MAX_SENTENCE]
    if not _may_hold(s, _DEADLINE_WORDS, True):
        return None
    doc = doc_date if isinstance(doc_date, date) else None
    for m in _deadline_matches(s):
        try:
            ok, d = _resolve(m, doc, s)
        except (ValueError, OverflowError, KeyError):
            ok, d = True, None
        if ok:
            text = m.group().strip()
            return Deadline(text, _iso(d))
    return None


# ------------------------------------------------------------------- said on

_SAID_ON_RX = re.compile(
    rf"""(?x)
    (?P<md>\b(?:on\s+)?(?P<md_m>{_MONTH_RX})\s+(?P<md_d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<md_y>\d{{4}}))?)(?![\d:])
    |(?P<dm>\b(?:on\s+)?(?:the\s+)?(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{_MONTH_RX})(?:,?\s+(?P<dm_y>\d{{4}}))?)(?![\w])
    |(?P<wd>\b(?P<wd_pre>next\s+|this\s+coming\s+|by\s+|until\s+|from\s+|before\s+|after\s+|every\s+|Black\s+|Good\s+|Super\s+|Ash\s+|Cyber\s+|last\s+)?(?P<wd_d>{_WEEKDAY_RX})(?![\w']))
    |(?P<rel>\b(?i:yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|earlier\s+today))\b
    """
)


# "On December 20" in a February story was said last December; "on March 11" in a
# March 2 story is a date ahead (a year back would be too long ago to report as news).
_SAID_LAST_YEAR_DAYS = 92


def resolve_said_on(sentence: str, doc_date: date | None) -> str | None:
    """The ISO date a statement was made (see :func:`said_on_phrase`), or None."""
    found = said_on_phrase(sentence, doc_date)
    return found[0] if found else None


def said_on_phrase(sentence: str, doc_date: date | None) -> tuple[str, str] | None:
    """(ISO date, the words that date it) of a statement, or None. The ISO date a statement was made, when the sentence dates it relative to the
    publication date: "on Thursday" -> the latest Thursday on or before doc_date;
    "yesterday"/"last night" -> the day before; "today" -> doc_date; "on Jan. 5" ->
    that day in the document year (the year before if that would be after doc_date);
    "last week" and other vague phrases -> None. Dates with a year need no doc_date."""
    if not isinstance(sentence, str) or not sentence:
        return None
    s = sentence[:MAX_SENTENCE]
    if not _may_date_statement(s):
        return None
    doc = doc_date if isinstance(doc_date, date) else None
    for m in _SAID_ON_RX.finditer(s):
        g = m.group
        try:
            if g("md") or g("dm"):
                mo = _MONTHS[(g("md_m") or g("dm_m")).lower().rstrip(".")]
                day = int(g("md_d") or g("dm_d"))
                y = _year(g("md_y") or g("dm_y"))
                if y is not None:
                    if doc is not None and date(y, mo, day) > doc:
                        continue  # after publication: a date ahead ("will pay on May 1, 1987")
                    return date(y, mo, day).isoformat(), m.group()
                if doc is None:
                    continue
                d = date(doc.year, mo, min(day, calendar.monthrange(doc.year, mo)[1]))
                if day > calendar.monthrange(doc.year, mo)[1]:
                    continue
                if d > doc:
                    d = date(doc.year - 1, mo, min(day, calendar.monthrange(doc.year - 1, mo)[1]))
                    if (doc - d).days > _SAID_LAST_YEAR_DAYS:
                        continue  # "will meet on March 11" in a March 2 story: ahead, not last year
                return d.isoformat(), m.group()
            if g("wd"):
                pre = (g("wd_pre") or "").strip().lower()
                if pre:
                    if pre == "last" and doc is not None:
                        # "last Tuesday": the Tuesday of the previous week, strictly before
                        wd = _WEEKDAYS[g("wd_d").lower()]
                        delta = (doc.weekday() - wd) % 7 or 7
                        return (doc - timedelta(days=delta)).isoformat(), m.group()
                    continue
                if doc is None:
                    continue
                wd = _WEEKDAYS[g("wd_d").lower()]
                return (doc - timedelta(days=(doc.weekday() - wd) % 7)).isoformat(), m.group()
            if g("rel"):
                if doc is None:
                    continue
                r = re.sub(r"\s+", " ", g("rel").lower())
                back = 1 if r in ("yesterday", "last night") else 0
                return (doc - timedelta(days=back)).isoformat(), m.group()
        except (ValueError, OverflowError, KeyError):
            continue
    return None
