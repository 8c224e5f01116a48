#!/usr/bin/env bash
# Builds hotline and the load generator, then measures `hotline serve --immutable` on a
# generated 1,000,000-row contacts table: req/s and latency of the common pages with 16
# clients on loopback, and a whole-table CSV stream against the sqlite3 shell. Extra
# arguments go to the load generator (see README.md), e.g. `run.sh --rows 200000`.
# Then measures `hotline import` on generated corpora (importbench): sizes from
# HOTLINE_IMPORT_SIZES (default 2000,10000), a worst case of HOTLINE_IMPORT_WORST articles
# about the same 4 persons (default 4000), against HOTLINE_PREV (a previous binary) when
# set; HOTLINE_IMPORT_SIZES=0 skips it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
out="${HOTLINE_ARTEFACTS:-$root/artefacts}/bench"
mkdir -p "$out"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT

go build -o "$bin/hotline" ./cmd/hotline
go build -o "$bin/loadgen" ./cmd/hotline/bench/loadgen
go build -o "$bin/importbench" ./cmd/hotline/bench/importbench
if ! command -v sqlite3 >/dev/null; then
  echo "note: no sqlite3 shell (apt-get install sqlite3): the CSV reference will fail" >&2
fi

# The generated file is kept between runs (it takes ~12 s to build) and is gitignored.
serveprev=()
if [ -n "${HOTLINE_PREV:-}" ]; then serveprev=(--prev "$HOTLINE_PREV"); fi
"$bin/loadgen" --hotline "$bin/hotline" "${serveprev[@]}" --db "$out/bench.db" "$@" | tee "$out/results.txt"
sizes="${HOTLINE_IMPORT_SIZES:-2000,10000}"
if [ "$sizes" != "0" ]; then
  prev=()
  if [ -n "${HOTLINE_PREV:-}" ]; then prev=(--prev "$HOTLINE_PREV"); fi
  echo
  "$bin/importbench" --hotline "$bin/hotline" "${prev[@]}" --dir "$out/import" \
    --sizes "$sizes" --worst "${HOTLINE_IMPORT_WORST:-4000}" | tee -a "$out/results.txt"
fi
echo "results saved to $out/results.txt"
