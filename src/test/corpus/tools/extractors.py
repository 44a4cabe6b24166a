#!/usr/bin/env python3
"""Extractors: source file text (+ selector) -> list of (guessed kind, line). One function per source format.

hkcnews (hkcnews-article-archive Markdown, as dev2 made its originals): title (# ) and ### / whole-line **bold** sub-headings = heading; <figcaption> = caption with a leading ▲;
links reduced to their text; images and HTML dropped; the subscription footer (from the first '---' line after the
body) and the author box dropped; the front-matter author added as a trailing byline.
"""
import re, subprocess, sys

def lines_of(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", "%s:%s" % (commit, path)],
                          capture_output=True, check=True).stdout.decode("utf-8")

def clean_inline(t):
    t = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", t)
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
    t = re.sub(r"<[^>]+>", "", t)
    return t.strip()

def hkcnews(text, selector=""):
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    front, body = m.group(1), text[m.end():]
    author = re.search(r'^author: "(.*)"$', front, re.M)
    out = []
    in_fig = False
    for raw in body.split("\n"):
        s = raw.strip()
        if s == "---":
            break
        if s.startswith("<figure"):
            in_fig = True
        if in_fig:
            c = re.search(r"<figcaption>(.*?)</figcaption>", s)
            if c and clean_inline(c.group(1)):
                out.append(("caption", "▲" + clean_inline(c.group(1))))
            if "</figure>" in s:
                in_fig = False
            continue
        if not s:
            continue
        s = re.sub(r"^>\s*", "", s)
        if re.fullmatch(r"\{\{.*\}\}", s):
            continue
        if s.startswith("#"):
            t = clean_inline(s.lstrip("#").strip().strip("*"))
            if t:
                out.append(("paragraph" if len(t) > 50 and t.endswith("。") else "heading", t))
            continue
        b = re.fullmatch(r"\*{1,3}([^*].*?)\*{1,3}", s)
        if b:
            t = clean_inline(b.group(1))
            short = len(t) <= 40 and not re.search(r"[。！？；」]$", t)
            out.append(("heading" if short else "paragraph", t))
            continue
        t = clean_inline(s.replace("**", ""))
        if t:
            out.append(("paragraph", t))
    if author and author.group(1).strip():
        out.append(("byline", author.group(1).strip()))
    return out

