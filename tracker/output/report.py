"""`tracker report`'s page: one self-contained HTML file (inline CSS, JS and SVG; no
network to open it) with the meter per actor, the timeline and a table of commitments
that filters in the page.

Everything from the database is untrusted (article text can hold ``<script>``): the
meter, the timeline and the footer are written here with every text escaped; the
commitments travel as JSON in a ``<script type="application/json">`` block, with every
``<`` written ``\\u003c`` (so neither ``</script>`` nor ``<!--`` can end or bend the
block), and the page's script builds the table with ``textContent`` only, linking only
http(s) URLs. The layout is ``report.html`` next to this module (package data).
"""

from __future__ import annotations

import json
import re
from html import escape
from importlib import resources
from typing import Any

from tracker.output.values import json_default
from tracker.status import STATUS_LABELS, STATUSES, described

# Colour is never the only sign of a status: every bar segment and badge carries its label.
STATUS_COLOURS: dict[str, str] = {
    "open": "#6b7280", "in_progress": "#1d4ed8", "stalled": "#b45309", "fulfilled": "#15803d",
    "partially_fulfilled": "#7e22ce", "broken": "#b91c1c", "dismissed": "#94a3b8",
}
FALLBACK_COLOUR = "#475569"
METER_ACTORS = 40  # actors drawn in the meter; `tracker summary` lists them all
MONTH_WIDTH = 14  # px per month in the timeline


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _n(value: int) -> str:
    return f"{value:,}"


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no ``<`` at all (``\\u003c`` is the same
    JSON), and the line separators JavaScript once refused."""
    text = json.dumps(value, ensure_ascii=False, default=json_default, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _status_css() -> str:
    return "\n".join(f".s-{s}{{--c:{STATUS_COLOURS.get(s, FALLBACK_COLOUR)}}}" for s in STATUSES)


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{_n(n)} {STATUS_LABELS[s].lower()}" for s, n in counts.items() if n)


def _bar(name: str, counts: dict[str, int], total: int) -> str:
    """A stacked bar (one segment per status, width by share) and its counts as text."""
    segments = "".join(
        f'<span class="seg s-{s}" style="width:{100 * n / total:.3f}%" title="{_e(STATUS_LABELS[s])}: {_n(n)}"></span>'
        for s, n in counts.items() if n and total
    )
    legend = "".join(
        f'<li class="s-{s}" data-status="{s}" data-count="{n}"><span class="swatch" aria-hidden="true"></span>'
        f'{_e(STATUS_LABELS[s])} <b>{_n(n)}</b></li>'
        for s, n in counts.items() if n
    )
    label = f"{name}: {_n(total)} commitments" + (f", {_counts_text(counts)}" if total else "")
    return (f'<div class="bar" role="img" aria-label="{_e(label)}">{segments}</div>'
            f'<ul class="counts">{legend or "<li>none</li>"}</ul>')


def _actor_item(actor: dict[str, Any]) -> str:
    kind = f' <span class="kind">{_e(actor["type"])}</span>' if actor.get("type") else ""
    return (f'<li class="actor" data-actor="{_e(actor["name"])}" data-total="{actor["total"]}">'
            f'<div class="who"><span class="name">{_e(actor["name"])}</span>{kind}'
            f' <span class="total" title="commitments">{_n(actor["total"])}</span></div>'
            f'{_bar(actor["name"], actor["counts"], actor["total"])}</li>')


def meter_html(totals: dict[str, int], actors: list[dict[str, Any]]) -> str:
    total = sum(totals.values())
    parts = [f'<div class="meter-all" data-total="{total}"><h3>All commitments <span class="total">{_n(total)}</span></h3>'
             f'{_bar("All commitments", totals, total)}</div>']
    shown = actors[:METER_ACTORS]
    items = "".join(_actor_item(a) for a in shown)
    parts.append(f'<ol class="meter">{items}</ol>' if items else '<p>No actor is bound by these commitments.</p>')
    if len(actors) > len(shown):
        parts.append(f'<p class="note">The {len(shown)} most active of {_n(len(actors))} actors; '
                     "<code>tracker summary</code> lists them all. A commitment binding two actors counts for each.</p>")
    elif shown:
        parts.append('<p class="note">A commitment binding two actors counts for each.</p>')
    return "\n".join(parts)


GAP = 24  # empty months that set a stray date apart from the rest


def _drawn(months: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """The months to draw: without the stray ends (dates decades off, as when a text
    names 1909) that lie past a gap of :data:`GAP` empty months and hold at most 1% of
    the events; and a note saying what was left out (the table lists every month)."""
    events = [m["made"] + sum(m["changes"].values()) for m in months]
    busy = [i for i, e in enumerate(events) if e]
    clusters: list[list[int]] = [[busy[0], busy[0]]]
    for i in busy[1:]:
        if i - clusters[-1][1] > GAP:
            clusters.append([i, i])
        clusters[-1][1] = i
    cut = sum(events) * 0.01
    weight = [sum(events[a:b + 1]) for a, b in clusters]
    lo, hi = 0, len(clusters) - 1
    before = after = 0
    while lo < hi and before + weight[lo] <= cut:
        before, lo = before + weight[lo], lo + 1
    while hi > lo and after + weight[hi] <= cut:
        after, hi = after + weight[hi], hi - 1
    first, last = clusters[lo][0], clusters[hi][1]
    notes = ([f"{_n(before)} before {months[first]['month']}"] if before else []) + \
            ([f"{_n(after)} after {months[last]['month']}"] if after else [])
    note = f" &middot; not drawn: {' and '.join(notes)} (in the table)" if notes else ""
    return months[first:last + 1], note


def timeline_html(months: list[dict[str, Any]], undated: int) -> str:
    """Commitments made and status changes per month: an inline SVG, and the same as a table."""
    if not months:
        return "<p>No dated commitments.</p>" + (f"<p>{_n(undated)} undated.</p>" if undated else "")
    drawn, left_out = _drawn(months)
    height, top, bottom = 160, 12, 22
    step = max(4.0, min(float(MONTH_WIDTH), 1000 / len(drawn)))  # px per month: wide when few, scrolls when many
    bar = max(step * 0.4, 1.5)
    peak = max(max(m["made"], sum(m["changes"].values())) for m in drawn) or 1
    width = round(max(len(drawn) * step, 320) + 44)
    scale = (height - top - bottom) / peak
    bars = []
    for i, m in enumerate(drawn):
        x = 40 + i * step
        changed = sum(m["changes"].values())
        for dx, value, cls, what in ((0, m["made"], "made", "made"), (bar, changed, "changed", "status changes")):
            if value:
                h = max(value * scale, 1)
                bars.append(f'<rect class="{cls}" x="{x + dx:.1f}" y="{height - bottom - h:.1f}" width="{bar:.1f}" '
                            f'height="{h:.1f}"><title>{m["month"]}: {_n(value)} {what}</title></rect>')
        january = m["month"].endswith("-01")
        if (january and (len(drawn) <= 120 or int(m["month"][:4]) % 2 == 0)) or (i == 0 and m["month"][5:] < "10"):
            bars.append(f'<text x="{x:.1f}" y="{height - 6}">{m["month"][:4] if len(drawn) > 24 else m["month"]}</text>')
    axis = (f'<text x="0" y="{top + 8}">{_n(peak)}</text><text x="0" y="{height - bottom}">0</text>'
            f'<line x1="38" x2="{width}" y1="{height - bottom}" y2="{height - bottom}"/>')
    svg = (f'<svg class="timeline" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="timeline-title"><title id="timeline-title">Commitments made and status changes per month, '
           f'{drawn[0]["month"]} to {drawn[-1]["month"]}</title>{axis}{"".join(bars)}</svg>')
    legend = ('<p class="legend"><span class="key made"></span> commitments made (first said) '
              '<span class="key changed"></span> status changes (ratings)'
              + (f" &middot; {_n(undated)} commitments have no date" if undated else "") + left_out + "</p>")
    rows = "".join(
        f'<tr><th scope="row">{m["month"]}</th><td>{_n(m["made"])}</td><td>{_n(sum(m["changes"].values()))}</td>'
        f'<td>{_e(_counts_text(m["changes"]))}</td></tr>'
        for m in months if m["made"] or m["changes"]
    )
    table = ('<details><summary>The timeline as a table</summary><table class="plain"><thead><tr><th scope="col">Month'
             '</th><th scope="col">Made</th><th scope="col">Status changes</th><th scope="col">New statuses</th></tr>'
             f"</thead><tbody>{rows}</tbody></table></details>")
    return f'<div class="scroll">{svg}</div>{legend}{table}'


def _filters_text(filters: dict[str, Any]) -> str:
    said = [f"said on or after {filters['since']}" if filters.get("since") else "",
            f"said on or before {filters['until']}" if filters.get("until") else ""]
    parts = [f"actor {filters['actor']}" if filters.get("actor") else "",
             f"status {', '.join(filters['status'])}" if filters.get("status") else "",
             f"kind {', '.join(filters['kind'])}" if filters.get("kind") else "", *said]
    return "; ".join(p for p in parts if p) or "none (every commitment)"


def _commitment(row: dict[str, Any]) -> dict[str, Any]:
    """What the page needs of a commitment (show's fields, without the ones only scripts use)."""
    keep = ("id", "status", "kind", "action", "target", "amount", "unit", "deadline", "deadline_date", "negated",
            "testable", "testable_reason", "created_at")
    out = {k: row.get(k) for k in keep}
    out["actors"] = [a["name"] for a in row["actors"]] or ([described(row["actor_description"])]
                                                           if row.get("actor_description") else [])
    out["mentions"] = [
        {"sentence": m["sentence"], "speaker": m["speaker"], "said_on": m["said_on"],
         "publisher": m["document"]["publisher"], "title": m["document"]["title"], "url": m["document"]["url"],
         "published": m["document"]["published"], "ref": m["document"]["external_id"] or m["document"]["path"]}
        for m in row["mentions"]
    ]
    out["history"] = [{k: h[k] for k in ("from", "to", "at", "by", "note", "evidence_url")} for h in row["history"]]
    return out


def render(report: dict[str, Any]) -> str:
    """The page for ``report``: ``generated_at``, ``database``, ``filters``, ``total``
    (commitments selected), ``limit``, ``totals`` and ``actors`` (the meter),
    ``timeline`` (``months``, ``undated``) and ``commitments`` (the most recent ones,
    whole, as :func:`tracker.storage.read.rows_by_id` gives them with their history)."""
    commitments = [_commitment(r) for r in report["commitments"]]
    total, embedded = report["total"], len(commitments)
    if embedded < total:
        cap = (f"This page holds the {_n(embedded)} most recently said of the {_n(total)} commitments selected "
               f"(<code>--limit {report['limit']}</code>); the meter and the timeline count all {_n(total)}.")
    else:
        cap = f"This page holds all {_n(total)} commitments selected."
    data = {"statuses": [{"id": s, "label": STATUS_LABELS[s]} for s in STATUSES], "commitments": commitments}
    values = {
        "status_css": _status_css(),
        "meter": meter_html(report["totals"], report["actors"]),
        "timeline": timeline_html(report["timeline"]["months"], report["timeline"]["undated"]),
        "cap": cap,
        "total": _n(total),
        "generated": _e(report["generated_at"]),
        "database": _e(report["database"]),
        "filters": _e(_filters_text(report["filters"])),
        "version": _e(report.get("version", "")),
        "data": script_json(data),
    }
    template = resources.files("tracker.output").joinpath("report.html").read_text(encoding="utf-8")
    # one pass: a value is never searched for placeholders again
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)
