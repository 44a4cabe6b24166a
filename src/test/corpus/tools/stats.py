#!/usr/bin/env python3
"""Prints the corpus counts (Markdown): texts by genre/script/location, outlets, licences, speaker gold, split."""
import collections, json, os
from build import manifest, HERE, CACHE

def main():
    split = {l.split("\t")[0]: l.split("\t")[1] for l in open(os.path.join(HERE, "split.tsv"), encoding="utf-8")
             if not l.startswith("id\t")}
    rows = collections.defaultdict(lambda: collections.Counter())
    outlets, kinds = collections.Counter(), collections.Counter()
    nspk = nblocks = 0
    for r in manifest():
        d = os.path.join(HERE, "texts") if r["location"] == "repo" else os.path.join(CACHE, "texts")
        p = os.path.join(d, r["id"] + ".gold.json")
        if not os.path.exists(p):
            continue
        g = json.load(open(p, encoding="utf-8"))
        c = rows[(g["genre"], g["script"])]
        c[r["location"]] += 1
        c[split[r["id"]]] += 1
        c["speaker gold"] += g["speaker_gold"]
        outlets[(g["outlet"].split(" (")[0].split(",")[0], g["script"], r["location"], g["licence"].split(";")[0].split(" (")[0])] += 1
        nspk += len(g["speakers"])
        nblocks += len(g["blocks"])
        kinds.update(b["kind"] for b in g["blocks"])
    print("| genre | script | repo | cache | speaker gold | tune | holdout | fresh |\n|---|---|---|---|---|---|---|---|")
    tot = collections.Counter()
    for (genre, script), c in sorted(rows.items()):
        tot.update(c)
        print("| %s | %s | %d | %d | %d | %d | %d | %d |" % (genre, script, c["repo"], c["cache"], c["speaker gold"], c["tune"], c["holdout"], c["fresh"]))
    print("| **all** | | %d | %d | %d | %d | %d | %d |" % (tot["repo"], tot["cache"], tot["speaker gold"], tot["tune"], tot["holdout"], tot["fresh"]))
    print("\n| outlet / author | script | location | licence | texts |\n|---|---|---|---|---|")
    for (o, s, loc, lic), n in sorted(outlets.items()):
        print("| %s | %s | %s | %s | %d |" % (o, s, loc, lic, n))
    print("\nblocks %d (%s); speakers in the gold %d" % (nblocks, ", ".join("%s %d" % kv for kv in kinds.most_common()), nspk))

if __name__ == "__main__":
    main()
