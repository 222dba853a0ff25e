#!/usr/bin/env python3
"""Scores secret scanners against the labelled corpus (labels.jsonl).

    score.py run [--tools gitleaks,kingfisher,detect-secrets,ripsecrets,secrets] [--json OUT]
        copies corpus/ and third_party/ (without LICENSE and ORIGIN.md) to a temporary
        directory outside any git repository, runs each installed tool on it, and prints
        Markdown tables: overall, per kind, and false positives per kind of look-alike.
    score.py report FORMAT FILE [--root PREFIX]
        scores one existing report. FORMAT: gitleaks, kingfisher, detect-secrets, ripsecrets,
        sarif or generic (a JSON array, or JSON Lines, of objects with a path or file and a
        line or start_line). Paths must be relative to the scanned copy (corpus/...,
        third_party/...); --root strips a leading prefix first.

Matching: a finding matches a label when the paths agree and their lines agree: the
finding's lines (start..end; end = start unless the tool reports an end line, as gitleaks
does for multi-line rules) meet the label's lines (line..end_line; end_line exists only for
multi-line secrets such as PEM blocks). For one-line findings and labels this is simply
"same line". Several findings on the same lines count once.
  TP = labels matched; FN = labels not matched;
  FP = distinct (path, lines) findings that meet no label and no ambiguous.jsonl span;
  precision = TP / (TP + FP); recall = TP / (TP + FN).
Findings inside an ambiguous span count neither way and are reported apart.

The tools run with their default rules and these options (for scoring, not speed):
  gitleaks dir . --report-format json --report-path OUT --no-banner --exit-code 0
  kingfisher scan . --format json --no-validate --no-update-check --no-dedup -o OUT
      (--no-dedup: by default kingfisher reports a repeated secret once, not per line)
  detect-secrets scan --all-files .
  ripsecrets .                        (prints path:line:text; no JSON output)
  $SECRETS scan --format sarif .      (this project, once `secrets scan` exists)
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = ["gitleaks", "kingfisher", "detect-secrets", "ripsecrets", "secrets"]


def load_jsonl(name):
    return [json.loads(l) for l in (HERE / name).read_text().splitlines() if l.strip()]


def norm(path, root=""):
    path = path.replace("\\", "/")
    if root and path.startswith(root):
        path = path[len(root):]
    while path.startswith("./"):
        path = path[2:]
    return path.lstrip("/")


# --- parsers: report text -> list of (path, line) ----------------------------------------

def parse_gitleaks(text):
    return [(f["File"], f["StartLine"], f.get("EndLine") or f["StartLine"])
            for f in json.loads(text or "[]")]


def parse_kingfisher(text):
    data = json.loads(text)
    rows = data["findings"] if isinstance(data, dict) else data
    return [(r["finding"]["path"], r["finding"]["line"], r["finding"]["line"]) for r in rows]


def parse_detect_secrets(text):
    return [(path, s["line_number"], s["line_number"])
            for path, found in json.loads(text)["results"].items() for s in found]


def parse_ripsecrets(text):
    out = []
    for line in re.sub(r"\x1b\[[0-9;]*m", "", text).splitlines():
        m = re.match(r"^(.+?):(\d+):", line)
        if m:
            out.append((m.group(1), int(m.group(2)), int(m.group(2))))
    return out


def parse_sarif(text):
    out = []
    for run in json.loads(text).get("runs", []):
        for result in run.get("results", []):
            for loc in result.get("locations", [])[:1]:
                phys = loc.get("physicalLocation", {})
                uri = phys.get("artifactLocation", {}).get("uri", "")
                region = phys.get("region", {})
                line = region.get("startLine")
                if uri and line:
                    out.append((re.sub(r"^file://", "", uri), int(line), int(region.get("endLine", line))))
    return out


def parse_generic(text):
    text = text.strip()
    rows = json.loads(text) if text.startswith("[") else [json.loads(l) for l in text.splitlines() if l.strip()]
    if isinstance(rows, dict):
        rows = rows.get("findings", [])
    out = []
    for r in rows:
        path = r.get("path") or r.get("file") or r.get("File")
        line = int(r.get("line") or r.get("start_line") or r.get("StartLine"))
        end = int(r.get("end_line") or r.get("EndLine") or line)
        out.append((path, line, end))
    return out


PARSERS = {"gitleaks": parse_gitleaks, "kingfisher": parse_kingfisher,
           "detect-secrets": parse_detect_secrets, "ripsecrets": parse_ripsecrets,
           "sarif": parse_sarif, "generic": parse_generic, "secrets": parse_sarif}


# --- scoring -----------------------------------------------------------------------------

def spans(rows):
    index = defaultdict(list)
    for i, r in enumerate(rows):
        for n in range(r["line"], r.get("end_line", r["line"]) + 1):
            index[(r["path"], n)].append(i)
    return index


def score(findings):
    labels, negatives, ambiguous = load_jsonl("labels.jsonl"), load_jsonl("negatives.jsonl"), load_jsonl("ambiguous.jsonl")
    lab_idx, neg_idx, amb_idx = spans(labels), spans(negatives), spans(ambiguous)
    hit, fp_lines, amb_lines = set(), set(), set()
    for path, start, end in set(findings):
        keys = [(path, n) for n in range(start, max(start, end) + 1)]
        labs = {i for key in keys for i in lab_idx.get(key, [])}
        if labs:
            hit.update(labs)
        elif any(key in amb_idx for key in keys):
            amb_lines.add((path, start))
        else:
            first_neg = next((key for key in keys if key in neg_idx), (path, start))
            fp_lines.add(first_neg)
    tp, fn, fp = len(hit), len(labels) - len(hit), len(fp_lines)
    per_kind = defaultdict(lambda: [0, 0])  # kind -> [tp, n]
    for i, lab in enumerate(labels):
        per_kind[lab["kind"]][1] += 1
        per_kind[lab["kind"]][0] += i in hit
    fp_by = Counter()
    neg_flagged = set()
    for key in fp_lines:
        if key in neg_idx:
            for i in neg_idx[key]:
                neg_flagged.add(i)
            fp_by[negatives[neg_idx[key][0]]["mimics"]] += 1
        else:
            fp_by["(unlabelled line)"] += 1
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0,
            "ambiguous_hits": len(amb_lines), "negatives_flagged": len(neg_flagged),
            "per_kind": {k: {"tp": v[0], "n": v[1]} for k, v in sorted(per_kind.items())},
            "fp_by_mimic": dict(sorted(fp_by.items())),
            "missed": sorted(f"{labels[i]['path']}:{labels[i]['line']} {labels[i]['kind']}"
                             for i in range(len(labels)) if i not in hit),
            "false_positives": sorted(f"{p}:{l}" + (f" ({negatives[neg_idx[(p, l)][0]]['why']})" if (p, l) in neg_idx else "")
                                      for p, l in fp_lines)}


# --- running the tools -------------------------------------------------------------------

def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (out.stdout.strip() or out.stderr.strip()).splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def run_tool(tool, root, out):
    secrets_bin = os.environ.get("SECRETS", str(HERE.parents[2] / "target/release/secrets"))
    cmds = {
        "gitleaks": (["gitleaks", "dir", ".", "--report-format", "json", "--report-path", out,
                      "--no-banner", "--exit-code", "0", "--log-level", "error"], True,
                     ["gitleaks", "version"]),
        "kingfisher": (["kingfisher", "scan", ".", "--format", "json", "--no-validate",
                        "--no-update-check", "--no-dedup", "-q", "-o", out], True,
                       ["kingfisher", "--version"]),
        "detect-secrets": (["detect-secrets", "scan", "--all-files", "."], False,
                           ["detect-secrets", "--version"]),
        "ripsecrets": (["ripsecrets", "."], False, ["ripsecrets", "--version"]),
        "secrets": ([secrets_bin, "scan", "--format", "sarif", "."], False, [secrets_bin, "--version"]),
    }
    cmd, writes_file, vcmd = cmds[tool]
    exe = cmd[0]
    if shutil.which(exe) is None and not Path(exe).is_file():
        return None, f"{tool}: not installed"
    if tool == "secrets":
        helped = subprocess.run([exe, "scan", "--help"], capture_output=True)
        if helped.returncode != 0:
            return None, "secrets: no `scan` subcommand in this build"
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    if proc.returncode not in (0, 1, 200, 205) and not (writes_file and Path(out).exists()):
        return None, f"{tool}: exit {proc.returncode}: {proc.stderr.strip()[:300]}"
    text = Path(out).read_text() if writes_file else proc.stdout
    return [(norm(p), a, b) for p, a, b in PARSERS[tool](text)], version(vcmd)


def pct(x):
    return f"{100 * x:.1f}%"


def print_tables(results):
    names = list(results)
    print("| tool | version | TP | FP | FN | precision | recall | on ambiguous lines | look-alikes reported |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    n_neg = len(load_jsonl("negatives.jsonl"))
    for t in names:
        r = results[t]
        print(f"| {t} | {r['version']} | {r['tp']} | {r['fp']} | {r['fn']} | {pct(r['precision'])} | "
              f"{pct(r['recall'])} | {r['ambiguous_hits']} | {r['negatives_flagged']}/{n_neg} |")
    print()
    print("Recall per kind (found/labelled):")
    print()
    print("| kind | " + " | ".join(names) + " |")
    print("| --- |" + " ---: |" * len(names))
    kinds = sorted({k for r in results.values() for k in r["per_kind"]})
    for kind in kinds:
        cells = [f"{results[t]['per_kind'][kind]['tp']}/{results[t]['per_kind'][kind]['n']}" for t in names]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print()
    print("False positives by what the flagged line imitates (negatives.jsonl `mimics`):")
    print()
    neg_count = Counter(n["mimics"] for n in load_jsonl("negatives.jsonl"))
    print("| look-alike of | negatives | " + " | ".join(names) + " |")
    print("| --- | ---: |" + " ---: |" * len(names))
    mimics = sorted({m for r in results.values() for m in r["fp_by_mimic"]} | set(neg_count))
    for m in mimics:
        cells = [str(results[t]["fp_by_mimic"].get(m, 0)) for t in names]
        print(f"| {m} | {neg_count.get(m, '-')} | " + " | ".join(cells) + " |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run")
    run.add_argument("--tools", default=",".join(TOOLS))
    run.add_argument("--json", help="also write full results (missed, false positives) here")
    rep = sub.add_parser("report")
    rep.add_argument("format", choices=sorted(PARSERS))
    rep.add_argument("file")
    rep.add_argument("--root", default="")
    rep.add_argument("--json")
    args = ap.parse_args()

    results = {}
    if args.cmd == "report":
        found = [(norm(p, args.root), a, b) for p, a, b in PARSERS[args.format](Path(args.file).read_text())]
        results[args.format] = {"version": "-", **score(found)}
    else:
        with tempfile.TemporaryDirectory(prefix="scan-corpus-") as tmp:
            root = Path(tmp) / "tree"
            for part in ("corpus", "third_party"):
                shutil.copytree(HERE / part, root / part,
                                ignore=shutil.ignore_patterns("LICENSE", "ORIGIN.md"))
            for tool in args.tools.split(","):
                found, info = run_tool(tool, root, str(Path(tmp) / f"{tool}.out"))
                if found is None:
                    print(f"skipped {info}", file=sys.stderr)
                    continue
                results[tool] = {"version": info, **score(found)}
    print_tables(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
