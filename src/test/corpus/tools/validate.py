#!/usr/bin/env python3
"""Checks every gold file of the own corpus (in-repo texts, and the cache when present): JSON parses, one block per
non-empty original line in order with equal text and lines, kinds and speakers valid, statements index existing
blocks, speaker/reporter names occur in the text, split.tsv covers every text."""
import json, os, sys
from build import manifest, HERE, CACHE

KINDS = {"heading", "paragraph", "caption", "byline", "credit", "?"}

def check(d, i):
    errs = []
    g = json.load(open(os.path.join(d, i + ".gold.json"), encoding="utf-8"))
    lines = [l for l in open(os.path.join(d, i + ".original.txt"), encoding="utf-8").read().split("\n") if l.strip()]
    b = g["blocks"]
    if len(b) != len(lines):
        errs.append("blocks %d != lines %d" % (len(b), len(lines)))
    text = "\n".join(lines)
    names = {s["name"] for s in g["speakers"]}
    for k, (blk, line) in enumerate(zip(b, lines)):
        if blk["text"] != line: errs.append("block %d text differs" % k)
        if blk["kind"] not in KINDS: errs.append("block %d kind %s" % (k, blk["kind"]))
        if blk.get("lines") != [k + 1, k + 1]: errs.append("block %d lines %s" % (k, blk.get("lines")))
        sp = blk.get("speaker", "missing")
        if sp not in (None, "?") and sp not in names: errs.append("block %d speaker %s not in speakers" % (k, sp))
        if not g["speaker_gold"] and sp != "?": errs.append("block %d speaker without speaker gold" % k)
    for s in g["speakers"]:
        if s["kind"] not in ("person", "organization"): errs.append("speaker %s kind" % s["name"])
        for n in [s["name"]] + s.get("aliases", []) + s.get("titles", []):
            if n not in text: errs.append("%s not in text" % n)
        for st in s["statements"]:
            if not 0 <= st < len(b): errs.append("%s statement %d out of range" % (s["name"], st))
            elif b[st]["speaker"] not in (s["name"], "?"): errs.append("%s statement %d but block speaker %s" % (s["name"], st, b[st]["speaker"]))
    for k, blk in enumerate(b):
        sp = blk["speaker"]
        if sp not in (None, "?") and not any(s["name"] == sp and k in s["statements"] for s in g["speakers"]):
            errs.append("block %d speaker %s not among its statements" % (k, sp))
    for r in g["reporters"]:
        if r not in text.replace(" ", "").replace("\u3000", "") and r not in text: errs.append("reporter %s not in text" % r)
    for u in g.get("unnamed_speakers", []):
        if not 0 <= u["block"] < len(b): errs.append("unnamed block %d" % u["block"])
    for key in ("source", "outlet", "date", "genre", "script", "licence"):
        if not g.get(key): errs.append("no %s" % key)
    return errs

def main():
    split = {}
    p = os.path.join(HERE, "split.tsv")
    if os.path.exists(p):
        split = {l.split("\t")[0]: l.split("\t")[1] for l in open(p, encoding="utf-8") if not l.startswith("id\t")}
    bad = n = 0
    for r in manifest():
        d = os.path.join(HERE, "texts") if r["location"] == "repo" else os.path.join(CACHE, "texts")
        if not os.path.exists(os.path.join(d, r["id"] + ".gold.json")):
            if r["location"] == "repo": print(r["id"], "missing"); bad += 1
            continue
        n += 1
        e = check(d, r["id"])
        if r["id"] not in split: e.append("not in split.tsv")
        if e:
            bad += 1
            print(r["id"], "; ".join(e[:6]))
    print("%d texts checked, %d with errors" % (n, bad))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
