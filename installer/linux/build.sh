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
# stable) plus JavaFX. jdk.localedata carries the Chinese locale data; only en and zh are kept.
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.charsets,javafx.base,javafx.graphics,javafx.controls"
"$java_home/bin/jlink" --module-path "$out/javafx" --add-modules "$modules" \
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=2 \
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
java_options=(--java-options "-Dfile.encoding=UTF-8" --java-options "-Xshare:auto")
for e in "${exports[@]}"; do java_options+=(--java-options "--add-exports=$e=ALL-UNNAMED"); done
for o in javafx.graphics/javafx.scene javafx.controls/javafx.scene.control.skin; do
  java_options+=(--java-options "--add-opens=$o=ALL-UNNAMED")
done
printf '%s\n' "${exports[@]}" > "$out/javafx-exports.txt"
echo "JavaFX packages exported to the classpath: ${exports[*]}"

"$java_home/bin/jpackage" --type app-image --dest "$out/image" --name pizhu --app-version "$version" \
  --vendor "Pizhu" --copyright "Apache-2.0" \
  --description "Reader and annotator for Chinese sources: reflow, speakers, highlights, OpenCC, Markdown export" \
  --input "$out/input" --main-jar pizhu.jar --main-class org.pizhu.Launcher \
  --runtime-image "$out/runtime" --icon "$here/../icons/pizhu-256.png" "${java_options[@]}"
echo "app-image: $(du -sh "$out/image/pizhu" | cut -f1) in $out/image/pizhu"

if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null && command -v asciidoctor >/dev/null; then
  "$here/make-deb.sh" "$out/image/pizhu" "$out" "$version" "$target"
else
  echo "skipping .deb: dpkg-deb, dpkg-shlibdeps (dpkg-dev) and asciidoctor are needed" >&2
fi
