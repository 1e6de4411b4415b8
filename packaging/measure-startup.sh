#!/usr/bin/env bash
# Measures, in one run, how long Back Office takes from launch to its shown sign-in window, and its
# memory (RSS) at that window, against a bare JavaFX FXML window (packaging/startup/BareWindow):
#
#   bare-cp     the bare window from java -cp (this JDK, target/lib's JavaFX jars)
#   app-cp      Back Office from java -cp target/backoffice.jar
#   bare-cds    the bare window given the app-image's treatment: its jlink'd runtime, its JavaFX
#               jars with the natives beside them, and a static AppCDS archive made the same way
#               (a class list from one run, then -Xshare:dump)
#   image       Back Office from the app-image's launcher, with its archive
#   image-nocds the same launcher with class-data sharing off (-Xshare:off), for the archive's gain
#   bare-tuned  bare-cds with the launcher's JVM tuning too (its -XX: options: compiler, collector)
#   image-java  the app-image's runtime, class path, options and archive started with its java
#               directly: the share of jpackage's native launcher, which on Linux asks rpm and dpkg
#               which package owns it (twice) before it starts Java
#
# Each program records the moment itself (first layout pulse of the shown window with content,
# against the process start time: see app.backoffice.ui.StartupProbe); the script reads VmRSS from
# /proc 2 s later, when the window is idle, then ends the process. The variants alternate, each run
# RUNS times after one unmeasured warm-up; medians are printed with the ratios and their targets.
# Each program also reports the processor time it had used by then (all threads): on a machine with
# few cores the start is bound by it, and it varies far less from run to run than the clock.
#
# Usage: packaging/measure-startup.sh [RUNS]   (default 7). Builds the app-image if missing.
# Needs a display: $DISPLAY, or Xvfb, which the script then starts itself.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-7}
image=target/package/backoffice
out=target/startup
xvfb_pid=""
running=""

cleanup() {
  [ -n "$running" ] && kill -9 "$running" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  return 0
}
trap cleanup EXIT

if [ ! -x "$image/bin/Back Office" ] || [ ! -f target/backoffice.jar ]; then
  echo "building the app-image (mvn -Ppackage package -Dpackage.type=app-image)..."
  mvn -B -q -Ppackage package -DskipTests -Dpackage.type=app-image
fi
if [ ! -f "$image/lib/app/backoffice.jsa" ]; then
  echo "note: the app-image has no AppCDS archive (built without a display?); 'image' runs without"
fi
case "$PWD" in
  *" "*) echo "note: this folder's path holds a space; JDK 17 then uses no archived app classes" ;;
esac

. packaging/display.sh
if ! start_xvfb; then
  echo "measure-startup: no display and no Xvfb to open the windows on" >&2
  exit 1
fi

# ---- the bare window, compiled against the JavaFX jars, and its archive ------------------------
rm -rf "$out"
mkdir -p "$out/classes" "$out/data"
jfx_cp=$(ls target/lib/javafx-*-linux.jar | paste -sd:)
javac -quiet -d "$out/classes" --class-path "$jfx_cp" packaging/startup/BareWindow.java 2>/dev/null \
  || javac -d "$out/classes" --class-path "$jfx_cp" packaging/startup/BareWindow.java
cp packaging/startup/BareWindow.fxml "$out/classes/"
jar --create --file "$out/bare.jar" -C "$out/classes" .

runtime_java="$image/lib/runtime/bin/java"
image_jfx_cp=$(ls "$PWD/$image"/lib/app/lib/javafx-*-linux.jar | paste -sd:)
bare_cds_cp="$PWD/$out/bare.jar:$image_jfx_cp"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$PWD/$out/bare.classlist -Dbackoffice.startup.exit=true" \
  "$runtime_java" -cp "$bare_cds_cp" BareWindow 2>/dev/null
"$runtime_java" -Xshare:dump -Xlog:disable -Xlog:all=error:stderr \
  -XX:SharedClassListFile="$out/bare.classlist" -XX:SharedArchiveFile="$out/bare.jsa" \
  -cp "$bare_cds_cp" >/dev/null

# What the GUI launcher would start, read from its .cfg: its class path, main class and options.
app_dir="$PWD/$image/lib/app"
launcher_cfg="$app_dir/Back Office.cfg"
image_cp=$(sed -n 's/^app\.classpath=//p' "$launcher_cfg" | sed "s|\$APPDIR|$app_dir|g" | paste -sd:)
image_main=$(sed -n 's/^app\.mainclass=//p' "$launcher_cfg")
mapfile -t image_options < <(sed -n 's/^java-options=//p' "$launcher_cfg" | sed "s|\$APPDIR|$app_dir|g")
# The launcher's JVM tuning (compiler, collector) without its archive, for the bare window too.
mapfile -t image_tuning < <(printf '%s\n' "${image_options[@]}" | grep '^-XX:' | grep -v SharedArchiveFile)

# Back Office opens its sign-in screen only when the store has a user.
printf 'Measure-startup-password-42\n' | "$image/bin/backoffice" --data-dir "$out/data" \
  user add --email measure@example.com --role admin --password-stdin >/dev/null

# ---- one launch --------------------------------------------------------------------------------
# Runs in a background subshell and becomes the program (exec), so that the PID the script holds,
# kills and waits for is the program's own: a program left behind would go on drawing its window and
# slow down every later run.
launch() {
  local variant=$1
  case $variant in
    bare-cp) exec java -cp "$out/bare.jar:$jfx_cp" BareWindow ;;
    app-cp) exec java -cp target/backoffice.jar app.backoffice.Main --data-dir "$out/data" ;;
    bare-cds) exec "$runtime_java" -XX:SharedArchiveFile="$out/bare.jsa" -cp "$bare_cds_cp" BareWindow ;;
    image) exec "$image/bin/Back Office" --data-dir "$out/data" ;;
    image-nocds) JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xshare:off" \
      exec "$image/bin/Back Office" --data-dir "$out/data" ;;
    bare-tuned) exec "$runtime_java" "${image_tuning[@]}" -XX:SharedArchiveFile="$out/bare.jsa" \
      -cp "$bare_cds_cp" BareWindow ;;
    image-java) exec "$runtime_java" "${image_options[@]}" -cp "$image_cp" "$image_main" \
      --data-dir "$out/data" ;;
  esac
}

# Prints "milliseconds rss-kB cpu-milliseconds" for one launch of the variant.
measure() {
  local variant=$1 report="$PWD/$out/shown"
  rm -f "$report"
  JAVA_TOOL_OPTIONS="-Dbackoffice.startup.report=$report" launch "$variant" >/dev/null 2>&1 &
  running=$!
  for _ in $(seq 300); do
    [ -s "$report" ] && break
    sleep 0.2
  done
  if [ ! -s "$report" ]; then
    echo "$variant: no window within 60 s" >&2
    exit 1
  fi
  sleep 2
  local millis pid rss cpu
  millis=$(sed 's/.*shown-ms=\([0-9]*\).*/\1/' "$report")
  cpu=$(sed 's/.*cpu-ms=\([0-9]*\).*/\1/' "$report")
  pid=$(sed 's/.*pid=\([0-9]*\).*/\1/' "$report")
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  kill "$running" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$running" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$running" 2>/dev/null || true
  wait "$running" 2>/dev/null || true
  running=""
  echo "$millis $rss $cpu"
}

median() {
  sort -n | awk '{v[NR] = $1}
    END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

variants=(bare-cp app-cp bare-cds image image-nocds image-java bare-tuned)
for variant in "${variants[@]}"; do
  measure "$variant" >/dev/null # warm-up: file caches, JavaFX's native cache for java -cp
done
declare -A times rss cpus
for run in $(seq "$runs"); do
  for variant in "${variants[@]}"; do
    read -r millis kb cpu < <(measure "$variant")
    times[$variant]+="$millis "
    rss[$variant]+="$kb "
    cpus[$variant]+="$cpu "
  done
  echo "run $run/$runs done" >&2
done

# ---- figures -----------------------------------------------------------------------------------
declare -A med_ms med_rss med_cpu
echo
echo "launch to shown window, $runs runs each, alternating (display $DISPLAY, $(nproc) cores)"
printf '%-12s %8s %8s %8s %8s %10s   %s\n' variant median min max "CPU ms" "RSS MB" "all runs (ms)"
for variant in "${variants[@]}"; do
  med_ms[$variant]=$(tr ' ' '\n' <<<"${times[$variant]}" | grep . | median)
  med_rss[$variant]=$(tr ' ' '\n' <<<"${rss[$variant]}" | grep . | median)
  med_cpu[$variant]=$(tr ' ' '\n' <<<"${cpus[$variant]}" | grep . | median)
  sorted=$(tr ' ' '\n' <<<"${times[$variant]}" | grep . | sort -n)
  printf '%-12s %8s %8s %8s %8s %10.1f   %s\n' "$variant" "${med_ms[$variant]}" \
    "$(head -1 <<<"$sorted")" "$(tail -1 <<<"$sorted")" "${med_cpu[$variant]}" \
    "$(awk -v k="${med_rss[$variant]}" 'BEGIN {print k / 1024}')" "${times[$variant]}"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "meets" : "MISSES"}'; }
line() {
  local label=$1 ratio=$2 target=$3
  if [ -n "$target" ]; then
    printf '%-52s %5sx  (target <= %sx: %s)\n' "$label" "$ratio" "$target" "$(verdict "$ratio" "$target")"
  else
    printf '%-52s %5sx\n' "$label" "$ratio"
  fi
}
echo
line "time  Back Office / bare window, java -cp" "$(ratio "${med_ms[app-cp]}" "${med_ms[bare-cp]}")" 1.15
line "time  app-image / bare window, both with AppCDS" "$(ratio "${med_ms[image]}" "${med_ms[bare-cds]}")" 1.15
line "RSS   Back Office / bare window, java -cp" "$(ratio "${med_rss[app-cp]}" "${med_rss[bare-cp]}")" 1.2
line "RSS   app-image / bare window, both with AppCDS" "$(ratio "${med_rss[image]}" "${med_rss[bare-cds]}")" 1.2
line "time  app-image / Back Office from java -cp" "$(ratio "${med_ms[image]}" "${med_ms[app-cp]}")" ""
line "time  app-image with / without its AppCDS archive" "$(ratio "${med_ms[image]}" "${med_ms[image-nocds]}")" ""
line "time  app-image's java without its launcher / bare window, AppCDS" \
  "$(ratio "${med_ms[image-java]}" "${med_ms[bare-cds]}")" ""
line "time  app-image / bare window, both AppCDS and tuning" \
  "$(ratio "${med_ms[image]}" "${med_ms[bare-tuned]}")" ""
line "RSS   app-image / bare window, both AppCDS and tuning" \
  "$(ratio "${med_rss[image]}" "${med_rss[bare-tuned]}")" ""
line "CPU   Back Office / bare window, java -cp" "$(ratio "${med_cpu[app-cp]}" "${med_cpu[bare-cp]}")" ""
line "CPU   app-image / bare window, both with AppCDS" \
  "$(ratio "${med_cpu[image]}" "${med_cpu[bare-cds]}")" ""
