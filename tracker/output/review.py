"""`tracker review --interactive`'s text: one item waiting for a person, with its evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tracker.output.values import cell

PROMPT = "[a]ccept / [r]eject / [s]kip / [q]uit"


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def _where(*parts: Any) -> str:
    return ", ".join(cell(p) for p in parts if p) or "(no publisher or date)"


def _commitment(label: str, c: dict[str, Any]) -> Iterator[str]:
    """A commitment as the reviewer needs it: kind, status, actor, action, its first
    sentence and source (and how many more)."""
    actors = ", ".join(a["name"] for a in c.get("actors") or []) or "(no actor)"
    yield f"  {label + ':':<9} {c.get('kind')}, {c.get('status')}; {actors}"
    if c.get("action"):
        yield f"  {'Action:':<9} {c['action']}"
    for key, title in (("amount", "Amount:"), ("deadline", "Deadline:")):
        if c.get(key):
            yield f"  {title:<9} {c[key]}"
    mentions = c.get("mentions") or []
    if mentions:
        first = mentions[0]
        document = first["document"]
        yield f"  {'':<9} \"{_flat(first['sentence'])}\""
        more = f" (and {len(mentions) - 1} more)" if len(mentions) > 1 else ""
        ref = document.get("url") or document.get("path") or document.get("external_id")
        yield f"  {'Source:':<9} {_where(document.get('publisher'), first.get('said_on') or document.get('published'), ref)}{more}"
        yield f"  {'':<9} rule {first['rule']}, confidence {first['confidence']:.2f}"


def item_lines(row: dict[str, Any], position: int, total: int) -> Iterator[str]:
    """One review item (a row of tracker.storage.queue.queue) and its evidence."""
    head = f"[{position}/{total}] {row['item']}"
    score = f" (score {row['score']:.2f})" if row.get("score") is not None else ""
    if row["type"] == "finding":
        yield f"{head}: a new finding. Accept: confirm it into the tracker; reject: dismiss it."
        yield from _commitment(f"Commitment {row['commitment_id']}", row["commitment"])
    elif row["type"] == "merge":
        yield (f"{head}: a suggested merge{score}. Accept: merge commitment {row['other_id']} into "
               f"{row['commitment_id']}.")
        yield from _commitment(f"Keep {row['commitment_id']}", row["commitment"])
        yield from _commitment(f"Merge {row['other_id']}", row.get("other") or {})
    else:
        yield (f"{head}: a suggested status change{score}. Accept: commitment {row['commitment_id']} "
               f"{row['status']} -> {row['to_status']}.")
        yield from _commitment(f"Commitment {row['commitment_id']}", row["commitment"])
        claim = row.get("claim")
        if claim is not None:
            yield f"  {'Claim:':<9} \"{_flat(claim['sentence'])}\""
            yield f"  {'Source:':<9} {_where(claim['source'], claim['said_on'], claim['url'])}"
            yield f"  {'':<9} {claim['outcome']}: rule {claim['rule']}, confidence {claim['confidence']:.2f}"
    if row.get("reason"):
        yield f"  {'Why:':<9} {row['reason']}"
