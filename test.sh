#!/usr/bin/env bash
# The one command that runs every test: ./test.sh [Domain|Web|Browser ...] [sqlite|postgresql] [-- extra dotnet test args]
# Installs Chromium/PostgreSQL when run as root, starts a throwaway PostgreSQL 15 on 127.0.0.1,
# builds once in Release, runs each test project and prints "N passed, N failed" from the TRX files.
# The projects that touch a database (Web, Browser) run twice: on SQLite files, then with every app on
# its own PostgreSQL database (GYORYU_TEST_DATABASE=PostgreSQL); naming one database runs only that pass.
set -euo pipefail

cd "$(dirname "$0")"
ROOT="$(pwd)"
START_SECONDS=$SECONDS

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive

PG_BIN=/usr/lib/postgresql/15/bin
ALL_PROJECTS=(Domain Web Browser)

usage() {
  echo "usage: ./test.sh [Domain|Web|Browser ...] [sqlite|postgresql] [-- extra 'dotnet test' arguments]" >&2
  exit 2
}

# ---- arguments --------------------------------------------------------------------------------
SELECTED=()
DATABASES=()
EXTRA_TEST_ARGS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    Domain | domain) SELECTED+=(Domain) ;;
    Web | web) SELECTED+=(Web) ;;
    Browser | browser) SELECTED+=(Browser) ;;
    SQLite | sqlite | Sqlite) DATABASES+=(SQLite) ;;
    PostgreSQL | postgresql | postgres) DATABASES+=(PostgreSQL) ;;
    --) shift; EXTRA_TEST_ARGS=("$@"); break ;;
    -h | --help) usage ;;
    *) echo "unknown test project '$1'" >&2; usage ;;
  esac
  shift
done
[[ ${#SELECTED[@]} -eq 0 ]] && SELECTED=("${ALL_PROJECTS[@]}")
[[ ${#DATABASES[@]} -eq 0 ]] && DATABASES=(SQLite PostgreSQL)

selected() {
  local p
  for p in "${SELECTED[@]}"; do [[ "$p" == "$1" ]] && return 0; done
  return 1
}

elapsed() { echo "$((SECONDS - $1))s"; }

# ---- system packages --------------------------------------------------------------------------
USES_POSTGRES=false
if selected Web || { selected Browser && [[ " ${DATABASES[*]} " == *" PostgreSQL "* ]]; }; then USES_POSTGRES=true; fi
NEED_POSTGRES=false
if $USES_POSTGRES && [[ -z "${GYORYU_TEST_POSTGRES:-}" ]]; then NEED_POSTGRES=true; fi
NEED_CHROMIUM=false
if selected Browser; then NEED_CHROMIUM=true; fi

MISSING=()
if $NEED_CHROMIUM; then
  command -v chromium >/dev/null 2>&1 || MISSING+=(chromium)
  # Without a Korean font every Hangul glyph in a screenshot is a box.
  if ! command -v fc-list >/dev/null 2>&1 || ! fc-list :lang=ko 2>/dev/null | grep -q .; then
    MISSING+=(fonts-nanum)
  fi
fi
if $NEED_POSTGRES; then
  [[ -x "$PG_BIN/initdb" ]] || MISSING+=(postgresql)
fi

if [[ ${#MISSING[@]} -gt 0 ]]; then
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "==> installing ${MISSING[*]}"
    apt-get update -qq
    apt-get install -y --no-install-recommends "${MISSING[@]}"
  else
    echo "test.sh needs Debian packages that are not installed: ${MISSING[*]}" >&2
    echo "install them with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${MISSING[*]}" >&2
    echo "(or run ./test.sh as root, which installs them)" >&2
    exit 1
  fi
fi

# ---- throwaway PostgreSQL ---------------------------------------------------------------------
PG_DIR=""
as_pg() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_postgres() {
  if [[ -n "$PG_DIR" && -d "$PG_DIR" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -s stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# initdb runs shell commands as the postgres user that redirect to /dev/null; some sandboxes leave
# /dev/null at mode 0755, which makes initdb fail. 0666 is its standard mode.
ensure_dev_null_writable() {
  if [[ "$(id -u)" -eq 0 ]] && ! runuser -u postgres -- sh -c ': >/dev/null' 2>/dev/null; then
    echo "==> /dev/null is not writable for the postgres user; restoring its standard mode 0666"
    chmod 0666 /dev/null || echo "==> could not chmod /dev/null; initdb will probably fail" >&2
  fi
}

start_postgres() {
  local t0=$SECONDS port="" password attempt
  ensure_dev_null_writable
  PG_DIR="$(mktemp -d /tmp/gyoryu-pg.XXXXXX)"
  [[ "$(id -u)" -eq 0 ]] && chown postgres:postgres "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 || {
    cat "$PG_DIR/initdb.log" >&2; echo "initdb failed" >&2; return 1
  }
  # A port can be taken between the check and the start, so retry on a fresh one.
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -s start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
      break
    fi
    port=""
  done
  if [[ -z "$port" ]]; then
    cat "$PG_DIR/server.log" >&2 || true
    echo "could not start PostgreSQL" >&2
    return 1
  fi
  password="$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE gyoryu LOGIN CREATEDB PASSWORD '$password'" \
    -c "CREATE DATABASE gyoryu_test OWNER gyoryu"
  export GYORYU_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=gyoryu_test;Username=gyoryu;Password=$password;"
  echo "==> PostgreSQL 15 on 127.0.0.1:$port ($(elapsed "$t0"))"
}

if $NEED_POSTGRES; then
  start_postgres
elif $USES_POSTGRES; then
  echo "==> using PostgreSQL from GYORYU_TEST_POSTGRES"
fi
export GYORYU_CHROMIUM="${GYORYU_CHROMIUM:-/usr/bin/chromium}"

# ---- build once -------------------------------------------------------------------------------
project_path() { echo "tests/Gyoryu.$1.Tests/Gyoryu.$1.Tests.csproj"; }

T0=$SECONDS
if [[ ${#SELECTED[@]} -eq ${#ALL_PROJECTS[@]} ]]; then
  echo "==> dotnet build Gyoryu.slnx -c Release"
  dotnet build Gyoryu.slnx -c Release || { echo "==> build failed: no test ran" >&2; exit 1; }
else
  for p in "${SELECTED[@]}"; do
    echo "==> dotnet build $(project_path "$p") -c Release"
    dotnet build "$(project_path "$p")" -c Release || { echo "==> build failed: no test ran" >&2; exit 1; }
  done
fi
echo "==> build took $(elapsed "$T0")"

# ---- run each project, keep going on failure --------------------------------------------------
mkdir -p TestResults
TOTAL_PASSED=0 TOTAL_FAILED=0 TOTAL_SKIPPED=0 TOTAL_RAN=0
BROKEN=()
REPORT=()

counter() { # counter <attribute> <Counters element>
  local v
  v="$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2")"
  echo "${v:-0}"
}

# Classes that only make sense on one database carry [Trait("Database", "SqliteOnly"|"PostgreSqlOnly")].
filter_for() { # filter_for <database>: the --filter of that pass, joined with one given after --
  local own user="" i
  if [[ "$1" == PostgreSQL ]]; then own="Database!=SqliteOnly"; else own="Database!=PostgreSqlOnly"; fi
  for ((i = 0; i < ${#EXTRA_TEST_ARGS[@]}; i++)); do
    [[ "${EXTRA_TEST_ARGS[$i]}" == --filter ]] && user="${EXTRA_TEST_ARGS[$((i + 1))]:-}"
  done
  if [[ -n "$user" ]]; then echo "($user)&$own"; else echo "$own"; fi
}

other_args() { # the arguments after --, without a --filter (filter_for joins it)
  local i
  for ((i = 0; i < ${#EXTRA_TEST_ARGS[@]}; i++)); do
    if [[ "${EXTRA_TEST_ARGS[$i]}" == --filter ]]; then i=$((i + 1)); continue; fi
    printf '%s\0' "${EXTRA_TEST_ARGS[$i]}"
  done
}

RUNS=()
for p in "${SELECTED[@]}"; do
  if [[ "$p" == Domain ]]; then RUNS+=("Domain:"); continue; fi
  for d in "${DATABASES[@]}"; do RUNS+=("$p:$d"); done
done

for run in "${RUNS[@]}"; do
  p="${run%%:*}" database="${run#*:}"
  name="Gyoryu.$p.Tests${database:+ ($database)}"
  trx="Gyoryu.$p.Tests${database:+.$database}.trx"
  rm -f "TestResults/$trx"
  echo "==> dotnet test $(project_path "$p")${database:+ on $database}"
  T0=$SECONDS
  rc=0
  args=()
  [[ -n "$database" ]] && args+=(--filter "$(filter_for "$database")")
  while IFS= read -r -d '' a; do args+=("$a"); done < <(other_args)
  GYORYU_TEST_DATABASE="${database:-SQLite}" dotnet test "$(project_path "$p")" --no-build -c Release \
    --results-directory "$ROOT/TestResults" \
    --logger "trx;LogFileName=$trx" \
    --logger "console;verbosity=normal" \
    --blame-hang-timeout 10m --blame-hang-dump-type none \
    "${args[@]}" || rc=$?
  took="$(elapsed "$T0")"

  if [[ ! -f "TestResults/$trx" ]]; then
    BROKEN+=("$name")
    REPORT+=("$(printf '  %-36s did not run (exit %s, no TRX) %s' "$name" "$rc" "$took")")
    continue
  fi
  counters="$(grep -o '<Counters [^>]*>' "TestResults/$trx" | head -n 1 || true)"
  total=$(counter total "$counters")
  executed=$(counter executed "$counters")
  passed=$(counter passed "$counters")
  failed=$(($(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
  skipped=$((total - executed))
  ((skipped < 0)) && skipped=0
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  TOTAL_SKIPPED=$((TOTAL_SKIPPED + skipped))
  TOTAL_RAN=$((TOTAL_RAN + executed))
  note=""
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then
    BROKEN+=("$name")
    note=" (dotnet test exited $rc)"
  fi
  REPORT+=("$(printf '  %-36s passed=%s failed=%s skipped=%s  %s%s' "$name" "$passed" "$failed" "$skipped" "$took" "$note")")
done

# ---- summary ----------------------------------------------------------------------------------
stop_postgres
echo
echo "==> results (TRX files in TestResults/, total time $(elapsed "$START_SECONDS"))"
printf '%s\n' "${REPORT[@]}"
[[ ${#BROKEN[@]} -gt 0 ]] && echo "  failed to run: ${BROKEN[*]}"
[[ $TOTAL_RAN -eq 0 ]] && echo "  no test ran"
summary="$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[[ $TOTAL_SKIPPED -gt 0 ]] && summary+=", $TOTAL_SKIPPED skipped"
echo "$summary"

if [[ $TOTAL_FAILED -gt 0 || ${#BROKEN[@]} -gt 0 || $TOTAL_RAN -eq 0 ]]; then
  exit 1
fi
