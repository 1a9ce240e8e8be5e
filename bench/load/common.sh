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
