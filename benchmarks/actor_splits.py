"""Actor pairs one person or organisation may have split: same type, one name's words a
suffix of the other's ("Blair" / "Tony Blair"), a person's name spelled two ways (middle
initials, accents, case: "Alcee L. Hastings" / "Alcee Hastings"), a firm's name a first
word of the other's ("Qwest" / "Qwest Communications"), or equal without spaces/suffixes; and,
whatever their types (a firm or a body), an acronym and the name whose capitals it is ("OPIC" /
"Overseas Private Investment Corporation"), and two people of one surname and one parent
("Mac Thornberry" / "William Thornberry", to read: two Smiths of the House are two people).
usage: python benchmarks/actor_splits.py DB (a database made by sample_findings.py --keep-db)"""
import re, sqlite3, sys
from tracker.storage.names import variant_key
con = sqlite3.connect(sys.argv[1])
rows = con.execute("select a.id, a.name, a.type, count(ca.commitment_id) from actors a join commitment_actors ca on ca.actor_id=a.id group by a.id").fetchall()
SUF = {"inc", "corp", "corporation", "plc", "ltd", "group", "co", "company", "ag", "sa", "holdings"}
def loose(n):
    w = re.sub(r"[^\w ]", " ", n.lower()).split()
    while len(w) > 1 and w[-1] in SUF: w.pop()
    return "".join(w)
BODY = (None, "company", "organisation", "government")
parent = dict(con.execute("select a.id, p.name from actors a left join actors p on p.id = a.parent_id").fetchall())
def initials(n):
    return "".join(w[0] for w in n.split() if w[:1].isupper())
pairs = []
for i, (a, n, t, c) in enumerate(rows):
    for b, m, u, d in rows[i+1:]:
        if t in BODY and u in BODY and (re.fullmatch(r"[A-Z]{2,6}", n) and initials(m) == n
                                        or re.fullmatch(r"[A-Z]{2,6}", m) and initials(n) == m):
            pairs.append((n, c, m, d, f"{t}/{u} acronym"))
            continue
        if t == u == "person" and len(n.split()) > 1 and len(m.split()) > 1 and n.split()[-1] == m.split()[-1] \
                and n.split()[0] != m.split()[0] and parent.get(a) and parent.get(a) == parent.get(b):
            pairs.append((n, c, m, d, "person, one surname and parent: read"))
            continue
        if t != u: continue
        x, y = n.split(), m.split()
        if len(x) > len(y): x, y = y, x
        if (t == "person" and x and y[-len(x):] == x and len(x) < len(y)) or (t != "person" and loose(n) == loose(m)) \
                or (t == "person" and variant_key(n) and variant_key(n) == variant_key(m)) \
                or (t != "person" and len(x) == 1 and len(y) > 1 and y[0] == x[0]):
            pairs.append((n, c, m, d, t))
print(len(rows), "actors with commitments;", len(pairs), "candidate split pairs")
for p in pairs: print("  ", p)
