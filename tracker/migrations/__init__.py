"""Alembic migrations; shipped inside the package so that an installed tracker can
migrate its database. ``migrations/`` at the top of the repository points here."""
