"""`tracker show`'s text: one commitment, its sources and its history, for reading.

Every value from the database is untrusted (a title, a sentence, a note, a name): each
goes through :func:`_text`, one line and nothing a terminal obeys, so that no value can
colour the screen, make a link or start a line that looks like one of ours."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tracker.output.safe import terminal_text
from tracker.output.values import cell
from tracker.status import STATUS_LABELS, described


def _text(value: Any) -> str:
    return terminal_text(cell(value), one_line=True)


def commitment_lines(d: dict[str, Any]) -> Iterator[str]:
    yield (f"Commitment {d['id']}: {_text(d['kind'])}, {_text(d['status'])} ({STATUS_LABELS[d['status']]}), "
           f"version {d['version']}")
    if d.get("merged_into") is not None:
        yield f"  Merged into #{d['merged_into']}: its mentions are there now (tracker show {d['merged_into']})"
    actors = [_text(a["name"]) + (f" ({_text(a['type'])})" if a["type"] else "")
              + (f", of {_text(a['parent'])}" if a["parent"] else "") for a in d["actors"]]
    if not actors and d.get("actor_description"):  # told of, not named: no actor is stored
        actors = [_text(described(d["actor_description"]))]
    yield f"  Actor:    {'; '.join(actors) or '(not identified)'}"
    for label, key in (("Action", "action"), ("Target", "target"), ("Amount", "amount"), ("Deadline", "deadline")):
        if d[key] is not None:
            extra = {"amount": d["unit"], "deadline": cell(d["deadline_date"]) or None}.get(key)
            yield f"  {label + ':':<9} {_text(d[key])}" + (f" ({_text(extra)})" if extra else "")
    if d["negated"]:
        yield "  Negated:  yes (a promise not to do something)"
    if d["testable"] is not None:
        reason = f" ({_text(d['testable_reason'])})" if d["testable_reason"] else ""
        yield f"  Testable: {'yes' if d['testable'] else 'no, vague'}{reason}"
    if d["stale"]:
        yield "  Stale:    the current rules no longer find it (tracker reprocess); kept because it was rated"
    yield ""
    said = " - ".join(dict.fromkeys(cell(x) for x in (d["first_said"], d["last_said"]) if x is not None))
    yield (f"Sources ({len(d['mentions'])}): {d['sources']} document{'s' if d['sources'] != 1 else ''}"
           + (f", said {said}" if said else ""))
    for i, m in enumerate(d["mentions"], start=1):
        doc = m["document"]
        where = ", ".join(_text(x) for x in (doc["publisher"], cell(doc["published"]), doc["title"]) if x)
        yield f"  [{i}] {where or '(no publisher or date)'}"
        for ref in dict.fromkeys(x for x in (doc["url"], doc["path"], doc["external_id"]) if x):
            yield f"      {_text(ref)}"
        yield f"      \"{_text(m['sentence'])}\""
        said = [f"speaker {_text(m['speaker'])}" if m["speaker"] else None,
                f"said {cell(m['said_on'])}" if m["said_on"] else None,
                f"rule {_text(m['rule'])}", f"confidence {m['confidence']:.2f}", f"characters {m['start']}-{m['end']}"]
        yield "      " + ", ".join(x for x in said if x)
        if m["stale_since"] is not None:
            yield f"      no longer found by the rules since {cell(m['stale_since'])}"
    yield ""
    yield "History:"
    edits = d.get("edits") or []
    added = next((e for e in edits if e["action"] == "add"), None)
    if added is None:
        yield f"  {cell(d['created_at'])}  found: open"
    else:  # a person found it (tracker add)
        yield f"  {cell(d['created_at'])}  added: open, {_text(added['new'])}, by {_text(added['by'])}"
        if added["note"]:
            yield f"      note: {_text(added['note'])}"
    # status changes and corrections in time order (a status change first at the same instant)
    events = [(h["at"], 0, i, h) for i, h in enumerate(d["history"])]
    events += [(e["at"], 1, i, e) for i, e in enumerate(edits) if e is not added]
    for _, is_edit, _, h in sorted(events, key=lambda event: event[:3]):
        if is_edit:
            yield f"  {cell(h['at'])}  {_edit_text(h)}, by {_text(h['by'])}"
        else:
            yield f"  {cell(h['at'])}  {_text(h['from'])} -> {_text(h['to'])}, by {_text(h['by'])}"
        if h["note"]:
            yield f"      note: {_text(h['note'])}"
        if h["evidence_url"]:
            yield f"      evidence: {_text(h['evidence_url'])}"


def _quoted(value: str | None) -> str:
    return "(none)" if value is None else f"\"{_text(value)}\""


def _edit_text(e: dict[str, Any]) -> str:
    """One correction (commitment_edits) as a history line."""
    action = e["action"]
    if action.startswith("edit:"):
        return f"{action[5:]}: {_quoted(e['old'])} -> {_quoted(e['new'])}"
    if action == "review":
        return f"review: {_text(e['old'])} -> {_text(e['new'])}"
    if action == "evidence":
        return "evidence attached"
    old, new = e["old"], e["new"]
    return _text(action) + (f": {_text(old or '(none)')} -> {_text(new or '(none)')}" if old is not None or new is not None else "")
