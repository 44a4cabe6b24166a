#!/bin/sh
# Rebuilds the page cache (pages are the publishers' and are not kept in this repository) from the sources in
# sources.tsv: each page is read from a mirror of its repository at the recorded commit and decompressed.
# Mirrors: fetch github:GeneralNewsExtractor/GeneralNewsExtractor and github:virus-warnning/twnews first.
# Usage: sh src/test/pages/build.sh [CACHE] (default /work/pages-cache; mirrors in PIZHU_MIRRORS, default /work/.mirror)
set -eu
here=$(dirname "$0")
cache=${1:-/work/pages-cache}
mirrors=${PIZHU_MIRRORS:-/work/.mirror}
mkdir -p "$cache/raw"
tail -n +2 "$here/sources.tsv" | while IFS="$(printf '\t')" read -r id site script split repo commit path; do
  dir="$mirrors/$(echo "$repo" | tr / +)/repo"
  [ -d "$dir/.git" ] && dir="$dir/.git"
  case "$path" in
    *.xz) git -C "$dir" show "$commit:$path" | xz -dc ;;
    *.gz) git -C "$dir" show "$commit:$path" | gunzip -c ;;
    *) git -C "$dir" show "$commit:$path" ;;
  esac > "$cache/raw/$id.html"
done
cp "$here/sources.tsv" "$cache/sources.tsv"
echo "$(ls "$cache/raw" | wc -l) pages in $cache/raw"
