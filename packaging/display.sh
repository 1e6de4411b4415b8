# Sourced by the packaging scripts: gives them a display to open windows on.
#
# start_xvfb: when DISPLAY is unset and Xvfb is installed, starts Xvfb on the first free display
# number from :90, exports DISPLAY and sets xvfb_pid (for the caller's cleanup); returns 1 when
# there is no display and no Xvfb.
start_xvfb() {
  if [ -n "${DISPLAY:-}" ]; then
    return 0
  fi
  if ! command -v Xvfb >/dev/null; then
    return 1
  fi
  local number=90
  while [ -e "/tmp/.X$number-lock" ]; do number=$((number + 1)); done
  Xvfb ":$number" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$number"
  sleep 1
}
