"""Outputs under attack: text from the news, a rater's note, an actor's name or a user's
rules file reaches the terminal as literal text (no markup read, no escape sequence
obeyed), a CSV cell never runs as a formula, and a long listing's table is streamed and
cut with a note instead of being built whole. JSON stays exact."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.conftest import Invoke, ok, one_line_error, rows
from tests.test_postgres import pg, pg_database, pg_url  # noqa: F401  (fixtures)
from tracker.output import formats
from tracker.output.values import spreadsheet_text

# --- the terminal ---------------------------------------------------------------------------------

# Markup words without spaces (a table wraps at spaces); no "." (the fake engine's sentences end there).
MARKUP = ("[red]ten[/red]", "[link=http://localhost/x]here[/link]", "[bold]Zed[/bold]")
ESCAPES = {  # what the text holds: what the terminal must show instead
    "\x1b[2J": "\\x1b[2J",  # clear the screen
    "\x1b]0;owned\x07": "\\x1b]0;owned\\x07",  # set the window title
    "\x1b]8;;http://localhost/y\x1b\\": "\\x1b]8;;http://localhost/y\\x1b\\",  # OSC 8: a hyperlink
    "\x9b31m": "\\x9b31m",  # C1 CSI: red, in one character
    "\u202e": "\\u202e",  # right-to-left override
}
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE_SENTENCE = ("[bold]Zed[/bold] Corp will cut [red]ten[/red] jobs \x1b[2J \x1b]0;owned\x07 "
                    "\x1b]8;;http://localhost/y\x1b\\ click \x9b31m \u202eabc [link=http://localhost/x]here[/link].\n")
HOSTILE_TITLE = "Title [red]ten[/red] \x1b[2J\r\n \u202e"  # a field of one line: its line breaks fold


def assert_literal(text: str, *, markup: tuple[str, ...] = MARKUP, escapes: tuple[str, ...] = ()) -> None:
    """Nothing a terminal obeys, and the bracketed words there as they were written."""
    assert CONTROLS.search(text) is None, repr(CONTROLS.search(text))
    for words in markup:
        assert words in text, (words, text)
    for sequence in escapes:
        assert ESCAPES[sequence] in text, (ESCAPES[sequence], text)


@pytest.fixture
def hostile(tracker: Invoke, workdir: Path, fake_engine: type) -> Invoke:
    """A database whose document, title, source, actor, note and rater are hostile."""
    (workdir / "hostile.txt").write_text(HOSTILE_SENTENCE, encoding="utf-8")
    ok(tracker("ingest", "hostile.txt", "--title", HOSTILE_TITLE, "--source", "[red]Wire[/red]\x1b[5m"))
    ok(tracker("update", "1", "--status", "broken", "--note", "[red]ten[/red] \x1b]8;;http://localhost/z\x1b\\ ok",
               "--by", "[bold]Zed[/bold]\x1b[2J", "--evidence", "https://localhost/e?[red]ten[/red]"))
    return tracker


def test_list_table_shows_hostile_text_literally(hostile: Invoke) -> None:
    result = ok(hostile("list"))
    assert_literal(result.stdout + result.stderr, escapes=("\x1b[2J", "\x1b]0;owned\x07", "\x9b31m", "\u202e"))


def test_show_text_shows_hostile_text_literally(hostile: Invoke) -> None:
    out = ok(hostile("show", "1")).stdout
    assert_literal(out, escapes=("\x1b[2J", "\x1b]0;owned\x07", "\x1b]8;;http://localhost/y\x1b\\", "\x9b31m",
                                 "\u202e"))
    assert "  [1] [red]Wire[/red]\\x1b[5m, Title [red]ten[/red] \\x1b[2J \\u202e" in out.splitlines()
    assert "      note: [red]ten[/red] \\x1b]8;;http://localhost/z\\x1b\\ ok" in out.splitlines()
    assert any(line.endswith("broken, by [bold]Zed[/bold]\\x1b[2J") for line in out.splitlines())
    assert "      evidence: https://localhost/e?[red]ten[/red]" in out.splitlines()


def test_json_keeps_the_text_exact(hostile: Invoke) -> None:
    [row] = rows(hostile("list", "-f", "json"))
    assert row["sentence"] == HOSTILE_SENTENCE.strip()
    shown = json.loads(ok(hostile("show", "1", "-f", "json")).stdout)
    assert shown["mentions"][0]["document"]["title"] == HOSTILE_TITLE
    assert shown["history"][0]["by"] == "[bold]Zed[/bold]\x1b[2J"


def test_actors_and_summary_tables_show_names_literally(hostile: Invoke, db_path: Path) -> None:
    for args in (["actors"], ["summary", "--db", str(db_path)]):
        result = ok(hostile(*args))
        assert_literal(result.stdout + result.stderr, markup=("[bold]Zed[/bold]",))


def test_extract_table_shows_hostile_text_literally(tracker: Invoke, workdir: Path, fake_engine: type) -> None:
    (workdir / "hostile.txt").write_text(HOSTILE_SENTENCE, encoding="utf-8")
    result = ok(tracker("extract", "hostile.txt"))
    assert_literal(result.stdout + result.stderr, escapes=("\x1b[2J", "\x9b31m", "\u202e"))
    assert [r["sentence"] for r in map(json.loads, ok(tracker("extract", "hostile.txt", "-f", "jsonl")).stdout
                                       .splitlines())] == [HOSTILE_SENTENCE.strip()]


def test_explain_text_shows_hostile_text_literally(tracker: Invoke) -> None:
    # the real engine: a sentence it reads, with markup and escapes in its object
    text = "The German government pledged to build [red]ten[/red] \x1b[2J homes \x1b]0;owned\x07 a \u202eyear."
    result = ok(tracker("explain", text))
    assert_literal(result.stdout + result.stderr, markup=("[red]ten[/red]",),
                   escapes=("\x1b[2J", "\x1b]0;owned\x07", "\u202e"))


def _hostile_rules(workdir: Path) -> Path:
    """The built-in rules with a hostile description on the first cue (TOML spells the escapes)."""
    from tracker.extract import rules

    builtin = Path(rules.__file__).parent / "data" / "rules.toml"
    text = builtin.read_text(encoding="utf-8")
    first = re.search(r'^description = "', text, flags=re.M)
    assert first is not None
    hostile = r'description = "@SUM(1) [red]ten[/red] \u001b[2J \u001b]8;;http://localhost/r\u001b\\ \u202e '
    path = workdir / "hostile-rules.toml"
    path.write_text(text[:first.start()] + hostile + text[first.end():], encoding="utf-8")
    return path


def test_rules_from_a_user_file_show_literally_and_run_no_formula(tracker: Invoke, workdir: Path) -> None:
    path = _hostile_rules(workdir)
    result = ok(tracker("rules", "--rules", str(path)))
    assert_literal(result.stdout + result.stderr, markup=("[red]ten[/red]",), escapes=("\x1b[2J", "\u202e"))
    table = list(csv.DictReader(io.StringIO(ok(tracker("rules", "--rules", str(path), "-f", "csv")).stdout)))
    assert table[0]["description"].startswith("'@SUM(1) [red]ten[/red] \x1b[2J")  # CSV: exact but the quote


def test_curation_lines_show_names_literally(hostile: Invoke) -> None:
    ok(hostile("actors", "rename", "1", "[red]Zed[/red]\x1b[2J Corp"))
    result = ok(hostile("actors", "set-type", "1", "company"))  # its message names the actor
    assert_literal(result.stdout, markup=("[red]Zed[/red]",), escapes=("\x1b[2J",))


def test_an_error_line_shows_the_file_s_text_literally(tracker: Invoke, workdir: Path) -> None:
    (workdir / "actors.toml").write_text('[[actor]]\nname = "[red]Zed[/red] \\u001b[2J \\u202e"\nbogus = 1\n',
                                          encoding="utf-8")
    result = tracker("rules", "--actors", "actors.toml")
    one_line_error(result, 'actor #1 ("[red]Zed[/red] \\x1b[2J \\u202e"): unknown key(s)')
    assert_literal(result.stderr, markup=("[red]Zed[/red]",), escapes=("\x1b[2J", "\u202e"))


# --- CSV ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "cell"), [
    ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'), ("@SUM(1)", "'@SUM(1)"), ("+1", "'+1"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\x00=1", "'\x00=1"),  # NUL: OWASP ASVS 5.0, 1.2.10
    (" =1+2", "' =1+2"), ("\n@SUM(1)", "'\n@SUM(1)"),  # blanks first: some importers trim them
    ("\uff1dSUM(1)", "'\uff1dSUM(1)"),  # a full-width equals sign
    ("-5+cmd|' /C calc'!A0", "'-5+cmd|' /C calc'!A0"), ("-1-1", "'-1-1"),
    ("-5", "-5"), ("-0.25", "-0.25"),  # plain negative numbers stay numbers
    ("France", "France"), ("", ""), ("a=b", "a=b"), ("'=1", "'=1"),
])
def test_spreadsheet_text_neutralises_every_formula_start(text: str, cell: str) -> None:
    assert spreadsheet_text(text) == cell


FORMULA = re.compile(r"[\s\x00-\x1f]*[=+\-@\uff1d\uff0b\uff0d\uff20]")


def _no_formula(table: str) -> list[dict[str, str]]:
    found = list(csv.DictReader(io.StringIO(table)))
    for row in found:
        for value in row.values():
            assert not FORMULA.match(value) or re.fullmatch(r"-\d+(\.\d+)?", value), (value, row)
    return found


def test_every_csv_output_runs_no_formula(tracker: Invoke, workdir: Path, fake_engine: type, db_path: Path) -> None:
    (workdir / "f.txt").write_text('=HYPERLINK("http://x") will cut prices. -5 will hire staff. '
                                   " @SUM(1) will open a shop.\n", encoding="utf-8")
    ok(tracker("ingest", "f.txt"))
    ok(tracker("update", "1", "-s", "broken", "--by", ' =HYPERLINK("http://x")', "--note", "\t=1"))
    ok(tracker("update", "2", "-s", "stalled", "--by", "+1", "--note", "\r=1"))
    ok(tracker("update", "3", "-s", "stalled", "--note", "fine\r=HYPERLINK(1)"))  # a bare CR: quoted, no new row
    result = ok(tracker("list", "-f", "csv"))
    assert b"\r" not in result.stdout_bytes  # rows end in LF, as before
    listed = _no_formula(result.stdout)
    assert [r["actor"] for r in listed] == ['\'=HYPERLINK("http://x")', "-5", "'@SUM(1)"]
    assert _no_formula(ok(tracker("actors", "-f", "csv")).stdout)
    assert _no_formula(ok(tracker("extract", "f.txt", "-f", "csv")).stdout)
    assert _no_formula(ok(tracker("summary", "-f", "csv", "--db", str(db_path))).stdout)
    exported = _no_formula(ok(tracker("export", "-f", "csv", "--db", str(db_path))).stdout)
    assert [(r["rated_by"], r["note"]) for r in exported] == [('\' =HYPERLINK("http://x")', "'\t=1"),
                                                              ("'+1", "'\r=1"), (exported[2]["rated_by"],
                                                                                  "fine\r=HYPERLINK(1)")]


# --- long listings ----------------------------------------------------------------------------------


def test_a_table_shows_the_first_rows_and_says_how_many_more(loaded: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "TABLE_ROWS", 3)  # the articles hold 5 commitments
    result = ok(loaded("list"))
    assert re.findall(r"^ +(\d+) ", result.stdout, flags=re.M) == ["1", "2", "3"]
    assert result.stderr == "... 2 more commitments not shown; use --limit N, or --format jsonl for all.\n"
    result = ok(loaded("list", "--limit", "2"))  # told how many: that many, and that more match (not counted)
    assert re.findall(r"^ +(\d+) ", result.stdout, flags=re.M) == ["1", "2"]
    assert result.stderr == "... more commitments not shown; use --limit N, or --format jsonl for all.\n"
    result = ok(loaded("list", "--limit", "4"))  # more than the table's default when asked
    assert re.findall(r"^ +(\d+) ", result.stdout, flags=re.M) == ["1", "2", "3", "4"]
    assert result.stderr == "... more commitments not shown; use --limit N, or --format jsonl for all.\n"
    result = ok(loaded("list", "--limit", "5"))
    assert (len(re.findall(r"^ +(\d+) ", result.stdout, flags=re.M)), result.stderr) == (5, "")
    assert len(rows(loaded("list", "-f", "json"))) == 5  # formats for programs: every row
    result = ok(loaded("actors"))
    assert result.stderr.startswith("... ") and result.stderr.endswith(" more actors not shown; use --format jsonl or csv.\n")


@pytest.mark.postgres
def test_the_table_s_cut_and_hostile_text_on_postgresql(pg: Invoke, workdir: Path, articles: Path, fake_engine: type,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (articles / "hostile.txt").write_text(HOSTILE_SENTENCE, encoding="utf-8")
    ok(pg("ingest", str(articles)))
    monkeypatch.setattr(formats, "TABLE_ROWS", 3)  # 6 commitments
    result = ok(pg("list"))
    assert result.stderr == "... 3 more commitments not shown; use --limit N, or --format jsonl for all.\n"
    result = ok(pg("list", "--search", "jobs"))
    assert_literal(result.stdout + result.stderr, escapes=("\x1b[2J", "\u202e"))
    assert_literal(ok(pg("show", str(rows(pg("list", "--search", "jobs", "-f", "json"))[0]["id"]))).stdout)


def test_the_table_is_written_while_rows_still_come() -> None:
    from tracker.output.table import MEASURED_ROWS, Column, write_table

    produced = 0
    first_write_after: list[int] = []

    def rows():  # type: ignore[no-untyped-def]
        nonlocal produced
        for i in range(MEASURED_ROWS * 5):
            produced += 1
            yield [str(i), f"sentence {i}"]

    class Out(io.StringIO):
        def write(self, text: str) -> int:
            if not first_write_after:
                first_write_after.append(produced)
            return super().write(text)

    out = Out()
    assert write_table(rows(), [Column("id", "ID", justify="right", no_wrap=True), Column("s", "Sentence", 20)],
                       out) == MEASURED_ROWS * 5
    assert first_write_after[0] <= MEASURED_ROWS + 1  # not after the last row
    lines = out.getvalue().splitlines()
    assert lines[1].split() == ["ID", "Sentence"]
    last = str(MEASURED_ROWS * 5 - 1)  # wider than the measured rows: the id overflows, the sentence wraps
    assert (lines[-3].split(), lines[-2].split(), lines[-1]) == ([last, "sentence"], [last], "")
