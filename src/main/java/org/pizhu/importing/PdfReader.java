package org.pizhu.importing;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/**
 * Extracts the text of a PDF page by page with PDFBox, in reading order ({@link PdfLayout}), as lines for the
 * {@link org.pizhu.reflow.Reflower}; lines set clearly larger than the body type are remembered as headline lines.
 *
 * <p>Refused with a clear message: damaged files, password-protected files, files with more pages than the limit,
 * and files without a text layer (scans: no OCR). Pages are read one at a time with cancellation and the time limit
 * checked between pages and every few thousand glyphs.
 */
final class PdfReader {
    /** Kept so the settings are not lost to garbage collection: PDFBox must not write warnings on the console. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));
    private static final float HEADLINE_RATIO = 1.3f;
    private static final int MAX_GLYPHS_PER_PAGE = 200_000;

    static {
        QUIET.forEach(l -> l.setLevel(Level.OFF));
    }

    private final ImportContext ctx;

    PdfReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** The extracted text and the (1-based) numbers of its headline lines. */
    record Extracted(String text, BitSet headlineLines) {
        /** Marks as headings the blocks made only of headline lines. */
        Document applyHeadings(Document doc) {
            if (headlineLines.isEmpty()) {
                return doc;
            }
            List<Block> blocks = new ArrayList<>(doc.blocks().size());
            for (Block b : doc.blocks()) {
                int next = headlineLines.nextClearBit(b.firstLine());
                boolean all = headlineLines.get(b.firstLine()) && next > b.lastLine();
                blocks.add(all && b.kind() != BlockKind.HEADING ? b.withKind(BlockKind.HEADING) : b);
            }
            return new Document(doc.sourceName(), doc.source(), blocks);
        }
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
            List<List<List<PdfLayout.Line>>> regionsByPage = collector.regionsByPage;
            Map<Integer, Integer> sizeHistogram = collector.sizeHistogram;
            if (glyphs == 0) {
                throw ctx.fail("has no text layer (it may be scanned images); Pizhu does not do OCR");
            }
            if (collector.unreadable * 4 > glyphs) {
                throw ctx.fail("has text that cannot be decoded (fonts without a Unicode mapping); Pizhu does not do OCR");
            }
            float body = sizeHistogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 2f;
            return write(regionsByPage, body);
        }
    }

    /**
     * Assembles print lines into paragraphs by geometry: an indented line or a line after a short one starts a
     * paragraph; a paragraph that ends a region on a full line continues at the next region of the same style that
     * does not start indented (column and page breaks, also past a box). Headline lines (large type) of one region
     * form one paragraph. Writes one paragraph per line, a blank line between, for the reflow engine.
     */
    private Extracted write(List<List<List<PdfLayout.Line>>> regionsByPage, float bodySize) throws ImportException {
        List<StringBuilder> paras = new ArrayList<>();
        BitSet headlineParas = new BitSet();
        Map<String, StringBuilder> open = new HashMap<>();
        long chars = 0;
        for (List<List<PdfLayout.Line>> regions : regionsByPage) {
            for (List<PdfLayout.Line> region : regions) {
                PdfLayout.Line prev = null;
                StringBuilder current = null;
                for (PdfLayout.Line l : region) {
                    if (l.text().isEmpty()) {
                        continue;
                    }
                    boolean headline = l.size() >= HEADLINE_RATIO * bodySize;
                    StringBuilder target = null;
                    if (prev == null) {
                        target = headline || l.indented() ? null : open.get(l.style());
                    } else if (headline && headlineParas.get(paras.size() - 1)) {
                        current.append(' ');
                        target = current;
                    } else if (!prev.isShort() && !l.indented() && prev.style().equals(l.style()) && !headline) {
                        target = current;
                    }
                    if (target == null) {
                        target = new StringBuilder();
                        paras.add(target);
                        if (headline) {
                            headlineParas.set(paras.size() - 1);
                        }
                    } else {
                        join(target, l.text());
                    }
                    if (target.length() == 0) {
                        target.append(l.text());
                    }
                    chars += l.text().length() + 1;
                    current = target;
                    prev = l;
                }
                if (prev != null) {
                    if (prev.isShort() || headlineParas.get(paras.indexOf(current))) {
                        open.remove(prev.style());
                    } else {
                        open.put(prev.style(), current);
                    }
                }
                if (chars > ctx.limits().maxTextChars()) {
                    throw ctx.fail("holds more than " + ctx.limits().maxTextChars() + " characters of text; the limit is reached");
                }
            }
        }
        StringBuilder text = new StringBuilder((int) chars + 2 * paras.size());
        BitSet headlineLines = new BitSet();
        for (int i = 0; i < paras.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            if (headlineParas.get(i)) {
                headlineLines.set(2 * i + 1);
            }
            text.append(paras.get(i)).append('\n');
        }
        return new Extracted(text.toString(), headlineLines);
    }

    /** Appends a continuation line: no space between CJK characters, one between Latin words. */
    private static void join(StringBuilder target, String next) {
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
        final List<List<List<PdfLayout.Line>>> regionsByPage = new ArrayList<>();
        final Map<Integer, Integer> sizeHistogram = new HashMap<>();
        final int pages;
        long total;
        long unreadable;

        Collector(int pages) throws IOException {
            this.pages = pages;
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs.clear();
            try {
                ctx.progress(0.05 + 0.8 * regionsByPage.size() / pages);
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
            regionsByPage.add(PdfLayout.read(glyphs));
            glyphs.clear();
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
            String text = unicode.isBlank() ? " " : unicode;
            if (unreadable(text.charAt(0))) {
                unreadable++;
            }
            glyphs.add(new PdfLayout.Glyph(text, tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(), size, font));
        }
    }
}
