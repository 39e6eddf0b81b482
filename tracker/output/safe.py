"""Untrusted text on its way out: to a terminal (:func:`terminal_text`) and to a
spreadsheet (:func:`spreadsheet_text`). Every text the database or an input holds is
untrusted (an article, its title and URL, a rater's note, an actor's name, a rule of a
user's rules file), and every writer of tables, text views and CSV cells passes it
through these two. JSON keeps text exact: a program reads it, not a terminal.

Light to import (no Rich): `tracker show` must answer in 0.1 s.
"""

from __future__ import annotations

import re

# --- the terminal ---------------------------------------------------------------------------------
#
# A terminal obeys some characters instead of showing them: ESC starts the sequences that
# colour text, clear the screen, move the cursor, set the window title (OSC 0) or make a
# hyperlink (OSC 8); CSI (U+009B) and the other C1 controls do the same in one character;
# CR, BS and friends overwrite what was printed; the bidi embeddings, overrides and
# isolates reorder the text that follows (U+202E shows "txt.exe" as "exe.txt").
# Each is written as a visible escape in Python's notation instead: ESC as the four
# characters \x1b, U+202E as \u202e. (A backslash in the text is left as it is, so a text
# that spells "\x1b" looks like an escaped ESC: harmless, and ordinary paths keep their
# backslashes.) Tab and newline are layout, not control: text views keep them, tables
# and one-line fields fold every run of white space into one space.
_BIDI = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))  # LRE RLE PDF LRO RLO, LRI RLI FSI PDI
_CONTROLS = (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *_BIDI)
_KEPT = {"\t", "\n"}
_VISIBLE = {c: (f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}") for c in _CONTROLS if chr(c) not in _KEPT}


def terminal_text(text: str, one_line: bool = False) -> str:
    """``text`` as a terminal shows it and never obeys it: every control character
    (C0 but tab and newline, DEL, C1, bidi embeddings, overrides and isolates) written as
    a visible escape (``\\x1b``, ``\\u202e``). ``one_line``: white space folded into single
    spaces too (table cells, fields of a one-line view), so that no value can start a line
    of its own. Text is never markup here: writers print it as it is (no Rich markup
    string is ever built from data)."""
    if one_line:
        text = " ".join(text.split())  # str.split's white space: tab, newline, CR, FF, U+2028...
    return text.translate(_VISIBLE)


# --- the spreadsheet ------------------------------------------------------------------------------
#
# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...),
# +cmd|..., @SUM(...)); tab and CR (and NUL, per OWASP ASVS 5.0 1.2.10) lead to one too
# in some importers, and LibreOffice's "trim spaces" import option strips leading blanks,
# so a cell whose first character that is not white space or a control is one of them
# is neutralised. The full-width forms are included because some CJK-locale input
# methods fold them to ASCII. OWASP's advice, followed: prefix a single quote, which
# spreadsheets read as "this is text" and do not show. A plain negative number ("-5",
# "-0.25") stays as it is: it can run nothing and is worth more to a spreadsheet as a
# number. The CSV writer quotes separators, quotes and line breaks (a bare CR too: see
# tracker.output.formats._RowEnds), so no formula starts mid-cell in a cell of its own.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_LEADING = re.compile(r"[\s\x00-\x1f\x7f-\x9f]*")
_NEGATIVE_NUMBER = re.compile(r"-\d+(?:\.\d+)?")


def spreadsheet_text(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it (CSV injection): a leading
    ``'`` when it would start a formula."""
    if not text:
        return text
    first = text[_LEADING.match(text).end():][:1]  # type: ignore[union-attr]  # always matches
    if not (text.startswith(FORMULA_STARTS) or first.startswith(FORMULA_STARTS)):
        return text
    if _NEGATIVE_NUMBER.fullmatch(text):
        return text
    return "'" + text
