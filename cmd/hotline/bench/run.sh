#!/usr/bin/env bash
# Builds hotline and the load generator, then measures `hotline serve --immutable` on a
# generated 1,000,000-row contacts table: req/s and latency of the common pages with 16
# clients on loopback, and a whole-table CSV stream against the sqlite3 shell. Extra
# arguments go to the load generator (see README.md), e.g. `run.sh --rows 200000`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
out="${HOTLINE_ARTEFACTS:-$root/artefacts}/bench"
mkdir -p "$out"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT

go build -o "$bin/hotline" ./cmd/hotline
go build -o "$bin/loadgen" ./cmd/hotline/bench/loadgen
if ! command -v sqlite3 >/dev/null; then
  echo "note: no sqlite3 shell (apt-get install sqlite3): the CSV reference will fail" >&2
fi

# The generated file is kept between runs (it takes ~12 s to build) and is gitignored.
"$bin/loadgen" --hotline "$bin/hotline" --db "$out/bench.db" "$@" | tee "$out/results.txt"
echo "results saved to $out/results.txt"
