"""Read extraction as a user would: ingest a slice of a corpus (dev docs excluded) and print N random findings to read.

usage: python benchmarks/sample_findings.py TRACKER {bbc|congress} N SEED OUT.md [--keep-db PATH]
TRACKER: the tracker executable to measure (e.g. .venv/bin/tracker)
bbc = BBC politics + business; congress = first 1500 docs of the Congress sample.
"""
import gzip, json, os, random, subprocess, sys, tempfile, sqlite3

tracker, corpus, n, seed, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
keep = sys.argv[sys.argv.index("--keep-db") + 1] if "--keep-db" in sys.argv else None
S = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "shared")  # ../shared beside the project
dev = {json.loads(l)["id"] for l in gzip.open(f"{S}/eval/dev-docs.jsonl.gz", "rt")}
rows = []
if corpus == "bbc":
    for l in gzip.open(f"{S}/corpora/bbc.jsonl.gz", "rt"):
        d = json.loads(l)
        if d["id"].split("/")[1] in ("politics", "business") and d["id"] not in dev:
            rows.append(d)
else:
    for l in gzip.open(f"{S}/corpora/congress-sample.jsonl.gz", "rt"):
        d = json.loads(l)
        if d["id"] not in dev:
            rows.append(d)
        if len(rows) >= 1500:
            break
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "in.jsonl")
with open(src, "w") as f:
    for d in rows:
        f.write(json.dumps(d) + "\n")
db = keep or os.path.join(tmp, "t.db")
if os.path.exists(db):
    os.remove(db)
subprocess.run([tracker, "ingest", src, "--db", db], check=True, stdout=subprocess.DEVNULL)
con = sqlite3.connect(db)
# every actor bound, in order, as `tracker list` shows them ("TCI; Atticus"), not only the first
q = """select c.id, c.kind,
(select group_concat(name, '; ') from (select a.name from commitment_actors ca join actors a on a.id=ca.actor_id
 where ca.commitment_id=c.id order by ca.position)),
(select a.type from commitment_actors ca join actors a on a.id=ca.actor_id where ca.commitment_id=c.id and ca.position=0),
m.speaker, m.sentence, m.rule, d.external_id, m.start, d.text, c.action
from commitments c join mentions m on m.commitment_id=c.id join documents d on d.id=m.document_id"""
allrows = con.execute(q).fetchall()
random.Random(seed).shuffle(allrows)
with open(out, "w") as f:
    f.write(f"# {len(allrows)} findings in all; {n} random (seed {seed})\n\n")
    for i, (cid, kind, actor, atype, speaker, sent, rule, ext, start, text, action) in enumerate(allrows[:n], 1):
        ctx = text[max(0, start - 400):start]
        f.write(f"## {i}. {ext}  kind={kind} actor={actor!r} ({atype}) speaker={speaker!r} rule={rule}\n")
        f.write(f"action: {action}\n\ncontext before: ...{ctx!r}\n\nSENTENCE: {sent}\n\n")
print(len(allrows), "findings;", out)
