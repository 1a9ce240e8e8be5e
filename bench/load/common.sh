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
