#!/usr/bin/env python3
"""Writes N random 眾新聞 articles that are not in the corpus (never annotated, never tuned on) to OUT as ID.txt, one
block per line, for checking a rule's effect on unread text: dump the analyses before and after the change with
org.pizhu.speakers.AnalysisDump and read the differences. The texts stay outside the repository.

usage: python3 unread.py OUT [N=400] [SEED=20261207]   (PIZHU_MIRRORS=/work/.mirror, after fetching the archive)
"""
import os, random, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extractors

MIRRORS = os.environ.get("PIZHU_MIRRORS", "/work/.mirror")


def main(out, n=400, seed=20261207):
    git = os.path.join(MIRRORS, "hkarchivist+hkcnews-article-archive", "repo")
    files = subprocess.run(["git", "--git-dir", git, "ls-tree", "-r", "--name-only", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.split()
    files = [f for f in files if f.endswith(".md") and "article_" in f]
    used = {line.split("\t")[0] for line in open(os.path.join(HERE, "..", "split.tsv"), encoding="utf-8")}
    random.seed(seed)
    random.shuffle(files)
    os.makedirs(out, exist_ok=True)
    written = 0
    for f in files:
        aid = "hkcn-" + f.rsplit("_", 1)[1][:-3]
        if aid in used:
            continue
        src = subprocess.run(["git", "--git-dir", git, "show", "HEAD:" + f], capture_output=True).stdout.decode("utf-8")
        try:
            blocks = extractors.hkcnews(src)
        except Exception:
            continue
        text = "\n".join(t for k, t in blocks)
        if len(text) < 800:
            continue
        open(os.path.join(out, aid + ".txt"), "w", encoding="utf-8").write(text + "\n")
        written += 1
        if written >= n:
            break
    print(written)


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], int(a[1]) if len(a) > 1 else 400, int(a[2]) if len(a) > 2 else 20261207)
