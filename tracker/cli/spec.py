"""Every command's arguments and options, declared once, as data.

The Typer app (:mod:`tracker.cli.app`) builds its commands from these declarations, and
the entry point (:mod:`tracker.cli.entry`) parses the read-only commands with
:func:`parse` from the same declarations without loading Typer (whose import and
option adapters take longer than `tracker show`'s 0.1 s on a million commitments).
Light to import: no Typer, no SQLAlchemy, no engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.output.exports import EXPORT_FORMATS
from tracker.output.formats import LISTING_FORMATS, RECORD_FORMATS
from tracker.status import ACTOR_TYPES, CLAIM_OUTCOMES, KINDS, STATUSES
from tracker.storage.location import ENV_VAR


@dataclass(frozen=True, slots=True)
class Param:
    """An argument (no ``flags``) or an option of a command.

    ``kind`` is the type of one value (str, int, float or Path; bool for a flag, which
    takes no value and is None unless given); ``multiple`` makes it
    repeatable (an option) or take many values (an argument); ``choices`` are the values
    allowed (any case); ``required`` options have no default.
    """

    name: str
    help: str
    flags: tuple[str, ...] = ()
    off_flags: tuple[str, ...] = ()  # a flag (kind bool, no value): these set it False, ``flags`` True
    kind: type = str
    multiple: bool = False
    default: Any = None
    required: bool = False
    choices: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    envvar: str | None = None
    metavar: str | None = None
    show_default: bool = False

    @property
    def is_argument(self) -> bool:
        return not self.flags


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    help: str
    params: tuple[Param, ...]
    group: str | None = None  # `tracker db upgrade`: the sub-command group
    read_only: bool = False  # answered by the entry point without Typer (see tracker.cli.entry)


def _or(values: Sequence[str]) -> str:
    return ", ".join(values[:-1]) + f" or {values[-1]}" if len(values) > 1 else values[0]


DB = Param(
    "db_url", "Database: a SQLAlchemy URL (postgresql+psycopg://user@host/name) or a SQLite file path. "
    f"Default: tracker --db, else ${ENV_VAR}, else tracker.db in the current folder.", ("--db",),
)
GLOBAL_DB = Param(
    "db_url", "Database for every command (a SQLAlchemy URL or a SQLite file path); a command's own --db wins. "
    f"Default: ${ENV_VAR}, else tracker.db in the current folder.", ("--db",),
)
LISTING_FORMAT = Param("fmt", f"{_or(LISTING_FORMATS)}.", ("--format", "-f"), default=LISTING_FORMATS[0],
                       choices=LISTING_FORMATS, show_default=True)
RECORD_FORMAT = Param("fmt", f"{_or(RECORD_FORMATS)}.", ("--format", "-f"), default=RECORD_FORMATS[0],
                      choices=RECORD_FORMATS, show_default=True)
RULES = Param("rules", "Extraction rules file (default: the built-in rules).", ("--rules",), kind=Path)
ACTORS = Param("actors", "Actors file (default: the built-in actors).", ("--actors",), kind=Path)
PATHS = Param(
    "paths", "Text or Markdown files, folders (read recursively), JSON Lines corpora (.jsonl, .jsonl.gz), "
    "or - for stdin.", multiple=True, required=True, metavar="PATH",
)
WORKERS = Param(
    "workers", "Processes that run the extraction (default: the number of cores; one for inputs under 1 MB). "
    "Output and stored results are the same for any number.", ("--workers", "-w"), kind=int, min=1,
    envvar="TRACKER_WORKERS",
)
METADATA = (
    Param("source", "Publisher, e.g. Reuters (single input).", ("--source",)),
    Param("date", "Publication date, YYYY-MM-DD (single input).", ("--date",)),
    Param("url", "Where the document was published (single input).", ("--url",)),
    Param("title", "Title (single input).", ("--title",)),
    Param("author", "Author (single input).", ("--author",)),
)

INGEST = Command("ingest", """Find the commitments in documents and store them with their sources.

Each document is stored in its own transaction; one whose text is already stored is
skipped before extraction, so an interrupted run resumes where it stopped. The
extraction runs in --workers processes; this process alone writes the database.
Metadata comes from a NAME.meta.json next to a file, a metadata.csv in its folder,
or the options below (single input).""", (PATHS, DB, RULES, ACTORS, WORKERS, *METADATA))

EXTRACT = Command("extract", """Find the commitments in documents and print them; nothing is stored.

--format jsonl prints one JSON object per finding (doc_id, start, end, sentence,
kind, actor, speaker, ...), as ../shared/eval/score.py reads it. The extraction runs
in --workers processes; the output is in input order whatever their number.""",
                  (PATHS, RULES, ACTORS, WORKERS, *METADATA, LISTING_FORMAT,
                   Param("claims", "Also print the claims: statements on a commitment's fate (kind \"claim\", "
                         "with their outcome); the findings' lines are the same.", ("--claims",), kind=bool)))

LIST = Command("list", "List commitments, oldest first.", (
    Param("actor", "Who is bound: a name or alias, any case (France, paris); includes the government bodies and "
          "people under it (not its parties), and says through whom (via).", ("--actor", "-a")),
    Param("exact", "With --actor: only that actor itself, not those under it.", ("--exact",), kind=bool),
    Param("status", f"Only these statuses (repeatable): {', '.join(STATUSES)}.", ("--status", "-s"), multiple=True),
    Param("kind", f"Only these kinds (repeatable): {', '.join(KINDS)}.", ("--kind", "-k"), multiple=True),
    Param("since", "Said on or after this date (YYYY-MM-DD).", ("--since",)),
    Param("until", "Said on or before this date (YYYY-MM-DD).", ("--until",)),
    Param("source", "Stated in a source whose publisher, URL, path or id contains this text.", ("--source",)),
    Param("search", "Words in the sentence or the action: all of them, in any order, any case, any ending "
          "(\"tanks\" finds \"tank\"); full-text search.", ("--search",)),
    Param("limit", "At most this many.", ("--limit", "-n"), kind=int, min=1),
    Param("min_confidence", "Only findings at least this confident (0 to 1).", ("--min-confidence",), kind=float,
          min=0.0, max=1.0),
    Param("testable", "Only testable commitments (one could check they were kept: an amount, a deadline, a "
          "concrete deliverable), or only vague ones (effort, not a result). Undecided ones are in neither.",
          ("--testable",), off_flags=("--vague",), kind=bool),
    LISTING_FORMAT, DB,
), read_only=True)

SHOW = Command("show", "One commitment: what was promised, its sentence(s) and sources, and its history.", (
    Param("commitment_id", "The commitment's id (see tracker list).", kind=int, required=True),
    RECORD_FORMAT, DB,
), read_only=True)

UPDATE = Command("update", "Rate a commitment: change its status, with evidence and a note. The history is kept.", (
    Param("commitment_id", "The commitment's id.", kind=int, required=True),
    Param("status", f"New status: {', '.join(STATUSES)}.", ("--status", "-s"), required=True),
    Param("evidence", "URL of the evidence for the change.", ("--evidence",)),
    Param("note", "Why: what happened.", ("--note",)),
    Param("by", "Who made the change. Default: your user name.", ("--by",)),
    Param("if_version", "Refuse if the commitment is no longer at this version (someone else changed it).",
          ("--if-version",), kind=int),
    DB,
))

REPROCESS = Command("reprocess", """Read stored documents again with the current rules and actors, and update their findings in place.

Every human decision is kept: statuses and their history (dismissals too), and the
actors as curated. Changed findings are updated (actor, action, amount, deadline,
testable, rule, confidence...), new ones added. A finding the rules no longer find is
kept, marked stale, when a person rated its commitment (a status other than open, or
any history), and removed when nobody did; the summary counts both. One transaction
per batch of documents: an interrupted run leaves each batch whole or untouched, and
running it again finishes the job. --dry-run changes nothing and prints the same summary.""", (
    Param("actor", "Only documents that state a commitment of this actor (or of the people and bodies under it), "
          "or said by a speaker of that name.", ("--actor", "-a")),
    Param("source", "Only documents whose publisher, URL, path or id contains this text.", ("--source",)),
    Param("since", "Only documents published on or after this date (YYYY-MM-DD).", ("--since",)),
    Param("until", "Only documents published on or before this date (YYYY-MM-DD).", ("--until",)),
    Param("doc", "Only this document: its id or external id.", ("--doc",)),
    Param("dry_run", "Change nothing; print what would change.", ("--dry-run",), kind=bool),
    RULES, ACTORS, WORKERS, DB,
))

ACTORS_LIST = Command("actors", """The actors found so far: type, the actor they belong to, aliases, which fields a
person curated, and how many commitments bind them.

Curate them with the commands below; each change is logged (who, when, old and new
value), and a later ingest keeps it.""", (LISTING_FORMAT, DB), read_only=True)
BY = Param("by", "Who made the change. Default: your user name.", ("--by",))
ACTOR_ID = Param("actor_id", "The actor's id (see tracker actors).", kind=int, required=True)
ACTORS_RENAME = Command("rename", "Give an actor another name; the old one stays an alias.", (
    ACTOR_ID, Param("name", "The new name.", required=True), BY, DB), group="actors")
ACTORS_MERGE = Command("merge", """Merge actor OTHER into actor KEEP: one person or organisation.

OTHER's names become KEEP's aliases (a later ingest finds KEEP under them), and its
commitments, evidence and the actors under it move to KEEP; OTHER is removed.""", (
    Param("keep", "The actor that stays (its id).", kind=int, required=True),
    Param("other", "The actor merged into it (its id).", kind=int, required=True), BY, DB), group="actors")
ACTORS_SET_PARENT = Command("set-parent", "Put an actor under another (a minister under a country), or under "
                            "nothing with `none`.", (
    ACTOR_ID, Param("parent", "The parent's id, or none.", required=True), BY, DB), group="actors")
ACTORS_SET_TYPE = Command("set-type", f"Set an actor's type: {', '.join(ACTOR_TYPES)}.", (
    ACTOR_ID, Param("type", f"{_or(ACTOR_TYPES)}.", required=True), BY, DB), group="actors")

RULES_LIST = Command("rules", "The extraction rules: id, kind, score and what each one looks for.",
                     (RULES, ACTORS, LISTING_FORMAT))

EXPLAIN = Command("explain", """Show why the extractor found, or refused, what it did in one document.

For each sentence that holds a cue: the cues matched, the reading tried, the subject,
speaker and actor with how each was resolved, every guard or refusal that fired (its
id, listed by tracker rules, and the words it matched), and the decision with its
confidence. Read TEXT, or --file F (a text, Markdown or JSON Lines file, - for stdin;
in a corpus, --doc ID picks the document), or --doc ID alone for a document already
stored (its id or external id).""", (
    Param("text", "The text to read (or --file, or --doc).", metavar="TEXT"),
    Param("file", "Read this file instead (- for stdin).", ("--file",)),
    Param("doc", "A document's id: in --file's corpus, or else in the database (its id or external id).",
          ("--doc",)),
    RULES, ACTORS, *METADATA, RECORD_FORMAT, DB,
))

SERVE = Command("serve", """Browse the database in a web browser: Datasette on this SQLite database.

Needs the web extra (pip install 'commitment-tracker[web]'). Opens views of
commitments, sentences, actors and history, with facets by status, actor and kind and
full-text search over the sentences. SQLite only. Stop it with Ctrl-C.""", (
    Param("port", "Port to listen on (0: any free port).", ("--port", "-p"), kind=int, default=8001, min=0,
          max=65535, show_default=True),
    Param("host", "Address to listen on; 0.0.0.0 makes it reachable from other machines.", ("--host",),
          default="127.0.0.1", show_default=True),
    DB,
))

SELECTION = (  # which commitments `report` and `summary` count: the filters of `list`
    Param("actor", "Who is bound: a name or alias, any case (France, paris); includes the people and bodies "
          "under it.", ("--actor", "-a")),
    Param("status", f"Only these statuses (repeatable): {', '.join(STATUSES)}.", ("--status", "-s"), multiple=True),
    Param("kind", f"Only these kinds (repeatable): {', '.join(KINDS)}.", ("--kind", "-k"), multiple=True),
    Param("since", "Said on or after this date (YYYY-MM-DD).", ("--since",)),
    Param("until", "Said on or before this date (YYYY-MM-DD).", ("--until",)),
)

REPORT = Command("report", """Write one self-contained HTML page: a meter per actor, a timeline, and a table of commitments.

The page needs no network to open: its CSS, script and charts are inside it. The meter
counts commitments by status per actor (most active first), the timeline commitments
made and status changes per month, and the table, filterable in the page by actor,
status, kind and text, opens each commitment to its sentences, sources, speaker, dates,
amount, deadline and status history with evidence. The table holds the --limit most
recently said commitments (the page says so); the meter and the timeline count all.""", (
    Param("out", "The HTML file to write (replaced whole, never half-written).", ("--out", "-o"), kind=Path,
          required=True),
    *SELECTION,
    Param("limit", "At most this many commitments in the page's table, the most recently said.", ("--limit", "-n"),
          kind=int, min=1, default=2000, show_default=True),
    DB,
))

SUMMARY = Command("summary", "The meter in the terminal: commitments per actor by status, most active first.", (
    *SELECTION,
    Param("limit", "Only this many actors, the most active.", ("--limit", "-n"), kind=int, min=1),
    LISTING_FORMAT, DB,
))

EXPORT = Command("export", """Export commitments with everything they stand on, or their ratings.

json and jsonl: each commitment with its actors (aliases, what they belong to), its
mentions with their source documents (metadata and text) and its whole status
history; tracker import reads them into another database. csv: one row a commitment
for spreadsheets, with the current rating (who, when, note, evidence). claimreview:
the rated commitments as schema.org ClaimReview JSON-LD. Takes list's filters.
A FILE ending in .gz is compressed.""", (
    # list's filters, declared once there
    *(p for p in LIST.params if p.name not in {"fmt", "db_url"}),
    Param("fmt", f"{_or(EXPORT_FORMATS)}.", ("--format", "-f"), default=EXPORT_FORMATS[0], choices=EXPORT_FORMATS,
          show_default=True),
    Param("out", "Write to this file (default: standard output); written whole or not at all.", ("--out", "-o"),
          kind=Path, metavar="FILE"),
    DB,
))

IMPORT = Command("import", """Load an export (tracker export --format json or jsonl) into this database.

Documents already here (the same text) and actors (the same name) are reused; a
commitment already here (said at the same place, with the same kind, action and
target) gains only the mentions and status changes it lacks, so importing a file twice
changes nothing. The status history is added as it was (its dates and raters). One
transaction: a bad file changes nothing.""", (
    Param("file", "The export: .json or .jsonl, gzipped or not.", kind=Path, required=True, metavar="FILE"),
    DB,
))

DB_UPGRADE = Command("upgrade", "Apply pending migrations (every command also does this on first use).", (DB,),
                     group="db")
DB_CURRENT = Command("current", "Show the database's schema revision, and whether it is up to date.", (DB,),
                     group="db")

CLAIMS = Command("claims", """List claims, oldest first: what reports say about a commitment's fate.

A claim ("has delivered the howitzers", "scrapped plans to") is found at ingest by the
claim rules (tracker rules lists them), never stored as a commitment. One that matches a
commitment of the same actor names it and suggests a status for tracker review.""", (
    Param("actor", "Who delivered, began or dropped it: a name or alias, any case, and the bodies and people "
          "under it, as tracker list --actor reads it.", ("--actor", "-a")),
    Param("outcome", f"Only these outcomes (repeatable): {', '.join(CLAIM_OUTCOMES)}.", ("--outcome", "-o"),
          multiple=True),
    Param("since", "Said on or after this date (YYYY-MM-DD).", ("--since",)),
    Param("until", "Said on or before this date (YYYY-MM-DD).", ("--until",)),
    Param("limit", "At most this many.", ("--limit", "-n"), kind=int, min=1),
    LISTING_FORMAT, DB,
))

COMMANDS: tuple[Command, ...] = (
    INGEST, EXTRACT, EXPLAIN, LIST, SHOW, UPDATE, REPROCESS, ACTORS_LIST, ACTORS_RENAME, ACTORS_MERGE,
    ACTORS_SET_PARENT, ACTORS_SET_TYPE, RULES_LIST, REPORT, SUMMARY, EXPORT, IMPORT, SERVE, DB_UPGRADE, DB_CURRENT,
    CLAIMS,
)


# --- parsing without Typer ------------------------------------------------------------------------


def _convert(param: Param, text: str) -> Any:
    """One value, or ValueError when Typer would refuse it (and explain why)."""
    if param.choices:
        value = text.lower()
        if value not in param.choices:
            raise ValueError(text)
        return value
    value = param.kind(text)
    if (param.min is not None and value < param.min) or (param.max is not None and value > param.max):
        raise ValueError(text)
    return value


def parse(command: Command, args: Sequence[str]) -> dict[str, Any] | None:
    """The values Typer would pass to ``command`` for ``args``, or None when anything is
    unusual (--help, an unknown option, a value Typer would refuse, an option an
    environment variable may set): Typer then runs it, and explains."""
    options = {flag: p for p in command.params for flag in (*p.flags, *p.off_flags)}
    arguments = [p for p in command.params if p.is_argument]
    values: dict[str, Any] = {p.name: ([] if p.multiple else p.default) for p in command.params}
    given: set[str] = set()
    positional = 0
    i = 0
    try:
        while i < len(args):
            arg = args[i]
            if arg.startswith("-") and len(arg) > 1 and not arg.lstrip("-").isdigit():
                flag, eq, text = arg.partition("=")
                param = options.get(flag)
                if param is None:
                    return None
                if param.kind is bool:
                    if eq:
                        return None
                    values[param.name] = flag in param.flags  # the last one wins, as in Click
                    given.add(param.name)
                    i += 1
                    continue
                if not eq:
                    if i + 1 >= len(args):
                        return None
                    i += 1
                    text = args[i]
            else:
                positional += 1
                if not arguments or (positional > len(arguments) and not arguments[-1].multiple):
                    return None
                param, text = arguments[min(positional, len(arguments)) - 1], arg
            if param.multiple:
                values[param.name].append(_convert(param, text))
            else:
                values[param.name] = _convert(param, text)  # an option given twice: the last wins, as in Click
            given.add(param.name)
            i += 1
    except ValueError:
        return None
    for param in command.params:
        if (param.required and param.name not in given) or (param.envvar and param.name not in given):
            return None
    return values
