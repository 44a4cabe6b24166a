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


NOTE_MARK = re.compile("[\u2460-\u2487]|〔[０-９0-9]+〕")
NOTES_START = re.compile("^(□注释|注释：|〔注|【注|[\u2460-\u2473\u2474-\u2487]|〔[０-９0-9]+〕)")
DATE = re.compile("^(一九[一二三四五六七八九〇○零]{2}年)?[一二三四五六七八九十]+月([一二三四五六七八九十〇○]+日)?[。]?$")
EDITORIAL = re.compile("^[（〔](原刊|选自|《)")

def luxun(text, selector=""):
    """tallusil/luxun-novel-analysis data/raw: a hard-wrapped text in a ``` fence, centred title and author; a paragraph
    starts after a blank line or at an indented line. Wrapped lines are joined without a space. Dropped: the
    editors' note markers (⑴, 〔１〕), the notes after the text (modern annotations) and the editors' source lines
    (（原刊…）, 〔选自…〕). The author line is a byline, the closing date a byline (dateline), a lone numeral a heading."""
    body = text.split("```")[1] if text.count("```") >= 2 else text
    blocks, cur, centred = [], [], None
    for line in body.split("\n"):
        if not line.strip():
            if cur:
                blocks.append(cur); cur = []
            continue
        lead = len(line) - len(line.lstrip(" \u3000"))
        is_centred = len(line) - len(line.lstrip(" ")) >= 8
        if not cur and NOTES_START.match(line.strip()):
            break
        if EDITORIAL.match(line.strip()):
            continue
        if cur and (is_centred and not centred or (lead > 0 and not is_centred)):
            blocks.append(cur); cur = []
        if not cur:
            centred = is_centred
        cur.append(line)
    else:
        if cur:
            blocks.append(cur)
    if cur and blocks and blocks[-1] is not cur:
        blocks.append(cur)
    out = []
    for i, b in enumerate(blocks):
        t = NOTE_MARK.sub("", "".join(l.strip(" \u3000") for l in b))
        b_centred = len(b[0]) - len(b[0].lstrip(" ")) >= 8
        if not t or EDITORIAL.match(t):
            continue
        if not out:
            out.append(("heading", t))
        elif re.fullmatch(r"[·・]?鲁\s*迅[·・]?", t):
            out.append(("byline", t))
        elif DATE.match(t) or (b_centred and i >= len(blocks) - 2):
            out.append(("byline", t))
        elif re.fullmatch(r"[一二三四五六七八九十]+", t):
            out.append(("heading", t))
        else:
            out.append(("paragraph", t))
    return out

def cna_aitlas(text, selector):
    """Droidtown/AItlasAPI AItlasAPI.py: the CNA articles of the `longText` string literal (adjacent string literals,
    one article each); selector = article number (1-based). Paragraphs as separated by blank lines; the CNA
    dateline and the editor credit stay glued to the first and last paragraphs as the source has them."""
    body = text[text.index('longText = """') + len('longText = """'):]
    body = body[:body.index('"""')]
    arts = re.split(r'"\n"', body)
    art = arts[int(selector) - 1].strip('"')
    return [("paragraph", p.strip()) for p in art.split("\n\n") if p.strip()]

def peopledaily(text, selector=""):
    """leeperfect/PeopleDailyMaterial data/vault Markdown, as dev2 made its People's Daily originals: ### kicker,
    # headline, ## sub-title and whole-line **bold** sub-headings = heading (** removed); the line
    `> 本报记者 … 《人民日报》（日期 版）` keeps only its byline part (dropped when it has none); other lines are
    paragraphs (captions and credits are marked in the annotation)."""
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    out = []
    for raw in body.split("\n"):
        s = raw.strip()
        if not s:
            continue
        if s.startswith(">"):
            s = re.sub(r"^>\s*", "", s)
            s = re.sub(r"《人民日报》（[^）]*）\s*$", "", s).strip()
            if s:
                out.append(("byline", s))
            continue
        if s.startswith("#"):
            out.append(("heading", s.lstrip("#").strip()))
            continue
        b = re.fullmatch(r"\*\*(.+?)\*\*", s)
        if b:
            out.append(("heading", b.group(1).strip()))
            continue
        out.append(("paragraph", s.replace("**", "")))
    return out

def appledaily_tw(text, selector=""):
    """joanne3634/appledaily start_charity_dev/*.htm (Taiwan Apple Daily charity reports, saved pages): h1 and h2
    headings, the date, photo captions (the link title of each figure, with a leading ▲ as in corpus/dev2), the intro
    and body paragraphs split at <br>, bhead sub-headings; a `報導．攝影╱X` line is a byline."""
    import html as _html
    t = _html.unescape(text)
    art = t[t.index("<article"):t.index("</article>")]
    art = re.sub(r"<script.*?</script>", "", art, flags=re.S)
    out = []
    for m in re.finditer(r'<h1 id="h1">(.*?)</h1>|<h2 id="h2">(.*?)</h2>|<time[^>]*>(.*?)</time>'
                         r'|<figure.*?title="(.*?)".*?</figure>|<p id="(?:introid|bcontent)">(.*?)</p>'
                         r'|<h2 id="bhead">(.*?)</h2>', art, flags=re.S):
        h1, h2, time, cap, para, bhead = m.groups()
        if h1 or h2 or bhead:
            out.append(("heading", re.sub(r"<[^>]+>", "", h1 or h2 or bhead).strip()))
        elif time:
            out.append(("byline", time.strip()))
        elif cap:
            out.append(("caption", "▲" + cap.strip()))
        elif para is not None:
            for part in re.split(r"<br\s*/?>", para):
                s = re.sub(r"<[^>]+>", "", part).strip()
                if s:
                    out.append(("byline" if re.match(r"^(報導|攝影|報導[．•・]攝影)╱", s) else "paragraph", s))
    return [(k, s) for k, s in out if s and s != "▲"]
