package org.pizhu.importing.pdfgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.pizhu.importing.pdfgen.SourceText.GoldBlock;

/**
 * Sets gold-annotated texts as print-style PDFs with PDFBox and writes down the gold reading while it lays them out:
 * 1–4 columns, a title spanning the columns (large type) with subtitles, optional front matter (authors, abstract),
 * running headers and page numbers (kind {@code credit}, one per page), headings in larger type, photo boxes with
 * captions below in smaller type, a framed sidebar (in the flow, or beside a single column), a ruled table (a caption
 * above, one gold block per row) and superscript citation marks inside sentences. Everything follows from the seed.
 *
 * <p>Needs an embeddable TrueType CJK font ({@link #cjkFont()}); Noto CJK (CFF outlines) cannot be embedded by PDFBox.
 */
public final class PdfGenerator {
    /** Where Debian puts TrueType CJK fonts PDFBox can embed (first found wins). */
    private static final List<String> CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final String LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private static final String LATIN_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    private static final String[] NAMES = {"陳", "李", "黃", "張", "王", "林", "吳", "劉", "蔡", "楊", "周", "何"};
    private static final String[] GIVEN = {"志明", "美玲", "家豪", "淑芬", "建國", "雅婷", "子軒", "嘉欣", "文傑", "曉彤"};
    private static final String[] BOX_TITLES = {"背景資料", "名詞小辭典", "延伸閱讀", "相關新聞", "重點摘要"};
    private static final String[] FOLIO = {"", "%d", "- %d -", "第%d頁", "%d"};

    /** The layout chosen by a seed. */
    public record Config(long seed, int columns, float body, float leading, boolean justify, boolean blankLines,
            boolean frontMatter, boolean header, int folio, boolean sidebar, boolean table, boolean citations,
            float margin, float gutter) {
        /** Draws a layout from the seed: columns {@code 1 + seed % 4}, the rest at random. */
        public static Config of(long seed) {
            Random r = new Random(seed * 7919L + 17);
            int columns = 1 + (int) (seed % 4);
            float body = columns >= 3 ? 8.5f + r.nextFloat() * 1.5f : 9.5f + r.nextFloat() * 2f;
            return new Config(seed, columns, body, 1.35f + r.nextFloat() * 0.3f, r.nextInt(10) < 7, r.nextInt(3) == 0,
                    r.nextBoolean(), r.nextInt(4) != 0, r.nextInt(FOLIO.length), r.nextInt(3) != 0, r.nextBoolean(),
                    r.nextBoolean(), 40 + r.nextInt(20), 12 + r.nextInt(9));
        }

        /** The features this layout has, for reports. */
        public List<String> features() {
            List<String> f = new ArrayList<>();
            f.add(columns + "col");
            if (frontMatter) {
                f.add("front-matter");
            }
            if (header || folio > 0) {
                f.add("running-heads");
            }
            if (sidebar) {
                f.add("sidebar");
            }
            if (table) {
                f.add("table");
            }
            if (citations) {
                f.add("citations");
            }
            f.add(blankLines ? "blank-lines" : "indents");
            return f;
        }
    }

    /** The gold reading of a generated PDF and its page count. */
    public record Result(List<GoldBlock> gold, int pages) {
    }

    /** The first installed embeddable CJK font, if any (Debian package {@code fonts-droid-fallback}). */
    public static Optional<Path> cjkFont() {
        return CJK_FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();

    private final Config cfg;
    private final Random rnd;
    private final List<GoldBlock> gold = new ArrayList<>();
    private final List<GoldBlock> pageGold = new ArrayList<>();
    private final Map<Long, PDFont> fontOf = new HashMap<>();
    private PDDocument doc;
    private PDFont cjk;
    private PDFont latin;
    private PDFont latinBold;
    private PDPageContentStream cs;
    private int pageNo;
    private int citation;
    private float textLeft;
    private float textWidth;
    private float colTop;
    private float colBottom;
    private int col;
    private float y;
    private float mainWidth;
    private String headerText;

    private PdfGenerator(Config cfg) {
        this.cfg = cfg;
        this.rnd = new Random(cfg.seed());
    }

    /** Sets {@code texts} (one after the other, each from a new page) as a PDF at {@code out}; {@code box} feeds the sidebar. */
    public static Result generate(List<SourceText> texts, SourceText box, Config cfg, Path out) throws IOException {
        return new PdfGenerator(cfg).run(texts, box, out);
    }

    private Result run(List<SourceText> texts, SourceText box, Path out) throws IOException {
        Path font = cjkFont().orElseThrow(() -> new IOException("no embeddable CJK font installed"));
        try (PDDocument d = new PDDocument()) {
            doc = d;
            cjk = PDType0Font.load(doc, font.toFile());
            latin = Files.isRegularFile(Path.of(LATIN)) ? PDType0Font.load(doc, Path.of(LATIN).toFile()) : cjk;
            latinBold = Files.isRegularFile(Path.of(LATIN_BOLD)) ? PDType0Font.load(doc, Path.of(LATIN_BOLD).toFile()) : latin;
            textLeft = cfg.margin();
            textWidth = PAGE_W - 2 * cfg.margin();
            SourceText lead = texts.get(0);
            headerText = (lead.outlet().isBlank() ? lead.id() : lead.outlet()) + (lead.date().isBlank() ? "" : "　" + lead.date());
            for (SourceText t : texts) {
                setText(t, box);
            }
            finishPage();
            doc.save(out.toFile());
        }
        return new Result(List.copyOf(gold), pageNo);
    }

    private void setText(SourceText t, SourceText box) throws IOException {
        newPage();
        List<GoldBlock> blocks = new ArrayList<>(t.blocks());
        y = colTop;
        float full = textWidth;
        boolean titled = !blocks.isEmpty() && blocks.get(0).kind().equals("heading");
        if (titled) {
            setFull(blocks.remove(0), cfg.body() * (2.0f + rnd.nextFloat() * 0.5f), true, full);
            while (!blocks.isEmpty() && blocks.get(0).kind().equals("heading")) {
                setFull(blocks.remove(0), cfg.body() * 1.4f, true, full);
            }
        }
        if (cfg.frontMatter() && titled) {
            String authors = authors();
            float size = cfg.body();
            float w = width(authors, size, false);
            drawLine(runs(authors, size, false), textLeft + (textWidth - w) / 2, y + size, 0);
            y += size * cfg.leading() * 1.6f;
            gold.add(new GoldBlock("byline", authors));
            int first = -1;
            for (int i = 0; i < blocks.size() && first < 0; i++) {
                first = blocks.get(i).kind().equals("paragraph") ? i : -1;
            }
            if (first >= 0) {
                GoldBlock abs = blocks.remove(first);
                float inset = 2 * cfg.body();
                float saveLeft = textLeft;
                textLeft += inset;
                setFull(abs, cfg.body() * 0.95f, false, textWidth - 2 * inset);
                textLeft = saveLeft;
            }
            y += cfg.body();
            rule(textLeft, y - cfg.body() * 0.5f, textWidth);
        }
        y += cfg.body() * 0.5f;
        colTop = y;
        float colW = (textWidth - (cfg.columns() - 1) * cfg.gutter()) / cfg.columns();
        mainWidth = colW;
        boolean side = cfg.sidebar() && cfg.columns() == 1;
        if (side) {
            mainWidth = textWidth * 0.66f;
            sideBox(box, textLeft + textWidth * 0.70f, textWidth * 0.30f);
        }
        col = 0;
        int boxAt = cfg.sidebar() && !side ? blocks.size() / 3 : -1;
        int tableAt = cfg.table() ? blocks.size() / 2 : -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (i == boxAt && box != null) {
                flowBox(box);
            }
            if (i == tableAt) {
                table(t);
            }
            GoldBlock b = blocks.get(i);
            switch (b.kind()) {
                case "heading" -> heading(b);
                case "caption" -> photo(b);
                default -> paragraph(b);
            }
        }
    }

    // ---------------------------------------------------------------- pages and columns

    private void newPage() throws IOException {
        finishPage();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNo++;
        float top = cfg.margin();
        float small = cfg.body() * 0.8f;
        if (cfg.header()) {
            drawLine(runs(headerText, small, false), textLeft, top, 0);
            pageGold.add(new GoldBlock("credit", headerText));
        }
        if (cfg.folio() == 4) {
            String n = String.valueOf(pageNo);
            drawLine(runs(n, small, false), textLeft + textWidth - width(n, small, false), top, 0);
            pageGold.add(new GoldBlock("credit", n));
        } else if (cfg.folio() > 0) {
            String n = String.format(FOLIO[cfg.folio()], pageNo);
            drawLine(runs(n, small, false), textLeft + (textWidth - width(n, small, false)) / 2,
                    PAGE_H - cfg.margin() + small, 0);
            pageGold.add(new GoldBlock("credit", n));
        }
        if (cfg.header() || cfg.folio() == 4) {
            rule(textLeft, top + small * 0.6f, textWidth);
        }
        colTop = top + cfg.body() * 2.2f;
        colBottom = PAGE_H - cfg.margin() - cfg.body() * 2;
        col = 0;
        y = colTop;
    }

    private void finishPage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
        gold.addAll(pageGold);
        pageGold.clear();
    }

    private float colLeft() {
        float colW = (textWidth - (cfg.columns() - 1) * cfg.gutter()) / cfg.columns();
        return textLeft + col * (colW + cfg.gutter());
    }

    /** Makes room for {@code h} points in the current column, moving to the next column or page when needed. */
    private void need(float h) throws IOException {
        if (y + h <= colBottom || y == colTop) {
            return;
        }
        col++;
        if (col >= cfg.columns()) {
            newPage();
        }
        y = colTop;
    }

    // ---------------------------------------------------------------- items

    private void setFull(GoldBlock b, float size, boolean bold, float width) throws IOException {
        for (List<Run> line : breakLines(runs(b.text(), size, bold), width, 0)) {
            drawLine(line, textLeft, y + size, 0);
            y += size * 1.3f;
        }
        y += size * 0.4f;
        gold.add(b);
    }

    private void heading(GoldBlock b) throws IOException {
        float size = cfg.body() * 1.25f;
        need(size * 1.3f * 2 + cfg.body() * cfg.leading() * 2);
        if (y > colTop) {
            y += cfg.body() * 0.8f;
        }
        for (List<Run> line : breakLines(runs(b.text(), size, true), mainWidth, 0)) {
            need(size * 1.3f);
            drawLine(line, colLeft(), y + size, 0);
            y += size * 1.3f;
        }
        y += cfg.body() * 0.3f;
        gold.add(b);
    }

    private void paragraph(GoldBlock b) throws IOException {
        String text = b.text();
        List<Run> runs = b.kind().equals("paragraph") && cfg.citations() ? cite(text) : runs(text, cfg.body(), false);
        StringBuilder goldText = new StringBuilder();
        runs.forEach(r -> goldText.append(r.text()));
        float lead = cfg.body() * cfg.leading();
        if (cfg.blankLines() && y > colTop) {
            y += lead;
        }
        float indent = cfg.blankLines() ? 0 : 2 * cfg.body();
        List<List<Run>> lines = breakLines(runs, mainWidth, indent);
        for (int i = 0; i < lines.size(); i++) {
            need(lead);
            float x = colLeft() + (i == 0 ? indent : 0);
            float slack = mainWidth - (i == 0 ? indent : 0) - lineWidth(lines.get(i));
            drawLine(lines.get(i), x, y + cfg.body(), cfg.justify() && i < lines.size() - 1 ? slack : 0);
            y += lead;
        }
        gold.add(new GoldBlock(b.kind(), goldText.toString()));
    }

    private void photo(GoldBlock caption) throws IOException {
        float size = cfg.body() * 0.85f;
        List<List<Run>> lines = breakLines(runs(caption.text(), size, false), mainWidth, 0);
        float photoH = cfg.body() * cfg.leading() * (4 + rnd.nextInt(5));
        float gap = cfg.body() * 0.6f;
        need(gap + photoH + gap + lines.size() * size * 1.3f);
        if (y > colTop) {
            y += gap;
        }
        cs.setNonStrokingColor(0.8f, 0.8f, 0.8f);
        cs.addRect(colLeft(), PAGE_H - y - photoH, mainWidth, photoH);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
        y += photoH + size * 0.4f;
        for (List<Run> line : lines) {
            drawLine(line, colLeft(), y + size, 0);
            y += size * 1.3f;
        }
        y += gap;
        gold.add(caption);
    }

    /** A framed box in the column flow: a title and the first paragraphs of another text, in smaller type. */
    private void flowBox(SourceText box) throws IOException {
        float size = cfg.body() * 0.9f;
        float pad = cfg.body() * 0.6f;
        List<List<List<Run>>> content = boxContent(box, size, mainWidth - 2 * pad);
        float h = pad * 2;
        for (List<List<Run>> p : content) {
            h += p.size() * size * 1.4f + size * 0.6f;
        }
        float gap = cfg.body();
        need(h + 2 * gap);
        if (y > colTop) {
            y += gap;
        }
        drawBox(colLeft(), y, mainWidth, h, content, size, pad);
        y += h + gap;
    }

    /** A framed box beside a single column, at the top of its first page. */
    private void sideBox(SourceText box, float x, float w) throws IOException {
        if (box == null) {
            return;
        }
        float size = cfg.body() * 0.9f;
        float pad = cfg.body() * 0.6f;
        List<List<List<Run>>> content = boxContent(box, size, w - 2 * pad);
        float h = pad * 2;
        for (List<List<Run>> p : content) {
            h += p.size() * size * 1.4f + size * 0.6f;
        }
        drawBox(x, colTop, w, h, content, size, pad);
    }

    private List<List<List<Run>>> boxContent(SourceText box, float size, float w) {
        List<List<List<Run>>> content = new ArrayList<>();
        String title = BOX_TITLES[rnd.nextInt(BOX_TITLES.length)];
        content.add(breakLines(runs(title, size * 1.15f, true), w, 0));
        gold.add(new GoldBlock("heading", title));
        int n = 0;
        for (GoldBlock b : box.blocks()) {
            if (b.kind().equals("paragraph") && n < 2) {
                String text = b.text().length() > 90 ? b.text().substring(0, 90) + "。" : b.text();
                content.add(breakLines(runs(text, size, false), w, 0));
                gold.add(new GoldBlock("paragraph", text));
                n++;
            }
        }
        return content;
    }

    private void drawBox(float x, float top, float w, float h, List<List<List<Run>>> content, float size, float pad)
            throws IOException {
        cs.setLineWidth(0.8f);
        cs.addRect(x, PAGE_H - top - h, w, h);
        cs.stroke();
        float yy = top + pad;
        for (List<List<Run>> p : content) {
            for (List<Run> line : p) {
                drawLine(line, x + pad, yy + size, 0);
                yy += size * 1.4f;
            }
            yy += size * 0.6f;
        }
    }

    /** A ruled table: a caption above, a header row and rows of a phrase and numbers; one gold block per row. */
    private void table(SourceText t) throws IOException {
        float size = cfg.body() * 0.9f;
        int cols = Math.max(2, Math.min(4, (int) (mainWidth / (size * 7))));
        int rows = 3 + rnd.nextInt(3);
        float cellW = mainWidth / cols;
        List<String> phrases = phrases(t, rows + cols, Math.max(2, Math.min(6, (int) (cellW / size) - 1)));
        String capText = "表" + (1 + rnd.nextInt(3)) + "：" + phrases.get(0);
        float gap = cfg.body();
        float rowH = size * 1.6f;
        need(gap * 2 + size * 1.3f + rowH * (rows + 1));
        if (y > colTop) {
            y += gap;
        }
        drawLine(runs(capText, size, false), colLeft(), y + size, 0);
        gold.add(new GoldBlock("caption", capText));
        y += size * 1.5f;
        rule(colLeft(), y, mainWidth);
        for (int r = 0; r <= rows; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String cell;
                if (r == 0) {
                    cell = c == 0 ? "項目" : (2019 + c) + "年";
                } else if (c == 0) {
                    cell = phrases.get(r);
                } else {
                    cell = String.format("%,.1f", rnd.nextDouble() * (rnd.nextBoolean() ? 100 : 20000) - 5);
                }
                float max = cellW - 1.5f * size;
                while (width(cell, size, false) > max && cell.length() > 1) {
                    cell = cell.substring(0, cell.length() - 1);
                }
                drawLine(runs(cell, size, r == 0), colLeft() + c * cellW, y + size * 1.2f, 0);
                row.append(c > 0 ? " " : "").append(cell);
            }
            gold.add(new GoldBlock("paragraph", row.toString()));
            y += rowH;
            if (r == 0) {
                rule(colLeft(), y, mainWidth);
            }
        }
        rule(colLeft(), y + size * 0.2f, mainWidth);
        y += gap;
    }

    /** Short runs of CJK characters from the text's paragraphs, for table cells. */
    private List<String> phrases(SourceText t, int n, int len) {
        List<String> out = new ArrayList<>();
        List<String> paras = t.blocks().stream().filter(b -> b.kind().equals("paragraph")).map(GoldBlock::text).toList();
        for (int tries = 0; out.size() < n && tries < 1000; tries++) {
            String p = paras.isEmpty() ? "項目資料一覽" : paras.get(rnd.nextInt(paras.size()));
            int start = rnd.nextInt(Math.max(1, p.length() - len));
            String s = p.substring(start, Math.min(p.length(), start + len));
            if (s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                out.add(s);
            }
        }
        while (out.size() < n) {
            out.add("其他" + out.size());
        }
        return out;
    }

    private String authors() {
        int n = 1 + rnd.nextInt(3);
        StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "記者　" : "文／");
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? "、" : "").append(NAMES[rnd.nextInt(NAMES.length)]).append(GIVEN[rnd.nextInt(GIVEN.length)]);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- text setting

    /** A run of text in one font and size, raised by {@code rise} points (superscripts). */
    private record Run(String text, float size, float rise, boolean bold) {
    }

    private List<Run> runs(String text, float size, boolean bold) {
        List<Run> out = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            if (font(cp, bold) != null) {
                out.add(new Run(new String(Character.toChars(cp)), size, 0, bold));
            }
        });
        return out;
    }

    /** The paragraph's runs with a superscript citation number before some sentence ends. */
    private List<Run> cite(String text) {
        List<Run> out = runs(text, cfg.body(), false);
        List<Run> with = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Run r = out.get(i);
            if (r.text().equals("。") && i > 0 && rnd.nextInt(3) == 0) {
                for (char c : String.valueOf(++citation).toCharArray()) {
                    with.add(new Run(String.valueOf(c), cfg.body() * 0.6f, cfg.body() * 0.4f, false));
                }
            }
            with.add(r);
        }
        return with;
    }

    private PDFont font(int cp, boolean bold) {
        long key = cp * 2L + (bold ? 1 : 0);
        if (fontOf.containsKey(key)) {
            return fontOf.get(key);
        }
        PDFont lat = bold ? latinBold : latin;
        PDFont chosen = null;
        for (PDFont f : cp < 0x2000 ? List.of(lat, cjk) : List.of(cjk, lat)) {
            try {
                f.encode(new String(Character.toChars(cp)));
                chosen = f;
                break;
            } catch (IllegalArgumentException | IOException e) {
                continue;
            }
        }
        fontOf.put(key, chosen);
        return chosen;
    }

    private float width(Run r) {
        try {
            return font(r.text().codePointAt(0), r.bold()).getStringWidth(r.text()) / 1000f * r.size();
        } catch (IOException e) {
            return r.size();
        }
    }

    private float width(String s, float size, boolean bold) {
        float w = 0;
        for (Run r : runs(s, size, bold)) {
            w += width(r);
        }
        return w;
    }

    private float lineWidth(List<Run> line) {
        float w = 0;
        for (Run r : line) {
            w += width(r);
        }
        return w;
    }

    /** Breaks runs into lines of at most {@code width} (the first line {@code indent} less); Latin words stay whole. */
    private List<List<Run>> breakLines(List<Run> runs, float width, float indent) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float w = 0;
        int i = 0;
        while (i < runs.size()) {
            int j = i + 1;
            if (isWordChar(runs.get(i))) {
                while (j < runs.size() && isWordChar(runs.get(j))) {
                    j++;
                }
            }
            float tw = 0;
            for (int k = i; k < j; k++) {
                tw += width(runs.get(k));
            }
            float avail = width - (lines.isEmpty() ? indent : 0);
            boolean closing = "，。、；：！？」』）》〉】”’…—,.;:!?)".contains(runs.get(i).text());
            if (w + tw > avail && !line.isEmpty()) {
                if (tw > avail) {
                    j = i + 1;
                    tw = width(runs.get(i));
                }
                Run carried = closing && line.size() > 1 ? line.remove(line.size() - 1) : null;
                lines.add(line);
                line = new ArrayList<>();
                w = 0;
                if (carried != null) {
                    line.add(carried);
                    w = width(carried);
                }
                if (runs.get(i).text().equals(" ")) {
                    i = j;
                    continue;
                }
            }
            for (int k = i; k < j; k++) {
                line.add(runs.get(k));
            }
            w += tw;
            i = j;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static boolean isWordChar(Run r) {
        int cp = r.text().codePointAt(0);
        return cp < 0x2000 && Character.isLetterOrDigit(cp) && r.rise() == 0;
    }

    /** Draws a line with its baseline at {@code baseline} (from the top); {@code slack} is spread between glyphs. */
    private void drawLine(List<Run> line, float x, float baseline, float slack) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        float spacing = line.size() > 1 && slack > 0 && slack < 4 * line.get(0).size() ? slack / (line.size() - 1) : 0;
        cs.beginText();
        cs.setCharacterSpacing(spacing);
        float xx = x;
        int i = 0;
        while (i < line.size()) {
            Run first = line.get(i);
            PDFont f = font(first.text().codePointAt(0), first.bold());
            StringBuilder sb = new StringBuilder();
            int j = i;
            float w = 0;
            while (j < line.size() && line.get(j).size() == first.size() && line.get(j).rise() == first.rise()
                    && font(line.get(j).text().codePointAt(0), line.get(j).bold()) == f) {
                sb.append(line.get(j).text());
                w += width(line.get(j)) + spacing;
                j++;
            }
            cs.setFont(f, first.size());
            cs.setRenderingMode(first.bold() && f == cjk ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            cs.setTextMatrix(Matrix.getTranslateInstance(xx, PAGE_H - baseline + first.rise()));
            cs.showText(sb.toString());
            xx += w;
            i = j;
        }
        cs.endText();
    }

    private void rule(float x, float top, float w) throws IOException {
        cs.addRect(x, PAGE_H - top - 0.5f, w, 0.5f);
        cs.fill();
    }
}
