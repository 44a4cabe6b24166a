#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Pizhu with a jlinked runtime (no full JDK inside).
# Usage: installer/linux/build.sh [TARGET_DIR] [VERSION]   (run after `mvn package`; the Maven profile
# `-Pinstaller` calls it). Needs a JDK 17+ with jlink/jpackage, and fakeroot + dpkg-deb for the .deb.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:-$here/../../target}"
version="${2:-0.1.0}"
version="${version%%-*}"                       # jpackage wants a plain number: 0.1.0-SNAPSHOT -> 0.1.0
out="$target/installer"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

rm -rf "$out" && mkdir -p "$out/input" "$out/javafx" "$out/resources"
cp "$target/pizhu.jar" "$out/input/"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$out/javafx/" ;;   # JavaFX goes into the runtime image as modules
    javafx-*) ;;                                      # platform-less stubs: not needed
    *) cp "$jar" "$out/input/" ;;                     # the app and its libraries stay on the classpath
  esac
done

# JDK modules the app uses (jdeps over the classpath jars is noisy with automatic modules; the list is small and
# stable) plus JavaFX. jdk.localedata carries the Chinese locale data; only en and zh are kept.
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.charsets,javafx.base,javafx.graphics,javafx.controls"
"$java_home/bin/jlink" --module-path "$out/javafx" --add-modules "$modules" \
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

cp "$here/../icons/pizhu-256.png" "$out/resources/pizhu.png"
cp "$here/pizhu.desktop" "$out/resources/pizhu.desktop"
cp "$here/postinst" "$here/prerm" "$here/control" "$out/resources/"

common=(--name pizhu --app-version "$version" --vendor "Pizhu" --copyright "Apache-2.0"
  --description "Reader and annotator for Chinese sources: reflow, speakers, highlights, OpenCC, Markdown export"
  --input "$out/input" --main-jar pizhu.jar --main-class org.pizhu.Launcher
  --runtime-image "$out/runtime" --icon "$out/resources/pizhu.png"
  --java-options "-Dfile.encoding=UTF-8" --java-options "-Xshare:auto")

"$java_home/bin/jpackage" --type app-image --dest "$out/image" "${common[@]}"
echo "app-image: $(du -sh "$out/image/pizhu" | cut -f1) in $out/image/pizhu"

if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  "$java_home/bin/jpackage" --type deb --dest "$out" "${common[@]}" --resource-dir "$out/resources" \
    --install-dir /opt --linux-package-name pizhu --linux-deb-maintainer "dev@pizhu.org" \
    --linux-menu-group "Office;Education" --linux-app-category text --linux-shortcut \
    --linux-package-deps "libgtk-3-0"
  deb=$(ls "$out"/pizhu_*.deb)
  echo "deb: $(du -h "$deb" | cut -f1) $deb; installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
else
  echo "skipping .deb: fakeroot and dpkg-deb are needed" >&2
fi
