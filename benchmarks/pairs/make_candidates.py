"""Draw candidate pairs of findings to label (see README.md here).

usage: python benchmarks/pairs/make_candidates.py BBC_FINDINGS.jsonl CONGRESS_FINDINGS.jsonl OUT.jsonl
(the findings: `tracker extract CORPUS --format jsonl`; OUT holds the texts to read: keep it out of the repository)
"""
import json, random, collections, sys
sys.path.insert(0, '.')
from tracker.storage.matching import normalise_action, action_score
random.seed(7)
rows = []
for corpus, path in (("bbc", sys.argv[1]), ("congress", sys.argv[2])):
    for l in open(path):
        r = json.loads(l); r["corpus"] = corpus
        if r["actor"] and r["action"] and r["kind"] in ("pledge","commitment","intention"):
            rows.append(r)
by = collections.defaultdict(list)
for i, r in enumerate(rows): by[r["actor"]].append(i)
def sc(a, b):
    return action_score(normalise_action(rows[a]["action"]), normalise_action(rows[b]["action"]))
same_actor = []
for actor, idx in by.items():
    for x in range(len(idx)):
        for y in range(x+1, len(idx)):
            a, b = idx[x], idx[y]
            if rows[a]["sentence"] == rows[b]["sentence"]: continue
            same_actor.append((sc(a,b), a, b))
same_actor.sort(reverse=True)
print("same-actor pairs", len(same_actor), file=sys.stderr)
hi = [p for p in same_actor if p[0] >= 0.45]
print("hi", len(hi), file=sys.stderr)
out = []
# S: same actor, similar action (all above 0.45, capped)
top = [p for p in hi if p[0] >= 0.75]
mid = [p for p in hi if 0.55 <= p[0] < 0.75]
low = [p for p in hi if p[0] < 0.55]
pick = top[::max(1, len(top)//45)][:45] + random.sample(mid, 45) + random.sample(low, 20)
for s, a, b in pick:
    out.append(("similar_same_actor", a, b))
# D1: random same-actor pairs
for s, a, b in random.sample([p for p in same_actor if p[0] < 0.45], 40):
    out.append(("random_same_actor", a, b))
# D2: same words, other actor
other = []
idx = list(range(len(rows)))
norm = [normalise_action(r["action"]) for r in rows]
from rapidfuzz import process, fuzz
for a in random.sample(idx, 600):
    res = process.extract(norm[a], norm, scorer=fuzz.token_sort_ratio, limit=5)
    for _, score, b in res:
        if b != a and rows[b]["actor"] != rows[a]["actor"] and score >= 60:
            other.append((score, a, b)); break
other.sort(reverse=True)
for s, a, b in other[:30]:
    out.append(("similar_other_actor", a, b))
# D3: same actor, same first word, different amount/target
d3 = []
for s, a, b in same_actor:
    ra, rb = rows[a], rows[b]
    na, nb = norm[a].split(), norm[b].split()
    if na and nb and na[0] == nb[0] and ((ra["amount"] and rb["amount"] and ra["amount"] != rb["amount"]) or (ra["target"] and rb["target"] and ra["target"] != rb["target"])):
        d3.append((s, a, b))
seen = {(a, b) for _, a, b in out}
for s, a, b in d3:
    if (a, b) not in seen and len([o for o in out if o[0]=="same_verb_other_amount_target"]) < 30:
        out.append(("same_verb_other_amount_target", a, b)); seen.add((a,b))
with open(sys.argv[3], "w") as f:
    for n, (cat, a, b) in enumerate(out):
        ra, rb = rows[a], rows[b]
        f.write(json.dumps({"n": n, "category": cat, "score": round(sc(a,b),2),
          "a": {"corpus": ra["corpus"], "doc": ra["doc_id"], "start": ra["start"], "end": ra["end"]},
          "b": {"corpus": rb["corpus"], "doc": rb["doc_id"], "start": rb["start"], "end": rb["end"]},
          "ta": f'{ra["actor"]} | {ra["action"]} | T={ra["target"]} A={ra["amount"]} D={ra["deadline_date"]}',
          "tb": f'{rb["actor"]} | {rb["action"]} | T={rb["target"]} A={rb["amount"]} D={rb["deadline_date"]}'})+"\n")
print(collections.Counter(o[0] for o in out), file=sys.stderr)
