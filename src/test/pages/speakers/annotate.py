#!/usr/bin/env python3
"""Writes speaker gold for the saved pages: PAGES/gold/ID.gold.json + the annotation -> PAGES/speakers/ID.gold.json.

The page gold (blocks, kinds) is made by PageGold and stays outside the repository; only the annotation (names, block
indexes, judgement calls) is kept here. Conventions: those of src/test/corpus/README.md ("Conventions and judgement
calls"; call 6: a surname + courtesy form such as 温先生 or 付小姐 is a named speaker, as in dev2).
Block indexes count the blocks of the page's gold file from 0; its headline (kind `title`) becomes a `heading`.

A(id, speakers, q=blocks not scored ('?'), unnamed=[(block, who)], rep=reporters, ns=not_speakers, note=judgement)
speakers: (name, 'p'|'o', [titles], [aliases], [statement block indexes]).
Speakers are scored on paragraph and caption blocks: a block in no speaker's statements and not in q has no speaker.
The folder PAGES/speakers also gets split.tsv (id, split from ../sources.tsv) for GoldProbe --part.
"""
import csv, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.environ.get("PIZHU_PAGES_CACHE", "/work/pages-cache")
OUT = os.path.join(PAGES, "speakers")


def _split():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(HERE, "..", "sources.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    with open(os.path.join(OUT, "split.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tsplit\n")
        for r in rows:
            f.write("%s\t%s\n" % (r["id"], r["split"]))


def A(id, speakers, q=(), unnamed=(), rep=(), ns=(), note=None):
    _split()
    g = json.load(open(os.path.join(PAGES, "gold", id + ".gold.json"), encoding="utf-8"))
    n = len(g["blocks"])
    spk = [{"name": nm, "kind": {"p": "person", "o": "organization"}[k], "titles": list(t), "aliases": list(al),
            "statements": sorted(st)} for nm, k, t, al, st in speakers]
    for s in spk:
        for b in s["statements"]:
            if not 0 <= b < n:
                raise ValueError("%s: block %d of %s out of range (%d blocks)" % (id, b, s["name"], n))
    for i, b in enumerate(g["blocks"]):
        if b["kind"] == "title":
            b["kind"] = "heading"
        if i in q:
            b["speaker"] = "?"
        elif b["kind"] in ("paragraph", "caption"):
            b["speaker"] = next((s["name"] for s in spk if i in s["statements"]), None)
        else:
            b["speaker"] = None
    g["speaker_gold"] = True
    g["speakers"] = spk
    g["unnamed_speakers"] = [{"block": b, "who": w} for b, w in unnamed]
    g["reporters"] = list(rep)
    g["not_speakers"] = list(ns)
    if note:
        g["judgement"] = note
    json.dump(g, open(os.path.join(OUT, id + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
