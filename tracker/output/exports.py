"""`tracker export`'s writers: export records (:mod:`tracker.storage.exchange`) as JSON,
JSON Lines, a flat CSV for spreadsheets, or schema.org ClaimReview JSON-LD.

Each writer takes the export's header (format and version), the records, and the text
stream to write to, and returns how many records it wrote. Light to import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import redirect_stdout
from typing import Any, TextIO

from tracker.output.formats import Column, Listing, emit
from tracker.output.values import to_json
from tracker.status import INITIAL_STATUS, STATUS_LABELS, described

Record = dict[str, Any]
Writer = Callable[[Record, Iterable[Record], TextIO], int]


def _json(header: Record, records: Iterable[Record], out: TextIO) -> int:
    """One object: the header's fields, then ``commitments``, one record a line."""
    out.write(to_json(header)[:-1] + ', "commitments": [')
    count = 0
    for record in records:
        out.write(("," if count else "") + "\n" + to_json(record))
        count += 1
    out.write("\n]}\n")
    return count


def _jsonl(header: Record, records: Iterable[Record], out: TextIO) -> int:
    """One record a line, each carrying the format and its version, so that any line or
    any selection of lines (grep, head) is an export of its own."""
    count = 0
    for record in records:
        out.write(to_json({**header, **record}) + "\n")
        count += 1
    return count


# --- CSV: one row a commitment, for spreadsheets ---------------------------------------------------

CSV = Listing(
    fields=("id", "actors", "kind", "action", "amount", "deadline", "status", "rated_by", "rated_at", "note",
            "evidence_url", "sentence", "source", "said_on", "sources"),
    columns=(Column("id", "ID"),),  # a CSV has no table; the fields are its header
)


def current_rating(record: Record) -> Record:
    """The status change that set the current status (empty before the first)."""
    return record["history"][-1] if record["history"] else {}


def csv_row(record: Record) -> Record:
    """A record flattened: the first mention stands for the sources, the last status
    change for the rating; ``sources`` counts the documents that state it."""
    first = record["mentions"][0] if record["mentions"] else {}
    document = first.get("document") or {}
    rating = current_rating(record)
    at = rating.get("at")
    return {
        "id": record["id"], "actors": [a["name"] for a in record["actors"]] or _described(record), "kind": record["kind"],
        "action": record["action"], "amount": record["amount"], "deadline": record["deadline"],
        "status": record["status"], "rated_by": rating.get("by"), "rated_at": at.date() if at else None,
        "note": rating.get("note"), "evidence_url": rating.get("evidence_url"), "sentence": first.get("sentence"),
        "source": document.get("publisher"), "said_on": first.get("said_on"),
        "sources": len({m["document"]["content_hash"] for m in record["mentions"]}),
    }


def _described(record: Record) -> list[str]:
    """No actor bound: the text's description of it, marked ("Donor nations (description, no actor)")."""
    found = next((m["actor_description"] for m in record["mentions"] if m.get("actor_description")), None)
    return [described(found)] if found else []


def _csv(header: Record, records: Iterable[Record], out: TextIO) -> int:
    # The listings' CSV writer, so that both neutralise formulas alike (tracker.output.values).
    with redirect_stdout(out):
        return emit((csv_row(r) for r in records), "csv", CSV)


# --- ClaimReview: what fact-checkers publish (https://schema.org/ClaimReview) --------------------------


def _person_or_organisation(actor: Record) -> Record:
    return {"@type": "Person" if actor.get("type") == "person" else "Organization", "name": actor["name"]}


def claim_review(record: Record) -> Record | None:
    """A rated commitment as a ClaimReview: the claim is the commitment's sentence, made
    by its main actor (or its speaker) on the day it was said; the rating is the current
    status, by whoever set it and when; the evidence URLs are the review's sources.
    None for a commitment not rated (still at the initial status)."""
    rating = current_rating(record)
    if record["status"] == INITIAL_STATUS or not rating:
        return None
    first = record["mentions"][0]
    claim: Record = {"@type": "Claim"}
    if record["actors"]:
        claim["author"] = _person_or_organisation(record["actors"][0])
    elif first.get("speaker"):
        claim["author"] = {"@type": "Person", "name": first["speaker"]}
    said_on = first.get("said_on") or first["document"].get("published")
    if said_on:
        claim["datePublished"] = said_on
    appearances = []
    for mention in record["mentions"]:
        document = mention["document"]
        if document.get("url"):
            work: Record = {"@type": "CreativeWork", "url": document["url"]}
            if document.get("title"):
                work["headline"] = document["title"]
            if document.get("publisher"):
                work["publisher"] = {"@type": "Organization", "name": document["publisher"]}
            if document.get("published"):
                work["datePublished"] = document["published"]
            appearances.append(work)
    if appearances:
        claim["appearance"] = appearances
        claim["firstAppearance"] = appearances[0]
    evidence = list(dict.fromkeys(h["evidence_url"] for h in record["history"] if h.get("evidence_url")))
    review: Record = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": " ".join(first["sentence"].split()),
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": STATUS_LABELS[record["status"]],
                         "name": record["status"]},
        "author": {"@type": "Person", "name": rating["by"]},
        "datePublished": rating["at"].date(),
    }
    if rating.get("evidence_url") or evidence:
        review["url"] = rating.get("evidence_url") or evidence[-1]
    if evidence:
        review["citation"] = evidence
    if rating.get("note"):
        review["reviewBody"] = rating["note"]
    return review


def _claimreview(header: Record, records: Iterable[Record], out: TextIO) -> int:
    """A JSON array of ClaimReview objects, each with its @context (as a page embeds them)."""
    reviews: Iterator[Record] = (r for r in map(claim_review, records) if r is not None)
    out.write("[")
    count = 0
    for review in reviews:
        out.write(("," if count else "") + "\n" + to_json(review, indent=2))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


WRITERS: dict[str, Writer] = {"json": _json, "jsonl": _jsonl, "csv": _csv, "claimreview": _claimreview}
EXPORT_FORMATS: tuple[str, ...] = tuple(WRITERS)


def write_export(fmt: str, header: Record, records: Iterable[Record], out: TextIO) -> int:
    """Write ``records`` in ``fmt`` (one of :data:`EXPORT_FORMATS`); the number written."""
    return WRITERS[fmt](header, records, out)
