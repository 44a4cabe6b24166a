#!/usr/bin/env bash
# Measures the desktop window on a virtual display (needs xvfb, xauth; fonts-noto-cjk for real glyphs):
#   window shown after launch (RUNS times), then a 1-million-character document opened once start-up has settled:
#   open-to-shown, script switch (visible repaint and whole document), heap. Each run uses a new, empty library (so the
#   first launch imports the sample, and the large file is new to the library). Add -Dpizhu.measure.settle=0 to open
#   the file during start-up instead (right after the sample is shown). Build first:
#   mvn -B -q package -DskipTests.
# usage: scripts/measure-ui.sh [RUNS] [extra JVM options...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift || true
jar=target/pizhu.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
big=$(mktemp --suffix=.txt)
libs=$(mktemp -d)
trap 'rm -rf "$big" "$libs"' EXIT
python3 - "$big" <<'PY'
import sys
sample = open("resources/samples/takungpao-2024-new-productive-forces.txt", encoding="utf-8").read()
out, n, i = [], 0, 0
while n < 1_150_000:
    part = f"第{i}部分\n\n" + sample + "\n\n"
    out.append(part); n += len(part); i += 1
open(sys.argv[1], "w", encoding="utf-8").write("".join(out))
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"
for i in $(seq 1 "$runs"); do
  xvfb-run -a -s "-screen 0 1400x900x24" bash -c \
    "timeout 30 java -Dpizhu.timing=true -Dpizhu.library=$libs/run$i.db $* -jar $jar 2>&1 | grep -m1 'window shown'; true"
done
xvfb-run -a -s "-screen 0 1400x900x24" bash -c \
  "timeout 120 java -Dpizhu.timing=true -Dpizhu.library=$libs/measure.db -Dpizhu.measure='$big' $* -jar $jar 2>&1 | grep -E 'pizhu(-measure)?:'; true"
