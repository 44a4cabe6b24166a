#!/usr/bin/env bash
# Installs the built .deb, uses the installed `pizhu` (CLI and window), then uninstalls it. Run as root (CI).
# Usage: installer/linux/smoke-test.sh target/installer/pizhu_*.deb SAMPLE.txt
set -euo pipefail
deb="$(readlink -f "$1")"
sample="$(readlink -f "$2")"
export DEBIAN_FRONTEND=noninteractive

apt-get install -y -qq "$deb" >/dev/null
trap 'apt-get remove -y -qq pizhu >/dev/null 2>&1 || true' EXIT

test "$(command -v pizhu)" = /usr/bin/pizhu
pizhu --version
test -d /opt/pizhu/lib/runtime && ! test -e /opt/pizhu/lib/runtime/bin/javac   # jlinked runtime, not a JDK
pizhu analyze "$sample" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["blocks"]) > 10, d'
echo "installed size: $(du -sh /opt/pizhu | cut -f1)"

# The window: start it on a virtual display and check it is still up after a few seconds.
if command -v xvfb-run >/dev/null; then
  export HOME="$(mktemp -d)"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c 'pizhu >"$HOME/gui.log" 2>&1 & pid=$!; sleep 8;
    if kill -0 $pid 2>/dev/null; then echo "window stayed up"; kill $pid; else cat "$HOME/gui.log"; exit 1; fi'
else
  echo "xvfb-run missing: window check skipped" >&2
fi

apt-get remove -y -qq pizhu >/dev/null
trap - EXIT
! test -e /usr/bin/pizhu
! test -d /opt/pizhu/bin
echo "installer smoke test passed"
