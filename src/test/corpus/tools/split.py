#!/usr/bin/env python3
"""Assigns every corpus text to `tune` or `holdout` (one third), by a seeded draw stratified by genre and script.

usage: split.py     -> rewrites ../split.tsv and copies it to $PIZHU_CORPUS_CACHE/split.tsv

Assignments already in split.tsv never change. Within each (genre, script) stratum the new texts are ordered by
sha256(SEED + id) and the first of them become holdout until the stratum's holdout count reaches round(n / 3).
"""
import hashlib, json, os, shutil
from build import manifest, HERE, CACHE

SEED = "pizhu-own-corpus-2026-12-06"

def main():
    path = os.path.join(HERE, "split.tsv")
    old = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if f[0] != "id":
                old[f[0]] = f
    rows = {}
    for r in manifest():
        d = os.path.join(HERE, "texts") if r["location"] == "repo" else os.path.join(CACHE, "texts")
        g = json.load(open(os.path.join(d, r["id"] + ".gold.json"), encoding="utf-8"))
        rows[r["id"]] = [r["id"], None, g["genre"], g["script"], g["outlet"].split(" (")[0], r["location"]]
    strata = {}
    for i, row in rows.items():
        strata.setdefault((row[2], row[3]), []).append(i)
    for key, ids in strata.items():
        fixed = [i for i in ids if i in old]
        for i in fixed:
            rows[i][1] = old[i][1]
        want = round(len(ids) / 3)
        have = sum(1 for i in fixed if rows[i][1] == "holdout")
        for i in sorted((i for i in ids if i not in old), key=lambda i: hashlib.sha256((SEED + i).encode()).hexdigest()):
            rows[i][1] = "holdout" if have < want else "tune"
            have += rows[i][1] == "holdout"
    with open(path, "w", encoding="utf-8") as f:
        f.write("id\tsplit\tgenre\tscript\toutlet\tlocation\n")
        for i in sorted(rows):
            f.write("\t".join(rows[i]) + "\n")
    os.makedirs(CACHE, exist_ok=True)
    shutil.copy(path, os.path.join(CACHE, "split.tsv"))
    for key, ids in sorted(strata.items()):
        print(key, len(ids), "holdout", sum(1 for i in ids if rows[i][1] == "holdout"))

if __name__ == "__main__":
    main()
