#!/usr/bin/env bash
# npm run test:editor — Policy Lens proven in real editors:
#   1. tools (scripts/editor/setup.sh: Debian chromium + neovim, code-server/Node 24/playwright-core cache)
#   2. build and package the extension (npm run build, npm run package → policy-lens-<version>.vsix)
#   3. the in-extension-host mocha suite in code-server (single folder + multi-root workspace)
#   4. the UI test of the installed .vsix in code-server, through headless Chromium
#   5. Neovim 0.7 against `node dist/server.js --stdio`
# Every step says what it does and how long it took. The test steps all run even if one fails; the last
# line sums them as `N passed, N failed`, and the exit code is non-zero if anything failed.
#   Options: --no-setup, --no-build (reuse dist/ and the .vsix), --docs-image (refresh docs/images/…png)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
SETUP=1; BUILD=1; UI_ARGS=()
for a in "$@"; do
  case "$a" in
    --no-setup) SETUP=0 ;;
    --no-build) BUILD=0 ;;
    --docs-image) UI_ARGS+=(--docs-image) ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

T0=$(date +%s)
passed=0; failed=0; summary=()
LOGDIR="$ROOT/test-results/editor"; mkdir -p "$LOGDIR"

banner() { printf '\n━━ [test:editor] %s\n' "$*"; }
# run_step NAME CMD… : runs a step whose last line is "N passed, N failed", adds it to the totals.
run_step() {
  local name="$1"; shift
  local log="$LOGDIR/$name.log" s=$(date +%s)
  banner "$name: $*"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local line; line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  local p f
  if [ -n "$line" ]; then
    p=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
  else
    p=0; f=1
  fi
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("$(printf '%-16s %3s passed, %s failed  (%ss, exit %s)' "$name" "$p" "$f" "$(( $(date +%s) - s ))" "$rc")")
}
# must NAME CMD… : a preparation step; stop everything if it fails.
must() {
  local name="$1"; shift
  local s=$(date +%s)
  banner "$name: $*"
  if ! "$@"; then
    echo "[test:editor] $name failed: stopping" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  summary+=("$(printf '%-16s done  (%ss)' "$name" "$(( $(date +%s) - s ))")")
}

if [ "$SETUP" = 1 ]; then must setup bash scripts/editor/setup.sh; fi
if [ "$BUILD" = 1 ]; then
  must build npm run build
  must package npm run package
fi
run_step in-host node scripts/editor/run-code-server.mjs
run_step ui node scripts/editor/ui-test.mjs "${UI_ARGS[@]}"
run_step nvim node scripts/editor/nvim-test.mjs

banner "summary (total $(( $(date +%s) - T0 ))s; logs and screenshots in test-results/editor/)"
printf '  %s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
