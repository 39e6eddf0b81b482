"""`tracker show`'s text: one commitment, its sources and its history, for reading."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tracker.output.values import cell
from tracker.status import STATUS_LABELS


def commitment_lines(d: dict[str, Any]) -> Iterator[str]:
    yield f"Commitment {d['id']}: {d['kind']}, {d['status']} ({STATUS_LABELS[d['status']]}), version {d['version']}"
    if d.get("merged_into") is not None:
        yield f"  Merged into #{d['merged_into']}: its mentions are there now (tracker show {d['merged_into']})"
    actors = [a["name"] + (f" ({a['type']})" if a["type"] else "") + (f", of {a['parent']}" if a["parent"] else "")
              for a in d["actors"]]
    yield f"  Actor:    {'; '.join(actors) or '(not identified)'}"
    for label, key in (("Action", "action"), ("Target", "target"), ("Amount", "amount"), ("Deadline", "deadline")):
        if d[key] is not None:
            extra = {"amount": d["unit"], "deadline": cell(d["deadline_date"]) or None}.get(key)
            yield f"  {label + ':':<9} {d[key]}" + (f" ({extra})" if extra else "")
    if d["negated"]:
        yield "  Negated:  yes (a promise not to do something)"
    if d["testable"] is not None:
        reason = f" ({d['testable_reason']})" if d["testable_reason"] else ""
        yield f"  Testable: {'yes' if d['testable'] else 'no, vague'}{reason}"
    if d["stale"]:
        yield "  Stale:    the current rules no longer find it (tracker reprocess); kept because it was rated"
    yield ""
    said = " - ".join(dict.fromkeys(cell(x) for x in (d["first_said"], d["last_said"]) if x is not None))
    yield (f"Sources ({len(d['mentions'])}): {d['sources']} document{'s' if d['sources'] != 1 else ''}"
           + (f", said {said}" if said else ""))
    for i, m in enumerate(d["mentions"], start=1):
        doc = m["document"]
        where = ", ".join(x for x in (doc["publisher"], cell(doc["published"]), doc["title"]) if x)
        yield f"  [{i}] {where or '(no publisher or date)'}"
        for ref in dict.fromkeys(x for x in (doc["url"], doc["path"], doc["external_id"]) if x):
            yield f"      {ref}"
        yield f"      \"{' '.join(m['sentence'].split())}\""
        said = [f"speaker {m['speaker']}" if m["speaker"] else None, f"said {cell(m['said_on'])}" if m["said_on"] else None,
                f"rule {m['rule']}", f"confidence {m['confidence']:.2f}", f"characters {m['start']}-{m['end']}"]
        yield "      " + ", ".join(x for x in said if x)
        if m["stale_since"] is not None:
            yield f"      no longer found by the rules since {cell(m['stale_since'])}"
    yield ""
    yield "History:"
    yield f"  {cell(d['created_at'])}  found: open"
    for h in d["history"]:
        yield f"  {cell(h['at'])}  {h['from']} -> {h['to']}, by {h['by']}"
        if h["note"]:
            yield f"      note: {h['note']}"
        if h["evidence_url"]:
            yield f"      evidence: {h['evidence_url']}"
