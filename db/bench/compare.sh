#!/usr/bin/env bash
# Times a whole-table CSV export of a generated 1,000,000-row table through the explorer's
# read path (db.Reader.StreamTable, via csvbench) against the sqlite3 shell, and prints
# the ratio. Usage: db/bench/compare.sh [rows]   (default 1000000; the file is kept in
# ${TMPDIR:-/tmp} and reused). Datasette 0.65.2 took 17.1 s here, the shell 1.15 s.
set -euo pipefail
rows="${1:-1000000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
file="${TMPDIR:-/tmp}/hotline-bench-$rows.db"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }
(cd "$root" && go build -o "$bin/csvbench" ./db/bench/csvbench)
"$bin/csvbench" -db "$file" -generate "$rows"

# measure CMD...: the best of three runs as "wall cpu" seconds (cpu = user + sys, which
# other load on the machine does not inflate the way it inflates wall time).
measure() {
  local best_wall="" best_cpu="" t
  for _ in 1 2 3; do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null; } 2>&1 | tail -1)
    best_wall=$(echo "$t $best_wall" | awk '{ if ($4 == "" || $1 < $4) print $1; else print $4 }')
    best_cpu=$(echo "$t $best_cpu" | awk '{ c = $2 + $3; if ($4 == "" || c < $4) print c; else print $4 }')
  done
  echo "$best_wall $best_cpu"
}
read -r shell_wall shell_cpu < <(measure sqlite3 -csv "$file" 'select * from contacts')
read -r ours_wall ours_cpu < <(measure "$bin/csvbench" -db "$file" -table contacts)
lines_shell=$(sqlite3 -csv "$file" 'select * from contacts' | wc -l)
lines_ours=$("$bin/csvbench" -db "$file" -table contacts | wc -l)
echo "rows: $rows (csv lines: sqlite3 $lines_shell, StreamTable $lines_ours incl. header)"
echo "sqlite3 -csv:     wall ${shell_wall}s  cpu ${shell_cpu}s"
echo "StreamTable CSV:  wall ${ours_wall}s  cpu ${ours_cpu}s"
awk -v a="$ours_wall" -v b="$shell_wall" -v c="$ours_cpu" -v d="$shell_cpu" 'BEGIN {
  printf "ratio to sqlite3: wall %.2fx, cpu %.2fx (Datasette: 14.9x wall, 17.1 s vs 1.15 s)\n", a / b, c / d }'
