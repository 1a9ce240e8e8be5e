#!/usr/bin/env bash
# Load test of the partnership list on a national-scale database: wrk on loopback against the real endpoints
# and against /bench/bare serving the same bytes, interleaved in one run; prints and writes a markdown table.
#
#   bench/load/run-list-benchmark.sh            # 3 rounds x 10 s per target, -t2 -c32
#   ROUNDS=1 DURATION=20s bench/load/run-list-benchmark.sh
#
# Settings (environment): PORT (5180), THREADS (2), CONNECTIONS (32), DURATION (10s), WARMUP (5s), ROUNDS (3),
# PARTNERSHIPS (2500), RANDOM_SEED (20251101), OUT (artifacts/bench/list-benchmark.md), KEEP_WORK (0).
# Needs app.MapBenchmarkBareEndpoint() in src/Gyoryu.Web/Program.cs. Traffic goes to 127.0.0.1 only.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
PORT="${PORT:-5180}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
ROUNDS="${ROUNDS:-3}"
PARTNERSHIPS="${PARTNERSHIPS:-2500}"
RANDOM_SEED="${RANDOM_SEED:-20251101}"
ARTIFACTS="${ARTIFACTS:-$ROOT/artifacts/bench}"
OUT="${OUT:-$ARTIFACTS/list-benchmark.md}"
BASE="http://127.0.0.1:$PORT"
PASSWORD="gyoryu-bench-2026"
# shellcheck source=bench/load/common.sh
source "$ROOT/bench/load/common.sh"

# ---- tools ----------------------------------------------------------------------------------------
require_load_tools

# ---- build (own artifacts folder, so a concurrent test build's bin/obj is left alone) -------------
build_release build.log

# ---- a fresh national-scale database ---------------------------------------------------------------
make_work_folder gyoryu-list-bench

log "seeding $PARTNERSHIPS partnerships (seed $RANDOM_SEED)"
bench seed --db "$SQLITE_DB" --node-modules "$ROOT/src/Gyoryu.Web/node_modules" \
  --partnerships "$PARTNERSHIPS" --random-seed "$RANDOM_SEED" | tee "$WORK/seed.log" >&2

# A system administrator reads every government's list, as the all-governments targets need.
bench account --db "$SQLITE_DB" --government 41570 --role SystemAdministrator --user bench.admin --password "$PASSWORD" >&2

# ---- the app, on loopback -------------------------------------------------------------------------
start_app "$WORK/app.log" Sqlite "Data Source=$SQLITE_DB" Gyoryu__Benchmark__BareEndpoint=true
COOKIE="$(sign_in bench.admin "$PASSWORD" "$WORK/cookies")"

# name|path: each real endpoint is followed by the bare endpoint replaying its bytes.
TARGETS=(
  "List API, all governments, page 1 of 50|/api/partnerships?page=1&pageSize=50"
  "List API of one government (41570 김포시)|/api/local-governments/41570/partnerships"
  "HTML page /Partnerships?scope=all|/Partnerships?scope=all"
)
urlencode() { local s="$1" out="" c i; for ((i = 0; i < ${#s}; i++)); do c="${s:i:1}"; case "$c" in [a-zA-Z0-9._~-]) out+="$c" ;; *) out+=$(printf '%%%02X' "'$c") ;; esac; done; printf '%s' "$out"; }
bare_of() { printf '/bench/bare?of=%s' "$(urlencode "$1")"; }

log "checking responses"
for target in "${TARGETS[@]}"; do
  path="${target#*|}"
  real_status=$(curl -sS -o "$WORK/real.body" -w '%{http_code}' -H "$COOKIE" "$BASE$path")
  bare_status=$(curl -sS -o "$WORK/bare.body" -w '%{http_code}' -H "$COOKIE" "$BASE$(bare_of "$path")")
  if [[ "$bare_status" == 404 ]]; then
    echo "/bench/bare answers 404: add app.MapBenchmarkBareEndpoint(); to src/Gyoryu.Web/Program.cs" >&2
    exit 1
  fi
  [[ "$real_status" == 200 && "$bare_status" == 200 ]] || { echo "$path: $real_status, bare $bare_status" >&2; exit 1; }
  # The page carries a fresh antiforgery token each time, so only its size can match.
  if cmp -s "$WORK/real.body" "$WORK/bare.body"; then same="identical"; else same="same size"; fi
  [[ $(stat -c %s "$WORK/real.body") == $(stat -c %s "$WORK/bare.body") ]] || same="differs"
  log "$path: $(stat -c %s "$WORK/real.body") bytes, bare copy $same"
done

# ---- wrk ------------------------------------------------------------------------------------------
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50), latency:percentile(99), summary.bytes))
end
LUA

run_wrk() { # label url duration -> appends "label rps p50_us p99_us errors bytes_per_response" to results
  local label="$1" url="$2" duration="$3" line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -H "$COOKIE" -s "$WORK/report.lua" "$url" | tee -a "$WORK/wrk.log" | grep '^RESULT')
  read -r _ requests duration_us errors p50 p99 bytes <<<"$line"
  echo "$label $(awk -v r="$requests" -v d="$duration_us" 'BEGIN { printf "%.1f", r / (d / 1e6) }') $p50 $p99 $errors $((bytes / (requests > 0 ? requests : 1)))" >>"$WORK/results"
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
log "warming up ($WARMUP per target)"
for i in "${!TARGETS[@]}"; do
  path="${TARGETS[$i]#*|}"
  run_wrk "warm" "$BASE$path" "$WARMUP"
  run_wrk "warm" "$BASE$(bare_of "$path")" "$WARMUP"
done
: >"$WORK/results"

for round in $(seq 1 "$ROUNDS"); do
  for i in "${!TARGETS[@]}"; do
    path="${TARGETS[$i]#*|}"
    # Alternate which goes first, so neither side always runs on a warmer or cooler machine.
    if (((round + i) % 2)); then order=(real bare); else order=(bare real); fi
    for side in "${order[@]}"; do
      if [[ $side == real ]]; then url="$BASE$path"; else url="$BASE$(bare_of "$path")"; fi
      log "round $round/$ROUNDS: $side $path"
      run_wrk "$i-$side" "$url" "$DURATION"
    done
  done
done

# ---- report: the median round of each measure ------------------------------------------------------
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
stat_of() { awk -v k="$1" -v c="$2" '$1 == k { print $c }' "$WORK/results" | median; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$(dirname "$OUT")"
{
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS interleaved rounds per target, median round shown;" \
    "$(nproc) cores shared by wrk and the app; .NET $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }');" \
    "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory; load average $LOAD_BEFORE before, $LOAD_AFTER after;" \
    "$(grep -m1 -o '[0-9]* partnerships ([^;]*' "$WORK/seed.log" | head -1))."
  echo
  echo "| Endpoint | Bytes/response (with headers) | Requests/s | p50 (ms) | p99 (ms) | Bare requests/s | Bare p50 (ms) | Bare p99 (ms) | Ratio to bare | Errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for i in "${!TARGETS[@]}"; do
    name="${TARGETS[$i]%%|*}"
    path="${TARGETS[$i]#*|}"
    rps=$(stat_of "$i-real" 2)
    bare_rps=$(stat_of "$i-bare" 2)
    errors=$(awk -v k="$i-real" -v b="$i-bare" '$1 == k || $1 == b { s += $5 } END { print s + 0 }' "$WORK/results")
    ratio=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.1f%%", 100 * a / b }')
    printf '| %s `%s` | %s | %.0f | %s | %s | %.0f | %s | %s | %s | %s |\n' "$name" "$path" "$(stat_of "$i-real" 6)" "$rps" \
      "$(ms "$(stat_of "$i-real" 3)")" "$(ms "$(stat_of "$i-real" 4)")" "$bare_rps" \
      "$(ms "$(stat_of "$i-bare" 3)")" "$(ms "$(stat_of "$i-bare" 4)")" "$ratio" "$errors"
  done
  echo
  echo "Every round (label rps p50_us p99_us errors bytes_per_response; label = target-side):"
  echo
  echo '```'
  cat "$WORK/results"
  echo '```'
} | tee "$OUT"
log "wrote $OUT"
