#!/usr/bin/env bash
# macOS .dmg (untested: build on a Mac after `mvn package`). Mirrors installer/linux/build.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; target="${1:-$here/../../target}"; version="${2:-0.1.0}"; version="${version%%-*}"
out="$target/installer"; rm -rf "$out" && mkdir -p "$out/input" "$out/javafx"
cp "$target/pizhu.jar" "$out/input/"
for jar in "$target"/lib/*.jar; do case "$(basename "$jar")" in javafx-*-mac*.jar) cp "$jar" "$out/javafx/";; javafx-*) ;; *) cp "$jar" "$out/input/";; esac; done
jlink --module-path "$out/javafx" --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.charsets,javafx.base,javafx.graphics,javafx.controls \
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --output "$out/runtime"
mkdir -p "$out/pizhu.iconset"; for s in 16 32 64 128 256 512; do cp "$here/../icons/pizhu-$s.png" "$out/pizhu.iconset/icon_${s}x${s}.png"; done
iconutil -c icns "$out/pizhu.iconset" -o "$out/pizhu.icns"
assoc=(); for f in "$here"/associations/*.properties; do assoc+=(--file-associations "$f"); done
jpackage --type dmg --dest "$out" --name Pizhu --app-version "$version" --vendor Pizhu \
  --input "$out/input" --main-jar pizhu.jar --main-class org.pizhu.Launcher --runtime-image "$out/runtime" \
  --icon "$out/pizhu.icns" --mac-package-identifier org.pizhu "${assoc[@]}" --java-options "-Dfile.encoding=UTF-8" \
  $(for e in javafx.base/com.sun.javafx.event javafx.base/com.sun.javafx.binding javafx.controls/com.sun.javafx.scene.control javafx.controls/com.sun.javafx.scene.control.behavior; do echo --java-options --add-exports=$e=ALL-UNNAMED; done) \
  --java-options --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED --java-options --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
