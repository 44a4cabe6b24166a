#!/usr/bin/env python3
"""Helper for writing speaker gold into annotations/ID.json (used by the speaker annotation scripts).

A(id, speakers, q=blocks not scored ('?'), unnamed=[(block, who)], rep=reporters, ns=not_speakers, note=judgement)
speakers: (name, 'p'|'o', [titles], [aliases], [statement block indexes]).
"""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def A(id, speakers, q=(), unnamed=(), rep=(), ns=(), note=None):
    p = os.path.join(HERE, "annotations", id + ".json")
    a = json.load(open(p, encoding="utf-8"))
    a["speaker_gold"] = True
    a["speakers"] = [{"name": n, "kind": {"p": "person", "o": "organization"}[k], "titles": list(t), "aliases": list(al),
                      "statements": sorted(st)} for n, k, t, al, st in speakers]
    a["block_speakers"] = {str(b): "?" for b in q}
    a["unnamed_speakers"] = [{"block": b, "who": w} for b, w in unnamed]
    a["reporters"] = list(rep)
    a["not_speakers"] = list(ns)
    if note:
        a["judgement"] = note
    json.dump(a, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def K(id, captions=None, **kinds):
    """Sets the kinds of a text's blocks (b3="heading") and, when given, its caption blocks, in annotations/ID.json."""
    p = os.path.join(HERE, "annotations", id + ".json")
    a = json.load(open(p, encoding="utf-8"))
    if captions is not None:
        a["captions"] = list(captions)
    a["kinds"] = {k.lstrip("b"): v for k, v in kinds.items()}
    json.dump(a, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)

