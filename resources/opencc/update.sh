#!/bin/sh
# Regenerates Pizhu's copy of the OpenCC data (dictionaries, conversion configs, licence)
# from a named version of the npm package "opencc".
#
#   resources/opencc/update.sh 1.4.2
#
# Only the plain-text dictionaries and the JSON configs are copied; the derived dictionaries
# (…Rev, TSCharactersExt, STPhrases_GeneratedFromRegionalPhrases) are built from them when
# Pizhu loads the data (see org.pizhu.script.OpenccData), exactly as OpenCC's build derives them.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 VERSION   (an npm version of the package opencc, e.g. 1.4.2)" >&2
    exit 2
fi
version=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "opencc@$version" >/dev/null)
tar -xzf "$work"/opencc-*.tgz -C "$work"
pkg=$work/package
[ -d "$pkg/data/dictionary" ] || { echo "opencc@$version has no data/dictionary" >&2; exit 1; }

rm -rf "$here/dictionary" "$here/config"
mkdir -p "$here/dictionary" "$here/config"
cp "$pkg"/data/dictionary/*.txt "$here/dictionary/"
for f in "$pkg"/data/config/*.json; do
    case $(basename "$f") in
        *schema*) ;;
        *) cp "$f" "$here/config/" ;;
    esac
done
cp "$pkg/LICENSE" "$here/LICENSE"
printf '%s\n' "$version" > "$here/VERSION"
echo "OpenCC $version: $(ls "$here/dictionary" | wc -l) dictionaries, $(ls "$here/config" | wc -l) configs in $here"
