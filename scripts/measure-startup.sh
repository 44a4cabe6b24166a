#!/usr/bin/env bash
# Start-up of the installed window against a bare JavaFX window showing text, side by side in one run: each launch is
# timed from spawn to its readiness line (printed after the first frame that shows document text), the two
# alternate so that both meet the same machine load, and the medians and their ratio are printed (target <= 1.3).
# Pizhu runs as a user meets it after the first launch: a library holding the sample, which it reopens; its first
# frame is the last screen kept (FirstScreen), and the row "reader" times the same launches until the full window's
# reader has drawn the document ("pizhu: reader ready").
# The bare window (src/test/java/org/pizhu/startup/BareTextWindow.java) runs on the same jlinked runtime.
# Extra rows: VARIANTS="name=JVM OPTIONS;..." runs the same installed launcher with those options added (through
# JAVA_TOOL_OPTIONS, e.g. an AppCDS archive), "name=cmd:COMMAND ARGS" runs another command (e.g. another runtime).
# usage: scripts/measure-startup.sh [RUNS]      (needs the .deb installed, or target/installer/image from
#        mvn -Pinstaller package; mvn test-compile for the bare window; xvfb when there is no DISPLAY)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
app="${PIZHU_APP:-$(command -v pizhu || echo target/installer/image/pizhu/bin/pizhu)}"
app="$(readlink -f "$app")"
runtime="$(dirname "$app")/../lib/runtime"
sample="$(pwd)/resources/samples/takungpao-2024-new-productive-forces.txt"
[ -x "$app" ] || { echo "no installed pizhu and no app-image: mvn -B -Pinstaller package -DskipTests" >&2; exit 2; }
[ -f target/test-classes/org/pizhu/startup/BareTextWindow.class ] || { echo "mvn -B -q test-compile first" >&2; exit 2; }
work="$(mktemp -d)"; xvfb=""
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 80 99); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=":$n"; for _ in $(seq 1 40); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.25; done
fi
# A new, empty home for both (Java reads user.home from the password database, hence the option).
export HOME="$work/home" PIZHU_READY=1; mkdir -p "$HOME"; unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME PIZHU_LIBRARY
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"

# one_run NAME COMMAND...: "WALL CPU" milliseconds from spawn to the readiness line (CPU: the process's user + system
# time then, which a loaded machine does not inflate the way it does wall time); then the process is stopped. For
# pizhu, "WALL CPU READER_WALL READER_CPU": it runs on until its reader is ready too.
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))
one_run() {
  local name=$1; shift
  local start end pid cpu
  rm -f "$work/out"; start=$(date +%s%N)
  "$@" > "$work/out" 2> "$work/err" & pid=$!
  while ! grep -q ": ready" "$work/out" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited before its first frame:" >&2; cat "$work/err" >&2; exit 1; fi
    sleep 0.01
  done
  end=$(date +%s%N)
  cpu=$(awk -v t="$tick_ms" '{ sub(/^.*\) /, ""); print ($12 + $13) * t }' "/proc/$pid/stat")
  local extra=""
  if [ "$name" = pizhu ]; then
    while ! grep -q "reader ready" "$work/out" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 0.02; done
    extra=" $(( ($(date +%s%N) - start) / 1000000 )) $(awk -v t="$tick_ms" '{ sub(/^.*\) /, ""); print ($12 + $13) * t }' "/proc/$pid/stat")"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $cpu$extra"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

declare -A wall=() cpu=()
names=(bare pizhu)
rows=(bare pizhu reader)
IFS=';' read -r -a variants <<< "${VARIANTS:-}"
for v in "${variants[@]}"; do [ -n "$v" ] && names+=("${v%%=*}") && rows+=("${v%%=*}"); done
run_named() {
  case "$1" in
    bare) one_run bare "$runtime/bin/java" -Xshare:auto -cp target/test-classes org.pizhu.startup.BareTextWindow "$sample" ;;
    pizhu) one_run pizhu "$app" ;;
    *) for v in "${variants[@]}"; do
         [ "${v%%=*}" = "$1" ] || continue
         spec="${v#*=}"
         if [ "${spec#cmd:}" != "$spec" ]; then read -r -a cmd <<< "${spec#cmd:}"; one_run "$1" "${cmd[@]}"
         else JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS $spec" one_run "$1" "$app"; fi
       done ;;
  esac
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  app: $app"
"$app" "$sample" > /dev/null 2>&1 & first=$!   # first launch: imports the sample into the new library
# it keeps its last screen beside the library once the reader has been still for a moment
for _ in $(seq 1 600); do [ -s "$HOME/.local/share/pizhu/library.db.window" ] && break; sleep 0.2; done; sleep 1
kill "$first"; wait "$first" 2>/dev/null || true
for name in "${names[@]}"; do run_named "$name" > /dev/null; done   # warm the file cache
for i in $(seq 1 "$runs"); do
  for name in "${names[@]}"; do
    read -r w c rw rc < <(run_named "$name")
    wall[$name]+=" $w"; cpu[$name]+=" $c"
    if [ -n "${rw:-}" ]; then wall[reader]+=" $rw"; cpu[reader]+=" $rc"; fi
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
bw=$(echo "${wall[bare]}" | median); bc=$(echo "${cpu[bare]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
for name in "${rows[@]}"; do
  [ -n "${wall[$name]:-}" ] || continue
  w=$(echo "${wall[$name]}" | median); c=$(echo "${cpu[$name]}" | median)
  printf '%-8s first frame with text: median %5d ms wall (%s x bare), %5d ms CPU (%s x bare); wall runs:%s\n' \
    "$name" "$w" "$(ratio "$w" "$bw")" "$c" "$(ratio "$c" "$bc")" "${wall[$name]}"
done
