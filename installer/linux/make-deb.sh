#!/usr/bin/env bash
# Makes the .deb from the jpackage app-image: the app in /opt/pizhu, and in /usr the command (a symlink shipped in the
# package), the desktop entry, the hicolor icons, the man pages and bash completion generated from the picocli model,
# and the DEP-5 copyright. No maintainer scripts: dpkg's triggers refresh the menu, MIME, icon and man caches, and
# nothing is ever made the default application of a file type.
# Usage: installer/linux/make-deb.sh IMAGE_DIR OUT_DIR VERSION TARGET_DIR   (build.sh calls it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image="$(cd "$1" && pwd)"; out="$(cd "$2" && pwd)"; version="$3"; target="$(cd "$4" && pwd)"
codegen="$(ls "$target"/installer-tools/picocli-codegen-*.jar 2>/dev/null | head -1)"
[ -n "$codegen" ] || { echo "make-deb.sh: picocli-codegen missing in $target/installer-tools (mvn -Pinstaller)" >&2; exit 1; }
arch="$(dpkg --print-architecture)"
stage="$out/deb"
rm -rf "$stage" "$out/gen" && mkdir -p "$stage/DEBIAN" "$stage/opt" "$out/gen/man"
cp -a "$image" "$stage/opt/pizhu"

# The command on the PATH, owned by the package (`dpkg -S /usr/bin/pizhu` knows it).
install -d "$stage/usr/bin"
ln -s /opt/pizhu/bin/pizhu "$stage/usr/bin/pizhu"

share="$stage/usr/share"
install -D -m 0644 "$here/pizhu.desktop" "$share/applications/pizhu.desktop"
for s in 16 32 48 64 128 256 512; do
  install -D -m 0644 "$here/../icons/pizhu-$s.png" "$share/icons/hicolor/${s}x${s}/apps/pizhu.png"
done
install -D -m 0644 "$here/../icons/pizhu.svg" "$share/icons/hicolor/scalable/apps/pizhu.svg"
install -D -m 0644 "$here/copyright" "$share/doc/pizhu/copyright"
sed "s/@VERSION@/$version/; s/@DATE@/$(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git -C "$here" log -1 --format=%ct 2>/dev/null || date +%s)}")/" \
  "$here/changelog" | gzip -9n > "$out/gen/changelog.gz"
install -D -m 0644 "$out/gen/changelog.gz" "$share/doc/pizhu/changelog.gz"

# Man pages (AsciiDoc from picocli-codegen, roff from asciidoctor) and bash completion (picocli.AutoComplete), made
# with the app's own runtime and classpath, so they describe exactly the commands that are installed.
java="$image/lib/runtime/bin/java"
cp="$image/lib/app/*:$codegen"
"$java" -cp "$cp" picocli.codegen.docgen.manpage.ManPageGenerator -d "$out/gen/man" org.pizhu.cli.PizhuCommand >/dev/null
asciidoctor -b manpage -a reproducible -D "$out/gen/man" "$out/gen/man"/*.adoc
install -d "$share/man/man1"
for page in "$out/gen/man"/*.1; do gzip -9n -c "$page" > "$share/man/man1/$(basename "$page").gz"; done
"$java" -cp "$cp" picocli.AutoComplete -n pizhu -o "$out/gen/pizhu.bash" -f org.pizhu.cli.PizhuCommand >/dev/null
sed '1{/^#!/d}' "$out/gen/pizhu.bash" > "$out/gen/pizhu.completion"   # sourced by bash-completion, not run
install -D -m 0644 "$out/gen/pizhu.completion" "$share/bash-completion/completions/pizhu"
install -D -m 0644 "$here/lintian-overrides" "$share/lintian/overrides/pizhu"

# Modes a package may have: directories and executables 0755, everything else 0644.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage/opt" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/opt/pizhu/bin/pizhu" "$stage/opt/pizhu/lib/runtime/bin/"* "$stage/opt/pizhu/lib/runtime/lib/jspawnhelper"
find "$stage/opt" -type f -name '*.so' -exec chmod 0644 {} +

elves=()
while IFS= read -r -d '' f; do
  [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] && elves+=("$f")
done < <(find "$stage/opt" -type f -print0)
# Native code without symbols, as Debian ships it (the JDK's and JavaFX's libraries keep theirs in the build).
for f in "${elves[@]}"; do strip --strip-unneeded --remove-section=.comment --remove-section=.note "$f"; done

# Dependencies: the shared libraries the runtime's native code links (dpkg-shlibdeps, with versions), plus GTK 3,
# which JavaFX's glass opens with dlopen so no linker sees it.
shlibs="$(cd "$out/gen" && mkdir -p debian && printf 'Source: pizhu\n\nPackage: pizhu\nArchitecture: any\n' > debian/control \
  && dpkg-shlibdeps -O -xpizhu -l"$stage/opt/pizhu/lib/runtime/lib" -l"$stage/opt/pizhu/lib/runtime/lib/server" \
     "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
depends="$shlibs, libgtk-3-0"

installed_size="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" -e "s/@SIZE@/$installed_size/" \
  "$here/control" > "$stage/DEBIAN/control"
(cd "$stage" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

deb="$out/pizhu_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "deb: $(du -h "$deb" | cut -f1) $deb; installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
