#!/bin/bash
# Every CLI output on the seed and the BBC corpus, to compare two versions of tracker:
#   benchmarks/snapshot_outputs.sh OLD_VENV /tmp/before; benchmarks/snapshot_outputs.sh .venv /tmp/after
#   benchmarks/snapshot_outputs.sh --compare /tmp/before /tmp/after
# Ingests into fresh databases, then saves list (jsonl, table, csv, filters), show (json
# and text) for every id, actors (all formats), rules (all formats), extract of the seed.
# The comparison masks timestamps (created_at/updated_at are the time of the ingest).
set -u
SHARED=${SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
if [ "$1" = --compare ]; then
  norm() { sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(\+00:00)?/<TS>/g'; }
  A=$2; B=$3; n=0; bad=0
  while IFS= read -r f; do
    n=$((n+1))
    if [ ! -f "$B/$f" ] || ! cmp -s <(norm < "$A/$f") <(norm < "$B/$f"); then echo "differs: $f"; bad=$((bad+1)); fi
  done < <(cd "$A" && find . -type f ! -name '*.db*' | sort)
  echo "compared $n files, $bad differ"
  [ $bad = 0 ]; exit
fi
T=$(cd "$1" && pwd)/bin/tracker; OUT=$2
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT" || exit 1
unset TRACKER_DATABASE_URL; export COLUMNS=120
$T extract "$SHARED/seeds/" --format jsonl > extract_seed.jsonl 2>extract_seed.err
for f in table json jsonl csv; do $T rules --format $f > rules.$f 2>&1; done
for name in seed bbc; do
  if [ $name = seed ]; then src=$SHARED/seeds/; else src=$SHARED/corpora/bbc.jsonl.gz; fi
  db=$OUT/$name.db; d=$OUT/$name; mkdir -p "$d/show"
  $T ingest "$src" --db "$db" > "$d/ingest.out" 2> "$d/ingest.err"
  $T list --db "$db" --format jsonl > "$d/list.jsonl" 2> "$d/list.jsonl.err"
  $T list --db "$db" > "$d/list.table" 2> "$d/list.table.err"
  $T list --db "$db" --format csv > "$d/list.csv" 2>&1
  for f in table json jsonl csv; do $T actors --db "$db" --format $f > "$d/actors.$f" 2>&1; done
  python3 -c "import json,sys; [print(json.loads(l)['id']) for l in open(sys.argv[1])]" "$d/list.jsonl" > "$d/ids"
  xargs -P 2 -I{} sh -c "'$T' show {} --db '$db' --format json > '$d/show/{}.json' 2>&1; '$T' show {} --db '$db' > '$d/show/{}.txt' 2>&1" < "$d/ids"
  $T list --db "$db" --actor France --format jsonl > "$d/list_france.jsonl" 2>&1
  $T list --db "$db" --status open --since 2004-01-01 --limit 50 --format jsonl > "$d/list_since.jsonl" 2>&1
  $T list --db "$db" --actor Nobodyxyz > "$d/list_nobody.txt" 2>&1
done
$T show 99999999 --db "$OUT/seed.db" > show_missing.txt 2>&1; echo "rc=$?" >> show_missing.txt
