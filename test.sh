#!/usr/bin/env bash
# Runs every test. Installs the test-only system packages (the reference analyzer, browser, servers) when missing.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use as real peers: MeCab + IPADIC (reference tokenizer), Chromium + CJK fonts (web chat e2e),
# PostgreSQL (shared analytics), redis-server (shared state across instances) and haproxy (the load benchmark's
# round-robin proxy).
packages=(mecab mecab-ipadic-utf8 chromium fonts-noto-cjk postgresql redis-server haproxy)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js + npm build the web chat (botframework-webchat from npm); any install that provides npm will do.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test FaqBot.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line with the totals of every test project.
awk '/(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { gsub(",", "", p); printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
