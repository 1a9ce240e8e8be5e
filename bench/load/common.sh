# Shared by the bench/load scripts (sourced, not run): logging and the tools every run needs.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# wrk comes from Debian; installed when running as root, otherwise the exact command is printed.
require_load_tools() {
  if ! command -v wrk >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then
      log "installing wrk"
      DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null 2>&1 ||
        { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null; }
    else
      echo "wrk is missing: apt-get install -y wrk" >&2
      exit 1
    fi
  fi
  command -v curl >/dev/null 2>&1 || { echo "curl is missing" >&2; exit 1; }
}

# The app ($WEB_DLL) on $BASE over one database, in the background as APP_PID, once /health/ready answers. Settings after the
# connection are NAME=VALUE pairs for the app's environment, e.g. Gyoryu__Benchmark__BareEndpoint=true.
start_app() { # app-log provider connection [NAME=VALUE ...]
  local app_log="$1" provider="$2" connection="$3"
  shift 3
  log "starting the app on $BASE against $provider"
  # --urls, not ASPNETCORE_URLS: appsettings.json's "Urls" would win over the environment variable.
  (
    cd "$ROOT/src/Gyoryu.Web"
    exec env ConnectionStrings__Gyoryu="$connection" Gyoryu__Database__Provider="$provider" Gyoryu__DemoData=false \
      ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "$@" dotnet "$WEB_DLL" --urls "$BASE"
  ) >"$app_log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null && return 0
    kill -0 "$APP_PID" 2>/dev/null || { cat "$app_log" >&2; echo "the app exited" >&2; exit 1; }
    sleep 1
  done
  cat "$app_log" >&2
  echo "the app never became ready" >&2
  exit 1
}

stop_app() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

# Signs in on $BASE like a browser: GET the form (antiforgery cookie and token), POST the credentials. Prints the Cookie header
# of the signed-in user for curl -H and wrk -H.
sign_in() { # user password cookie-jar
  local user="$1" password="$2" jar="$3" token status auth
  rm -f "$jar"
  token=$(curl -fsS -c "$jar" -b "$jar" "$BASE/Account/SignIn" |
    sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  [[ -n "$token" ]] || { echo "no antiforgery token on /Account/SignIn" >&2; exit 1; }
  status=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "Form.UserName=$user" \
    --data-urlencode "Form.Password=$password" --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/SignIn")
  auth=$(awk -F'\t' '$6 == "gyoryu-auth" { print $7 }' "$jar")
  [[ "$status" == 302 && -n "$auth" ]] || { echo "sign-in as $user answered $status without a gyoryu-auth cookie" >&2; exit 1; }
  printf 'Cookie: gyoryu-auth=%s' "$auth"
}

# PG=1 asks for PostgreSQL too, which needs a server to create the benchmark's database on.
require_postgres_when_asked() {
  if [[ "${PG:-0}" == 1 && -z "${GYORYU_TEST_POSTGRES:-}" ]]; then
    echo "PG=1 needs GYORYU_TEST_POSTGRES (a connection string to a server where a database may be created)" >&2
    exit 1
  fi
}

# The app and the benchmark tool in Release, in their own artifacts folder (a concurrent test build's bin/obj is left
# alone); sets WEB_DLL and BENCH_DLL for start_app and bench.
build_release() { # build-log-name
  log "building Release into $ARTIFACTS/build"
  mkdir -p "$ARTIFACTS"
  dotnet build "$ROOT/bench/Gyoryu.Benchmarks" -c Release --artifacts-path "$ARTIFACTS/build" -v quiet -nologo >"$ARTIFACTS/$1" 2>&1 ||
    { tail -40 "$ARTIFACTS/$1" >&2; exit 1; }
  WEB_DLL="$ARTIFACTS/build/bin/Gyoryu.Web/release/Gyoryu.Web.dll"
  BENCH_DLL="$ARTIFACTS/build/bin/Gyoryu.Benchmarks/release/Gyoryu.Benchmarks.dll"
}

bench() { dotnet "$BENCH_DLL" "$@"; }

# A work folder for the run (WORK, with the SQLite file SQLITE_DB); on exit the app stops, the PostgreSQL database is
# dropped and the folder removed (KEEP_WORK=1 keeps it).
make_work_folder() { # name
  WORK="$(mktemp -d "/tmp/$1.XXXXXX")"
  SQLITE_DB="$WORK/gyoryu.db"
  PG_CONN=""
  APP_PID=""
  trap remove_work_folder EXIT
  trap 'exit 130' INT TERM
}

remove_work_folder() {
  stop_app
  if [[ -n "$PG_CONN" ]]; then bench dropdb --postgres "$PG_CONN" >&2 || true; fi
  if [[ "${KEEP_WORK:-0}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}

# The national-scale seed on SQLite and, with PG=1, on a PostgreSQL database of that name; DATABASES lists what was seeded.
seed_databases() { # postgres-database-name
  local seed_args=(--node-modules "$ROOT/src/Gyoryu.Web/node_modules" --partnerships "$PARTNERSHIPS"
    --activities-per-year "$ACTIVITIES_PER_YEAR" --years "$YEARS" --random-seed "$RANDOM_SEED")
  DATABASES=(sqlite)
  log "seeding SQLite: $PARTNERSHIPS partnerships, $ACTIVITIES_PER_YEAR activities a year for $YEARS years (seed $RANDOM_SEED)"
  bench seed --db "$SQLITE_DB" "${seed_args[@]}" | tee "$WORK/seed-sqlite.log" >&2
  if [[ "${PG:-0}" == 1 ]]; then
    PG_CONN="$(printf '%s' "$GYORYU_TEST_POSTGRES" | sed -E 's/(^|;)[Dd]atabase=[^;]*//');Database=$1"
    log "seeding PostgreSQL database $1"
    bench seed --postgres "$PG_CONN" "${seed_args[@]}" | tee "$WORK/seed-postgres.log" >&2
    DATABASES+=(postgres)
  fi
}

db_args() { if [[ $1 == sqlite ]]; then printf '%s\n' --db "$SQLITE_DB"; else printf '%s\n' --postgres "$PG_CONN"; fi; }

# start_app on one of DATABASES, with the same NAME=VALUE settings.
start_app_on() { # database [NAME=VALUE ...]
  local database="$1"
  shift
  if [[ $database == sqlite ]]; then
    start_app "$WORK/app-$database.log" Sqlite "Data Source=$SQLITE_DB" "$@"
  else
    start_app "$WORK/app-$database.log" PostgreSQL "$PG_CONN" "$@"
  fi
}

# One user of that government (an officer unless a role follows) in every seeded database.
add_user_everywhere() { # government user password [role]
  local database args
  for database in "${DATABASES[@]}"; do
    mapfile -t args < <(db_args "$database")
    bench account "${args[@]}" --government "$1" --user "$2" --password "$3" --role "${4:-Officer}" >&2
  done
}
