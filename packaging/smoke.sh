#!/usr/bin/env bash
# Smoke test of the Linux installer image. It builds the app-image (mvn -Ppackage with
# -Dpackage.type=app-image), provisions a user with the console launcher into a temporary data
# directory, checks the console launcher's help, the log file and the class-data sharing archive,
# starts the window launcher on a display (Xvfb when there is no $DISPLAY) and checks that the
# window appears; with xdotool it also signs in through the window and finds the sign-in in the
# audit log. Finally it checks that nothing was written into the image folder.
#
# Prints one PASS, FAIL or SKIP line a check and "smoke: N passed, N failed"; exits 1 on a FAIL.
# Usage: packaging/smoke.sh [--no-build]   (--no-build tests the image already in target/package)
set -uo pipefail
cd "$(dirname "$0")/.."
. packaging/display.sh

image=target/package/backoffice
email=smoke@example.com
password='Smoke-test-password-42'
passed=0
failed=0
work=$(mktemp -d)
xvfb_pid=""
window_pid=""

cleanup() {
  [ -n "$window_pid" ] && kill "$window_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
skip() { echo "SKIP $*"; }
finish() {
  echo "smoke: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
  local seconds=$1
  shift
  for _ in $(seq $((seconds * 5))); do
    "$@" && return 0
    sleep 0.2
  done
  return 1
}

# ---- build ------------------------------------------------------------------------------------
if [ "${1:-}" != "--no-build" ]; then
  if mvn -B -q -Ppackage package -DskipTests -Dpackage.type=app-image >"$work/build.log" 2>&1; then
    pass "build: mvn -Ppackage package -Dpackage.type=app-image"
  else
    tail -30 "$work/build.log"
    fail "build: mvn -Ppackage package -Dpackage.type=app-image"
    finish
  fi
fi
if [ -x "$image/bin/Back Office" ] && [ -x "$image/bin/backoffice" ]; then
  pass "image: $image holds the launchers 'Back Office' and 'backoffice' ($(du -sh "$image" | cut -f1))"
else
  fail "image: no launchers in $image"
  finish
fi
touch "$work/marker"
sleep 1
console="$image/bin/backoffice"
data="$work/data"

# ---- console launcher -------------------------------------------------------------------------
if printf '%s\n' "$password" \
  | "$console" --data-dir "$data" user add --email "$email" --role admin --password-stdin \
    >"$work/add.out" 2>&1; then
  pass "console: user add -> $(cat "$work/add.out")"
else
  fail "console: user add failed: $(cat "$work/add.out")"
fi
"$console" --data-dir "$data" user list --json >"$work/list.out" 2>&1
if grep -q "\"email\": \"$email\"" "$work/list.out"; then
  pass "console: user list --json shows $email"
else
  fail "console: user list --json does not show $email"
fi
"$console" >"$work/help.out" 2>&1
status=$?
if [ "$status" -eq 0 ] && grep -q "opens no window" "$work/help.out" \
  && grep -q "^Usage: backoffice" "$work/help.out"; then
  pass "console: without a command it prints the help and opens no window"
else
  fail "console: without a command (status $status): $(head -3 "$work/help.out")"
fi
if [ -s "$data/logs/backoffice.log" ]; then
  pass "logging: $(wc -l <"$data/logs/backoffice.log") lines in the data directory's logs/backoffice.log"
else
  fail "logging: no logs/backoffice.log in the data directory"
fi
archive="$image/lib/app/backoffice.jsa"
if [ -f "$archive" ]; then
  JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$console" --version >"$work/classes.out" 2>/dev/null
  if grep -q "app.backoffice.Main source: shared objects file" "$work/classes.out"; then
    pass "AppCDS: the archive ($(du -h "$archive" | cut -f1)) is used; Main comes from it"
  else
    fail "AppCDS: $archive exists but the launcher does not use it"
  fi
else
  skip "AppCDS: no archive in the image (built without a display?)"
fi

# ---- window launcher --------------------------------------------------------------------------
if ! start_xvfb; then
  skip "window: no display and no Xvfb"
fi
if [ -n "${DISPLAY:-}" ]; then
  JAVA_TOOL_OPTIONS="-Dbackoffice.startup.report=$work/shown" \
    "$image/bin/Back Office" --data-dir "$data" >"$work/window.out" 2>&1 &
  window_pid=$!
  if wait_for 60 test -s "$work/shown"; then
    pass "window: the sign-in window is shown ($(cut -d' ' -f1 "$work/shown") after launch, display $DISPLAY)"
  else
    fail "window: not shown within 60 s: $(tail -3 "$work/window.out")"
  fi
  if command -v xdotool >/dev/null && [ -s "$work/shown" ]; then
    window=$(timeout 10 xdotool search --sync --onlyvisible --name '^Back Office$' | head -1)
    if [ -n "$window" ]; then
      pass "window: mapped on the display ($(xdotool getwindowgeometry "$window" | grep Geometry | tr -d ' '))"
      # The email field has the focus when the window opens.
      xdotool windowfocus --sync "$window" 2>/dev/null
      xdotool type --delay 20 "$email"
      xdotool key Tab
      xdotool type --delay 20 "$password"
      xdotool key Return
      signed_in() {
        "$console" --data-dir "$data" audit --email "$email" --json >"$work/audit.out" 2>&1
        grep -q '"event": "SIGN_IN_SUCCEEDED".*"source": "gui"' "$work/audit.out"
      }
      if wait_for 30 signed_in; then
        pass "window: signed in through the window; the audit log holds SIGN_IN_SUCCEEDED from gui"
      else
        fail "window: no successful sign-in from the window in the audit log"
      fi
      command -v import >/dev/null && import -window root target/package/smoke.png 2>/dev/null \
        && echo "     (screenshot: target/package/smoke.png)"
    else
      fail "window: not visible on the display"
    fi
  elif [ -s "$work/shown" ]; then
    skip "window: no xdotool, so no sign-in through the window"
  fi
  kill "$window_pid" 2>/dev/null
  wait "$window_pid" 2>/dev/null
  window_pid=""
fi

# ---- nothing written into the image -----------------------------------------------------------
written=$(find "$image" -newer "$work/marker" | head -5)
if [ -z "$written" ]; then
  pass "install folder: nothing in $image was written while the launchers ran"
else
  fail "install folder: written while running: $written"
fi
finish
