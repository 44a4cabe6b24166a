#!/usr/bin/env bash
# Installs the built .deb as a user would and uses it: lintian, the command line, the window under Xvfb with a fresh
# HOME (no exception on stderr, the readiness line, a screenshot with the text's colours), a file given as an
# argument, a second launch handing a file and a pizhu:// link to the open window; then purges and checks that
# nothing of Pizhu is left and the MIME defaults are as they were. Run as root (CI).
# Usage: installer/linux/smoke-test.sh target/installer/pizhu_*.deb SAMPLE.txt
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
deb="$(readlink -f "$1")"
sample="$(readlink -f "$2")"
export DEBIAN_FRONTEND=noninteractive
work="$(mktemp -d)"
fail() { echo "SMOKE TEST FAILED: $*" >&2; for f in "$work"/*.log; do [ -s "$f" ] && { echo "== $f" >&2; tail -n 40 "$f" >&2; }; done; exit 1; }
xvfb_pid=""; app_pid=""; user=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$user" ] && { sleep 1; userdel --remove "$user" 2>/dev/null || true; }
  apt-get purge -y -qq pizhu >/dev/null 2>&1 || true
}
trap cleanup EXIT

# --- The package as a maintainer sees it ---------------------------------------------------------------------------
# Accepted tags are overridden in the package (installer/linux/lintian-overrides, each with its reason); any other tag
# fails.
lintian --version
lintian --tag-display-limit 0 "$deb" > "$work/lintian.log" 2> "$work/lintian-err.log" || true
if [ -s "$work/lintian.log" ]; then fail "lintian reports tags (override only with a reason)"; fi
echo "lintian: clean (accepted tags: $(grep -c '^[a-z]' "$here/lintian-overrides") overrides)"

# MIME defaults before installing: Pizhu must never change them.
defaults_files=(/usr/share/applications/defaults.list /usr/share/applications/mimeapps.list /etc/xdg/mimeapps.list
  /usr/local/share/applications/mimeapps.list)
defaults_state() { for f in "${defaults_files[@]}"; do if [ -e "$f" ]; then sha256sum "$f"; else echo "absent $f"; fi; done; }
defaults_state > "$work/defaults-before"

apt-get install -y -qq "$deb" >/dev/null
version="$(dpkg-query -W -f '${Version}' pizhu)"
test "$(dpkg -S /usr/bin/pizhu | cut -d: -f1)" = pizhu || fail "/usr/bin/pizhu is not owned by the package"
test "$(readlink /usr/bin/pizhu)" = /opt/pizhu/bin/pizhu || fail "/usr/bin/pizhu does not point to /opt/pizhu/bin/pizhu"
test "$(pizhu --version)" = "pizhu $version" || fail "pizhu --version says '$(pizhu --version)', the package is $version"
test -d /opt/pizhu/lib/runtime && ! test -e /opt/pizhu/lib/runtime/bin/javac || fail "the runtime is not a jlinked one"
test -s /usr/share/doc/pizhu/copyright && grep -q "^License: Apache-2.0" /usr/share/doc/pizhu/copyright \
  || fail "no DEP-5 copyright naming Apache-2.0"
test -s /usr/share/man/man1/pizhu.1.gz && zcat /usr/share/man/man1/pizhu.1.gz | grep -q '^\.TH "PIZHU"' \
  || fail "no man page"
bash -c 'source /usr/share/bash-completion/completions/pizhu && complete -p pizhu' >/dev/null || fail "no bash completion"
test "$(ls /usr/share/icons/hicolor/*/apps/pizhu.png | wc -l)" = 7 && test -s /usr/share/icons/hicolor/scalable/apps/pizhu.svg \
  || fail "hicolor icons missing"
grep -q '^Icon=pizhu$' /usr/share/applications/pizhu.desktop || fail "the desktop entry does not name its icon"
grep -q '^MimeType=.*x-scheme-handler/pizhu;' /usr/share/applications/pizhu.desktop || fail "pizhu:// not registered"
if command -v update-desktop-database >/dev/null; then
  # "Open with": the desktop database lists Pizhu for the formats it reads (refreshed by dpkg's trigger).
  grep -q '^text/plain=.*pizhu.desktop' /usr/share/applications/mimeinfo.cache || fail "not offered for text/plain"
  grep -q '^x-scheme-handler/pizhu=pizhu.desktop' /usr/share/applications/mimeinfo.cache || fail "no pizhu:// handler"
fi
defaults_state | diff "$work/defaults-before" - || fail "installing changed the MIME defaults"

# --- Command line ---------------------------------------------------------------------------------------------------
# A new user, as on a fresh machine: Java takes the home folder from the password database, not from $HOME, so a
# fresh HOME needs a fresh user (their library, preferences and cache start empty).
user="pizhu-smoke-$$"
useradd --create-home --shell /bin/bash "$user"
home="$(getent passwd "$user" | cut -d: -f6)"
as_user=()
user_env() {  # the command prefix that runs as the new user with a clean environment (setpriv and env exec, so $! is
              # the command's own pid)
  as_user=(setpriv --reuid="$user" --regid="$user" --init-groups -- env -i HOME="$home" USER="$user" LANG=C.UTF-8
    PATH=/usr/local/bin:/usr/bin:/bin ${DISPLAY:+DISPLAY=$DISPLAY} ${PIZHU_READY:+PIZHU_READY=$PIZHU_READY})
}
unset DISPLAY WAYLAND_DISPLAY PIZHU_READY; user_env
chmod o+rx "$work"; cp "$sample" "$work/sample.txt"; sample="$work/sample.txt"; chmod o+r "$sample"
"${as_user[@]}" pizhu analyze "$sample" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["blocks"]) > 10, d'
echo "installed size: $(du -sh /opt/pizhu | cut -f1)"
set +e; "${as_user[@]}" pizhu > "$work/nodisplay.log" 2>&1; rc=$?; set -e
[ $rc -ne 0 ] && [ "$(wc -l < "$work/nodisplay.log")" = 1 ] && grep -q "graphical session" "$work/nodisplay.log" \
  || fail "without a display pizhu should print one line and fail (exit $rc)"
echo "no display: $(cat "$work/nodisplay.log") (exit $rc)"

# --- The window -----------------------------------------------------------------------------------------------------
exceptions() { grep -E 'Exception|Error:|^\s+at [a-z]' "$work/window-err.log" && fail "the window wrote an exception on stderr"; return 0; }
wait_for() {  # wait_for PATTERN SECONDS: a line of the window's stdout
  for _ in $(seq 1 $(( $2 * 4 ))); do
    grep -qF -- "$1" "$work/window-out.log" && return 0
    kill -0 "$app_pid" 2>/dev/null || fail "the window exited while waiting for '$1'"
    sleep 0.25
  done
  fail "no '$1' after $2 s"
}
for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 & xvfb_pid=$!
export DISPLAY=":$n"
for _ in $(seq 1 40); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.25; done

export PIZHU_READY=1; user_env
"${as_user[@]}" pizhu "$sample" > "$work/window-out.log" 2> "$work/window-err.log" & app_pid=$!
wait_for "pizhu: ready" 90
wait_for "pizhu: showing file $sample" 30
exceptions
sleep 2   # what is drawn after the first frame (speakers, fonts)
import -window root "$work/window.png"
colours="$(identify -format '%k' "$work/window.png")"
echo "window: $(grep 'pizhu: ready' "$work/window-out.log"); screenshot $colours colours"
cp "$work/window.png" "$(dirname "$deb")/smoke-window.png"   # kept for a look (CI artefact)
[ "$colours" -ge 200 ] || fail "the window looks blank ($colours colours)"

# The shown file went into the library (document 1); annotate it from the command line.
for _ in $(seq 1 60); do [ "$("${as_user[@]}" pizhu list 2>/dev/null | wc -l)" -ge 1 ] && break; sleep 0.5; done
quote="$(grep -m1 -o '[^[:space:]]\{8\}' "$sample" | head -1)"
annotation="$("${as_user[@]}" pizhu annotate 1 --quote="$quote" --note="smoke test" 2>/dev/null)"
[ -n "$annotation" ] || fail "could not annotate document 1"

# A second launch hands its file to the open window and exits.
printf '第二份文件\n\n這是煙霧測試的第二份文件，由第二次啟動交給已經打開的窗口。\n' > "$work/second.txt"
chmod o+r "$work/second.txt"
"${as_user[@]}" timeout 30 pizhu "$work/second.txt" > "$work/second-launch.log" 2>&1 || fail "the second launch did not hand over"
wait_for "pizhu: showing file $work/second.txt" 30
kill -0 "$app_pid" || fail "the window went away"
# A pizhu:// link goes to the annotation in document 1.
link="pizhu://doc/1#a-$annotation"
"${as_user[@]}" timeout 30 pizhu "$link" > "$work/link-launch.log" 2>&1 || fail "the link launch did not hand over"
wait_for "pizhu: showing $link" 30
exceptions
echo "window: opened $sample, then $work/second.txt and $link from later launches"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
kill "$xvfb_pid"; xvfb_pid=""
userdel --remove "$user" 2>/dev/null; user=""

# --- Removal --------------------------------------------------------------------------------------------------------
apt-get purge -y -qq pizhu >/dev/null
trap - EXIT
! dpkg -s pizhu >/dev/null 2>&1 || fail "pizhu is still known to dpkg"
left="$(find /opt /usr /etc \( -iname '*pizhu*' \) 2>/dev/null || true)"
[ -z "$left" ] || fail "left after purge: $left"
! grep -rqs pizhu /usr/share/applications /etc/xdg /usr/share/mime || fail "Pizhu is still in the MIME database"
defaults_state | diff "$work/defaults-before" - || fail "purging changed the MIME defaults"
rm -rf "$work"
echo "installer smoke test passed"
