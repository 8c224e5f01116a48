#!/usr/bin/env bash
# The long version of the server half of the hostile suite (issue 8). CI runs the short
# version (go test ./..., 5 s per fuzz target in .ci/run); this runs, bounded and on
# loopback only:
#   1. the fuzz targets for FUZZTIME each (default 60s);
#   2. a server with a MEMORY_MB ceiling (default 512) under CONNS connections (default 64)
#      of mixed load, hostile SQL included, for DURATION (default 30s): 0 errors, 0 5xx;
#   3. the bombs one at a time, with their times, and the server's peak RSS (VmHWM).
#
#   cmd/hotline/hostile/serve.sh                 # from the repository root
#   DURATION=60s CONNS=128 cmd/hotline/hostile/serve.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
FUZZTIME=${FUZZTIME:-60s}
DURATION=${DURATION:-30s}
CONNS=${CONNS:-64}
MEMORY_MB=${MEMORY_MB:-512}
tmp=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
go build -o "$tmp/hotline" ./cmd/hotline
go build -o "$tmp/load" ./cmd/hotline/hostile/load

echo "== fuzzing the SQL parameter scanner, _next tokens and table URLs, $FUZZTIME each"
for t in "FuzzQuery ./db/" "FuzzNextToken ./db/" "FuzzTableURL ./views/"; do
  set -- $t
  printf '%-14s ' "$1"
  nice go test -run='^$' -fuzz="^$1\$" -fuzztime="$FUZZTIME" "$2" 2>&1 | grep -E '^(ok|FAIL|---)|execs:' | tail -2 | tr '\n' ' '
  echo
done

echo "== $CONNS connections of mixed and hostile load for $DURATION, memory ceiling $MEMORY_MB MB"
(cd "$tmp" && "$tmp/hotline" import --db hotline.db --progress never >/dev/null)
port=$((20000 + RANDOM % 20000))
(cd "$tmp" && HOTLINE_MEMORY_LIMIT_MB=$MEMORY_MB exec nice "$tmp/hotline" serve hotline.db --addr "127.0.0.1:$port" >"$tmp/serve.log" 2>&1) &
pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.2; done
spid=$(pgrep -P "$pid" -f "hotline serve" || echo "$pid")
"$tmp/load" -base "http://127.0.0.1:$port/hotline/" -conns "$CONNS" -duration "$DURATION"
echo "server peak RSS: $(grep VmHWM /proc/"$spid"/status | awk '{print int($2/1024)" MB"}')"

echo "== the bombs one at a time (status, seconds)"
q() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
cols() { local s="select "; for _ in $(seq "$2"); do s+="$1,"; done; echo "${s%,}"; }
for sql in \
  "select instr(printf('%.*c',2000000,'a'), printf('%.*c',1000000,'a')||'b')" \
  "$(cols "length(randomblob(99000000))" 3)" \
  "$(cols "length(printf('%.*c',99000000,'x'))" 60)" \
  "$(cols "length(printf('%.*c',8000000,'x'))" 60)" \
  "select length(trim(printf('%.*c',1000000,'a'), printf('%.*c',1000000,'b')||'a'))" \
  "select printf('%.*c',4000000,'a') like '%'||printf('%.*c',999,'a')||'_b'"; do
  printf '%-70.70s ' "$sql"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port/hotline/-/query.json?sql=$(q "$sql")"
done
echo "server peak RSS: $(grep VmHWM /proc/"$spid"/status | awk '{print int($2/1024)" MB"}')"
