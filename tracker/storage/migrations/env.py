"""Alembic environment.

In-process (every tracker command): the caller puts an open connection in
``config.attributes["connection"]`` and the migrations run on it, inside its transaction.
From the command line (``alembic upgrade head`` in the repository): the database is
``-x db=URL_OR_PATH``, else TRACKER_DATABASE_URL, else ./tracker.db, as for tracker.
"""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any, Literal

from alembic import context
from sqlalchemy.engine import Connection

from tracker.storage.db import create_engine, resolve_url
from tracker.storage.location import database
from tracker.storage.models import Base, UTCDateTime, include_object

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Write UTCDateTime columns as plain timestamps, so that migrations never import
    the models (which change) to get a type (which is only a Python-side wrapper)."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead. Note that
        # batch copies do not carry CHECK constraints over by themselves; a migration
        # that rebuilds `commitments` must restate ck_commitments_kind/status.
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
        include_object=include_object,  # the views and full-text search of 0006 are not models
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    if config.config_file_name is not None:
        fileConfig(config.config_file_name)
    engine = create_engine(resolve_url(database(context.get_x_argument(as_dictionary=True).get("db"))))
    with engine.connect() as connection:
        run_on(connection)


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run them against a database")
run_online()
