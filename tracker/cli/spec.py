"""Every command's arguments and options, declared once, as data.

The Typer app (:mod:`tracker.cli.app`) builds its commands from these declarations, and
the entry point (:mod:`tracker.cli.entry`) parses the read-only commands with
:func:`parse` from the same declarations without loading Typer (whose import and
option adapters take longer than `tracker show`'s 0.1 s on a million commitments).
Light to import: no Typer, no SQLAlchemy, no engine.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.output.exports import EXPORT_FORMATS
from tracker.output.formats import LISTING_FORMATS, RECORD_FORMATS
from tracker.status import ACTOR_TYPES, CLAIM_OUTCOMES, KINDS, REVIEW_STATES, STATUSES
from tracker.storage.location import ENV_VAR


INT64_MAX = 2**63 - 1


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

    @property
    def upper(self) -> float | None:
        """The largest value allowed: an int is at most 64 bits, what the databases store
        (a larger id or --limit is refused while parsing, not by the SQLite driver)."""
        return INT64_MAX if self.max is None and self.kind is int else self.max


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
MAX_DOCUMENT_SIZE = Param(
    "max_document_size", "Skip a document larger than this (with a warning naming it), such as 20MB or 500kB: "
    "one document is extracted and stored in one piece.", ("--max-document-size",), default="5MB",
    show_default=True, metavar="SIZE",
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
or the options below (single input). --findings DIR stores what tracker scale extract
wrote there instead (its documents and findings; nothing is extracted).""", (
    Param(PATHS.name, PATHS.help + " Not with --findings.", multiple=True, metavar="PATH"),
    DB, RULES, ACTORS, WORKERS, *METADATA, MAX_DOCUMENT_SIZE,
    Param("findings", "A tracker scale extract output folder: store its documents and findings, extracting "
          "nothing (give the same --actors as the extraction had).", ("--findings",), kind=Path, metavar="DIR"),
))

EXTRACT = Command("extract", """Find the commitments in documents and print them; nothing is stored.

--format jsonl prints one JSON object per finding (doc_id, start, end, sentence,
kind, actor, speaker, ...), as ../shared/eval/score.py reads it. The extraction runs
in --workers processes; the output is in input order whatever their number.""",
                  (PATHS, RULES, ACTORS, WORKERS, *METADATA, LISTING_FORMAT, MAX_DOCUMENT_SIZE,
                   Param("claims", "Also print the claims: statements on a commitment's fate and second-hand "
                         "reports of a plan (kind \"claim\", with their outcome); the findings' lines are the same.",
                         ("--claims",), kind=bool)))

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
    Param("limit", "At most this many (a table shows 1,000 unless given).", ("--limit", "-n"), kind=int, min=1),
    Param("min_confidence", "Only findings at least this confident (0 to 1).", ("--min-confidence",), kind=float,
          min=0.0, max=1.0),
    Param("testable", "Only testable commitments (one could check they were kept: an amount, a deadline, a "
          "concrete deliverable), or only vague ones (effort, not a result). Undecided ones are in neither.",
          ("--testable",), off_flags=("--vague",), kind=bool),
    Param("review", f"Only these review states (repeatable): {', '.join(REVIEW_STATES)}.", ("--review",),
          multiple=True),
    Param("overdue", "Only those past their deadline and still open (open, in_progress, stalled; not "
          "dismissed), the most overdue first.", ("--overdue",), kind=bool),
    Param("today", "The day --overdue and due count from (YYYY-MM-DD). Default: today.", ("--today",)),
    LISTING_FORMAT, DB,
), read_only=True)

DUE = Command("due", """Commitments due soon: a deadline from today to the end of --within, still open
(open, in_progress or stalled; not dismissed), soonest first. Takes list's filters.""", (
    Param("within", "How far ahead: a number and d, w, m or y (30d, 2w, 6m, 1y).", ("--within", "-w"),
          default="30d", show_default=True),
    *(p for p in LIST.params if p.name != "overdue"),  # with its format and database
), read_only=True)

SHOW = Command("show", "One commitment: what was promised, its sentence(s) and sources, and its history.", (
    Param("commitment_id", "The commitment's id (see tracker list).", kind=int, required=True),
    RECORD_FORMAT, DB,
), read_only=True)

UPDATE = Command("update", """Rate commitments: change their status, with evidence and a note. The history is kept.

Several ids: all of them change, or none (one transaction). --evidence without --status
attaches evidence to the history without changing the status.""", (
    Param("commitment_ids", "The commitments' ids.", kind=int, multiple=True, required=True, metavar="ID"),
    Param("status", f"New status: {', '.join(STATUSES)}.", ("--status", "-s")),
    Param("evidence", "URL of the evidence for the change (alone: evidence attached, the status kept).",
          ("--evidence",)),
    Param("note", "Why: what happened.", ("--note",)),
    Param("by", "Who made the change. Default: your user name.", ("--by",)),
    Param("if_version", "Refuse if the commitment is no longer at this version (someone else changed it).",
          ("--if-version",), kind=int),
    DB,
))

MERGE = Command("merge", """Merge commitment OTHER into KEEP: the same pledge the matcher stored twice.

OTHER's mentions and actors move to KEEP; OTHER is kept, marked merged into KEEP, for its
history, and leaves the listings. When only OTHER is rated, KEEP takes its status;
two different ratings, or a dismissed commitment, are refused.""", (
    Param("keep_id", "The commitment that stays.", kind=int, required=True),
    Param("other_id", "The commitment merged into it.", kind=int, required=True),
    Param("note", "Why.", ("--note",)),
    Param("by", "Who made the change. Default: your user name.", ("--by",)),
    DB,
))

SPLIT = Command("split", """Split a mention off a commitment: a different pledge the matcher stored as the same.

The mention moves to a new commitment with the same fields and actors (status open,
unreviewed); both keep a record of the split.""", (
    Param("commitment_id", "The commitment the mention is taken from.", kind=int, required=True),
    Param("mention_id", "The mention to split off (tracker show ID -f json lists them).", ("--mention", "-m"),
          kind=int, required=True),
    Param("note", "Why.", ("--note",)),
    Param("by", "Who made the change. Default: your user name.", ("--by",)),
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
    RULES, ACTORS, *METADATA, RECORD_FORMAT, DB, MAX_DOCUMENT_SIZE,
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

# --- the review queue and people's corrections (tracker.cli.review) ---
REVIEW_TYPES = ("finding", "merge", "status")
NOTE = Param("note", "Why: what you saw.", ("--note",))
REVIEW = Command("review", """What waits for a person, oldest first: new findings to confirm into the tracker or
dismiss, suggested merges and suggested status changes (with the claim behind them).

Item ids: c12 is commitment 12, a finding awaiting review; s7 is suggestion 7, a merge
or a status change. Decide with tracker review accept|reject ID..., or go through the
queue one item at a time with --interactive: [a]ccept, [r]eject, [s]kip or [q]uit,
each decision applied at once. Takes list's filters (on the item's commitment).""", (
    Param("actor", "Who is bound: a name or alias, any case; includes the people and bodies under it.",
          ("--actor", "-a")),
    Param("kind", f"Only these kinds (repeatable): {', '.join(KINDS)}.", ("--kind", "-k"), multiple=True),
    Param("since", "Said on or after this date (YYYY-MM-DD).", ("--since",)),
    Param("until", "Said on or before this date (YYYY-MM-DD).", ("--until",)),
    Param("type", f"Only these items (repeatable): {_or(REVIEW_TYPES)}.", ("--type", "-t"), multiple=True,
          choices=REVIEW_TYPES),
    Param("limit", "At most this many.", ("--limit", "-n"), kind=int, min=1),
    Param("interactive", "Go through the items one at a time: accept, reject, skip or quit.",
          ("--interactive",), kind=bool),
    BY, NOTE, LISTING_FORMAT, DB,
))
ITEMS = Param("items", "Review items, as tracker review lists them: c12 (a finding), s7 (a suggestion).",
              multiple=True, required=True, metavar="ID")
REVIEW_ACCEPT = Command("accept", """Accept review items, all or none: confirm a finding into the tracker, merge the
suggested commitments, or change the status as suggested (the claim as evidence; the
commitment counts as confirmed).""", (ITEMS, BY, NOTE, DB), group="review")
REVIEW_REJECT = Command("reject", """Reject review items, all or none: dismiss a finding (status dismissed, kept), or
turn a suggestion down.""", (ITEMS, BY, NOTE, DB), group="review")
EDIT = Command("edit", """Correct a commitment's fields. Each change is logged (old -> new, who, when, why) and
bumps its version; nothing is rewritten. An empty value clears a field (not the actor
or the kind).""", (
    Param("commitment_id", "The commitment's id.", kind=int, required=True),
    Param("actor", "Who is bound (main actor): a known name or alias, else a new actor.", ("--actor", "-a")),
    Param("action", "What was promised.", ("--action",)),
    Param("target", "Whom or what it is for.", ("--target",)),
    Param("kind", f"{_or(KINDS)}.", ("--kind", "-k"), choices=KINDS),
    Param("deadline", "By when, as written (\"by 2027\", \"within two years\", 2027-06-30): its date is read again.",
          ("--deadline",)),
    Param("amount", "How much, as written (\"$5 billion\", \"7,000 soldiers\"): its value and unit are read again.",
          ("--amount",)),
    NOTE, BY,
    Param("if_version", "Refuse if the commitment is no longer at this version (someone else changed it).",
          ("--if-version",), kind=int),
    DB,
))
ADD = Command("add", """Add a commitment a person found, with its source: --source URL stores the sentence as
a new document (with --publisher, --title, --date), --document ID finds the sentence in
a stored document. It is confirmed from the start.""", (
    Param("actor", "Who is bound: a known name or alias, else a new actor.", ("--actor", "-a"), required=True),
    Param("action", "What was promised.", ("--action",), required=True),
    Param("sentence", "The sentence that states it, as written.", ("--sentence",), required=True),
    Param("source", "Where it was published (http:// or https://): a new document holding the sentence.",
          ("--source",)),
    Param("document", "A stored document holding the sentence: its id or external id.", ("--document",)),
    Param("publisher", "With --source: the publisher.", ("--publisher",)),
    Param("title", "With --source: the title.", ("--title",)),
    Param("date", "When it was said, YYYY-MM-DD (default: the document's date).", ("--date",)),
    Param("kind", f"{_or(KINDS)}.", ("--kind", "-k"), choices=KINDS, default="commitment", show_default=True),
    Param("target", "Whom or what it is for.", ("--target",)),
    Param("deadline", "By when, as written.", ("--deadline",)),
    Param("amount", "How much, as written.", ("--amount",)),
    NOTE, BY, DB,
))

SCALE_FORMATS = ("parquet", "jsonl")  # tracker.scale.findings.FORMATS (not imported: it loads the engine)
SCALE_EXTRACT = Command("extract", """Find the commitments in a corpus on a Dask cluster, one output file per partition.

Reads JSON Lines (.jsonl, .jsonl.gz) and Parquet files (columns id, text, and optionally
source, date, title, url, author), or folders of them, cut into partitions of about
--partition-mb of text that the workers extract on their own. Writes into the --out
folder, per partition, a documents file and a findings file (each finding with its
document's id and content hash and its rule), then manifest.json; tracker ingest
--findings DIR stores them. The findings are those tracker extract prints, for any
number of workers. The --out folder and Parquet inputs must be at the same path on
the workers (a shared file system); JSON Lines are sent to them.""", (
    Param("paths", "JSON Lines (.jsonl, .jsonl.gz) or Parquet files, or folders of them.", multiple=True,
          required=True, metavar="INPUT"),
    Param("out", "Output folder: new or empty.", ("--out", "-o"), kind=Path, required=True, metavar="DIR"),
    Param("scheduler", "A running Dask scheduler's address (tcp://host:8786). Default: a local cluster.",
          ("--scheduler",), metavar="ADDRESS"),
    Param("local_workers", "Worker processes of the local cluster (default: the number of cores).",
          ("--local-workers",), kind=int, min=1),
    Param("fmt", f"{_or(SCALE_FORMATS)}.", ("--format", "-f"), default=SCALE_FORMATS[0], choices=SCALE_FORMATS,
          show_default=True),
    Param("partition_mb", "Text per task, in MB.", ("--partition-mb",), kind=float, default=4.0, min=0.001,
          show_default=True),
    RULES, ACTORS,
), group="scale")

DB_UPGRADE = Command("upgrade", "Apply pending migrations (every command also does this on first use).", (DB,),
                     group="db")
DB_CURRENT = Command("current", "Show the database's schema revision, and whether it is up to date.", (DB,),
                     group="db")
DB_VERIFY = Command("verify", "Check the status history's hash chain and the database's integrity; "
                    "names the first broken link, and exits non-zero on any.", (DB,), group="db")
DB_BACKUP = Command("backup", "A consistent copy of a SQLite database, safe while the tracker is in use. "
                    "PostgreSQL: use pg_dump.", (
    Param("file", "The copy to write.", kind=Path, required=True, metavar="FILE"),
    Param("force", "Replace FILE if it exists.", ("--force",), kind=bool),
    DB,
), group="db")

CLAIMS = Command("claims", """List claims, oldest first: what reports say about a commitment's fate.

A claim ("has delivered the howitzers", "scrapped plans to"; a second-hand report,
"according to the FT, X will ...": outcome reported) is found at ingest by the claim
rules and guards (tracker rules lists them), never stored as a commitment. One that
matches a commitment of the same actor names it and suggests a status for tracker review
(a reported one suggests none).""", (
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
    INGEST, EXTRACT, EXPLAIN, LIST, SHOW, DUE, UPDATE, REPROCESS, ACTORS_LIST, ACTORS_RENAME, ACTORS_MERGE,
    ACTORS_SET_PARENT, ACTORS_SET_TYPE, RULES_LIST, REPORT, SUMMARY, EXPORT, IMPORT, SERVE, DB_UPGRADE, DB_CURRENT,
    REVIEW, REVIEW_ACCEPT, REVIEW_REJECT, EDIT, ADD,
    MERGE, SPLIT,
    DB_VERIFY, DB_BACKUP,
    SCALE_EXTRACT,
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
    if (param.min is not None and value < param.min) or (param.upper is not None and value > param.upper):
        raise ValueError(text)
    return value


def check_range(command: Command, values: dict[str, Any]) -> None:
    """Refuse, in one line, an int beyond 64 bits (an id or --limit no database stores)."""
    for param in command.params:
        if param.kind is not int or param.upper is None:
            continue
        given = values.get(param.name)
        for value in given if isinstance(given, list) else [given]:
            if value is not None and not -INT64_MAX - 1 <= value <= param.upper:
                shown = param.flags[0] if param.flags else (param.metavar or param.name.upper())
                raise TrackerError(f"{shown}: {value} is out of range (64 bits: at most {param.upper})")


def parse(command: Command, args: Sequence[str]) -> dict[str, Any] | None:
    """The values Typer would pass to ``command`` for ``args``, or None when anything is
    unusual (--help, an unknown option, a value Typer would refuse, an option an
    environment variable sets): Typer then runs it, and explains."""
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
        if (param.required and param.name not in given) or (
                param.envvar and param.name not in given and param.envvar in os.environ):
            return None  # (an option an environment variable sets: Typer reads it)
    return values
