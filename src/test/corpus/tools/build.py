#!/usr/bin/env python3
"""Builds the own corpus from public GitHub sources and hand annotations.

usage: build.py [ID ...]      (all ids of manifest.tsv when none given)

manifest.tsv (this folder's parent): id, location (repo|cache), repository, commit, path, extractor, selector.
annotations/ID.json: everything of the gold except the block texts (kinds, speakers, reporters, metadata).
Writes ID.original.txt and ID.gold.json to ../texts/ (location repo) or $PIZHU_CORPUS_CACHE/texts/ (location cache,
default /work/corpus-cache). Sources are read from fetched mirrors (/work/.mirror/OWNER+NAME/repo) or, for
repositories that cannot be mirrored, from files saved under $PIZHU_CORPUS_CACHE/raw/OWNER+NAME/COMMIT/PATH.
"""
import json, os, re, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extractors

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get("PIZHU_CORPUS_CACHE", "/work/corpus-cache")
MIRRORS = os.environ.get("PIZHU_MIRRORS", "/work/.mirror")

def read_source(repo, commit, path):
    raw = os.path.join(CACHE, "raw", repo.replace("/", "+"), commit, path)
    if os.path.exists(raw):
        return open(raw, encoding="utf-8").read()
    git = os.path.join(MIRRORS, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "--git-dir", git, "show", "%s:%s" % (commit, path)],
                          capture_output=True, check=True).stdout.decode("utf-8")

def manifest():
    rows = []
    for line in open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip() or line.startswith("id\t"):
            continue
        f = line.rstrip("\n").split("\t")
        rows.append(dict(zip(["id", "location", "repository", "commit", "path", "extractor", "selector"], f)))
    return rows

NOTE = ("One block per line of the original (kind scored; speaker scored on paragraph/caption blocks, '?' = not "
        "scored: several speakers, or an unnamed speaker, in the block, or no speaker gold for this text). "
        "Speakers as in corpus/dev2; lines = [first, last] line of the block in ID.original.txt (1-based).")

def build(row):
    src = read_source(row["repository"], row["commit"], row["path"])
    blocks = getattr(extractors, row["extractor"])(src, row.get("selector") or "")
    ann_path = os.path.join(HERE, "annotations", row["id"] + ".json")
    ann = json.load(open(ann_path, encoding="utf-8")) if os.path.exists(ann_path) else {}
    kinds = {int(k): v for k, v in ann.get("kinds", {}).items()}
    spk_gold = ann.get("speaker_gold", False)
    bs = {int(k): v for k, v in ann.get("block_speakers", {}).items()}
    drop = set(ann.get("drop_lines", []))
    blocks = [b for i, b in enumerate(blocks) if i not in drop]
    caps = set(ann.get("captions", []))
    blocks = [("caption", "▲" + t) if i in caps else (k, t) for i, (k, t) in enumerate(blocks)]
    out_blocks = []
    for i, (kind, text) in enumerate(blocks):
        kind = kinds.get(i, kind)
        if spk_gold:
            sp = bs.get(i)
            if sp is None and kind in ("paragraph", "caption"):
                sp = next((s["name"] for s in ann.get("speakers", []) if i in s["statements"]), None)
        else:
            sp = "?"
        out_blocks.append({"kind": kind, "text": text, "lines": [i + 1, i + 1], "speaker": sp})
    gold = {
        "document": row["id"] + ".original.txt",
        "source": {"repository": row["repository"], "path": row["path"], "commit": row["commit"],
                   "url": ann.get("url", "")},
        "outlet": ann.get("outlet", ""), "date": ann.get("date", ""), "genre": ann.get("genre", ""),
        "topic": ann.get("topic", ""), "script": ann.get("script", ""), "licence": ann.get("licence", ""),
        "speaker_gold": spk_gold, "note": NOTE, "blocks": out_blocks,
        "speakers": ann.get("speakers", []), "unnamed_speakers": ann.get("unnamed_speakers", []),
        "reporters": ann.get("reporters", []), "not_speakers": ann.get("not_speakers", []),
    }
    if ann.get("judgement"):
        gold["judgement"] = ann["judgement"]
    d = os.path.join(HERE, "texts") if row["location"] == "repo" else os.path.join(CACHE, "texts")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, row["id"] + ".original.txt"), "w", encoding="utf-8") as f:
        f.write("".join(t + "\n" for _, t in blocks))
    with open(os.path.join(d, row["id"] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return d, len(blocks)

if __name__ == "__main__":
    want = set(sys.argv[1:])
    missing = []
    os.makedirs(CACHE, exist_ok=True)
    shutil.copy(os.path.join(HERE, "split.tsv"), os.path.join(CACHE, "split.tsv"))
    for row in manifest():
        if want and row["id"] not in want:
            continue
        try:
            d, n = build(row)
        except subprocess.CalledProcessError:
            missing.append(row["id"])
            print("%s\tSKIPPED: source not in a mirror or under %s/raw (see README)" % (row["id"], CACHE))
            continue
        print("%s\t%d blocks\t%s" % (row["id"], n, d))
    if missing:
        print("%d texts not built: %s" % (len(missing), " ".join(missing)), file=sys.stderr)
