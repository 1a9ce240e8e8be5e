#!/usr/bin/env bash
# Exchange activities at national scale (issue 4): seeds 2,500 partnerships with ~500,000 activities, prints the query plans of
# the KPI queries, times them with BenchmarkDotNet, then measures the server time of the dashboard and a partnership's KPI page
# with wrk on one connection (latency = server time + loopback). SQLite always; PostgreSQL too with PG=1 or when
# GYORYU_TEST_POSTGRES is set (a database gyoryu_bench_<pid> is created on that server and dropped at the end).
#
#   bench/load/run-activity-benchmark.sh
#   PG=0 BDN=0 DURATION=5s bench/load/run-activity-benchmark.sh      # SQLite pages only, quicker
#
# Settings (environment): PORT (5181), DURATION (10s per page), WARMUP (15s per page), PARTNERSHIPS (2500), ACTIVITIES_PER_YEAR (20),
# YEARS (10), RANDOM_SEED (20251101), PG (1 when GYORYU_TEST_POSTGRES is set, else 0), BDN (1: run ActivityKpiBenchmarks),
# ARTIFACTS (artifacts/bench), OUT ($ARTIFACTS/activity-benchmark.md), KEEP_WORK (0). Traffic goes to 127.0.0.1 only.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
PORT="${PORT:-5181}"
DURATION="${DURATION:-10s}"
# Long enough for tiered JIT to settle and for the start-up work (reference prefill, discovery index) to finish.
WARMUP="${WARMUP:-15s}"
PARTNERSHIPS="${PARTNERSHIPS:-2500}"
ACTIVITIES_PER_YEAR="${ACTIVITIES_PER_YEAR:-20}"
YEARS="${YEARS:-10}"
RANDOM_SEED="${RANDOM_SEED:-20251101}"
if [[ -n "${GYORYU_TEST_POSTGRES:-}" ]]; then PG="${PG:-1}"; else PG="${PG:-0}"; fi
BDN="${BDN:-1}"
ARTIFACTS="${ARTIFACTS:-$ROOT/artifacts/bench}"
OUT="${OUT:-$ARTIFACTS/activity-benchmark.md}"
BASE="http://127.0.0.1:$PORT"
# The pages are read as an officer of the target government, signed in once per app start.
USER_NAME="bench.officer"
PASSWORD="gyoryu-bench-2026"
# shellcheck source=bench/load/common.sh
source "$ROOT/bench/load/common.sh"

require_load_tools
require_postgres_when_asked
build_release activity-build.log
make_work_folder gyoryu-activity-bench

# ---- seed ------------------------------------------------------------------------------------------
seed_databases "gyoryu_bench_activity_$$"

# ---- targets and query plans --------------------------------------------------------------------------
mapfile -t SQLITE_ARGS < <(db_args sqlite)
eval "$(bench pick "${SQLITE_ARGS[@]}")"
log "targets: government $GOVERNMENT ($GOVERNMENT_PARTNERSHIPS partnerships), partnership $PARTNERSHIP ($PARTNERSHIP_ACTIVITIES activities)"
add_user_everywhere "$GOVERNMENT" "$USER_NAME" "$PASSWORD"
PLANS_OK=1
for database in "${DATABASES[@]}"; do
  mapfile -t args < <(db_args "$database")
  log "query plans on $database"
  bench plans "${args[@]}" >"$ARTIFACTS/activity-plans-$database.md" || PLANS_OK=0
  grep -E '^(###|Verdict)' "$ARTIFACTS/activity-plans-$database.md" >&2
done

# ---- BenchmarkDotNet: the three KpiQueries calls ---------------------------------------------------
if [[ "$BDN" == 1 ]]; then
  log "BenchmarkDotNet: ActivityKpiBenchmarks"
  (
    export GYORYU_BENCH_SQLITE="$SQLITE_DB"
    if [[ -n "$PG_CONN" ]]; then export GYORYU_BENCH_POSTGRES="$PG_CONN"; fi
    cd "$WORK" && dotnet "$BENCH_DLL" --filter '*ActivityKpiBenchmarks*' --artifacts "$WORK/bdn"
  ) >"$ARTIFACTS/activity-bdn.log" 2>&1 || { tail -30 "$ARTIFACTS/activity-bdn.log" >&2; exit 1; }
  cp "$WORK"/bdn/results/*ActivityKpiBenchmarks-report-github.md "$ARTIFACTS/activity-bdn.md"
fi

# ---- wrk: one connection, so each latency is one request's server time plus loopback -----------------
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99), summary.bytes))
end
LUA
: >"$WORK/results"

for database in "${DATABASES[@]}"; do
  start_app_on "$database"
  COOKIE="$(sign_in "$USER_NAME" "$PASSWORD" "$WORK/cookies")"
  targets=("Dashboard (government $GOVERNMENT)|/" "KPI page|/Partnerships/$PARTNERSHIP/Performance" "Partnership page|/Partnerships/$PARTNERSHIP")
  for target in "${targets[@]}"; do
    name="${target%%|*}" path="${target#*|}"
    status=$(curl -sS -o "$WORK/body" -w '%{http_code}' -H "$COOKIE" "$BASE$path")
    [[ "$status" == 200 ]] || { echo "$database $path answered $status" >&2; exit 1; }
    log "$database $path: $(stat -c %s "$WORK/body") bytes; warm-up $WARMUP, then $DURATION on one connection"
    wrk -t1 -c1 -d"$WARMUP" -H "$COOKIE" "$BASE$path" >/dev/null
    line=$(wrk -t1 -c1 -d"$DURATION" --latency -H "$COOKIE" -s "$WORK/report.lua" "$BASE$path" | tee -a "$WORK/wrk.log" | grep '^RESULT')
    read -r _ requests duration_us errors p50 p90 p99 bytes <<<"$line"
    printf '%s|%s|%s|%s|%s|%s|%s|%s|%s\n' "$database" "$name" "$path" "$requests" "$duration_us" "$errors" "$p50" "$p90" "$p99" >>"$WORK/results"
  done
  stop_app
done

# ---- report --------------------------------------------------------------------------------------------
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
mkdir -p "$(dirname "$OUT")"
{
  echo "## Activity benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$(nproc) cores shared by wrk and the app; $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);" \
    ".NET $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }'); load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo
  echo "Seed:"
  echo
  echo '```text'
  cat "$WORK"/seed-*.log
  echo '```'
  echo
  echo "Targets: government $GOVERNMENT ($GOVERNMENT_PARTNERSHIPS partnerships), partnership $PARTNERSHIP ($PARTNERSHIP_ACTIVITIES activities)."
  echo
  echo "Query plans: $(for d in "${DATABASES[@]}"; do printf '%s ' "artifacts/bench/activity-plans-$d.md"; done)"
  [[ "$PLANS_OK" == 1 ]] || echo "**At least one KPI query scans Activities: see the Verdict lines.**"
  echo
  for database in "${DATABASES[@]}"; do
    echo "### $database"
    echo
    grep -E '^(###|Verdict)' "$ARTIFACTS/activity-plans-$database.md" | sed 's/^### /- /; s/^Verdict/  Verdict/'
    echo
  done
  if [[ "$BDN" == 1 ]]; then
    echo "### BenchmarkDotNet (ActivityKpiBenchmarks, one new DbContext per operation)"
    echo
    grep '^|' "$ARTIFACTS/activity-bdn.md" | sed 's/&#39;/'"'"'/g'
    echo
  fi
  echo "### Pages: wrk -t1 -c1 -d$DURATION --latency (one connection: latency = server time + loopback), after $WARMUP warm-up"
  echo
  echo "| Database | Page | Path | Requests | Requests/s | p50 (ms) | p90 (ms) | p99 (ms) | Errors |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|"
  while IFS='|' read -r database name path requests duration_us errors p50 p90 p99; do
    printf '| %s | %s | `%s` | %s | %s | %s | %s | %s | %s |\n' "$database" "$name" "$path" "$requests" \
      "$(awk -v r="$requests" -v d="$duration_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')" "$(ms "$p50")" "$(ms "$p90")" "$(ms "$p99")" "$errors"
  done <"$WORK/results"
} | tee "$OUT"
log "wrote $OUT"
