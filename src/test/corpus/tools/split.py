#!/usr/bin/env python3
"""Assigns every corpus text to `tune` or `holdout` (one third), by a seeded draw stratified by genre and script.

usage: split.py [--fresh ID ... | --read ID ...]    -> rewrites ../split.tsv and copies it to $PIZHU_CORPUS_CACHE/split.tsv

Assignments already in split.tsv never change. `--fresh` puts new texts in the `fresh` split (annotated without
seeing the engine's output, scored before and after a session's rules); fresh texts stay out of the strata. `--read` moves fresh texts
that have been scored blind into `tune`; column `origin` keeps them apart (`blind`) from the texts of the stratified
draw (`drawn`), whose holdout third stays a third of the drawn texts. Within each (genre, script) stratum the new texts are ordered by
sha256(SEED + id) and the first of them become holdout until the stratum's holdout count reaches round(n / 3).
"""
import hashlib, json, os, shutil, sys
from build import manifest, HERE, CACHE

SEED = "pizhu-own-corpus-2026-12-06"

def main(fresh=(), read=()):
    path = os.path.join(HERE, "split.tsv")
    old = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if f[0] != "id":
                old[f[0]] = f
    for i in read:
        if old.get(i, [i, ""])[1] != "fresh":
            sys.exit("not a fresh text: " + i)
        old[i] = old[i][:1] + ["tune"] + old[i][2:6] + ["blind"]
    rows = {}
    for r in manifest():
        d = os.path.join(HERE, "texts") if r["location"] == "repo" else os.path.join(CACHE, "texts")
        g = json.load(open(os.path.join(d, r["id"] + ".gold.json"), encoding="utf-8"))
        blind = r["id"] in fresh or (r["id"] in old and (old[r["id"]][1] == "fresh" or old[r["id"]][6:] == ["blind"]))
        rows[r["id"]] = [r["id"], None, g["genre"], g["script"], g["outlet"].split(" (")[0], r["location"],
                         "blind" if blind else "drawn"]
    strata = {}
    for i, row in rows.items():
        if i in fresh or (i in old and old[i][1] == "fresh"):
            row[1] = "fresh"
            continue
        if row[6] == "drawn":
            strata.setdefault((row[2], row[3]), []).append(i)
    for i, row in rows.items():
        if row[6] == "blind" and row[1] is None:
            row[1] = old[i][1]
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
        f.write("id\tsplit\tgenre\tscript\toutlet\tlocation\torigin\n")
        for i in sorted(rows):
            f.write("\t".join(rows[i]) + "\n")
    os.makedirs(CACHE, exist_ok=True)
    shutil.copy(path, os.path.join(CACHE, "split.tsv"))
    for key, ids in sorted(strata.items()):
        print(key, len(ids), "holdout", sum(1 for i in ids if rows[i][1] == "holdout"))

if __name__ == "__main__":
    a = sys.argv[1:]
    main(set(a[1:]) if a[:1] == ["--fresh"] else (), set(a[1:]) if a[:1] == ["--read"] else ())
