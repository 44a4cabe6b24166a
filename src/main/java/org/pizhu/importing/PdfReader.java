package org.pizhu.importing;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.awt.geom.Point2D;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.SourceMap;
import org.pizhu.reflow.Reflower;

/**
 * Extracts the text of a PDF page by page with PDFBox, with the drawn rectangles and images of each page, lays each
 * page out for reading ({@link PdfLayout}) and assembles the paragraphs of the whole document with the kinds the layout
 * shows ({@link PdfFlow}): one block per paragraph.
 *
 * <p>Refused with a clear message: damaged files, password-protected files, files with more pages than the limit,
 * and files without a text layer (scans: no OCR). Pages are read one at a time with cancellation and the time limit
 * checked between pages and every few thousand glyphs.
 */
final class PdfReader {
    /** Kept so the settings are not lost to garbage collection: PDFBox must not write warnings on the console. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));
    private static final int MAX_RECTS = 20_000;
    private static final int MAX_GLYPHS_PER_PAGE = 200_000;

    static {
        QUIET.forEach(l -> l.setLevel(Level.OFF));
    }

    private final ImportContext ctx;

    PdfReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** One paragraph of the extracted text: its (1-based) line, its offsets in the text, and its layout kind or null. */
    record Paragraph(int line, int start, int end, BlockKind kind) {
    }

    /** The extracted text (one paragraph a line, a blank line between) and its paragraphs. */
    record Extracted(String text, List<Paragraph> paragraphs) {
        /**
         * One block per paragraph: the paragraph found by the page layout is kept whole; the reflow engine, run on the
         * paragraph alone, cleans its whitespace and gives its kind from the text (bylines, credits, captions), unless
         * the layout saw the kind (headings, captions, running heads, table rows, author lines).
         */
        Document toDocument(String sourceName, Reflower reflower) {
            List<Block> blocks = new ArrayList<>(paragraphs.size());
            for (Paragraph p : paragraphs) {
                String line = text.substring(p.start(), p.end());
                List<Block> read = reflower.reflow(sourceName, line).blocks();
                Block block;
                if (read.size() == 1) {
                    Block b = read.get(0);
                    SourceMap.Builder map = new SourceMap.Builder();
                    for (int i = 0; i < b.text().length(); i++) {
                        map.append(p.start() + b.sourceMap().sourceOffset(i));
                    }
                    block = new Block(blocks.size(), p.kind() != null ? p.kind() : textKind(b), b.text(), p.line(),
                            p.line(), map.build(p.start()));
                } else {
                    BlockKind kind = p.kind() != null ? p.kind() : read.isEmpty() ? BlockKind.PARAGRAPH : read.get(0).kind();
                    block = new Block(blocks.size(), kind, line, p.line(), p.line(), SourceMap.contiguous(p.start(), line.length()));
                }
                blocks.add(block);
            }
            return new Document(sourceName, text, blocks);
        }
    }

    /**
     * The kind the reflow read in a paragraph alone, except that a bare two-to-four-character word is not taken for
     * a writer's name: read alone every paragraph is a text's last, where a name signs it, but on a PDF page such a
     * line is a section title or a table's header ({@code 簡介}, {@code 參考文獻}); the layout marks author lines.
     */
    static BlockKind textKind(Block b) {
        String t = b.text().strip();
        if (b.kind() == BlockKind.BYLINE && t.length() >= 2 && t.length() <= 4 && t.codePoints().allMatch(
                cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return BlockKind.HEADING;
        }
        return b.kind();
    }

    Extracted extract() throws ImportException, IOException {
        if (!endsWithEof()) {
            throw ctx.fail("is truncated or damaged: a PDF ends with %%EOF and this one does not");
        }
        PDDocument pdf;
        try {
            pdf = Loader.loadPDF(ctx.file.toFile(), "");
        } catch (InvalidPasswordException e) {
            throw ctx.fail("is protected by a password; open it in a PDF reader and save an unprotected copy");
        } catch (IOException e) {
            throw ctx.fail("is not a readable PDF (damaged or truncated)");
        }
        try (pdf) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw ctx.fail("has no pages");
            }
            if (pages > ctx.limits().maxPages()) {
                throw ctx.fail("has " + pages + " pages; the limit is " + ctx.limits().maxPages());
            }
            PdfLimits.forFile(java.nio.file.Files.size(ctx.file)).check(pdf, ctx);
            Collector collector = new Collector(pages);
            try {
                collector.writeText(pdf, Writer.nullWriter());
            } catch (Stop stop) {
                throw stop.reason;
            }
            long glyphs = collector.total;
            Map<Integer, Integer> sizeHistogram = collector.sizeHistogram;
            if (glyphs == 0) {
                throw ctx.fail("has no text layer (it may be scanned images); Pizhu does not do OCR");
            }
            if (collector.unreadable * 4 > glyphs) {
                throw ctx.fail("has text that cannot be decoded (fonts without a Unicode mapping); Pizhu does not do OCR");
            }
            float body = sizeHistogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 2f;
            return new PdfFlow(collector.laidOut, body).write();
        }
    }

    /** Whether the file ends (in its last 4 KB) with the %%EOF marker; a truncated download does not. */
    private boolean endsWithEof() throws IOException {
        try (java.nio.channels.SeekableByteChannel ch = java.nio.file.Files.newByteChannel(ctx.file)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 4096);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(tail);
            ch.position(size - tail);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                continue;
            }
            return FormatSniffer.indexOf(buf.array(), "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), tail) >= 0;
        }
    }

    /** The letters of a Latin typographic ligature glyph (U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which fonts substitute for them. */
    static String ligature(String unicode) {
        if (unicode.length() == 1 && unicode.charAt(0) >= '\uFB00' && unicode.charAt(0) <= '\uFB06') {
            return java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFKC);
        }
        return unicode;
    }

    /** Control, private-use, replacement and unassigned characters: what undecodable glyphs come out as. */
    private static boolean unreadable(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || c == '\uFFFD'
                || c >= 0x80 && c < 0xA0;
    }

    /** Unchecked carrier of an {@link ImportException} out of PDFBox callbacks. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ImportException reason;

        Stop(ImportException reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    /** Collects the glyphs of each page instead of writing text, and lays each page out when it ends. */
    private final class Collector extends PDFTextStripper {
        final List<PdfLayout.Glyph> glyphs = new ArrayList<>();
        final List<PdfLayout.Rect> rects = new ArrayList<>();
        final List<PdfLayout.Page> laidOut = new ArrayList<>();
        final Map<Integer, Integer> sizeHistogram = new HashMap<>();
        final int pages;
        long total;
        long unreadable;
        float pageTop;

        Collector(int pages) throws IOException {
            this.pages = pages;
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs.clear();
            rects.clear();
            PDRectangle crop = page.getCropBox();
            pageTop = crop.getUpperRightY();
            try {
                ctx.progress(0.05 + 0.8 * laidOut.size() / pages);
            } catch (ImportException e) {
                throw new Stop(e);
            }
        }

        @Override
        protected void endPage(PDPage page) {
            total += glyphs.size();
            for (PdfLayout.Glyph g : glyphs) {
                sizeHistogram.merge(Math.round(g.size() * 2), 1, Integer::sum);
            }
            if (total > ctx.limits().maxTextChars()) {
                throw new Stop(ctx.fail("holds more than " + ctx.limits().maxTextChars() + " characters of text; the limit is reached"));
            }
            laidOut.add(PdfLayout.read(glyphs, rects));
            glyphs.clear();
            rects.clear();
        }

        /** Records drawn rectangles and images (page space, y down) for boxes and captions; then runs the operator. */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            String op = operator.getName();
            if (op.equals("re") && operands.size() == 4 && rects.size() < MAX_RECTS) {
                float[] v = new float[4];
                for (int i = 0; i < 4; i++) {
                    v[i] = operands.get(i) instanceof COSNumber n ? n.floatValue() : 0f;
                }
                addRect(v[0], v[1], v[0] + v[2], v[1] + v[3]);
            } else if (op.equals("Do") && !operands.isEmpty() && operands.get(0) instanceof COSName name
                    && getResources() != null && getResources().isImageXObject(name) && rects.size() < MAX_RECTS) {
                addRect(0, 0, 1, 1);
            }
            super.processOperator(operator, operands);
        }

        private void addRect(float x0, float y0, float x1, float y1) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            Point2D.Float a = ctm.transformPoint(x0, y0);
            Point2D.Float b = ctm.transformPoint(x1, y1);
            float left = Math.min(a.x, b.x);
            float right = Math.max(a.x, b.x);
            rects.add(new PdfLayout.Rect(left, pageTop - Math.max(a.y, b.y), right, pageTop - Math.min(a.y, b.y)));
        }

        @Override
        protected void processTextPosition(TextPosition tp) {
            String unicode = tp.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                return;
            }
            if ((glyphs.size() & 4095) == 4095) {
                try {
                    ctx.check();
                } catch (ImportException e) {
                    throw new Stop(e);
                }
                if (glyphs.size() > MAX_GLYPHS_PER_PAGE) {
                    throw new Stop(ctx.fail("has a page with more than " + MAX_GLYPHS_PER_PAGE + " characters; refused"));
                }
            }
            float size = tp.getFontSizeInPt();
            if (!(size > 0) || size > 2000) {
                size = Math.max(1f, tp.getHeightDir());
            }
            String font = tp.getFont() == null || tp.getFont().getName() == null ? "" : tp.getFont().getName();
            String text = unicode.isBlank() ? " " : ligature(unicode);
            if (unreadable(text.charAt(0))) {
                unreadable++;
            }
            glyphs.add(new PdfLayout.Glyph(text, tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(), size, font));
        }
    }
}
