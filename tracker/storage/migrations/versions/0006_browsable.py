"""The database as a browsable site: readable views, and full-text search over the sentences.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-03

Views a person opening the file (in Datasette, `tracker serve`) understands without the
schema: ``commitments_view`` (one row per commitment: its actors, status, first sentence
and source, how many sources), ``mentions_view`` (one row per sentence that states one),
``actors_view`` and ``history_view``. On PostgreSQL the same views, written in its SQL.

Full-text search (``tracker list --search``):

- SQLite: ``mentions_fts``, an FTS5 table over each mention's sentence and its
  commitment's action, with external content (the view ``mentions_fts_content``, so the
  text is not stored twice) kept in step by triggers on ``mentions`` (insert, update,
  delete) and on ``commitments`` (a changed action). Porter stemming: "tanks" finds "tank".
  An external-content table must be told the *old* values to delete an entry: delete a
  commitment's mentions before the commitment itself (the foreign keys require it anyway).
- PostgreSQL: GIN indexes on ``to_tsvector('english', ...)`` of the sentence and the action.

None of this is in the ORM models (``tracker.storage.models.OUTSIDE_MODELS`` names it, so
that autogenerate leaves it alone). A later migration that rebuilds ``mentions``,
``commitments``, ``documents``, ``actors`` or ``status_changes`` on SQLite (a batch table
copy) must drop these views and triggers first and create them again after: SQLite
refuses to rename a table that a view names, and a dropped table takes its triggers along.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = ("commitments_view", "mentions_view", "actors_view", "history_view")


def _names(dialect: str) -> str:
    """The names of a commitment's actors, main actor first, as one text."""
    if dialect == "postgresql":
        return ("(SELECT string_agg(a.name, ', ' ORDER BY l.position, l.actor_id) FROM commitment_actors l "
                "JOIN actors a ON a.id = l.actor_id WHERE l.commitment_id = c.id)")
    return ("(SELECT group_concat(name, ', ') FROM (SELECT a.name AS name FROM commitment_actors l "
            "JOIN actors a ON a.id = l.actor_id WHERE l.commitment_id = c.id ORDER BY l.position, l.actor_id))")


MAIN_ACTOR = ("(SELECT a.name FROM commitment_actors l JOIN actors a ON a.id = l.actor_id "
              "WHERE l.commitment_id = c.id ORDER BY l.position, l.actor_id LIMIT 1)")
# Booleans as words: 1/0/NULL means nothing to a reader of the file.
TESTABLE = "CASE WHEN c.testable THEN 'testable' WHEN NOT c.testable THEN 'vague' END"
NEGATED = "CASE WHEN c.negated THEN 'yes' ELSE 'no' END"


def _views(dialect: str) -> list[str]:
    aliases = ("(SELECT string_agg(alias, ', ' ORDER BY alias) FROM actor_aliases WHERE actor_id = a.id)"
               if dialect == "postgresql" else
               "(SELECT group_concat(alias, ', ') FROM (SELECT alias FROM actor_aliases WHERE actor_id = a.id "
               "ORDER BY alias))")
    return [
        f"""CREATE VIEW commitments_view AS
        SELECT c.id, {MAIN_ACTOR} AS actor, {_names(dialect)} AS actors, c.kind, c.status, c.action,
               m.sentence, m.speaker, coalesce(m.said_on, d.published) AS said_on,
               d.publisher AS source, d.title AS source_title, d.url AS source_url,
               (SELECT count(DISTINCT document_id) FROM mentions WHERE commitment_id = c.id) AS sources,
               c.target, c.amount, c.deadline, c.deadline_date, {TESTABLE} AS testable, {NEGATED} AS negated,
               c.updated_at
        FROM commitments c
        LEFT JOIN mentions m ON m.id = (SELECT min(id) FROM mentions WHERE commitment_id = c.id)
        LEFT JOIN documents d ON d.id = m.document_id""",
        f"""CREATE VIEW mentions_view AS
        SELECT m.id, m.commitment_id, {MAIN_ACTOR} AS actor, c.kind, c.status, m.sentence, m.speaker,
               coalesce(m.said_on, d.published) AS said_on, d.publisher AS source, d.title AS source_title,
               d.url AS source_url, coalesce(d.external_id, d.path) AS document, m.rule, m.confidence
        FROM mentions m
        JOIN commitments c ON c.id = m.commitment_id
        JOIN documents d ON d.id = m.document_id""",
        f"""CREATE VIEW actors_view AS
        SELECT a.id, a.name, a.type, p.name AS part_of, {aliases} AS aliases,
               (SELECT count(*) FROM commitment_actors WHERE actor_id = a.id) AS commitments
        FROM actors a
        LEFT JOIN actors p ON p.id = a.parent_id""",
        f"""CREATE VIEW history_view AS
        SELECT s.id, s.commitment_id, {MAIN_ACTOR} AS actor, c.action, s.from_status, s.to_status, s.note,
               s.evidence_url, s.changed_at, s.changed_by
        FROM status_changes s
        JOIN commitments c ON c.id = s.commitment_id""",
    ]


# --- SQLite: FTS5 with external content, kept in step by triggers --------------------------------

ACTION_OF = "(SELECT action FROM commitments WHERE id = {}.commitment_id)"


def _fts_insert(row: str) -> str:
    return (f"INSERT INTO mentions_fts(rowid, sentence, action) "
            f"VALUES ({row}.id, {row}.sentence, {ACTION_OF.format(row)});")


def _fts_delete(row: str) -> str:
    # An external-content table is told the values it indexed, to remove their tokens.
    return (f"INSERT INTO mentions_fts(mentions_fts, rowid, sentence, action) "
            f"VALUES ('delete', {row}.id, {row}.sentence, {ACTION_OF.format(row)});")


SQLITE_FTS = [
    # The content: what the index holds for each mention (read back for snippets, and by 'rebuild').
    """CREATE VIEW mentions_fts_content AS
       SELECT m.id, m.sentence, c.action FROM mentions m JOIN commitments c ON c.id = m.commitment_id""",
    """CREATE VIRTUAL TABLE mentions_fts USING fts5(
       sentence, action, content='mentions_fts_content', content_rowid='id', tokenize='porter unicode61')""",
    f"CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN {_fts_insert('new')} END",
    f"CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN {_fts_delete('old')} END",
    f"""CREATE TRIGGER mentions_fts_update AFTER UPDATE OF sentence, commitment_id ON mentions
       BEGIN {_fts_delete('old')} {_fts_insert('new')} END""",
    """CREATE TRIGGER commitments_fts_action AFTER UPDATE OF action ON commitments BEGIN
       INSERT INTO mentions_fts(mentions_fts, rowid, sentence, action)
         SELECT 'delete', id, sentence, old.action FROM mentions WHERE commitment_id = old.id;
       INSERT INTO mentions_fts(rowid, sentence, action)
         SELECT id, sentence, new.action FROM mentions WHERE commitment_id = new.id;
       END""",
    # The mentions already stored.
    "INSERT INTO mentions_fts(mentions_fts) VALUES ('rebuild')",
]
SQLITE_TRIGGERS = ("mentions_fts_insert", "mentions_fts_delete", "mentions_fts_update", "commitments_fts_action")

# --- PostgreSQL: full-text indexes ------------------------------------------------------------------

# `list --search` uses exactly these expressions, so that the planner picks the indexes.
POSTGRESQL_FTS = [
    "CREATE INDEX ix_mentions_sentence_fts ON mentions USING gin (to_tsvector('english', sentence))",
    "CREATE INDEX ix_commitments_action_fts ON commitments USING gin (to_tsvector('english', coalesce(action, '')))",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in _views(dialect):
        op.execute(statement)
    for statement in {"sqlite": SQLITE_FTS, "postgresql": POSTGRESQL_FTS}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS mentions_fts")
        op.execute("DROP VIEW IF EXISTS mentions_fts_content")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_commitments_action_fts")
        op.execute("DROP INDEX IF EXISTS ix_mentions_sentence_fts")
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
