package org.pizhu.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pizhu.document.BlockKind;
import org.pizhu.importing.PdfLayout.Line;
import org.pizhu.importing.PdfLayout.Page;
import org.pizhu.importing.PdfLayout.Rect;
import org.pizhu.importing.PdfLayout.Region;

/**
 * Assembles the laid-out regions of all pages into paragraphs, and decides from the layout the kinds it can see:
 * <ul>
 * <li>running heads: one- or two-line regions above (or below) everything else on their page whose text, digits
 * aside, repeats on other pages, page numbers, and a lone small line atop a single page: {@code credit}, kept out of
 * the paragraph flow;</li>
 * <li>headings: lines set clearly larger than the body type (of the page, or of the box they are in);</li>
 * <li>captions: short paragraphs (in smaller type, or of one or two lines) just below a picture (a drawn rectangle
 * or image without text), or one line just above a table;</li>
 * <li>table rows (lines of several cells): one paragraph each;</li>
 * <li>the author line: a short centred line right under a headline (and its subtitles).</li>
 * </ul>
 * In a hanging-indent list each line at the region's left edge starts an entry. A paragraph that ends a column or
 * page on a full line continues at the top of the next column or page (or past a
 * picture or box), in the same type and not indented; a blank band inside one column ends it.
 */
final class PdfFlow {
    private static final float HEADLINE_RATIO = 1.15f;
    private static final Pattern FOLIO = Pattern.compile(
            "(?i)[-–—\\s]*(第\\s*)?(p\\.?|page\\s*)?\\d{1,4}(\\s*[頁页])?(\\s*(/|of)\\s*\\d{1,4})?[-–—\\s]*");

    /** A paragraph being assembled: its text, the line it started with and the last, and its layout kind. */
    private static final class Para {
        final StringBuilder text = new StringBuilder();
        final int page;
        final Region region;
        final Line first;
        Line last;
        BlockKind kind;
        boolean headline;
        boolean tableRow;

        Para(int page, Region region, Line first) {
            this.page = page;
            this.region = region;
            this.first = first;
            this.last = first;
        }
    }

    private final List<Page> pages;
    private final float body;
    private final List<Para> paras = new ArrayList<>();

    PdfFlow(List<Page> pages, float body) {
        this.pages = pages;
        this.body = body;
    }

    /** The text (one paragraph a line, a blank line between) and its paragraphs with their layout kinds. */
    PdfReader.Extracted write() {
        Set<Region> credits = runningHeads();
        Map<String, Para> open = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            for (Region region : page.regions()) {
                if (credits.contains(region)) {
                    for (Line l : region.lines()) {
                        Para c = new Para(p, region, l);
                        c.text.append(l.text());
                        c.kind = BlockKind.CREDIT;
                        paras.add(c);
                    }
                    continue;
                }
                assemble(p, page, region, open);
            }
        }
        kinds();
        StringBuilder text = new StringBuilder();
        List<PdfReader.Paragraph> out = new ArrayList<>(paras.size());
        int line = 1;
        for (Para para : paras) {
            String t = para.text.toString().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (line > 1) {
                text.append('\n');
                line++;
            }
            out.add(new PdfReader.Paragraph(line, text.length(), text.length() + t.length(), para.kind));
            text.append(t).append('\n');
            line++;
        }
        return new PdfReader.Extracted(text.toString(), out);
    }

    private void assemble(int p, Page page, Region region, Map<String, Para> open) {
        float ref = region.box() ? region.size() : body;
        List<Line> lines = region.lines();
        float base = Float.POSITIVE_INFINITY;
        for (Line l : lines) {
            base = Math.min(base, l.left());
        }
        boolean hanging = hanging(lines, base);
        Para current = null;
        Line prev = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.text().isEmpty()) {
                continue;
            }
            boolean headline = l.size() >= HEADLINE_RATIO * ref;
            boolean row = i > 0 && l.sharesCellWith(lines.get(i - 1)) || i + 1 < lines.size() && l.sharesCellWith(lines.get(i + 1));
            boolean indented = indented(lines, i);
            Para target = null;
            if (row) {
                target = null;
            } else if (prev == null) {
                Para o = open.get(l.style());
                Para last = paras.isEmpty() ? null : paras.get(paras.size() - 1);
                if (!region.box() && !headline && !indented && o != null && continues(o, p, region, page)) {
                    target = o;
                } else if (headline && last != null && last.headline && last.page == p && last.last.style().equals(l.style())
                        && l.top() - last.last.bottom() < 0.8f * l.size() && l.top() > last.last.top()) {
                    target = last;
                }
            } else if (current.tableRow) {
                target = null;
            } else if (headline && current.headline && prev.style().equals(l.style())) {
                target = current;
            } else if (hanging ? l.left() - base > l.size() && prev.style().equals(l.style())
                    : !prev.endsBefore(l) && !indented && prev.style().equals(l.style()) && !headline && !current.headline) {
                target = current;
            }
            if (target == null) {
                target = new Para(p, region, l);
                target.headline = headline;
                target.tableRow = row;
                paras.add(target);
                if (headline && !region.box()) {
                    open.clear();
                }
            } else {
                join(target.text, l.text());
                target.last = l;
            }
            if (target.text.length() == 0) {
                target.text.append(l.text());
            }
            current = target;
            prev = l;
        }
        if (prev != null && !region.box()) {
            if (prev.isShort() || current.headline || current.tableRow || lines.size() < 2) {
                open.remove(prev.style());
            } else {
                open.put(prev.style(), current);
            }
        }
    }

    /**
     * Whether the line at {@code i} is set in (a paragraph indent): by more than 1.5 em from the next or the previous
     * line of the same type; a line without such neighbours is indented when set in from its region's edge.
     */
    private static boolean indented(List<Line> lines, int i) {
        Line l = lines.get(i);
        Line next = i + 1 < lines.size() && lines.get(i + 1).style().equals(l.style()) ? lines.get(i + 1) : null;
        Line prev = i > 0 && lines.get(i - 1).style().equals(l.style()) ? lines.get(i - 1) : null;
        if (next == null && prev == null) {
            return l.indented();
        }
        return next != null && l.left() - next.left() > 1.5f * l.size() || prev != null && l.left() - prev.left() > 1.5f * l.size();
    }

    /**
     * Whether the region is a hanging-indent list (references, notes): it starts at its left edge, and its lines set
     * in mostly follow full lines while its lines at the left edge mostly follow short ones (the reverse of indented
     * paragraphs); each line at the left edge then starts an entry.
     */
    private static boolean hanging(List<Line> lines, float base) {
        if (lines.size() < 3 || lines.get(0).left() - base > lines.get(0).size()) {
            return false;
        }
        int evidence = 0;
        int in = 0;
        for (int i = 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean setIn = l.left() - base > l.size();
            in += setIn ? 1 : 0;
            evidence += setIn != lines.get(i - 1).isShort() ? 1 : -1;
        }
        return in > 0 && evidence > 0;
    }

    /**
     * Whether a paragraph left open at the end of a region goes on at {@code region}: on a later page, in a later
     * column (the region starts higher up or right of it), or past a picture or box between them.
     */
    private static boolean continues(Para o, int p, Region region, Page page) {
        if (p != o.page) {
            return true;
        }
        if (region.top() < o.last.top() || region.left() > o.last.right()) {
            return true;
        }
        for (Rect g : concat(page.pictures(), page.frames())) {
            if (g.top() >= o.last.bottom() - 1 && g.bottom() <= region.top() + 1 && g.right() > region.left() && g.left() < region.right()) {
                return true;
            }
        }
        return false;
    }

    private static List<Rect> concat(List<Rect> a, List<Rect> b) {
        List<Rect> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void kinds() {
        for (int i = 0; i < paras.size(); i++) {
            Para para = paras.get(i);
            if (para.kind != null) {
                continue;
            }
            if (para.headline) {
                para.kind = BlockKind.HEADING;
                if (i + 1 < paras.size() && !paras.get(i + 1).headline && beforeTheBody(i)) {
                    authorLine(i + 1);
                }
            } else if (para.tableRow) {
                para.kind = BlockKind.PARAGRAPH;
            } else if (belowPicture(para) || i + 1 < paras.size() && paras.get(i + 1).tableRow && para.first == para.last) {
                para.kind = BlockKind.CAPTION;
            }
        }
    }

    /**
     * Whether no paragraph of running text (more than one line, not a headline) comes before {@code i}: the front
     * matter, where a centred line under a heading names the authors; further on it is a section's title.
     */
    private boolean beforeTheBody(int i) {
        for (int k = 0; k < i; k++) {
            Para p = paras.get(k);
            if (!p.headline && p.first != p.last) {
                return false;
            }
        }
        return true;
    }

    /** Marks as byline the paragraph at {@code i} when it is one short line centred on the page under a heading. */
    private void authorLine(int i) {
        if (i >= paras.size()) {
            return;
        }
        Para a = paras.get(i);
        if (a.kind != null || a.headline || a.first != a.last || a.first.size() > 1.05f * body || a.region.box()) {
            return;
        }
        float left = Float.POSITIVE_INFINITY;
        float right = Float.NEGATIVE_INFINITY;
        for (Region r : pages.get(a.page).regions()) {
            left = Math.min(left, r.left());
            right = Math.max(right, r.right());
        }
        float lg = a.first.left() - left;
        float rg = right - a.first.right();
        String t = a.text.toString().strip();
        if (lg > 3 * body && Math.abs(lg - rg) < 2 * body && !t.endsWith("。") && !t.endsWith(".")) {
            a.kind = BlockKind.BYLINE;
        }
    }

    /**
     * A paragraph starting just below a picture that spans it: of at most five lines in smaller type than the body, or
     * at most two in body type.
     */
    private boolean belowPicture(Para para) {
        if (para.headline || para.region.box()) {
            return false;
        }
        int lines = 1;
        for (Line l : para.region.lines()) {
            if (l.top() > para.first.top() && l.top() <= para.last.top()) {
                lines++;
            }
        }
        if (lines > 5 || lines > 2 && para.first.size() >= 0.95f * body) {
            return false;
        }
        for (Rect g : pages.get(para.page).pictures()) {
            float gap = para.first.top() - g.bottom();
            float overlap = Math.min(g.right(), para.first.right()) - Math.max(g.left(), para.first.left());
            if (gap > -0.2f * body && gap < 2f * para.first.size() && overlap > 0.5f * (para.first.right() - para.first.left())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Regions recognised as running heads and page numbers: at most two lines, set no larger than the body type,
     * above or below everything else on the page, and repeated (digits aside) on another page — or a page number,
     * or, on a one-page document, a lone line in small type atop or at the foot of the page.
     */
    private Set<Region> runningHeads() {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        List<List<Region>> bands = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Region> band = new ArrayList<>();
            List<Region> regions = pages.get(p).regions();
            for (Region r : regions) {
                if (r.lines().size() <= 2 && r.size() <= 1.05f * body && !r.box() && (edge(r, regions, true) || edge(r, regions, false))) {
                    band.add(r);
                    pagesOf.computeIfAbsent(signature(r), k -> new HashSet<>()).add(p);
                }
            }
            bands.add(band);
        }
        Set<Region> out = new HashSet<>();
        for (List<Region> band : bands) {
            for (Region r : band) {
                String all = text(r);
                boolean repeated = pages.size() > 1 && pagesOf.get(signature(r)).size() >= Math.max(2, 0.3 * pages.size());
                boolean folio = FOLIO.matcher(all).matches();
                boolean lone = pages.size() == 1 && r.lines().size() == 1 && r.size() <= 0.9f * body;
                if (repeated || folio || lone) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Whether every other region of the page lies below {@code r} ({@code top}) or above it. */
    private static boolean edge(Region r, List<Region> regions, boolean top) {
        float tol = 0.5f * r.size();
        for (Region o : regions) {
            if (o == r) {
                continue;
            }
            boolean sameBand = Math.abs(o.top() - r.top()) < tol && o.lines().size() <= 2;
            boolean clear = top ? o.top() >= r.bottom() - tol : o.bottom() <= r.top() + tol;
            if (!sameBand && !clear) {
                return false;
            }
        }
        return true;
    }

    private static String text(Region r) {
        StringBuilder sb = new StringBuilder();
        r.lines().forEach(l -> sb.append(l.text()).append(' '));
        return sb.toString().strip();
    }

    private static String signature(Region r) {
        return text(r).replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    /** Appends a continuation line: no space between CJK characters, one between Latin words. */
    static void join(StringBuilder target, String next) {
        if (target.length() > 0 && !next.isEmpty()) {
            char last = target.charAt(target.length() - 1);
            char first = next.charAt(0);
            if (last != ' ' && !StructuredText.isCjk(last) && !StructuredText.isCjk(first)
                    && Character.isLetterOrDigit(last) && Character.isLetterOrDigit(first)) {
                target.append(' ');
            }
        }
        target.append(next);
    }
}
