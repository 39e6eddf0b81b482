"""Readings for what an actor states of itself in its own documents (manifestos, party
programmes, press releases, corporate reports): targets and goals ("our target is to
halve emissions", "we have set a goal to ...").

The cues are data (rules.toml: `commitment.target`, `intention.goal`); this module
holds what the engine asks of them.
"""

from __future__ import annotations

import re

# Cues whose noun is owned by the subject: in "our target is to ..." the possessive is
# who sets the target (in "his pledge to ..." a possessive only mentions a pledge).
POSSESSOR_CUES = frozenset(("commitment.target", "intention.goal", "commitment.nominal_pledge"))
# Of those, the commitment cues whose bare "the" ("The flagship pledge is to ...") is the
# pledge of the one the story is about (reading.pledge_owner); "the aim is to" is too soft.
OWNED_CUES = frozenset(("commitment.target", "commitment.nominal_pledge"))
_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?$")
_PRONOUN_OF = {"our": "we", "my": "I", "its": "it", "their": "they", "his": "he", "her": "she"}


def possessor_subject(rule_id: str, subject: str) -> str:
    """The pronoun a possessive subject stands for under a possessor cue ("our" -> "we"),
    else `subject` unchanged ("Nintendo's" is resolved as a name)."""
    if rule_id not in POSSESSOR_CUES:
        return subject
    pronoun = _PRONOUN_OF.get(subject.lower())
    if pronoun:
        return pronoun
    return _POSSESSIVE_END.sub("", subject)  # "Nintendo's goal" -> "Nintendo"


# ---- readings that bind the author of a document written by a body -------------------
# A party's programme, a firm's report or a ministry's release says what the body will
# do without naming it: "Ten new border posts will be opened", "There will be no new
# taxes on pensions", "By 2030 all our packaging will be recyclable". A person's press
# release (a member of Congress) uses the same forms for what others do ("the winner
# will be invited", "the clinic will be opened"), so these bind only a body.

_BODY_WORDS = re.compile(
    r"\b(?:Party|Parti|Partei|Partido|Labour|Conservatives?|Democrats|Republicans|Greens|League|Alliance|Union|"
    r"Front|Movement|Congress|Government|Ministry|Department|Council|Commission|Agency|Authority|Office|"
    r"Association|Federation|Foundation|Institute|Trust|Bank|Group|Holdings?|Company|Corp(?:oration)?|Inc|"
    r"Co|Ltd|Limited|PLC|plc|LLC|LP|AG|SA|SE|NV|N\.V|GmbH|S\.A|S\.p\.A|ASA|AB|Oyj|Airlines?|Motors?|Energy|"
    r"Industries|Systems|Technologies|Pharmaceuticals?|Foods?|Brewer(?:y|ies)|Retail|Stores?|Bank)\b\.?$|"
    r"^(?:The\s+)?[A-Z]{2,6}$"  # an acronym: "SNP", "BASF", "UKIP"
)
_BODY_TYPES = frozenset(("country", "organisation", "party", "company", "government"))
_body_memo: dict[str, bool] = {}

READING_PASSIVE = "reading.authored_passive"
READING_THERE = "reading.authored_there"
READING_OUTCOME = "reading.authored_outcome"
READINGS = (READING_PASSIVE, READING_THERE, READING_OUTCOME)

_THERE_BEFORE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|then)\s+)there\s*$", re.I)
_OUR_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|then)\s+)(?:all\s+(?:of\s+)?|every\s+one\s+of\s+|each\s+of\s+|the\s+whole\s+of\s+)?our\s+[\w-]+(?:\s+[\w-]+){0,3}\s*$", re.I)
# what "there will be" must name to be checkable: a number, something new, more or
# fewer of something, or a change ruled in or out ("no increase in VAT", "a freeze on
# fares"); not "no need for", "no easy answer", "challenges"
_THERE_CHECKABLE = re.compile(
    r"^\s*be\s+(?:(?:no|zero|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|"
    r"fifty|hundreds?\s+of|thousands?\s+of|more|fewer|an?)\s+)?(?:new|more|fewer|extra|additional|further|free|"
    r"increases?|rises?|cuts?|reductions?|changes?|freeze|cap|ban|referendum|moratorium|review|inquiry|vote|"
    r"(?<=\d\s)[\w-]+|(?<=\d)\s*[\w-]+)\b", re.I)
_RELATIVE_END = re.compile(r"\b(?:that|which|who)\s*$", re.I)
# "will be built by the council": an agent; "will be opened by 2028", "by the end of May": a deadline
OWN_AGENT = re.compile(
    r"^\s*(?:\w+\s+){0,3}by\b(?!\s+(?:\d|the\s+(?:end|middle|start|beginning|summer|spring|autumn|winter|year|time)\b|"
    r"end\b|mid|early|late|next|then|this|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december))", re.I)


def author_is_body(author: str, lookup_type: str | None) -> bool:
    """Whether a document's author is a body (party, firm, ministry, country), not a
    person: its type in the gazetteer, else a word of its name ("... Party", "... plc")."""
    if lookup_type is not None:
        return lookup_type in _BODY_TYPES
    got = _body_memo.get(author)
    if got is None:
        if len(_body_memo) > 10_000:
            _body_memo.clear()
        got = _body_memo[author] = bool(_BODY_WORDS.search(author.strip()))
    return got


def authored_reading(before: str, after_modal: str, participle: str, is_action: bool, has_deadline: bool) -> str | None:
    """Which authored reading binds the author of a body's document to "<before> will
    <after_modal>", or None. `participle` is the word after "be" (lower case),
    `is_action` whether it is an action participle, `has_deadline` whether the clause
    after the modal names a deadline."""
    if _RELATIVE_END.search(before):
        return None  # "... posts that will be opened": a description
    if _THERE_BEFORE.search(before):
        return READING_THERE if _THERE_CHECKABLE.match(after_modal) else None
    if _OUR_SUBJECT.search(before):
        # "By 2030 all our packaging will be recyclable": the author's own things, by a date
        return READING_OUTCOME if has_deadline else None
    if participle and is_action:
        after_part = after_modal.split(participle, 1)[-1] if participle in after_modal else ""
        if OWN_AGENT.match(after_part):
            return None  # "will be built by the council": its agent is named
        return READING_PASSIVE
    return None


# what a speaker rules in or out with "there will be": a change, a cost, a job or a tax
# decided by whoever speaks ("no sweeping changes", "no new taxes", "no layoffs", "a
# one-time charge"); not an outcome ("no recession", "a strike", "a compromise")
_THERE_DECIDED = re.compile(
    r"^\s*be\s+(?:no|zero|(?:an?\s+)?(?:further|extra|additional)|an?|\d[\d,.]*|more|fewer)\s+"
    r"(?:(?!(?:to|of|for|in|on|by|with|that)\b)[\w-]+\s+){0,2}?"  # (words qualifying the noun: "instant sweeping")
    r"(?:(?:sweeping\s+|major\s+)?changes?|(?:tax|price|fare|rate)\s+(?:increases?|rises?|cuts?)|(?:new\s+)?taxes|"
    r"increases?\s+in|cuts?\s+in|layoffs?|redundanc(?:y|ies)|job\s+(?:cuts|losses)|closures?|giveaways?|"
    r"(?:spending\s+)?spree|relaxation|distributions?|dividends?|payments?|charges?|fees?|repeat|referendum|"
    r"moratorium|freeze|ban|compensation|refunds?|roll\s*-?out|announcements?|hearing|inquiry|review)\b", re.I)


# who speaks but does not decide: an adviser, a former official ("Ed Balls, ex-chief
# economic adviser to the Treasury, said there would be no spending spree")
NOT_DECIDING = re.compile(r"\b(?:ex-|former\b|advis[eo]rs?\b)", re.I)


def announced_there(before: str, after_modal: str) -> bool:
    """Whether "<before> will <after_modal>" is "there will be" + something a speaker
    decides (_THERE_DECIDED): the speaker's word when a speaker is named (engine)."""
    return bool(_THERE_BEFORE.search(before) or _THERE_REPORTED.search(before)) and bool(_THERE_DECIDED.match(after_modal))


# "said (that) there", "has promised there": "there" opening a reported clause
_THERE_REPORTED = re.compile(r"\b(?:that|said|says|added|announced|promised|pledged|insisted|stressed|confirmed|"
                             r"assured\s+\w+|told\s+\w+)\s+there\s*$", re.I)


def authored_be_subject(before: str) -> bool:
    """Whether "<before> will be X" may be an authored reading though "be X" is no action:
    "there will be ...", "all our packaging will be ..."."""
    return bool(_THERE_BEFORE.search(before) or _OUR_SUBJECT.search(before))


_MAX_ITEM_WORDS = 30


def plain_list_line(text: str, prev_end: int, start: int, end: int) -> bool:
    """Whether text[start:end] is an unmarked item of a list ("We will:\\nabolish
    prescription charges\\nbuild 100,000 homes"): a whole line of its own, right under the
    heading or the item before (no blank line between), short, and not itself a heading."""
    gap = text[prev_end:start]
    if gap.count("\n") != 1 or gap.strip():
        return False
    tail_nl = text.find("\n", end)
    tail = text[end:] if tail_nl < 0 else text[end:tail_nl]
    if tail.strip() or text[end - 1] == ":":
        return False
    return len(text[start:end].split()) <= _MAX_ITEM_WORDS
