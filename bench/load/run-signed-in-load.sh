#!/usr/bin/env bash
# Signed-in mixed reads at national scale (issue 5): seeds 2,500 partnerships with ~500,000 activities, adds one officer of the
# busiest government, signs in once with curl, then drives a mix of that officer's pages and APIs with wrk (64 connections,
# 60 s) and, in the same run, the bare endpoint with the same cookie; RSS of the app before, after, and after a further run.
# SQLite always; PostgreSQL too with PG=1 or when GYORYU_TEST_POSTGRES is set (database gyoryu_bench_load_<pid>, dropped at the end).
# Exits non-zero on any socket error or non-2xx answer.
#
#   bench/load/run-signed-in-load.sh
#   PG=0 DURATION=10s bench/load/run-signed-in-load.sh      # SQLite only, quicker
#
# Settings (environment): PORT (5183), DURATION (60s), CONNECTIONS (64), THREADS (2), WARMUP (15s), TIMEOUT (20s), PARTNERSHIPS (2500),
# ACTIVITIES_PER_YEAR (20), YEARS (10), RANDOM_SEED (20251101), PG, ARTIFACTS (artifacts/bench), OUT ($ARTIFACTS/signed-in-load.md),
# KEEP_WORK (0). Traffic goes to 127.0.0.1 only.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
PORT="${PORT:-5183}"
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-15s}"
# wrk's own default (2 s) counts a slow answer as a socket error; a person waits longer, and the p99 shows how long.
TIMEOUT="${TIMEOUT:-20s}"
PARTNERSHIPS="${PARTNERSHIPS:-2500}"
ACTIVITIES_PER_YEAR="${ACTIVITIES_PER_YEAR:-20}"
YEARS="${YEARS:-10}"
RANDOM_SEED="${RANDOM_SEED:-20251101}"
if [[ -n "${GYORYU_TEST_POSTGRES:-}" ]]; then PG="${PG:-1}"; else PG="${PG:-0}"; fi
ARTIFACTS="${ARTIFACTS:-$ROOT/artifacts/bench}"
OUT="${OUT:-$ARTIFACTS/signed-in-load.md}"
BASE="http://127.0.0.1:$PORT"
USER_NAME="bench.officer"
PASSWORD="gyoryu-bench-2026"
# The bare endpoint replays this response (captured once with the same cookie): the HTTP stack, auth and all, without the app's work.
BARE_OF="/api/partnerships?page=1&pageSize=50"
# shellcheck source=bench/load/common.sh
source "$ROOT/bench/load/common.sh"

require_load_tools
command -v jq >/dev/null 2>&1 || { echo "jq is missing: apt-get install -y jq" >&2; exit 1; }
require_postgres_when_asked
build_release load-build.log
make_work_folder gyoryu-load-bench

# ---- seed, and one officer of the busiest government ---------------------------------------------------
seed_databases "gyoryu_bench_load_$$"
eval "$(bench pick --db "$SQLITE_DB")"
log "signing in as $USER_NAME, an officer of government $GOVERNMENT ($GOVERNMENT_PARTNERSHIPS partnerships)"
add_user_everywhere "$GOVERNMENT" "$USER_NAME" "$PASSWORD"

# ---- the app ------------------------------------------------------------------------------------------------
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status"; }

# The mix, ten requests a round: dashboard, list page, three partnership pages, one KPI page, the exchanges calendar,
# a page of the list API, a partnership from the API and the government's activities API; partnerships taken round-robin from the officer's own.
write_paths() { # cookie file
  local cookie="$1" file="$2" page=1 ids=() batch
  while :; do
    mapfile -t batch < <(curl -fsS -H "$cookie" "$BASE/api/partnerships?page=$page&pageSize=100" | jq -r '.items[].id')
    ((${#batch[@]})) || break
    ids+=("${batch[@]}")
    page=$((page + 1))
  done
  ((${#ids[@]})) || { echo "the officer sees no partnerships" >&2; exit 1; }
  local pages=$(((${#ids[@]} + 49) / 50)) n=${#ids[@]} i month_first month_last
  # The month a calendar client asks for; the API's default (a year back to 90 days ahead) is ~700 KB for this government.
  month_first=$(date -u +%Y-%m-01)
  month_last=$(date -u -d "$month_first +1 month -1 day" +%Y-%m-%d)
  : >"$file"
  for ((i = 0; i < 3 * n; i += 3)); do
    {
      echo "/"
      echo "/Partnerships"
      echo "/Partnerships/${ids[i % n]}"
      echo "/Partnerships/${ids[(i + 1) % n]}"
      echo "/Partnerships/${ids[(i + 2) % n]}"
      echo "/Partnerships/${ids[(i / 3) % n]}/Performance"
      echo "/Exchanges"
      echo "/api/partnerships?page=$(((i / 3) % pages + 1))&pageSize=50"
      echo "/api/partnerships/${ids[(i + 1) % n]}"
      echo "/api/local-governments/$GOVERNMENT/activities?from=$month_first&to=$month_last"
    } >>"$file"
  done
  log "$n partnerships of $GOVERNMENT; $(wc -l <"$file") paths in the rotation"
}

run_wrk() { # label url paths-file duration
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --timeout "$TIMEOUT" --latency -H "$COOKIE" -s "$ROOT/bench/load/mixed-reads.lua" "$2" -- "$3" |
    tee -a "$WORK/wrk.log" | grep '^RESULT')
  printf '%s %s\n' "$1" "${line#RESULT }"
}

: >"$WORK/results"
for database in "${DATABASES[@]}"; do
  start_app_on "$database" Gyoryu__Benchmark__BareEndpoint=true
  COOKIE="$(sign_in "$USER_NAME" "$PASSWORD" "$WORK/cookies")"
  write_paths "$COOKIE" "$WORK/paths-$database"
  printf '%s\n' "/bench/bare?of=$(jq -rn --arg s "$BARE_OF" '$s|@uri')" >"$WORK/bare-$database"
  # One request of each kind, alone: status and size first, then the time on the warm, idle server.
  single() {
    for path in $(awk 'NR <= 10' "$WORK/paths-$database") "$(cat "$WORK/bare-$database")"; do
      curl -sS -o /dev/null -H "$COOKIE" -w "%{http_code} %{size_download} %{time_total} $path\n" "$BASE$path"
    done >"$WORK/single-$database"
    if awk '$1 != 200 { bad = 1 } END { exit !bad }' "$WORK/single-$database"; then
      cat "$WORK/single-$database" >&2
      echo "$database: a path of the mix does not answer 200" >&2
      exit 1
    fi
  }
  single
  log "$database: warm-up $WARMUP"
  run_wrk warm "$BASE" "$WORK/paths-$database" "$WARMUP" >/dev/null
  run_wrk warm-bare "$BASE" "$WORK/bare-$database" 5s >/dev/null
  sleep 2
  single
  rss_before=$(rss_mb)
  log "$database: RSS $rss_before MB; mixed reads, $DURATION at $CONNECTIONS connections"
  echo "$database mixed $(run_wrk mixed "$BASE" "$WORK/paths-$database" "$DURATION" | cut -d' ' -f2-)" >>"$WORK/results"
  log "$database: bare endpoint, $DURATION at $CONNECTIONS connections"
  echo "$database bare $(run_wrk bare "$BASE" "$WORK/bare-$database" "$DURATION" | cut -d' ' -f2-)" >>"$WORK/results"
  rss_after=$(rss_mb)
  log "$database: RSS $rss_after MB; mixed reads again"
  echo "$database mixed-again $(run_wrk mixed "$BASE" "$WORK/paths-$database" "$DURATION" | cut -d' ' -f2-)" >>"$WORK/results"
  rss_again=$(rss_mb)
  echo "$database rss $rss_before $rss_after $rss_again" >>"$WORK/results"
  log "$database: RSS $rss_again MB"
  grep -iE 'fail|exception|error' "$WORK/app-$database.log" | head -5 >&2 || true
  stop_app
done

# ---- report --------------------------------------------------------------------------------------------
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
rps() { awk -v r="$1" -v d="$2" 'BEGIN { printf "%.0f", r / (d / 1e6) }'; }
ERRORS=$(awk '$2 != "rss" { s += $5 + $6 } END { print s + 0 }' "$WORK/results")
mkdir -p "$(dirname "$OUT")"
{
  echo "## Signed-in mixed reads, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$(nproc) cores shared by wrk and the app; $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);" \
    ".NET $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }'); load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT --latency, cookie of $USER_NAME (officer of $GOVERNMENT, $GOVERNMENT_PARTNERSHIPS partnerships); warm-up $WARMUP."
  echo
  echo '```text'
  cat "$WORK"/seed-*.log
  echo '```'
  echo
  for database in "${DATABASES[@]}"; do
    echo "One request of each kind on the warm, idle $database server (status, bytes, seconds, path):"
    echo
    echo '```text'
    cat "$WORK/single-$database"
    echo '```'
    echo
  done
  echo "| Database | Run | Requests | Requests/s | p50 (ms) | p90 (ms) | p99 (ms) | Max (ms) | Socket errors | Non-2xx | Statuses |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  while read -r database run requests duration_us socket non2xx p50 p90 p99 max bytes statuses; do
    [[ $run == rss ]] && continue
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$database" "$run" "$requests" "$(rps "$requests" "$duration_us")" \
      "$(ms "$p50")" "$(ms "$p90")" "$(ms "$p99")" "$(ms "$max")" "$socket" "$non2xx" "$statuses"
  done <"$WORK/results"
  echo
  echo "| Database | Mixed/bare requests/s | Mixed/bare p99 | RSS before (MB) | RSS after (MB) | RSS after again (MB) |"
  echo "|---|---:|---:|---:|---:|---:|"
  for database in "${DATABASES[@]}"; do
    read -r _ _ m_req m_dur _ _ _ _ m_p99 _ < <(grep "^$database mixed " "$WORK/results")
    read -r _ _ b_req b_dur _ _ _ _ b_p99 _ < <(grep "^$database bare " "$WORK/results")
    read -r _ _ r1 r2 r3 < <(grep "^$database rss " "$WORK/results")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$database" \
      "$(awk -v a="$(rps "$m_req" "$m_dur")" -v b="$(rps "$b_req" "$b_dur")" 'BEGIN { printf "%.1f%%", 100 * a / b }')" \
      "$(awk -v a="$m_p99" -v b="$b_p99" 'BEGIN { printf "%.1f×", a / b }')" "$r1" "$r2" "$r3"
  done
  echo
  echo "Errors (socket + non-2xx) over all runs: $ERRORS"
} | tee "$OUT"
log "wrote $OUT"
[[ "$ERRORS" == 0 ]] || { echo "there were $ERRORS errors" >&2; exit 1; }
