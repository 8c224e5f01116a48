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

best() { # best of three runs of "$@", in seconds
  local best=""
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    best=$(echo "$s $e $best" | awk '{t=$2-$1; if ($3=="" || t<$3) print t; else print $3}')
  done
  echo "$best"
}
shell=$(best sqlite3 -csv "$file" 'select * from contacts')
ours=$(best "$bin/csvbench" -db "$file" -table contacts)
lines_shell=$(sqlite3 -csv "$file" 'select * from contacts' | wc -l)
lines_ours=$("$bin/csvbench" -db "$file" -table contacts | wc -l)
echo "rows: $rows (csv lines: sqlite3 $lines_shell, StreamTable $lines_ours incl. header)"
echo "sqlite3 -csv:         ${shell}s"
echo "StreamTable CSV:      ${ours}s"
awk -v a="$ours" -v b="$shell" 'BEGIN { printf "ratio (ours/sqlite3): %.2fx; Datasette was 14.9x (17.1 s vs 1.15 s)\n", a/b }'
