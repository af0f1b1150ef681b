#!/usr/bin/env python3
"""Line and branch coverage per folder, from gcovr's JSON summary, against the targets.

Usage: summary.py GCOVR_SUMMARY.json
Prints one row per folder (core/, ui/, app/) and the files of core/ and ui/ furthest below
the line target, and exits 1 when a folder misses its target (see TARGETS).
"""
import json
import sys
from collections import defaultdict

# folder: (lines %, branches %) it must reach; None: printed, not enforced.
TARGETS = {"core": (90.0, 70.0), "ui": (75.0, None), "app": (None, None)}


def pct(covered, total):
    return 100.0 * covered / total if total else 100.0


def main(path):
    with open(path, encoding="utf-8") as f:
        files = json.load(f)["files"]
    folders = defaultdict(lambda: [0, 0, 0, 0])
    for entry in files:
        folder = entry["filename"].split("/", 1)[0]
        sums = folders[folder]
        sums[0] += entry["line_covered"]
        sums[1] += entry["line_total"]
        sums[2] += entry["branch_covered"]
        sums[3] += entry["branch_total"]

    failed = []
    print(f"{'folder':8} {'lines':>16} {'':>7} {'branches':>16} {'':>7}  target")
    for folder in sorted(folders):
        lc, lt, bc, bt = folders[folder]
        lines, branches = pct(lc, lt), pct(bc, bt)
        want_lines, want_branches = TARGETS.get(folder, (None, None))
        wants = []
        if want_lines is not None:
            wants.append(f"lines ≥ {want_lines:.0f}%")
            if lines < want_lines:
                failed.append(f"{folder}/ lines {lines:.1f}% < {want_lines:.0f}%")
        if want_branches is not None:
            wants.append(f"branches ≥ {want_branches:.0f}%")
            if branches < want_branches:
                failed.append(f"{folder}/ branches {branches:.1f}% < {want_branches:.0f}%")
        print(f"{folder + '/':8} {lc:>7}/{lt:<8} {lines:6.1f}% {bc:>7}/{bt:<8} {branches:6.1f}%"
              f"  {', '.join(wants) or '-'}")

    print("\nLeast covered files (lines):")
    ranked = sorted((e for e in files if e["line_total"] >= 20
                     and e["filename"].split("/", 1)[0] in ("core", "ui")),
                    key=lambda e: pct(e["line_covered"], e["line_total"]))
    for e in ranked[:12]:
        print(f"  {e['filename']:32} lines {pct(e['line_covered'], e['line_total']):5.1f}%"
              f"  branches {pct(e['branch_covered'], e['branch_total']):5.1f}%")

    if failed:
        print("\ncoverage below target: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
