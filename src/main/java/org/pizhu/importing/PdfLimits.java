package org.pizhu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Bounds the work of reading a PDF's text before PDFBox does it: every content stream the text extraction would
 * decode (page contents and the form XObjects they draw, at any depth) is decoded once into a counting sink that stops
 * at a per-stream and a per-file budget, and at the import's deadline. PDFBox itself decodes a content stream into
 * memory whole, so a small file with a highly compressed stream (a "PDF bomb") would otherwise take gigabytes and
 * minutes; here it is refused after reading at most the budget, with constant memory. The fonts' character maps are
 * bounded too ({@link PdfCMaps}).
 *
 * @param maxStreamBytes most decoded bytes of one content stream
 * @param maxTotalBytes  most decoded bytes of all content streams together
 */
record PdfLimits(long maxStreamBytes, long maxTotalBytes) {
    /** Decoded content may be this many times the file's size (text PDFs compress about 3 to 10 times). */
    static final int RATIO = 50;
    /** Budgets never go below this (small files with a little more drawing than text are fine). */
    static final long FLOOR = 32L << 20;
    /** Budgets never go above this, however large the file. */
    static final long CEILING = 1L << 30;

    /** Budgets proportional to a file of {@code fileBytes}: {@link #RATIO} times its size, within floor and ceiling. */
    static PdfLimits forFile(long fileBytes) {
        long total = Math.max(FLOOR, Math.min(CEILING, fileBytes * RATIO));
        return new PdfLimits(Math.min(total, Math.max(FLOOR, CEILING / 8)), total);
    }

    /** Signals that a budget or the deadline was reached while decoding. */
    private static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
        final ImportException reason;

        Exceeded(ImportException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    /** Decodes every content stream of {@code pdf} into a counter; throws when a budget or the deadline is passed. */
    void check(PDDocument pdf, ImportContext ctx) throws ImportException {
        Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSStream> todo = new ArrayDeque<>();
        long[] total = {0};
        Set<COSBase> maps = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : pdf.getPages()) {
            ctx.check();
            try {
                Iterator<PDStream> contents = page.getContentStreams();
                while (contents.hasNext()) {
                    todo.add(contents.next().getCOSObject());
                }
            } catch (RuntimeException e) {
                throw ctx.fail("is not a readable PDF (damaged page contents)");
            }
            addForms(page.getResources(), todo);
            PdfCMaps.check(page.getResources(), ctx, maps);
            while (!todo.isEmpty()) {
                COSStream s = todo.poll();
                if (!seen.add(s)) {
                    continue;
                }
                total[0] += decodedSize(s, total[0], ctx);
                COSBase res = s.getDictionaryObject(COSName.RESOURCES);
                if (res instanceof COSDictionary d) {
                    addForms(new PDResources(d), todo);
                    PdfCMaps.check(new PDResources(d), ctx, maps);
                }
            }
        }
    }

    private static void addForms(PDResources resources, Deque<COSStream> todo) {
        if (resources == null) {
            return;
        }
        COSBase xobjects = resources.getCOSObject().getDictionaryObject(COSName.XOBJECT);
        if (!(xobjects instanceof COSDictionary dict)) {
            return;
        }
        for (COSName name : dict.keySet()) {
            if (dict.getDictionaryObject(name) instanceof COSStream s
                    && COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))) {
                todo.add(s);
            }
        }
    }

    /** The decoded size of {@code s}, counting without keeping more than one filter stage's output (itself bounded). */
    private long decodedSize(COSStream s, long before, ImportContext ctx) throws ImportException {
        List<COSName> filters = filters(s);
        long streamBudget = Math.min(maxStreamBytes, maxTotalBytes - before);
        try (InputStream raw = s.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                Counter out = new Counter(streamBudget, before, ctx, !last);
                filter.decode(in, out, s, i);
                if (last) {
                    return out.count;
                }
                in = new java.io.ByteArrayInputStream(out.bytes.toByteArray());
            }
            Counter out = new Counter(streamBudget, before, ctx, false);
            in.transferTo(out);
            return out.count;
        } catch (Exceeded e) {
            throw e.reason;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged streams itself while extracting (and skips them); counting them is not needed.
            return 0;
        }
    }

    private static List<COSName> filters(COSStream s) {
        COSBase f = s.getFilters();
        List<COSName> out = new ArrayList<>();
        if (f instanceof COSName n) {
            out.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Counts (and for intermediate filter stages keeps) decoded bytes; throws past the budget or the deadline. */
    private final class Counter extends OutputStream {
        private final long budget;
        private final long before;
        private final ImportContext ctx;
        final java.io.ByteArrayOutputStream bytes;
        long count;
        private long nextCheck = 1 << 20;

        Counter(long budget, long before, ImportContext ctx, boolean keep) {
            this.budget = budget;
            this.before = before;
            this.ctx = ctx;
            this.bytes = keep ? new java.io.ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > budget) {
                boolean all = count + before > maxTotalBytes;
                throw new Exceeded(ctx.fail("has more than " + mb(all ? maxTotalBytes : maxStreamBytes)
                        + (all ? " of page content" : " in one page content stream") + " when decompressed (the limit"
                        + " for a file of this size); it may be a decompression bomb"));
            }
            if (bytes != null) {
                bytes.write(b, off, len);
            }
            if (count >= nextCheck) {
                nextCheck += 1 << 20;
                try {
                    ctx.check();
                } catch (ImportException e) {
                    throw new Exceeded(e);
                }
            }
        }
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
