#!/usr/bin/env python3
"""The scale benchmark of BENCHMARKS.md, from a fresh clone, in one command:

    python3 bench/bench.py                       # the whole table (about an hour on 2 cores)
    python3 bench/bench.py --sizes 100,1000 --runs 3 --skip-large --skip-min-heap   # a quick look

It builds zicha.jar (mvn package -DskipTests) and the benchmark tools (bench/java: DuckDB and a rules-folder
cutter, never part of zicha.jar), generates the ledgers with bench/large_ledger.py (30 members a branch, a year
of records) and times whole `java -jar` runs under GNU time (`/usr/bin/time -v`): wall and CPU (user + system)
seconds and peak RSS, JVM start and rule compilation included. Every figure is the median of --runs runs; the
1-minute load average before each run is kept beside it, since the machine may be shared.

Measured:
- per ledger size: `validate` (read only) and `check --format json` at -Xmx2g, records and findings, and the
  smallest -Xmx (on a ladder) with which `check` still finishes, and in no more than twice the time it takes at
  -Xmx2g (a heap that only thrashes does not count);
- the same frequency checks (三会一课 and 主题党日 counts per organisation and period) as one DuckDB query over the
  same JSON, beside zicha run with only those rules (bench/java SubsetRules), and whether both find the same
  missed periods;
- cold start: `rules` (JVM start and rule compilation) and `check` of the sample ledger (all five outputs);
- a 200 MB JSON ledger and a workbook with a 200,000-row 活动 sheet, each read and checked at -Xmx512m.

Writes the tables to stdout and to bench/results/<date>.md, the raw figures to bench/results/<date>.json.
Needs: JDK 17, Maven, Python 3, GNU time (Debian package `time`).
"""
import argparse
import datetime
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "zicha.jar")
BENCH_JAVA = os.path.join(ROOT, "bench", "java")
AS_OF = "2025-12-31"
YEAR = "2025"
LADDER = ["128m", "192m", "256m", "384m", "512m", "768m", "1g", "1536m", "2g", "3g", "4g", "6g"]


def sh(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, check=True, **kw)


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def timed(cmd, work, timeout=3600):
    """One run of cmd under GNU time: wall, cpu, rss (MB), exit code, load before, stdout."""
    stats = os.path.join(work, "time.txt")
    before = load()
    p = subprocess.Popen(["/usr/bin/time", "-v", "-o", stats] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        timed_out = True
    except BaseException:
        os.killpg(p.pid, signal.SIGKILL)
        raise
    if timed_out or not os.path.exists(stats):
        return {"exit": "timeout", "wall": float(timeout), "cpu": None, "rss": None, "load": before, "out": "",
                "err": ""}
    text = open(stats).read()
    os.remove(stats)

    def field(name):
        m = re.search(re.escape(name) + r": (.*)", text)
        return m.group(1).strip() if m else None

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    parts = [float(x) for x in wall.split(":")]
    wall_s = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    return {"exit": int(field("Exit status")), "wall": wall_s,
            "cpu": float(field("User time (seconds)")) + float(field("System time (seconds)")),
            "rss": int(field("Maximum resident set size (kbytes)")) / 1024.0, "load": before,
            "out": out, "err": err}


def measure(cmd, work, runs, ok=(0, 1)):
    results = []
    for _ in range(runs):
        r = timed(cmd, work)
        results.append(r)
        if r["exit"] not in ok:
            print(f"  failed (exit {r['exit']}): {r['err'][-2000:]}", file=sys.stderr)
            break
    good = [r for r in results if r["exit"] in ok]
    if len(good) < len(results) or not good:
        return {"ok": False, "runs": len(results), "exit": results[-1]["exit"], "rss": results[-1]["rss"],
                "wall": results[-1]["wall"], "load": results[-1]["load"], "err": results[-1]["err"][-500:]}
    med = lambda k: statistics.median(r[k] for r in good)
    return {"ok": True, "runs": len(good), "wall": med("wall"), "cpu": med("cpu"), "rss": med("rss"),
            "wall_min": min(r["wall"] for r in good), "wall_max": max(r["wall"] for r in good),
            "load": med("load"), "out": good[-1]["out"]}


def java(xmx, *args):
    return ["java", f"-Xmx{xmx}", "-jar", JAR] + list(args)


def check_cmd(xmx, ledger, out, rules=None, formats="json"):
    cmd = java(xmx, "check", "--data", ledger, "--as-of", AS_OF, "--out", out)
    if formats:
        cmd += ["--format", formats]
    if rules:
        cmd += ["--rules", rules]
    return cmd


def counts(out):
    records = re.search(r"记录共 (\d+) 条", out)
    findings = re.search(r"发现问题 (\d+) 条", out)
    return (int(records.group(1)) if records else None, int(findings.group(1)) if findings else None)


def ledger(work, branches, members, regen):
    path = os.path.join(work, f"ledger-{branches}x{members}.json")
    if regen or not os.path.exists(path):
        sh([sys.executable, os.path.join(ROOT, "bench", "large_ledger.py"), str(branches), str(members), path])
    return path


def min_heap(ledger_path, work, limit_wall, works_at_2g):
    """The smallest heap on the ladder with which check finishes within limit_wall seconds."""
    lo, hi = 0, LADDER.index("6g")
    works = {LADDER.index("2g"): works_at_2g}
    if works_at_2g:
        hi = LADDER.index("2g")
    else:
        lo = LADDER.index("2g") + 1

    def probe(i):
        if i not in works:
            r = timed(check_cmd(LADDER[i], ledger_path, os.path.join(work, "minheap")), work,
                      timeout=max(60, int(limit_wall)))
            # no --fail-on, so anything but 0 is a failure (a JVM out of memory exits 1)
            works[i] = r["exit"] == 0
            print(f"  -Xmx{LADDER[i]}: {'works' if works[i] else 'fails'} ({r['exit']}, {r['wall']:.0f} s)",
                  file=sys.stderr)
        return works[i]

    if not probe(hi):
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if probe(mid):
            hi = mid
        else:
            lo = mid + 1
    return LADDER[hi]


def duckdb(ledger_path, work, runs, classpath):
    csv = os.path.join(work, "duckdb-missed.csv")
    r = measure(["java", "-cp", classpath, "org.zicha.bench.MeetingCounts", ledger_path, YEAR, csv], work, runs,
                ok=(0,))
    if r["ok"]:
        m = re.search(r"query ([\d.]+) s", r["out"])
        r["query"] = float(m.group(1)) if m else None
    return r, csv


def agree(findings_json, csv):
    duties = ("SHYK.ASSEMBLY", "SHYK.COMMITTEE", "SHYK.GROUP", "SHYK.LECTURE", "THEME_DAY")
    with open(findings_json, encoding="utf-8") as f:
        doc = json.load(f)
    found = {(f["duty"], f["orgId"], f["period"]["from"])
             for f in doc["findings"] + [e["finding"] for e in doc["exempted"]]
             if f["duty"] in duties and f["severity"] != "NOTICE"}
    with open(csv, encoding="utf-8") as f:
        next(f)
        missed = {tuple(line.strip().split(",")) for line in f if line.strip()}
    return found == missed, len(found), len(missed)


def fmt(x, digits=1):
    return "—" if x is None else f"{x:.{digits}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100,1000,3000,10000", help="branches, comma-separated")
    ap.add_argument("--members", type=int, default=30, help="members a branch")
    ap.add_argument("--runs", type=int, default=3, help="runs a figure is the median of")
    ap.add_argument("--work", default="/tmp/zicha-bench", help="where ledgers and outputs go")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--skip-large", action="store_true", help="skip the 200 MB JSON and the 200,000-row sheet")
    ap.add_argument("--skip-min-heap", action="store_true")
    ap.add_argument("--regen", action="store_true", help="generate the ledgers again")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if not args.skip_build:
        sh(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT)
        sh(["mvn", "-B", "-q", "package"], cwd=BENCH_JAVA)
    classpath = os.path.join(BENCH_JAVA, "target", "zicha-bench-0.1.0.jar") + ":" + os.path.join(
        BENCH_JAVA, "target", "lib", "*")
    subset = os.path.join(args.work, "rules-meetings")
    shutil.rmtree(subset, ignore_errors=True)
    sh(["java", "-cp", classpath, "org.zicha.bench.SubsetRules", os.path.join(ROOT, "rules"), subset,
        "orglife/meetings.drl", "organisation/committee.drl", "common/"], stderr=subprocess.DEVNULL)
    started = datetime.datetime.now()
    report = {"date": started.isoformat(timespec="seconds"), "cores": os.cpu_count(), "java": java_version(),
              "members": args.members, "runs": args.runs, "sizes": [], "cold": {}, "large": {}}

    sample = os.path.join(ROOT, "sample-data", "xlsx")
    print("== cold start", file=sys.stderr)
    report["cold"]["rules"] = measure(java("2g", "rules"), args.work, max(args.runs, 5))
    report["cold"]["sample"] = measure(java("2g", "check", "--data", sample, "--as-of", AS_OF, "--out",
                                            os.path.join(args.work, "sample-out")), args.work, max(args.runs, 5))

    for n in [int(s) for s in args.sizes.split(",")]:
        print(f"== {n} branches", file=sys.stderr)
        path = ledger(args.work, n, args.members, args.regen)
        out = os.path.join(args.work, f"out-{n}")
        row = {"branches": n, "bytes": os.path.getsize(path)}
        row["validate"] = measure(java("2g", "validate", "--data", path), args.work, args.runs)
        row["check"] = measure(check_cmd("2g", path, out), args.work, args.runs)
        if row["check"]["ok"]:
            row["records"], row["findings"] = counts(row["check"]["out"])
        row["subset"] = measure(check_cmd("2g", path, out + "-meetings", rules=subset), args.work, args.runs)
        row["duckdb"], csv = duckdb(path, args.work, args.runs, classpath)
        if row["subset"]["ok"] and row["duckdb"]["ok"]:
            row["agree"] = agree(os.path.join(out + "-meetings", "findings.json"), csv)
        if not args.skip_min_heap:
            limit = 2 * row["check"]["wall"] if row["check"]["ok"] else 1800
            row["min_heap"] = min_heap(path, args.work, limit, row["check"]["ok"])
        for k in ("validate", "check", "subset", "duckdb"):
            row[k].pop("out", None)
        report["sizes"].append(row)
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr)

    if not args.skip_large:
        report["large"] = large(args, classpath)
    for k in report["cold"].values():
        k.pop("out", None)
    write(report, started)


def large(args, classpath):
    """A 200 MB JSON ledger and a workbook whose 活动 sheet has 200,000 rows, at -Xmx512m."""
    result = {}
    probe = ledger(args.work, 100, args.members, False)
    with open(probe, encoding="utf-8") as f:
        activities = len(json.load(f)["activities"])
    per_branch_bytes = os.path.getsize(probe) / 100
    n = math.ceil(200e6 / per_branch_bytes)
    print(f"== 200 MB JSON: {n} branches", file=sys.stderr)
    path = ledger(args.work, n, args.members, args.regen)
    result["json"] = {"branches": n, "bytes": os.path.getsize(path),
                      "validate": measure(java("512m", "validate", "--data", path), args.work, args.runs),
                      "check": measure(check_cmd("512m", path, os.path.join(args.work, "out-200mb")), args.work,
                                       args.runs)}
    n = math.ceil(200000 / (activities / 100))
    print(f"== 200,000-row 活动 sheet: {n} branches", file=sys.stderr)
    path = ledger(args.work, n, args.members, args.regen)
    xlsx = os.path.join(args.work, f"ledger-{n}x{args.members}.xlsx")
    if args.regen or not os.path.exists(xlsx):
        sh(java("6g", "template", "--force", "--data", path, "--out", xlsx), stdout=subprocess.DEVNULL)
    with open(path, encoding="utf-8") as f:
        rows = len(json.load(f)["activities"])
    result["xlsx"] = {"branches": n, "rows": rows, "bytes": os.path.getsize(xlsx),
                      "validate": measure(java("512m", "validate", "--data", xlsx), args.work, args.runs),
                      "check": measure(check_cmd("512m", xlsx, os.path.join(args.work, "out-xlsx")), args.work,
                                       args.runs)}
    for v in result.values():
        for k in ("validate", "check"):
            v[k].pop("out", None)
    return result


def java_version():
    p = subprocess.run(["java", "-version"], capture_output=True, text=True)
    return p.stderr.splitlines()[0] if p.stderr else "?"


def write(report, started):
    lines = [f"Run {report['date']} on {report['cores']} cores, {report['java']}; medians of {report['runs']} runs "
             f"(load = 1-minute load average before the runs, median).", ""]
    c = report["cold"]
    lines += ["| cold start | wall s | CPU s | peak RSS MB | load |", "|---|---|---|---|---|"]
    for name, key in (("`rules` (JVM start, rule compilation)", "rules"), ("`check` of the sample, all five outputs",
                                                                            "sample")):
        r = c[key]
        lines.append(f"| {name} | {fmt(r['wall'], 2)} | {fmt(r.get('cpu'), 2)} | {fmt(r['rss'], 0)} | "
                     f"{fmt(r['load'])} |")
    lines += ["", "| branches | records | findings | validate wall / CPU s | check wall / CPU s | check − validate s | "
              "read s (validate − rules) | peak RSS MB (check) | smallest -Xmx | load |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    rules_wall = c["rules"]["wall"]
    for row in report["sizes"]:
        v, k = row["validate"], row["check"]
        ev = (k["wall"] - v["wall"]) if v["ok"] and k["ok"] else None
        read = (v["wall"] - rules_wall) if v["ok"] else None
        lines.append(
            f"| {row['branches']:,} | {row.get('records') or '—'} | {row.get('findings') if row.get('findings') is not None else '—'} | "
            f"{cell(v)} | {cell(k)} | {fmt(ev)} | {fmt(read)} | {fmt(k['rss'], 0)} | {row.get('min_heap') or '—'} | "
            f"{fmt(k['load'])} |")
    lines += ["", "| branches | zicha, meetings rules only: wall s | DuckDB query, whole process: wall s | "
              "DuckDB query alone s | zicha / DuckDB (wall) | same missed periods |", "|---|---|---|---|---|---|"]
    for row in report["sizes"]:
        s, d = row["subset"], row["duckdb"]
        ratio = s["wall"] / d["wall"] if s["ok"] and d["ok"] else None
        ag = row.get("agree")
        lines.append(f"| {row['branches']:,} | {cell(s)} | {cell(d)} | {fmt(d.get('query'), 2)} | {fmt(ratio)} | "
                     f"{'yes' if ag and ag[0] else 'NO' if ag else '—'} ({ag[1] if ag else '—'}) |")
    if report["large"]:
        lines += ["", "| at -Xmx512m | size | validate wall s, peak RSS MB | check wall s, peak RSS MB |",
                  "|---|---|---|---|"]
        j, x = report["large"]["json"], report["large"]["xlsx"]
        lines.append(f"| JSON, {j['branches']:,} branches | {j['bytes'] / 1e6:.0f} MB | {cell_rss(j['validate'])} | "
                     f"{cell_rss(j['check'])} |")
        lines.append(f"| workbook, {x['branches']:,} branches, {x['rows']:,} 活动 rows | {x['bytes'] / 1e6:.0f} MB | "
                     f"{cell_rss(x['validate'])} | {cell_rss(x['check'])} |")
    text = "\n".join(lines) + "\n"
    print(text)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    stem = os.path.join(ROOT, "bench", "results", started.strftime("%Y-%m-%d-%H%M"))
    with open(stem + ".md", "w", encoding="utf-8") as f:
        f.write(text)
    with open(stem + ".json", "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)


def cell(r):
    if not r["ok"]:
        return f"fails ({r['exit']})"
    return f"{r['wall']:.1f} / {r['cpu']:.1f}" if r.get("cpu") is not None else f"{r['wall']:.1f}"


def cell_rss(r):
    if not r["ok"]:
        return f"fails ({r['exit']}), {fmt(r['rss'], 0)}"
    return f"{r['wall']:.1f}, {r['rss']:.0f}"


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    main()
