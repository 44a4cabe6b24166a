#!/usr/bin/env python3
"""Adds a text to the corpus: a manifest.tsv row and a first annotations/ID.json (metadata from the source's front
matter, or a saved HTML page's <time> and og:url: date, url, topic; no speaker gold yet). Existing rows and
annotation files are left unchanged.

usage: add.py ID REPOSITORY COMMIT PATH EXTRACTOR      (location cache; the source must be readable by build.py)
"""
import json, os, re, sys
from build import read_source, manifest, HERE

META = {
    "hkcnews": dict(outlet="眾新聞 Citizen News (Hong Kong)", script="traditional",
                    licence="© 眾新聞 Citizen News, all rights reserved (archive README); cache only, not redistributed"),
    "peopledaily": dict(outlet="人民日报 People's Daily", script="simplified",
                        licence="© 人民日报 People's Daily, all rights reserved; cache only (raw copy saved from the "
                                "read_file tool, length checked)"),
    "appledaily_tw": dict(outlet="蘋果日報 Apple Daily (Taiwan), 蘋果基金會 charity report", script="traditional",
                          licence="© 蘋果日報 Apple Daily Taiwan, all rights reserved; cache only"),
}

def front(src, key):
    if src.lstrip().startswith("<"):
        m = {"date": re.search(r'<time datetime="(\d+)/(\d+)/(\d+)/?"', src),
             "original_url": re.search(r'og:url" content="([^"]*)"', src)}.get(key)
        return "" if not m else "-".join(m.groups()) if key == "date" else m.group(1)
    m = re.search(r'^%s: "?(.*?)"?$' % key, src.split("\n---", 1)[0], re.M)
    return m.group(1).strip() if m else ""

def add(id, repo, commit, path, extractor):
    src = read_source(repo, commit, path)
    if id not in {r["id"] for r in manifest()}:
        with open(os.path.join(HERE, "manifest.tsv"), "a", encoding="utf-8") as f:
            f.write("\t".join([id, "cache", repo, commit, path, extractor, ""]) + "\n")
    p = os.path.join(HERE, "annotations", id + ".json")
    if os.path.exists(p):
        return
    a = dict(META[extractor], date=front(src, "date"), genre="news",
             topic={"hkcnews": front(src, "category"),
                    "appledaily_tw": "human interest (charity case)"}.get(extractor, ""),
             url=front(src, "original_url") or front(src, "source_url"), speaker_gold=False)
    with open(p, "w", encoding="utf-8") as f:
        json.dump(a, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    add(*sys.argv[1:6])
