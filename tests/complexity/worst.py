#!/usr/bin/env python3
"""The longest and most complex functions of core/, ui/ and app/, measured by pmccabe.

Usage: worst.py [N]   (run from the top of the source tree; N rows, 15 by default)
Prints the N longest functions and the N most complex, and exits 1 when any function is
longer than MAX_LINES lines or has a cyclomatic complexity (McCabe's, every case of a
switch counted) over MAX_COMPLEXITY: past a screen, a function should be split into
named steps.
"""
import glob
import subprocess
import sys

MAX_LINES = 80
MAX_COMPLEXITY = 25


def measure():
    # Headers too: templates and inline functions are code like any other.
    files = sorted(glob.glob("core/**/*.cpp", recursive=True) + glob.glob("core/**/*.h", recursive=True)
                   + glob.glob("ui/*.cpp") + glob.glob("ui/*.h") + glob.glob("app/*.cpp")
                   + glob.glob("app/*.h"))
    out = subprocess.run(["pmccabe", *files], check=True, capture_output=True,
                         text=True).stdout
    rows = []
    for line in out.splitlines():
        # modified CC, traditional CC, statements, first line, lines, "file(line): name"
        fields = line.split("\t")
        if len(fields) < 6:
            continue
        rows.append({"complexity": int(fields[1]), "lines": int(fields[4]),
                     "where": fields[5]})
    return rows


def table(title, rows):
    print(title)
    print(f"{'lines':>6} {'complexity':>10}  function")
    for r in rows:
        print(f"{r['lines']:>6} {r['complexity']:>10}  {r['where']}")
    print()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    rows = measure()
    table(f"The {n} longest functions (at most {MAX_LINES} lines):",
          sorted(rows, key=lambda r: (-r["lines"], -r["complexity"]))[:n])
    table(f"The {n} most complex (at most {MAX_COMPLEXITY}):",
          sorted(rows, key=lambda r: (-r["complexity"], -r["lines"]))[:n])
    over = [r for r in rows if r["lines"] > MAX_LINES or r["complexity"] > MAX_COMPLEXITY]
    print(f"{len(rows)} functions measured; {len(over)} over a limit")
    for r in over:
        print(f"  over: {r['lines']} lines, complexity {r['complexity']}: {r['where']}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
