"""Actor pairs one person or organisation may have split: same type, one name's words a
suffix of the other's ("Blair" / "Tony Blair"), or equal without spaces/suffixes.
usage: python benchmarks/actor_splits.py DB (a database made by sample_findings.py --keep-db)"""
import re, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
rows = con.execute("select a.id, a.name, a.type, count(ca.commitment_id) from actors a join commitment_actors ca on ca.actor_id=a.id group by a.id").fetchall()
SUF = {"inc", "corp", "corporation", "plc", "ltd", "group", "co", "company", "ag", "sa", "holdings"}
def loose(n):
    w = re.sub(r"[^\w ]", " ", n.lower()).split()
    while len(w) > 1 and w[-1] in SUF: w.pop()
    return "".join(w)
pairs = []
for i, (a, n, t, c) in enumerate(rows):
    for b, m, u, d in rows[i+1:]:
        if t != u: continue
        x, y = n.split(), m.split()
        if len(x) > len(y): x, y = y, x
        if (t == "person" and x and y[-len(x):] == x and len(x) < len(y)) or (t != "person" and loose(n) == loose(m)):
            pairs.append((n, c, m, d, t))
print(len(rows), "actors with commitments;", len(pairs), "candidate split pairs")
for p in pairs: print("  ", p)
