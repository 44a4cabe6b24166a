#!/usr/bin/env bash
# Builds the Linux app-image of Pizhu with a jlinked runtime (no full JDK inside), then the .deb (make-deb.sh).
# Usage: installer/linux/build.sh [TARGET_DIR] [VERSION]   (run after `mvn package`; `mvn -Pinstaller package` calls
# it). Needs a JDK 17+ with jlink, jdeps and jpackage; for the .deb also dpkg-deb, dpkg-shlibdeps and asciidoctor.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$(cd "${1:-$here/../../target}" && pwd)"
version="${2:?usage: build.sh TARGET_DIR VERSION}"
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+){1,2}$ ]]; then
  # One version everywhere: `pizhu --version`, the app-image and the package all say the pom's version, and jpackage
  # and Debian both take it as it is only when it is a plain release number.
  echo "build.sh: the installer is built from a release version (x.y.z), not '$version'" >&2
  exit 1
fi
out="$target/installer"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
# The JDK whose jlink makes the runtime: the build's JDK, or PIZHU_RUNTIME_JDK (e.g. a JDK 25, whose AOT cache of the
# app, made by a training run under Xvfb below, halves the window's start-up CPU; see installer/README.md).
runtime_jdk="${PIZHU_RUNTIME_JDK:-$java_home}"
feature="$("$runtime_jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"

rm -rf "$out" && mkdir -p "$out/input" "$out/javafx"
cp "$target/pizhu.jar" "$out/input/"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$out/javafx/" ;;   # JavaFX goes into the runtime image as modules
    javafx-*) ;;                                      # platform-less stubs: not needed
    *) cp "$jar" "$out/input/" ;;                     # the app and its libraries stay on the classpath
  esac
done

# The jar's manifest Class-Path (lib/*.jar) serves `java -jar target/pizhu.jar`; in the image the launcher sets the
# classpath, and those relative entries would point at files that do not exist.
rm -rf "$out/jar" && mkdir -p "$out/jar" && (cd "$out/jar" && "$java_home/bin/jar" xf "$out/input/pizhu.jar")
awk '/^Class-Path:/ { skip = 1; next } skip && /^ / { next } { skip = 0; print }' \
  "$out/jar/META-INF/MANIFEST.MF" > "$out/MANIFEST.MF"
rm "$out/jar/META-INF/MANIFEST.MF"
"$java_home/bin/jar" --create --file "$out/input/pizhu.jar" --manifest "$out/MANIFEST.MF" -C "$out/jar" .
rm -rf "$out/jar"

# JDK modules the app uses (jdeps over the classpath jars is noisy with automatic modules; the list is small and
# stable) plus JavaFX. jdk.localedata carries the Chinese locale data; only en and zh are kept. jdk.management counts
# the bytes an import allocates (its memory budget, ImportContext).
modules="java.base,java.desktop,java.logging,java.management,jdk.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.charsets,javafx.base,javafx.graphics,javafx.controls"
compress=2; [ "$feature" -ge 21 ] && compress=zip-6
"$runtime_jdk/bin/jlink" --module-path "$out/javafx" --add-modules "$modules" \
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=$compress \
  --output "$out/runtime"
# The JDK's default class-data-sharing archive for the runtime's own classes (jlink of JDK 17 does not make one).
"$out/runtime/bin/java" -Xshare:dump -Xlog:cds=off >/dev/null

# In the runtime JavaFX is a set of named modules, while ControlsFX, RichTextFX's ReactFX and the app stay on the
# classpath: every JavaFX-internal package they use must be exported to the unnamed module, or the window breaks
# (IllegalAccessError from ControlsFX's AutoCompletionBinding). The list is read from the jars with jdeps, so a
# library upgrade that uses another internal package is covered; ControlsFX also reaches into JavaFX by reflection
# (ImplUtils.getChildren on javafx.scene.Parent, ReflectionUtils on control skins), which needs the two opens.
mapfile -t exports < <("$java_home/bin/jdeps" --multi-release 17 --module-path "$out/javafx" -verbose:package \
    --ignore-missing-deps "$out"/input/*.jar 2>/dev/null \
  | awk '$2 == "->" && $3 ~ /^com\.sun\.javafx\./ && $4 ~ /^javafx\./ { print $4 "/" $3 }' | sort -u)
[ ${#exports[@]} -gt 0 ] || { echo "build.sh: jdeps found no JavaFX-internal packages; check its output" >&2; exit 1; }
java_options=(--java-options "-Dfile.encoding=UTF-8")
if [ "$feature" -ge 25 ]; then
  # JavaFX and sqlite-jdbc load native code, JavaFX's Marlin renderer uses sun.misc.Unsafe: allowed, without warnings.
  java_options+=(--java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED"
    --java-options "--sun-misc-unsafe-memory-access=allow")
else
  java_options+=(--java-options "-Xshare:auto")
fi
for e in "${exports[@]}"; do java_options+=(--java-options "--add-exports=$e=ALL-UNNAMED"); done
for o in javafx.graphics/javafx.scene javafx.controls/javafx.scene.control.skin; do
  java_options+=(--java-options "--add-opens=$o=ALL-UNNAMED")
done
printf '%s\n' "${exports[@]}" > "$out/javafx-exports.txt"
echo "JavaFX packages exported to the classpath: ${exports[*]}"

jpackage="$runtime_jdk/bin/jpackage"; [ -x "$jpackage" ] || jpackage="$java_home/bin/jpackage"   # the launcher of the runtime's JDK
"$jpackage" --type app-image --dest "$out/image" --name pizhu --app-version "$version" \
  --vendor "Pizhu" --copyright "Apache-2.0" \
  --description "Reader and annotator for Chinese sources: reflow, speakers, highlights, OpenCC, Markdown export" \
  --input "$out/input" --main-jar pizhu.jar --main-class org.pizhu.Launcher \
  --runtime-image "$out/runtime" --icon "$here/../icons/pizhu-256.png" "${java_options[@]}"

# JDK 25+: an AOT cache of the app (classes loaded and linked, method profiles) from one training run of the window
# on a virtual display: `pizhu SAMPLE` until its first page of text is shown, then quit. The cache stays valid when
# the image moves to /opt/pizhu; without Xvfb the image simply has none.
if [ "$feature" -ge 25 ] && command -v Xvfb >/dev/null; then
  train="$(mktemp -d)"
  for n in $(seq 70 89); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  for _ in $(seq 1 40); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.25; done
  DISPLAY=":$n" PIZHU_READY=1 JAVA_TOOL_OPTIONS="-Duser.home=$train -XX:AOTCacheOutput=$out/image/pizhu/lib/pizhu.aot" \
    "$out/image/pizhu/bin/pizhu" "$here/../../resources/samples/takungpao-2024-new-productive-forces.txt" \
    > "$train/out" 2>&1 & app=$!
  for _ in $(seq 1 480); do grep -q "pizhu: ready" "$train/out" && break; kill -0 $app 2>/dev/null || break; sleep 0.5; done
  sleep 3; kill $app 2>/dev/null || true; wait $app || true   # the cache is assembled as the JVM exits
  kill $xvfb; rm -rf "$train"
  if [ -s "$out/image/pizhu/lib/pizhu.aot" ]; then
    echo 'java-options=-XX:AOTCache=$APPDIR/../pizhu.aot' >> "$out/image/pizhu/lib/app/pizhu.cfg"
    echo "AOT cache: $(du -h "$out/image/pizhu/lib/pizhu.aot" | cut -f1)"
  else
    echo "build.sh: the AOT training run made no cache; the image has none" >&2
  fi
fi
echo "app-image: $(du -sh "$out/image/pizhu" | cut -f1) in $out/image/pizhu"

if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null && command -v asciidoctor >/dev/null; then
  "$here/make-deb.sh" "$out/image/pizhu" "$out" "$version" "$target"
else
  echo "skipping .deb: dpkg-deb, dpkg-shlibdeps (dpkg-dev) and asciidoctor are needed" >&2
fi
