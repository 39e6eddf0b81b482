"""How well the matcher tells the same pledge from another: precision and recall of its
SAME verdict, and of SAME-or-SUGGEST, on pairs of findings labelled by reading.

usage: python benchmarks/match_pairs.py [--pairs benchmarks/pairs/labelled.jsonl] [--corpora DIR] [--sweep]

The pairs file holds references only (corpus, document id, the character offsets of each
sentence, the label "same"/"different", why, and the half it belongs to: "tune" or
"test"), never the corpus text. This script reads the documents from the corpora
(default ../shared/corpora beside the project), runs the built-in extractor on them, and
takes each side's finding at those offsets: its actor (canonical name, standing in for the
resolved actor id), action, target, amount, deadline and negation make the Pledge.

How the pairs were made (benchmarks/pairs/README.md): findings of the BBC corpus and of
the first 4,000 Congress press releases, paired four ways (same actor with similar
actions across the score range; random pairs of one actor; similar actions of different
actors; one actor, the same first verb, different amounts or targets), then each pair
labelled by reading both sentences. ``--sweep`` prints F1 by threshold on the tune half.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.extract import Document  # noqa: E402
from tracker.extract.engine import Extractor  # noqa: E402
from tracker.storage import matching  # noqa: E402
from tracker.storage.grouping import pledge_of  # noqa: E402

FILES = {"bbc": "bbc.jsonl.gz", "congress": "congress-sample.jsonl.gz", "reuters": "reuters21578.jsonl.gz"}


def load_documents(corpora: Path, wanted: dict[str, set[str]]) -> dict[tuple[str, str], Document]:
    out = {}
    for corpus, ids in wanted.items():
        with gzip.open(corpora / FILES[corpus], "rt", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["id"] in ids and (corpus, row["id"]) not in out:
                    published = date.fromisoformat(row["date"][:10]) if row.get("date") else None
                    out[corpus, row["id"]] = Document(row["id"], row["text"], row.get("title"), row.get("source"),
                                                      published)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=Path, default=ROOT / "benchmarks" / "pairs" / "labelled.jsonl")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    pairs = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted: dict[str, set[str]] = {}
    for p in pairs:
        for side in (p["a"], p["b"]):
            wanted.setdefault(side["corpus"], set()).add(side["doc"])
    documents = load_documents(args.corpora, wanted)
    extractor = Extractor.load()
    findings = {key: {(f.start, f.end): f for f in extractor.extract(doc)} for key, doc in documents.items()}
    actor_ids: dict[str, int] = {}

    def pledge(side: dict) -> matching.Pledge | None:
        f = findings.get((side["corpus"], side["doc"]), {}).get((side["start"], side["end"]))
        if f is None:
            return None
        actor = actor_ids.setdefault(f.actor, len(actor_ids)) if f.actor else None
        return pledge_of(actor, {"action": f.action, "amount_value": f.amount_value, "unit": f.unit,
                                 "deadline_date": f.deadline_date, "negated": f.negated, "target": f.target})

    scored = []
    missing = 0
    for p in pairs:
        a, b = pledge(p["a"]), pledge(p["b"])
        if a is None or b is None:
            missing += 1
            continue
        verdict = matching.compare(a, b)
        scored.append((p, verdict))
    print(f"{len(pairs)} pairs ({sum(p['label'] == 'same' for p in pairs)} labelled same); "
          f"{missing} not found by the current extractor, left out")
    print(f"thresholds: SAME {matching.SAME}, SUGGEST {matching.SUGGEST}")
    for half in ("tune", "test", None):
        rows = [(p, v) for p, v in scored if half is None or p["split"] == half]
        print(f"\n{half or 'all'}: {len(rows)} pairs, {sum(p['label'] == 'same' for p, _ in rows)} same")
        for name, threshold in (("SAME", matching.SAME), ("SAME-or-SUGGEST", matching.SUGGEST)):
            tp = sum(1 for p, v in rows if v.score >= threshold and p["label"] == "same")
            fp = sum(1 for p, v in rows if v.score >= threshold and p["label"] != "same")
            fn = sum(1 for p, v in rows if v.score < threshold and p["label"] == "same")
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            print(f"  {name:16} precision {precision:.2f} ({tp}/{tp + fp})  recall {recall:.2f} ({tp}/{tp + fn})")
    wrong = [(p, v) for p, v in scored if (v.score >= matching.SAME) != (p["label"] == "same")]
    print(f"\nSAME verdicts that disagree with the label ({len(wrong)}):")
    for p, v in wrong:
        print(f"  pair {p['id']:>3} [{p['split']}] label {p['label']:9} score {v.score:.2f} {v.reason}: {p['note']}")
    if args.sweep:
        tune = [(p, v) for p, v in scored if p["split"] == "tune"]
        print("\nF1 of SAME on the tune half by threshold:")
        for t in [x / 100 for x in range(50, 100, 5)]:
            tp = sum(1 for p, v in tune if v.score >= t and p["label"] == "same")
            fp = sum(1 for p, v in tune if v.score >= t and p["label"] != "same")
            fn = sum(1 for p, v in tune if v.score < t and p["label"] == "same")
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            print(f"  {t:.2f}: F1 {f1:.2f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
