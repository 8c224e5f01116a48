#!/usr/bin/env bash
# The long version of the importer half of the hostile suite (issue 8). CI runs each part
# briefly (go test ./..., and 5 s per fuzz target in .ci/run); this runs them for longer
# and prints one figure per line. Bounded: FUZZTIME per target (default 60s), ROUNDS of the
# import/serve interleaving (default 10), everything under nice.
#
#   cmd/hotline/hostile/import.sh                 # from the repository root
#   FUZZTIME=5m ROUNDS=50 cmd/hotline/hostile/import.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
FUZZTIME=${FUZZTIME:-60s}
ROUNDS=${ROUNDS:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/hotline" ./cmd/hotline
hl="$tmp/hotline"

echo "== fuzzing the article readers and the cleaner, $FUZZTIME each"
for target in FuzzReadText FuzzReadJSONL FuzzReadJSON FuzzReadCSV; do
  printf '%-14s ' "$target"
  nice go test -run='^$' -fuzz="^${target}\$" -fuzztime="$FUZZTIME" ./importer/source/ 2>&1 | grep -E '^(ok|FAIL|---)|execs:' | tail -2 | tr '\n' ' '
  echo
done
printf '%-14s ' FuzzClean
nice go test -run='^$' -fuzz='^FuzzClean$' -fuzztime="$FUZZTIME" ./importer/clean/ 2>&1 | grep -E '^(ok|FAIL|---)|execs:' | tail -2 | tr '\n' ' '
echo

echo "== serve during $ROUNDS rounds of imports, kill -9, SIGTERM, SIGINT, full disk and a slow download"
HOTLINE_HOSTILE_ROUNDS=$ROUNDS nice go test -count=1 -run '^TestServeDuringHostileImports$' -v ./cmd/hotline/ 2>&1 |
  grep -E 'requests during|^(--- |ok|FAIL)|serve_hostile_test' || true

echo "== special files: a named pipe and a link to /dev/zero in the folder (must not hang)"
mkdir -p "$tmp/in"
echo "A title

President Joe Biden spoke with Emmanuel Macron by phone." > "$tmp/in/good.txt"
mkfifo "$tmp/in/x.txt"
ln -s /dev/zero "$tmp/in/zero.txt"
start=$(date +%s.%N)
set +e
(cd "$tmp" && timeout 60 "$hl" import in --db special.db --progress never >"$tmp/special.out" 2>&1)
code=$?
set -e
printf 'exit %s in %.2fs; %s\n' "$code" "$(echo "$(date +%s.%N) - $start" | bc)" "$(grep -c 'not a regular file' "$tmp/special.out") special files reported"

echo "== a 50 MB article and an 8 MB JSON Lines file: peak memory of the import"
python3 - "$tmp" <<'PY'
import sys, os
d = sys.argv[1]
with open(os.path.join(d, "big.txt"), "w") as f:
    f.write("Title\n\n" + "President Joe Biden spoke with Emmanuel Macron. " * (50 * 1024 * 1024 // 48))
with open(os.path.join(d, "many.jsonl"), "w") as f:
    line = '{"title":"T%d","text":"' + "Chancellor Olaf Scholz met Rishi Sunak. " * 100 + ' %d"}\n'
    for i in range(8 * 1024 * 1024 // 4100):
        f.write(line % (i, i))
PY
for input in big.txt many.jsonl; do
  set +e
  (cd "$tmp" && /usr/bin/time -f '%M' -o "$tmp/rss" nice "$hl" import "$input" --db "rss-$input.db" --progress never >/dev/null 2>&1)
  code=$?
  set -e
  echo "$input: exit $code, peak RSS $(( $(tail -1 "$tmp/rss") / 1024 )) MB"
done

echo "== many articles reporting the same pair (issue 8 item 9; the fix belongs to the scale work)"
python3 - "$tmp" <<'PY'
import sys, os
d = sys.argv[1]
for n in (2000, 8000):
    with open(os.path.join(d, f"pair{n}.jsonl"), "w") as f:
        for i in range(n):
            f.write('{"title":"Call %d","text":"President Joe Biden spoke with Chancellor Olaf Scholz by phone about item %d."}\n' % (i, i))
PY
for n in 2000 8000; do
  start=$(date +%s.%N)
  (cd "$tmp" && nice "$hl" import "pair$n.jsonl" --db "pair$n.db" --progress never >/dev/null)
  t=$(echo "$(date +%s.%N) - $start" | bc)
  echo "$n articles: ${t}s"
  eval "t$n=$t"
done
echo "ratio 8000/2000: $(echo "scale=1; $t8000 / $t2000" | bc) (4.0 is linear)"
