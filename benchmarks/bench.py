"""Speed and scale benchmark: every figure of the "ingest a year of news" issue, in one run.

    .venv/bin/pip install -e '.[bench]'          # spaCy, the peer measured in the same run
    .venv/bin/python benchmarks/bench.py --corpus ../shared/corpora/congress-sample.jsonl.gz --runs 3
    .venv/bin/python benchmarks/bench.py --quick  # the first 3,000 documents, for a quick look

Every figure is a whole `tracker` command run as a subprocess (start-up included), the
median of --runs runs, with min and max, its target and PASS/FAIL. Prints the machine
first; --readme README.md writes the table into the README's Benchmarks section.

Figures: extract MB/s on one core (pinned) and the spaCy peer on the same core and text
(blank English + sentencizer + a Matcher of cue words: only the sentence-and-cue part);
extract --workers 2 and its speed-up (output must be identical); ingest MB/s into a new
SQLite database (default workers) and its peak memory at two corpus sizes (the sum of
the RSS of the tracker process and its workers, sampled, and the largest single process
from wait4); re-ingest MB/s; list/show times on a 1,000,000-commitment database built by
benchmarks/build_big_db.py.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRACKER = [sys.executable, "-m", "tracker.cli"]
CUES = ["will", "pledge", "pledged", "pledges", "promise", "promised", "promises", "commit", "committed",
        "commits", "plan", "plans", "planned", "intend", "intends", "vow", "vowed", "vows", "aim", "aims",
        "shall", "going to", "expect", "expects", "agree", "agreed", "announce", "announced"]


@dataclass
class Figure:
    name: str
    values: list[float]
    unit: str
    target: str
    passed: bool | None  # None: informative, no target

    def row(self) -> str:
        med = statistics.median(self.values)
        verdict = {True: "PASS", False: "FAIL", None: ""}[self.passed]
        spread = f"{min(self.values):.3g}–{max(self.values):.3g}" if len(self.values) > 1 else ""
        return f"| {self.name} | {med:.3g} {self.unit} | {spread} | {self.target} | {verdict} |"


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def subset(corpus: Path, docs: int | None, folder: Path) -> tuple[Path, int, int]:
    """The first ``docs`` documents as a .jsonl.gz; (path, documents, bytes of text)."""
    out = folder / f"corpus-{docs or 'all'}.jsonl.gz"
    n = size = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(out, "wt", encoding="utf-8", compresslevel=1) as dst:
        for line in src:
            if docs is not None and n >= docs:
                break
            text = json.loads(line).get("text") or ""
            if text.strip():
                n += 1
                size += len(text.encode("utf-8"))
                dst.write(line)
    return out, n, size


def run(args: list[str], *, one_core: bool = False, stdout: Path | None = None) -> tuple[float, int, int]:
    """Run a command; (seconds, max RSS of any process in its tree in bytes (wait4),
    peak of the summed RSS of the process and its children, sampled every 50 ms)."""
    preexec = (lambda: os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})) if one_core else None
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=out, stderr=subprocess.PIPE, preexec_fn=preexec, cwd=ROOT)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    err = proc.stderr.read().decode() if proc.stderr else ""
    if stdout:
        out.close()  # type: ignore[union-attr]
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{err}")
    proc.returncode = 0
    return seconds, usage.ru_maxrss * 1024, peak[0]


def tree_rss(pid: int) -> int:
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            pids += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except (OSError, ValueError):
            pass
    return total


def spacy_peer(corpus: Path) -> float:
    """Seconds for spaCy's sentence-and-cue pass over the corpus text (run in a child
    pinned to one core, like the tracker)."""
    code = f"""
import gzip, json, time, spacy
from spacy.matcher import PhraseMatcher
texts = [json.loads(l)["text"] for l in gzip.open({str(corpus)!r}, "rt", encoding="utf-8")]
nlp = spacy.blank("en"); nlp.add_pipe("sentencizer"); nlp.max_length = 10**8
matcher = PhraseMatcher(nlp.vocab, attr="LOWER"); matcher.add("CUE", [nlp.make_doc(c) for c in {CUES!r}])
start = time.perf_counter(); hits = 0
for doc in nlp.pipe(texts, batch_size=64):
    cued = {{doc[s].sent.start for _, s, _ in matcher(doc)}}
    hits += len(cued)
print(time.perf_counter() - start)
"""
    preexec = lambda: os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # noqa: E731
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=preexec, check=True)
    return float(out.stdout.split()[-1])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def repeat(n: int, fn: Callable[[], float]) -> list[float]:
    return [fn() for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/congress-sample.jsonl.gz")
    parser.add_argument("--docs", type=int, default=None, help="use the first N documents (default: all)")
    parser.add_argument("--quick", action="store_true", help="the first 3,000 documents")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median; at least 3)")
    parser.add_argument("--big-db", type=Path, default=Path(tempfile.gettempdir()) / "tracker-1m.db",
                        help="the 1,000,000-commitment database (built if missing)")
    parser.add_argument("--skip-spacy", action="store_true")
    parser.add_argument("--extract-only", action="store_true",
                        help="only extract on one core and the spaCy peer (the extraction speed target)")
    parser.add_argument("--queries-only", action="store_true", help="only the list/show figures on the 1M database")
    parser.add_argument("--readme", type=Path, help="write the table into this README's Benchmarks section")
    args = parser.parse_args()
    if args.queries_only and args.readme:
        parser.error("--readme needs every figure: leave out --queries-only")
    docs = 3000 if args.quick and args.docs is None else args.docs
    runs = max(3, args.runs)
    print(f"Machine: {machine()}")
    # Byte-compile the package as `pip install .` does: an editable install under
    # PYTHONDONTWRITEBYTECODE=1 (set on this machine) compiles every module again at each
    # start, 0.15-0.4 s a run that no installed copy pays (the peer's spaCy is compiled).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tracker")], check=True)
    figures: list[Figure] = []
    if not args.queries_only:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            corpus, n, size = subset(args.corpus, docs, folder)
            small, n_small, size_small = subset(args.corpus, max(1, n // 3), folder)
            mb = size / 1e6
            print(f"Corpus: {args.corpus.name}, {n:,} documents, {mb:.1f} MB of text; {runs} runs per figure")

            def extract(workers: int, one_core: bool, out: Path) -> float:
                return run([*TRACKER, "extract", str(corpus), "--workers", str(workers), "-f", "jsonl"],
                           one_core=one_core, stdout=out)[0]

            # The peer's runs alternate with the tracker's: on a shared machine the load moves
            # within a minute, and a ratio of medians taken one after the other measures it too.
            one: list[float] = []
            peer: list[float] = []
            for _ in range(runs):
                one.append(extract(1, True, folder / "w1.jsonl"))
                if not args.skip_spacy:
                    peer.append(spacy_peer(corpus))
            figures.append(Figure("extract, 1 worker, 1 core", [mb / s for s in one], "MB/s", "≥ 5 MB/s",
                                  mb / statistics.median(one) >= 5))
            if not args.skip_spacy:
                figures.append(Figure("spaCy blank en + sentencizer + cue matcher, 1 core", [mb / s for s in peer], "MB/s",
                                      "(peer)", None))
                figures.append(Figure("extract / spaCy peer", [statistics.median(peer) / statistics.median(one)], "×",
                                      "(ratio)", None))
            if args.extract_only:
                for f in figures:
                    print(f.row())
                return
            two = repeat(runs, lambda: extract(2, False, folder / "w2.jsonl"))
            same = digest(folder / "w1.jsonl") == digest(folder / "w2.jsonl")
            speedup = statistics.median(one) / statistics.median(two)
            figures.append(Figure("extract, --workers 2", [mb / s for s in two], "MB/s", "", None))
            figures.append(Figure(f"speed-up of 2 workers (output identical: {'yes' if same else 'NO'})", [speedup], "×",
                                  "≈ 2× (≥ 1.7×), identical", same and speedup >= 1.7))

            def ingest(path: Path) -> tuple[float, int, int]:
                db = folder / "ingest.db"
                for f in folder.glob("ingest.db*"):
                    f.unlink()
                return run([*TRACKER, "ingest", str(path), "--db", str(db)])

            results = [ingest(corpus) for _ in range(runs)]
            seconds = [r[0] for r in results]
            figures.append(Figure("ingest into a new SQLite database (default workers)", [mb / s for s in seconds], "MB/s",
                                  "≥ 3 MB/s", mb / statistics.median(seconds) >= 3))
            small_results = [ingest(small) for _ in range(runs)]
            for label, res, count in ((f"{n_small:,}", small_results, n_small), (f"{n:,}", results, n)):
                tree = [r[2] / 1e6 for r in res]
                largest = [r[1] / 1e6 for r in res]
                figures.append(Figure(f"ingest peak RSS, {label} documents: all processes (largest one)", tree, "MB",
                                      "< 300 MB", statistics.median(tree) < 300))
                figures[-1].name += f" [{statistics.median(largest):.0f} MB]"
            growth = statistics.median(r[2] for r in results) / statistics.median(r[2] for r in small_results)
            figures.append(Figure(f"peak RSS, {n:,} vs {n_small:,} documents", [growth], "×", "flat (≤ 1.2×)", growth <= 1.2))
            ingest(corpus)  # the database holds the whole corpus again (the last run was the small one)
            db = folder / "ingest.db"
            again = repeat(runs, lambda: run([*TRACKER, "ingest", str(corpus), "--db", str(db)])[0])
            figures.append(Figure("re-ingest the same corpus (nothing new)", [mb / s for s in again], "MB/s", "≥ 20 MB/s",
                                  mb / statistics.median(again) >= 20))

    if not args.big_db.exists():
        print(f"Building {args.big_db} ...", flush=True)
        subprocess.run([sys.executable, str(ROOT / "benchmarks/build_big_db.py"), str(args.big_db)], check=True)
    for label, command, budget in (
        ("list --actor Country3 --limit 50 (a frequent actor)", ["list", "--actor", "Country3", "--limit", "50"], 0.3),
        ("list --actor Person1900 --limit 50 (a rare one)", ["list", "--actor", "Person1900", "--limit", "50"], 0.3),
        ("list --status open --since 2019-01-01 --limit 50", ["list", "--status", "open", "--since", "2019-01-01",
                                                              "--limit", "50"], 0.3),
        ("show 777777", ["show", "777777"], 0.1),
    ):
        times = repeat(max(runs, 5), lambda: run([*TRACKER, *command, "--db", str(args.big_db)])[0])
        figures.append(Figure(f"1M commitments: tracker {label}", times, "s", f"< {budget} s",
                              statistics.median(times) < budget))

    table = ["| figure | median | min–max | target | |", "|---|---|---|---|---|", *(f.row() for f in figures)]
    print("\n".join(table))
    if args.readme:
        write_readme(args.readme, machine(), " ".join(["python benchmarks/bench.py", *sys.argv[1:]]), table)


BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def write_readme(readme: Path, where: str, command: str, table: list[str]) -> None:
    text = readme.read_text(encoding="utf-8")
    block = f"{BEGIN}\n`{command}` on {where}, {time.strftime('%Y-%m-%d')}:\n\n" + "\n".join(table) + f"\n{END}"
    if BEGIN in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.replace("## Benchmarks\n", f"## Benchmarks\n\n{block}\n", 1)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
