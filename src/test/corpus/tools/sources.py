#!/usr/bin/env python3
"""Writes ../cache-manifest.tsv (texts kept outside the repository: how to rebuild them) and ../SOURCES.md
(texts in the repository: source, licence, attribution) from manifest.tsv and the annotations."""
import json, os
from build import manifest, HERE, CACHE

HOW = {
    "hkcnews": "Markdown body: title (#), ###/bold sub-headings = heading, <figcaption> = caption with ▲, links reduced to text, footer and author box dropped, front-matter author appended as byline (as corpus/dev2)",
    "peopledaily": "Markdown body: ###/#/## and bold lines = heading, the `> 本报记者 …《人民日报》（…）` line keeps its byline part, captions marked in the annotation get ▲ (as corpus/dev2); the raw file was saved from the read_file tool under raw/ (length checked) because the repository cannot be mirrored",
    "cna_aitlas": "the selector-th CNA article of the longText string literal; paragraphs as separated by blank lines, dateline and editor credit left glued",
    "appledaily_tw": "saved HTML page: h1/h2 headings, the date (byline), figure link titles as captions with ▲, intro and body paragraphs split at <br>, bhead sub-headings, a 報導．攝影╱X line as byline",
    "luxun": "hard-wrapped text joined per paragraph (blank line or indent starts one); editors' note markers and notes dropped",
}

def main():
    rows = manifest()
    with open(os.path.join(HERE, "cache-manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("id\trepository\tcommit\tpath\tselector\thow the original was made\n")
        for r in rows:
            if r["location"] == "cache":
                f.write("\t".join([r["id"], r["repository"], r["commit"], r["path"], r.get("selector") or "", HOW[r["extractor"]]]) + "\n")
    out = ["# Sources of the in-repository texts", "",
           "Every text in `texts/` may be redistributed; its source, licence and attribution are listed here (and repeated in",
           "its gold file). Texts whose licence does not allow redistribution are not in the repository: `cache-manifest.tsv`",
           "says where they come from and `tools/build.py` rebuilds them into the cache.", "",
           "| id | work | author / body | date | licence | source (repository @ commit : path) |", "|---|---|---|---|---|---|"]
    for r in rows:
        if r["location"] != "repo":
            continue
        g = json.load(open(os.path.join(HERE, "texts", r["id"] + ".gold.json"), encoding="utf-8"))
        work = g["blocks"][0]["text"]
        out.append("| %s | %s | %s | %s | %s | %s @ %s : %s |" % (r["id"], work, g["outlet"], g["date"], g["licence"],
                                                              r["repository"], r["commit"], r["path"]))
    out += ["", "Attribution: the Lu Xun texts as transcribed in tallusil/luxun-novel-analysis (MIT-licensed repository; the",
            "texts themselves are in the public domain); the law text as printed by 人民日报 from the 新华社 wire.", ""]
    open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8").write("\n".join(out))

if __name__ == "__main__":
    main()
