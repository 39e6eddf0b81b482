"""People's part in the life of a commitment (issue 11): the review queue (`tracker review`,
`accept`, `reject`, `--interactive`), corrections (`tracker edit`), commitments a person
found (`tracker add`), several ratings at once and evidence alone (`tracker update`), and
`tracker show`'s whole history.

The fake engine's articles (tests/conftest.py) give five unreviewed findings: 1 France
trains soldiers by 2024, 2 Lecornu visits Kyiv, 3 Ukraine and France build a fund, 4 Acme
plans a plant, 5 Paris sends tanks. Claims and suggestions are written here as the claim
extraction and the matcher would write them.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import Invoke, ok, one_line_error, rows
from tests.test_postgres import pg_database, pg_url  # noqa: F401  (fixtures: an empty PostgreSQL database)
from tracker.storage import db
from tracker.storage.models import ClaimRow, Commitment, CommitmentEdit, DocumentRow, StatusChange, Suggestion

ASK = "[a]ccept / [r]eject / [s]kip / [q]uit: "  # the prompt of --interactive
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00")


def timeless(text: str) -> str:
    """Output with its timestamps as T (they are the clock's)."""
    return STAMP.sub("T", text)


@pytest.fixture
def t(loaded: Invoke, run: Invoke, db_path: Path) -> Invoke:
    """`tracker ARGS... --db test.db` on the loaded articles."""

    def invoke(*args: str, input: str | None = None) -> Any:
        return run(*args, "--db", str(db_path), input=input)

    return invoke


def _session(db_path: Path) -> Session:
    return Session(db.open_database(str(db_path)))


def suggest_status(db_path: Path, commitment_id: int, to_status: str, sentence: str, *, url: str | None,
                   created: datetime | None = None, outcome: str = "delivered") -> int:
    """A claim in a new report and the status suggestion it makes; the suggestion's id."""
    with _session(db_path) as s, s.begin():
        document = DocumentRow(publisher="Evening Courier", url=url, published=date(2025, 3, 4), text=sentence,
                               content_hash=f"h-{sentence}")
        s.add(document)
        s.flush()
        claim = ClaimRow(document_id=document.id, outcome=outcome, sentence=sentence, start=0, end=len(sentence),
                         rule="claim.test", confidence=0.75)
        s.add(claim)
        s.flush()
        suggestion = Suggestion(kind="status", commitment_id=commitment_id, to_status=to_status, claim_id=claim.id,
                                score=0.8, reason="claim.test: same actor and action",
                                **({"created_at": created} if created else {}))
        s.add(suggestion)
        s.flush()
        return suggestion.id


def suggest_merge(db_path: Path, keep: int, other: int, created: datetime | None = None) -> int:
    with _session(db_path) as s, s.begin():
        suggestion = Suggestion(kind="merge", commitment_id=keep, other_id=other, score=0.9,
                                reason="match.test: same actor, action alike",
                                **({"created_at": created} if created else {}))
        s.add(suggestion)
        s.flush()
        return suggestion.id


def review_state(db_path: Path) -> dict[int, tuple[str, str, int]]:
    with _session(db_path) as s:
        return {c.id: (c.status, c.review, c.version) for c in s.scalars(select(Commitment).order_by(Commitment.id))}


def queue_items(result: Any) -> list[str]:
    return [r["item"] for r in rows(result)]


# --- the queue -------------------------------------------------------------------------------------


def test_the_queue_lists_findings_and_suggestions_oldest_first(t: Invoke, db_path: Path) -> None:
    early = suggest_status(db_path, 1, "fulfilled", "France has trained the soldiers.", url="https://example.org/c",
                           created=datetime(2020, 1, 1, tzinfo=timezone.utc))
    merge = suggest_merge(db_path, 3, 5)
    assert (early, merge) == (1, 2)
    assert queue_items(t("review", "-f", "json")) == ["s1", "c1", "c2", "c3", "c4", "c5", "s2"]
    first, *_, last = rows(t("review", "-f", "json"))
    assert {k: first[k] for k in ("item", "type", "commitment_id", "proposal", "to_status", "actor", "sentence",
                                  "evidence", "evidence_source", "evidence_said_on", "evidence_url")} == {
        "item": "s1", "type": "status", "commitment_id": 1, "proposal": "open -> fulfilled",
        "to_status": "fulfilled", "actor": "France", "sentence": "France will train 7,000 soldiers by 2024.",
        "evidence": "France has trained the soldiers.", "evidence_source": "Evening Courier",
        "evidence_said_on": "2025-03-04", "evidence_url": "https://example.org/c"}
    assert {k: last[k] for k in ("item", "type", "commitment_id", "other_id", "proposal", "evidence", "score")} == {
        "item": "s2", "type": "merge", "commitment_id": 3, "other_id": 5, "proposal": "merge 5 into 3",
        "evidence": "Paris will send tanks.", "score": 0.9}
    assert "commitment" not in first  # whole records only for --interactive
    csv_lines = ok(t("review", "-f", "csv")).stdout.splitlines()
    assert csv_lines[0].startswith("item,type,commitment_id,other_id,proposal,status,to_status,score,")
    assert [line.split(",")[0] for line in csv_lines[1:]] == ["s1", "c1", "c2", "c3", "c4", "c5", "s2"]
    table = ok(t("review")).stdout.splitlines()
    assert table[1].split() == ["Item", "Type", "Proposal", "Actor", "Sentence", "Evidence", "Since"]
    assert [line.split()[0] for line in table[3:-1]] == ["s1", "c1", "c2", "c3", "c4", "c5", "s2"]
    assert table[3].split()[:6] == ["s1", "status", "open", "->", "fulfilled", "France"]


def test_the_queue_filters_like_list(t: Invoke, db_path: Path) -> None:
    suggest_status(db_path, 4, "broken", "Acme scrapped its plans for a plant.", url=None, outcome="reversed")
    suggest_merge(db_path, 3, 5)
    assert queue_items(t("review", "--type", "finding", "-f", "json")) == ["c1", "c2", "c3", "c4", "c5"]
    assert queue_items(t("review", "--type", "merge", "--type", "status", "-f", "json")) == ["s1", "s2"]
    assert queue_items(t("review", "--actor", "Acme", "-f", "json")) == ["c4", "s1"]
    # a merge is the actor's if either of its commitments is; France's people and Paris count
    assert queue_items(t("review", "--actor", "france", "-f", "json")) == ["c1", "c2", "c3", "c5", "s2"]
    assert queue_items(t("review", "--actor", "Ukraine", "--type", "merge", "-f", "json")) == ["s2"]
    assert queue_items(t("review", "--kind", "pledge", "-f", "json")) == ["c3", "s2"]
    assert queue_items(t("review", "--limit", "2", "-f", "json")) == ["c1", "c2"]
    assert queue_items(t("review", "--since", "2020-01-01", "-f", "json")) == []  # nothing here is dated
    result = t("review", "--actor", "Nobody", "-f", "json")
    assert (ok(result).stdout, result.stderr) == ("[]\n", "No actor named 'Nobody' (see tracker actors).\n")
    nothing = ok(t("review", "--type", "status", "--kind", "intention", "--actor", "France"))
    assert (nothing.stdout, nothing.stderr) == ("", "Nothing to review.\n")


# --- deciding ---------------------------------------------------------------------------------------


def test_accept_confirms_and_reject_dismisses_a_finding(t: Invoke, db_path: Path) -> None:
    result = ok(t("review", "accept", "c1", "C2", "--by", "ann", "--note", "read the article"))
    assert result.stdout == ("c1: confirmed (commitment 1, version 2).\n"
                             "c2: confirmed (commitment 2, version 2).\n")
    result = ok(t("review", "reject", "c4", "--by", "bob", "--note", "a plan, not a promise"))
    assert result.stdout == "c4: dismissed (commitment 4: open -> dismissed, version 2).\n"
    assert review_state(db_path) == {1: ("open", "confirmed", 2), 2: ("open", "confirmed", 2),
                                     3: ("open", "unreviewed", 1), 4: ("dismissed", "dismissed", 2),
                                     5: ("open", "unreviewed", 1)}
    assert queue_items(t("review", "-f", "json")) == ["c3", "c5"]
    detail = json.loads(ok(t("show", "4", "-f", "json")).stdout)
    assert [(h["from"], h["to"], h["by"], h["note"]) for h in detail["history"]] == [
        ("open", "dismissed", "bob", "a plan, not a promise")]
    assert [(e["action"], e["old"], e["new"], e["by"], e["note"]) for e in detail["edits"]] == [
        ("review", "unreviewed", "dismissed", "bob", "a plan, not a promise")]
    assert timeless(ok(t("show", "4")).stdout).split("History:\n")[1] == (
        "  T  found: open\n"
        "  T  open -> dismissed, by bob\n"
        "      note: a plan, not a promise\n"
        "  T  review: unreviewed -> dismissed, by bob\n"
        "      note: a plan, not a promise\n")


def test_deciding_twice_or_a_bad_id_is_one_line_and_changes_nothing(t: Invoke, db_path: Path) -> None:
    ok(t("review", "accept", "c1", "--by", "ann"))
    one_line_error(t("review", "accept", "c1"), "c1: commitment 1 is already confirmed; nothing to decide")
    one_line_error(t("review", "reject", "c1"), "c1: commitment 1 is already confirmed; nothing to decide")
    before = review_state(db_path)
    # several ids: all or none
    one_line_error(t("review", "accept", "c2", "c3", "c1"),
                   "c1: commitment 1 is already confirmed; nothing to decide (nothing was changed)")
    one_line_error(t("review", "accept", "c2", "c2"), "item c2 given twice")
    one_line_error(t("review", "accept", "12"), "invalid review item '12' (expected c<commitment id> or s<suggestion")
    one_line_error(t("review", "accept", "c2", "x"), "invalid review item 'x'")
    one_line_error(t("review", "accept", "c99"), "no commitment with id 99")
    one_line_error(t("review", "reject", "s9"), "s9: no suggestion with id 9")
    assert review_state(db_path) == before
    sid = suggest_status(db_path, 2, "fulfilled", "Lecornu visited Kyiv on Monday.", url="https://example.org/v")
    ok(t("review", "reject", f"s{sid}", "--by", "bob", "--note", "another visit"))
    today = datetime.now(timezone.utc).date().isoformat()
    one_line_error(t("review", "accept", f"s{sid}"),
                   f"s{sid}: suggestion {sid} was already rejected by bob on {today}; nothing to decide")


def test_accepting_a_status_suggestion_changes_the_status_with_the_claim_as_evidence(t: Invoke,
                                                                                      db_path: Path) -> None:
    sid = suggest_status(db_path, 1, "fulfilled", "France has trained 7,000 soldiers, the army said.",
                         url="https://example.org/army")
    result = ok(t("review", "accept", f"s{sid}", "--by", "ann", "--note", "the army's own figure"))
    assert result.stdout == f"s{sid}: accepted: commitment 1 open -> fulfilled (version 2).\n"
    assert review_state(db_path)[1] == ("fulfilled", "confirmed", 2)
    detail = json.loads(ok(t("show", "1", "-f", "json")).stdout)
    (change,) = detail["history"]
    assert (change["to"], change["by"], change["evidence_url"]) == ("fulfilled", "ann", "https://example.org/army")
    assert change["note"] == (f'Suggestion s{sid} accepted: claim 1 "France has trained 7,000 soldiers, the army '
                              "said.\" (Evening Courier, 2025-03-04); the army's own figure")
    with _session(db_path) as s:
        suggestion = s.get(Suggestion, sid)
        assert suggestion is not None
        assert (suggestion.state, suggestion.decided_by, suggestion.note) == ("accepted", "ann",
                                                                           "the army's own figure")
        assert suggestion.decided_at is not None
    assert timeless(ok(t("show", "1")).stdout).split("History:\n")[1] == (
        "  T  found: open\n"
        f"  T  open -> fulfilled, by ann\n"
        f"      note: {change['note']}\n"
        "      evidence: https://example.org/army\n"
        "  T  review: unreviewed -> confirmed, by ann\n"
        f"      note: suggestion s{sid} accepted\n")
    assert queue_items(t("review", "-f", "json")) == ["c2", "c3", "c4", "c5"]


def test_rejecting_a_suggestion_records_who_when_and_why(t: Invoke, db_path: Path) -> None:
    sid = suggest_status(db_path, 3, "broken", "The fund was scrapped.", url=None, outcome="reversed")
    assert ok(t("review", "reject", f"s{sid}", "--by", "cy", "--note", "another fund")).stdout == f"s{sid}: rejected.\n"
    with _session(db_path) as s:
        suggestion = s.get(Suggestion, sid)
        assert suggestion is not None and (suggestion.state, suggestion.decided_by, suggestion.note) == (
            "rejected", "cy", "another fund")
    assert review_state(db_path)[3] == ("open", "unreviewed", 1)  # the finding still waits


def test_accepting_a_merge_suggestion_merges(t: Invoke, db_path: Path) -> None:
    pytest.importorskip("tracker.storage.merging")
    sid = suggest_merge(db_path, 3, 5)
    assert ok(t("review", "accept", f"s{sid}", "--by", "ann")).stdout == (
        f"s{sid}: accepted: commitment 5 merged into 3.\n")
    with _session(db_path) as s:
        merged = s.get(Commitment, 5)
        assert merged is not None and merged.merged_into_id == 3
        assert s.get(Suggestion, sid).state == "accepted"  # type: ignore[union-attr]
    assert "c5" not in queue_items(t("review", "-f", "json"))


def test_interactive_review_applies_each_answer_at_once(t: Invoke, db_path: Path, articles: Path) -> None:
    sid = suggest_status(db_path, 5, "in_progress", "The first tanks left for Ukraine.",
                         url="https://example.org/tanks", created=datetime(2020, 1, 1, tzinfo=timezone.utc))
    result = ok(t("review", "--interactive", "--type", "status", "--type", "finding", "--limit", "3", "--by", "ann",
                  input="a\nx\nr\nq\n"))
    assert timeless(result.stdout) == (
        f"[1/3] s{sid}: a suggested status change (score 0.80). Accept: commitment 5 open -> in_progress.\n"
        "  Commitment 5: commitment, open; France\n"
        "  Action:   send tanks\n"
        '            "Paris will send tanks."\n'
        f"  Source:   {articles / 'c.txt'}\n"
        "            rule fake.will, confidence 0.80\n"
        '  Claim:    "The first tanks left for Ukraine."\n'
        "  Source:   Evening Courier, 2025-03-04, https://example.org/tanks\n"
        "            delivered: rule claim.test, confidence 0.75\n"
        "  Why:      claim.test: same actor and action\n"
        f"{ASK}"  # the answer typed is not echoed here: the input is not a terminal
        f"s{sid}: accepted: commitment 5 open -> in_progress (version 2).\n"
        "[2/3] c1: a new finding. Accept: confirm it into the tracker; reject: dismiss it.\n"
        "  Commitment 1: commitment, open; France\n"
        "  Action:   train 7,000 soldiers\n"
        "  Deadline: by 2024\n"
        '            "France will train 7,000 soldiers by 2024."\n'
        f"  Source:   {articles / 'a.txt'}\n"
        "            rule fake.will, confidence 0.80\n"
        f"{ASK}"
        "Answer a (accept), r (reject), s (skip) or q (quit).\n"
        f"{ASK}"
        "c1: dismissed (commitment 1: open -> dismissed, version 2).\n"
        "[3/3] c2: a new finding. Accept: confirm it into the tracker; reject: dismiss it.\n"
        "  Commitment 2: commitment, open; Sebastien Lecornu\n"
        "  Action:   visit Kyiv\n"
        '            "Lecornu will visit Kyiv."\n'
        f"  Source:   {articles / 'a.txt'}\n"
        "            rule fake.will, confidence 0.80\n"
        f"{ASK}"
        "Reviewed 2 of 3 items: 1 accepted, 1 rejected, 0 skipped.\n")
    state = review_state(db_path)
    assert (state[5], state[1], state[2]) == (("in_progress", "confirmed", 2), ("dismissed", "dismissed", 2),
                                              ("open", "unreviewed", 1))


def test_interactive_review_skips_ends_with_the_input_and_goes_on_after_an_error(t: Invoke, db_path: Path) -> None:
    sid = suggest_status(db_path, 1, "fulfilled", "France has trained them.", url=None,
                         created=datetime(2020, 1, 1, tzinfo=timezone.utc))
    ok(t("update", "1", "-s", "fulfilled", "--by", "ann"))  # meanwhile: the suggestion's status holds already
    result = ok(t("review", "--interactive", input="a\ns\n"))
    assert result.stderr == "Error: commitment 1 is already fulfilled; nothing to change\n"
    assert result.stdout.endswith("Reviewed 0 of 5 items: 0 accepted, 0 rejected, 1 skipped.\n")
    assert queue_items(t("review", "-f", "json"))[:1] == [f"s{sid}"]  # still waiting: reject it
    nothing = ok(t("review", "--interactive", "--type", "merge"))
    assert (nothing.stdout, nothing.stderr) == ("", "Nothing to review.\n")


# --- edit ---------------------------------------------------------------------------------------------


def test_edit_logs_each_field_and_bumps_the_version_once(t: Invoke, db_path: Path) -> None:
    result = ok(t("edit", "1", "--action", "train 8,000 soldiers", "--deadline", "by 2026", "--amount",
                  "8,000 soldiers", "--kind", "pledge", "--by", "ann", "--note", "the ministry's correction",
                  "--if-version", "1"))
    assert result.stdout == ("Commitment 1: action 'train 7,000 soldiers' -> 'train 8,000 soldiers'.\n"
                             "Commitment 1: kind 'commitment' -> 'pledge'.\n"
                             "Commitment 1: deadline 'by 2024' -> 'by 2026'.\n"
                             "Commitment 1: amount (none) -> '8,000 soldiers'.\n"
                             "Commitment 1: version 2.\n")
    detail = json.loads(ok(t("show", "1", "-f", "json")).stdout)
    assert {k: detail[k] for k in ("kind", "action", "amount", "amount_value", "unit", "deadline", "deadline_date",
                                   "version")} == {
        "kind": "pledge", "action": "train 8,000 soldiers", "amount": "8,000 soldiers", "amount_value": 8000.0,
        "unit": "soldiers", "deadline": "by 2026", "deadline_date": "2026-12-31", "version": 2}
    assert [(e["action"], e["old"], e["new"], e["by"]) for e in detail["edits"]] == [
        ("edit:action", "train 7,000 soldiers", "train 8,000 soldiers", "ann"),
        ("edit:kind", "commitment", "pledge", "ann"), ("edit:deadline", "by 2024", "by 2026", "ann"),
        ("edit:amount", None, "8,000 soldiers", "ann")]
    assert detail["mentions"][0]["sentence"] == "France will train 7,000 soldiers by 2024."  # the source stays
    result = ok(t("edit", "1", "--deadline", "2027-06-30", "--amount", "", "--actor", "Kyiv", "--by", "bob"))
    assert result.stdout == ("Commitment 1: actor 'France' -> 'Ukraine'.\n"
                             "Commitment 1: deadline 'by 2026' -> '2027-06-30'.\n"
                             "Commitment 1: amount '8,000 soldiers' -> (none).\n"
                             "Commitment 1: version 3.\n")
    detail = json.loads(ok(t("show", "1", "-f", "json")).stdout)
    assert (detail["deadline_date"], detail["amount_value"], detail["unit"]) == ("2027-06-30", None, None)
    assert [a["name"] for a in detail["actors"]] == ["Ukraine"]
    assert timeless(ok(t("show", "1")).stdout).split("History:\n")[1] == (
        "  T  found: open\n"
        '  T  action: "train 7,000 soldiers" -> "train 8,000 soldiers", by ann\n'
        "      note: the ministry's correction\n"
        '  T  kind: "commitment" -> "pledge", by ann\n'
        "      note: the ministry's correction\n"
        '  T  deadline: "by 2024" -> "by 2026", by ann\n'
        "      note: the ministry's correction\n"
        '  T  amount: (none) -> "8,000 soldiers", by ann\n'
        "      note: the ministry's correction\n"
        '  T  actor: "France" -> "Ukraine", by bob\n'
        '  T  deadline: "by 2026" -> "2027-06-30", by bob\n'
        '  T  amount: "8,000 soldiers" -> (none), by bob\n')


def test_edit_actor_keeps_the_other_actors_and_makes_a_new_one_when_unknown(t: Invoke) -> None:
    assert ok(t("edit", "3", "--actor", "France")).stdout == (
        "Commitment 3: actor 'Ukraine' -> 'France'.\nCommitment 3: version 2.\n")
    assert [a["name"] for a in json.loads(ok(t("show", "3", "-f", "json")).stdout)["actors"]] == ["France"]
    ok(t("edit", "2", "--actor", "Ministry of Armed Forces"))
    assert [a["name"] for a in json.loads(ok(t("show", "2", "-f", "json")).stdout)["actors"]] == [
        "Ministry of Armed Forces"]
    assert "Ministry of Armed Forces" in [r["name"] for r in rows(t("actors", "-f", "json"))]


def test_edit_bad_input_is_one_line_and_changes_nothing(t: Invoke, db_path: Path) -> None:
    before = review_state(db_path)
    one_line_error(t("edit", "1"), "nothing to edit: give one of --actor, --action")
    one_line_error(t("edit", "1", "--action", "train 7,000 soldiers"),
                   "commitment 1 already has these values; nothing to change")
    one_line_error(t("edit", "1", "--action", " "), "--action: the value is empty")
    one_line_error(t("edit", "1", "--actor", "", "--action", "x"), "--actor: the value is empty")
    one_line_error(t("edit", "99", "--action", "x"), "no commitment with id 99")
    one_line_error(t("edit", "1", "--action", "x", "--if-version", "4"), "commitment 1 is at version 1, not 4")
    one_line_error(t("edit", "1", "--deadline", "2027-02-30"), "--deadline: invalid date '2027-02-30'")
    result = t("edit", "1", "--kind", "wish")
    assert result.exit_code == 2 and "wish" in result.stderr  # Typer names the choices
    assert review_state(db_path) == before


# --- add ----------------------------------------------------------------------------------------------


def test_add_with_a_new_source(t: Invoke, db_path: Path) -> None:
    result = ok(t("add", "--actor", "Kyiv", "--action", "rebuild the Irpin bridge", "--sentence",
                  "Ukraine will rebuild the Irpin bridge within two years.", "--source",
                  "https://example.org/irpin", "--publisher", "Kyiv Herald", "--date", "2024-05-01",
                  "--deadline", "within two years", "--amount", "$40 million", "--by", "ann", "--note",
                  "heard on the radio, then found in print"))
    assert result.stdout == "Added commitment 6 (confirmed), stated in new document 4.\n"
    assert timeless(ok(t("show", "6")).stdout) == (
        "Commitment 6: commitment, open (Not yet rated), version 1\n"
        "  Actor:    Ukraine (country)\n"
        "  Action:   rebuild the Irpin bridge\n"
        "  Amount:   $40 million (USD)\n"
        "  Deadline: within two years (2026-05-01)\n"
        "\n"
        "Sources (1): 1 document, said 2024-05-01\n"
        "  [1] Kyiv Herald, 2024-05-01\n"
        "      https://example.org/irpin\n"
        '      "Ukraine will rebuild the Irpin bridge within two years."\n'
        "      said 2024-05-01, rule person.added, confidence 1.00, characters 0-55\n"
        "\n"
        "History:\n"
        "  T  added: open, confirmed, by ann\n"
        "      note: heard on the radio, then found in print\n")
    assert review_state(db_path)[6] == ("open", "confirmed", 1)
    assert "c6" not in queue_items(t("review", "-f", "json"))
    assert [r["id"] for r in rows(t("list", "--actor", "Ukraine", "-f", "json"))] == [3, 6]
    assert [r["id"] for r in rows(t("list", "--search", "Irpin", "-f", "json"))] == [6]  # full-text indexed
    # the same sentence again (another commitment in it): its document is reused, the text stored once
    assert ok(t("add", "--actor", "Ukraine", "--action", "spend $40 million", "--sentence",
                "Ukraine will rebuild the Irpin bridge within two years.", "--source",
                "https://example.org/irpin")).stdout == "Added commitment 7 (confirmed), stated in document 4.\n"


def test_add_in_a_stored_document_points_into_its_text(t: Invoke, db_path: Path) -> None:
    result = ok(t("add", "--actor", "Acme", "--action", "open a plant", "--kind", "pledge", "--sentence",
                  "Acme plans to\nopen a plant.", "--document", "2", "--by", "cy"))
    assert result.stdout == "Added commitment 6 (confirmed), stated in document 2.\n"
    mention = json.loads(ok(t("show", "6", "-f", "json")).stdout)["mentions"][0]
    with _session(db_path) as s:
        text = s.get(DocumentRow, 2).text  # type: ignore[union-attr]
    assert text[mention["start"]:mention["end"]] == mention["sentence"] == "Acme plans to open a plant."
    assert (mention["rule"], mention["document"]["id"]) == ("person.added", 2)


def test_add_bad_input_is_one_line_and_stores_nothing(t: Invoke, db_path: Path) -> None:
    base = ["add", "--actor", "France", "--action", "build dams", "--sentence", "France will build dams."]
    one_line_error(t(*base), "give the source: --source URL (a new document) or --document ID")
    one_line_error(t(*base, "--source", "https://example.org/d", "--document", "1"), "not both")
    one_line_error(t(*base, "--source", "example.org/d"), "invalid evidence URL 'example.org/d'")
    one_line_error(t(*base, "--document", "1"), "--sentence: not found in the text of document 1")
    one_line_error(t(*base, "--document", "nope"), "--document: no document with id or external id 'nope'")
    one_line_error(t(*base, "--source", "https://example.org/d", "--date", "2024-13-01"),
                   "--date: invalid date '2024-13-01'")
    one_line_error(t(*base[:4], "", "--sentence", "x.", "--source", "https://example.org/d"),
                   "--action: the action is empty")
    one_line_error(t(*base, "--document", "1", "--publisher", "X"), "--publisher and --title describe a new document")
    assert len(review_state(db_path)) == 5
    with _session(db_path) as s:
        assert len(s.scalars(select(DocumentRow)).all()) == 3


# --- update: several ids, evidence alone --------------------------------------------------------------


def test_update_several_commitments_all_or_none(t: Invoke, db_path: Path) -> None:
    result = ok(t("update", "1", "3", "--status", "in_progress", "--evidence", "https://example.org/budget",
                  "--note", "in the budget", "--by", "ann"))
    assert result.stdout == ("Commitment 1: open -> in_progress (version 2).\n"
                             "Commitment 3: open -> in_progress (version 2).\n")
    assert review_state(db_path)[1] == ("in_progress", "confirmed", 2)  # rating it vouches for it
    before = review_state(db_path)
    one_line_error(t("update", "2", "3", "-s", "in_progress"),
                   "commitment 3 is already in_progress; nothing to change (nothing was changed)")
    one_line_error(t("update", "2", "99", "-s", "stalled"), "no commitment with id 99 (nothing was changed)")
    one_line_error(t("update", "2", "2", "-s", "stalled"), "commitment 2 given twice")
    one_line_error(t("update", "2", "4", "-s", "stalled", "--if-version", "1"),
                   "--if-version applies to one commitment; give one id")
    one_line_error(t("update", "2"), "nothing to do: give --status, or --evidence URL")
    assert review_state(db_path) == before


def test_evidence_without_a_status_change(t: Invoke, db_path: Path) -> None:
    result = ok(t("update", "3", "5", "--evidence", "https://example.org/fund", "--note", "the fund's first report",
                  "--by", "bob"))
    assert result.stdout == ("Commitment 3: evidence attached (version 2).\n"
                             "Commitment 5: evidence attached (version 2).\n")
    assert review_state(db_path)[3] == ("open", "unreviewed", 2)
    detail = json.loads(ok(t("show", "3", "-f", "json")).stdout)
    assert detail["history"] == []
    assert [(e["action"], e["evidence_url"], e["note"], e["by"]) for e in detail["edits"]] == [
        ("evidence", "https://example.org/fund", "the fund's first report", "bob")]
    one_line_error(t("update", "3", "--evidence", "https://example.org/x", "--if-version", "1"),
                   "commitment 3 is at version 2, not 1")
    one_line_error(t("update", "3", "--evidence", "ftp://example.org/x"), "invalid evidence URL")


def test_show_gives_status_changes_and_corrections_in_time_order(t: Invoke, db_path: Path) -> None:
    ok(t("review", "accept", "c5", "--by", "ann"))
    ok(t("update", "5", "-s", "in_progress", "--by", "bob", "--note", "first convoy"))
    ok(t("edit", "5", "--target", "Ukraine", "--by", "cy"))
    ok(t("update", "5", "--evidence", "https://example.org/convoy", "--by", "dee"))
    ok(t("update", "5", "-s", "fulfilled", "--by", "bob", "--evidence", "https://example.org/all"))
    assert timeless(ok(t("show", "5")).stdout).split("History:\n")[1] == (
        "  T  found: open\n"
        "  T  review: unreviewed -> confirmed, by ann\n"
        "  T  open -> in_progress, by bob\n"
        "      note: first convoy\n"
        '  T  target: (none) -> "Ukraine", by cy\n'
        "  T  evidence attached, by dee\n"
        "      evidence: https://example.org/convoy\n"
        "  T  in_progress -> fulfilled, by bob\n"
        "      evidence: https://example.org/all\n")
    with _session(db_path) as s:  # one row per decision, each where it belongs
        assert len(s.scalars(select(StatusChange).where(StatusChange.commitment_id == 5)).all()) == 2
        assert [e.action for e in s.scalars(select(CommitmentEdit).where(CommitmentEdit.commitment_id == 5)
                                            .order_by(CommitmentEdit.id))] == ["review", "edit:target", "evidence"]
    assert review_state(db_path)[5] == ("fulfilled", "confirmed", 6)


# --- PostgreSQL ---------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_review_edit_add_and_update_on_postgresql(pg_url: str, run: Invoke, articles: Path,
                                                  fake_engine: Any) -> None:
    def pg(*args: str, input: str | None = None) -> Any:
        return run(*args, "--db", pg_url, input=input)

    ok(pg("ingest", str(articles)))
    engine = db.open_database(pg_url)
    with Session(engine) as s, s.begin():
        document = DocumentRow(publisher="Courier", url="https://example.org/p", text="Acme opened the plant.",
                               content_hash="pg-claim")
        s.add(document)
        s.flush()
        claim = ClaimRow(document_id=document.id, outcome="delivered", sentence=document.text, start=0,
                         end=len(document.text), rule="claim.test", confidence=0.7)
        s.add(claim)
        s.flush()
        s.add(Suggestion(kind="status", commitment_id=4, to_status="fulfilled", claim_id=claim.id, score=0.7,
                         created_at=datetime(2020, 1, 1, tzinfo=timezone.utc)))
    engine.dispose()
    assert [r["item"] for r in rows(pg("review", "--actor", "Acme", "-f", "json"))] == ["s1", "c4"]
    assert ok(pg("review", "--interactive", "--actor", "Acme", "--by", "ann", input="a\n")).stdout.endswith(
        "Reviewed 1 of 2 items: 1 accepted, 0 rejected, 0 skipped; 1 settled meanwhile.\n")  # s1 confirmed c4
    one_line_error(pg("review", "accept", "c4"), "c4: commitment 4 is already confirmed")
    assert ok(pg("edit", "1", "--deadline", "by 2030", "--by", "bob")).stdout == (
        "Commitment 1: deadline 'by 2024' -> 'by 2030'.\nCommitment 1: version 2.\n")
    assert ok(pg("update", "1", "2", "-s", "stalled")).stdout == (
        "Commitment 1: open -> stalled (version 3).\nCommitment 2: open -> stalled (version 2).\n")
    ok(pg("add", "--actor", "France", "--action", "send tanks", "--sentence", "Paris will send tanks.",
          "--document", "3"))
    detail = json.loads(ok(pg("show", "4", "-f", "json")).stdout)
    assert (detail["status"], detail["history"][0]["evidence_url"]) == ("fulfilled", "https://example.org/p")
    assert [e["action"] for e in json.loads(ok(pg("show", "1", "-f", "json")).stdout)["edits"]] == [
        "edit:deadline", "review"]
    assert "  T  added: open, confirmed, by " in timeless(ok(pg("show", "6")).stdout)


# --- reprocess keeps what people decided ------------------------------------------------------------


def test_reprocess_keeps_corrections_reviews_and_added_commitments(t: Invoke, db_path: Path, seams: Any) -> None:
    from tests.conftest import FakeExtractor

    ok(t("edit", "1", "--action", "train 8,000 soldiers", "--deadline", "by 2026", "--by", "ann"))
    ok(t("edit", "3", "--actor", "France", "--by", "ann"))
    ok(t("review", "accept", "c2", "--by", "ann"))
    ok(t("add", "--actor", "France", "--action", "send tanks soon", "--sentence", "Paris will send tanks.",
         "--document", "3", "--by", "ann"))

    class Forgetful(FakeExtractor):
        """Rules that no longer find the visit (2) nor the plant (4)."""

        def extract(self, doc: Any) -> list[Any]:
            return [f for f in super().extract(doc) if f.action not in ("visit Kyiv", "open a plant")]

    seams.extractor = Forgetful
    result = ok(t("reprocess"))
    assert result.stdout == ("Read 3 documents again.\n"
                             "Findings: 0 added, 0 updated, 3 unchanged, 2 vanished.\n"
                             "Vanished: 1 kept because rated, now marked stale (commitments 2); "
                             "1 removed (nobody had rated them).\n")
    detail = json.loads(ok(t("show", "1", "-f", "json")).stdout)
    assert (detail["action"], detail["deadline"], detail["deadline_date"]) == (
        "train 8,000 soldiers", "by 2026", "2026-12-31")
    assert [a["name"] for a in json.loads(ok(t("show", "3", "-f", "json")).stdout)["actors"]] == ["France"]
    added = json.loads(ok(t("show", "6", "-f", "json")).stdout)
    assert (added["mentions"][0]["stale_since"], added["action"]) == (None, "send tanks soon")
    assert sorted(review_state(db_path)) == [1, 2, 3, 5, 6]  # 4, unreviewed and unfound, went


def test_review_listing_bad_input_is_one_line(t: Invoke, run: Invoke, workdir: Path) -> None:
    one_line_error(t("review", "--since", "2024-02-30"), "--since: invalid date '2024-02-30' (expected YYYY-MM-DD)")
    one_line_error(t("review", "--kind", "wish"), "unknown kind 'wish'; valid: pledge, commitment, intention")
    result = t("review", "--type", "claims")
    assert result.exit_code == 2 and "claims" in result.stderr  # Typer names the choices
    one_line_error(run("review", "--db", str(workdir / "none.db")), "no database at")
    one_line_error(run("review", "accept", "c1", "--db", str(workdir / "none.db")), "no database at")
    one_line_error(run("edit", "1", "--action", "x", "--db", str(workdir / "none.db")), "no database at")
    assert not (workdir / "none.db").exists()


def test_interactive_review_shows_both_commitments_of_a_merge(t: Invoke, db_path: Path, articles: Path) -> None:
    sid = suggest_merge(db_path, 3, 5)
    result = ok(t("review", "--interactive", "--type", "merge", input="s\n"))
    assert result.stdout == (
        f"[1/1] s{sid}: a suggested merge (score 0.90). Accept: merge commitment 5 into 3.\n"
        "  Keep 3:   pledge, open; Ukraine, France\n"
        "  Action:   build a fund\n"
        '            "Ukraine and France pledged to build a fund."\n'
        f"  Source:   {articles / 'b.md'}\n"
        "            rule fake.pledge, confidence 0.90\n"
        "  Merge 5:  commitment, open; France\n"
        "  Action:   send tanks\n"
        '            "Paris will send tanks."\n'
        f"  Source:   {articles / 'c.txt'}\n"
        "            rule fake.will, confidence 0.80\n"
        "  Why:      match.test: same actor, action alike\n"
        f"{ASK}"
        "Reviewed 0 of 1 item: 0 accepted, 0 rejected, 1 skipped.\n")
    with _session(db_path) as s:
        assert s.get(Suggestion, sid).state == "pending"  # type: ignore[union-attr]
