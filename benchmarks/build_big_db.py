"""Build a SQLite tracker database with N commitments (default 1,000,000) for query timings.

    .venv/bin/python benchmarks/build_big_db.py /tmp/big.db [--commitments 1000000] [--seed 1]

The schema comes from the real migrations (tracker.storage.db.open_database); rows go in with
Core bulk inserts (executemany), one transaction per table slice. The distribution is
meant to look like a few years of ingesting news: 250 countries and organisations with
Zipf-like popularity, 2,000 people under them, 5 commitments per document, mentions
said between 1999 and 2019, 80% of commitments still open, the rest rated.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from tracker.storage import db
from tracker.storage.models import Actor, ActorAlias, Commitment, CommitmentActor, DocumentRow, MentionRow

STATUSES = ["open"] * 80 + ["in_progress"] * 6 + ["fulfilled"] * 5 + ["broken"] * 4 + ["stalled"] * 3 + ["dismissed"] * 2
KINDS = ["commitment"] * 6 + ["pledge"] * 2 + ["intention"] * 2
VERBS = ["build", "fund", "train", "send", "reduce", "raise", "cut", "open", "protect", "invest in"]
THINGS = ["schools", "hospitals", "roads", "soldiers", "emissions", "taxes", "jobs", "a fund", "bridges", "clinics"]
FIRST = date(1999, 1, 1)
DAYS = (date(2019, 12, 31) - FIRST).days
BATCH = 20_000


def build(path: Path, commitments: int, seed: int) -> None:
    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    engine = db.open_database(str(path))
    now = datetime.now(timezone.utc)
    started = time.perf_counter()
    countries = [f"Country{i}" for i in range(250)]
    people = [f"Person{i}" for i in range(2000)]
    with engine.begin() as conn:
        conn.execute(insert(Actor.__table__), [
            {"id": i + 1, "name": n, "key": n.lower(), "type": "country", "parent_id": None, "created_at": now}
            for i, n in enumerate(countries)
        ])
        conn.execute(insert(Actor.__table__), [
            {"id": 251 + i, "name": n, "key": n.lower(), "type": "person", "parent_id": 1 + rng.randrange(250),
             "created_at": now}
            for i, n in enumerate(people)
        ])
        conn.execute(insert(ActorAlias.__table__), [
            {"actor_id": i + 1, "alias": f"Capital{i}", "key": f"capital{i}"} for i in range(250)
        ])
    actor_weights = [1 / (rank + 1) for rank in range(len(countries) + len(people))]  # Zipf-like
    actor_ids = list(range(1, len(countries) + len(people) + 1))
    documents = commitments // 5
    next_commitment = 1
    for start in range(0, documents, BATCH // 5):
        docs, rows, links, mentions = [], [], [], []
        for d in range(start + 1, min(documents, start + BATCH // 5) + 1):
            published = FIRST + timedelta(days=rng.randrange(DAYS))
            docs.append({
                "id": d, "external_id": f"doc/{d}", "publisher": f"Publisher {d % 40}", "title": None,
                "url": f"https://news.example/{d}", "path": None, "author": None, "published": published,
                "text": f"Document {d}.", "content_hash": f"{d:064x}", "ingested_at": now,
            })
            for _ in range(5):
                c = next_commitment
                next_commitment += 1
                verb, thing = rng.choice(VERBS), rng.choice(THINGS)
                rows.append({
                    "id": c, "kind": rng.choice(KINDS), "action": verb, "target": thing, "amount": None,
                    "amount_value": None, "unit": None, "deadline": None, "deadline_date": None, "negated": False,
                    "status": rng.choice(STATUSES), "created_at": now, "updated_at": now, "version": 1,
                })
                bound = set(rng.choices(actor_ids, actor_weights, k=rng.choice((1, 1, 1, 2))))
                links += [{"commitment_id": c, "actor_id": a, "position": p} for p, a in enumerate(sorted(bound))]
                main = min(bound)
                mentions.append({
                    "commitment_id": c, "document_id": d,
                    "sentence": f"{'Person' if main > 250 else 'Country'}{main} will {verb} {thing}.",
                    "start": 0, "end": 30, "speaker": f"Person{main - 251}" if main > 250 else None,
                    "said_on": published, "rule": "bench.will", "confidence": 0.8, "created_at": now,
                })
        with engine.begin() as conn:
            conn.execute(insert(DocumentRow.__table__), docs)
            conn.execute(insert(Commitment.__table__), rows)
            conn.execute(insert(CommitmentActor.__table__), links)
            conn.execute(insert(MentionRow.__table__), mentions)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")  # the query planner's statistics, as a long-lived database has
    print(f"{path}: {next_commitment - 1:,} commitments, {documents:,} documents, "
          f"{len(actor_ids):,} actors in {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--commitments", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    build(args.path, args.commitments, args.seed)


if __name__ == "__main__":
    main()
