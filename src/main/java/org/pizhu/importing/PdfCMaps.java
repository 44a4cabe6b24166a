package org.pizhu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Bounds the character maps (ToUnicode CMaps) of a PDF's fonts before PDFBox reads them. PDFBox expands each
 * {@code bfrange} entry into one mapping per code, so one damaged entry such as {@code <00000000> <7FFFFFFE> <41>} costs
 * minutes and gigabytes. Here each map is tokenised the way PDFBox's CMapParser does and the mappings its ranges would
 * create are counted; a map past {@link #MAX_MAPPINGS} (far above the 65,536 codes a two-byte font can have) refuses
 * the file. Reading a map costs time linear in its size, which the content budget of {@link PdfLimits} bounds.
 */
final class PdfCMaps {
    /** Most mappings one character map may create. */
    static final long MAX_MAPPINGS = 1L << 20;
    /** Most bytes of one decoded character map. */
    static final int MAX_BYTES = 8 << 20;

    private PdfCMaps() {
    }

    /** Checks the ToUnicode maps of the fonts in {@code resources}; throws when one would expand past the budget. */
    static void check(PDResources resources, ImportContext ctx, java.util.Set<COSBase> seen) throws ImportException {
        if (resources == null || !(resources.getCOSObject().getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts)) {
            return;
        }
        for (COSName name : fonts.keySet()) {
            if (fonts.getDictionaryObject(name) instanceof COSDictionary font
                    && font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map && seen.add(map)) {
                ctx.check();
                if (mappings(read(map, ctx)) > MAX_MAPPINGS) {
                    throw ctx.fail("has a damaged font: its character map would expand to more than "
                            + MAX_MAPPINGS + " entries");
                }
            }
        }
    }

    private static byte[] read(COSStream s, ImportContext ctx) throws ImportException {
        try (InputStream in = s.createInputStream()) {
            byte[] b = in.readNBytes(MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw ctx.fail("has a font character map larger than " + (MAX_BYTES >> 20) + " MB");
            }
            return b;
        } catch (IOException | RuntimeException e) {
            return new byte[0]; // PDFBox skips a map it cannot decode
        }
    }

    /** How many mappings PDFBox's parser would add for the {@code bfrange} sections of {@code cmap}. */
    static long mappings(byte[] cmap) {
        Tokens t = new Tokens(cmap);
        long total = 0;
        Object previous = null;
        for (Object token = t.next(); token != null; token = t.next()) {
            if (token instanceof Op op && op.name.equals("beginbfrange") && previous instanceof Integer count) {
                for (int j = 0; j < count; j++) {
                    Object a = t.next();
                    Object b = a instanceof byte[] ? t.next() : null;
                    if (!(a instanceof byte[] start) || !(b instanceof byte[] end)) {
                        break;
                    }
                    int from = toInt(start);
                    int to = toInt(end);
                    if (to < from) {
                        break;
                    }
                    Object value = t.next();
                    if (value instanceof List<?> list) {
                        total += list.size();
                    } else if (value instanceof byte[] v && v.length > 0) {
                        long range = (long) to - from + 1;
                        total += range > Integer.MAX_VALUE ? 0 : range; // PDFBox counts in an int: past it, nothing
                    }
                    if (total > MAX_MAPPINGS) {
                        return total;
                    }
                }
            }
            previous = token;
        }
        return total;
    }

    /** As PDFBox's CMap.toInt: the bytes big-endian in an int (overflowing as it does). */
    private static int toInt(byte[] data) {
        int code = 0;
        for (byte b : data) {
            code <<= 8;
            code |= b & 0xFF;
        }
        return code;
    }

    /** An operator token. */
    private record Op(String name) {
    }

    /** The tokens of a CMap as PDFBox's CMapParser reads them; {@code null} at the end or where it would fail. */
    private static final class Tokens {
        private static final Object OTHER = new Object();
        private final byte[] b;
        private int p;

        Tokens(byte[] b) {
            this.b = b;
        }

        private int read() {
            return p < b.length ? b[p++] & 0xFF : -1;
        }

        Object next() {
            int c = read();
            while (c == 0x09 || c == 0x20 || c == 0x0D || c == 0x0A) {
                c = read();
            }
            switch (c) {
                case -1:
                    return null;
                case '%':
                    while (c != -1 && c != 0x0D && c != 0x0A) {
                        c = read();
                    }
                    return OTHER;
                case '(':
                    while (c != -1 && c != ')') {
                        c = read();
                    }
                    return OTHER;
                case '>':
                    return read() == '>' ? OTHER : null;
                case ']':
                    return Op.class;
                case '[':
                    return array();
                case '<':
                    return hexOrDictionary();
                case '/':
                    while (!whitespaceOrEof(c = read()) && !delimiter(c)) {
                        continue;
                    }
                    if (delimiter(c)) {
                        p--;
                    }
                    return OTHER;
                default:
                    return c >= '0' && c <= '9' ? number(c) : operator(c);
            }
        }

        private Object array() {
            List<Object> list = new ArrayList<>();
            for (Object t = next(); t != null && t != Op.class; t = next()) {
                list.add(t);
            }
            return list;
        }

        private Object hexOrDictionary() {
            int c = read();
            if (c == '<') {
                for (Object t = next(); t == OTHER; t = next()) {
                    next();
                }
                return OTHER;
            }
            int digits = 0;
            byte[] out = new byte[512];
            while (c != -1 && c != '>') {
                if (!whitespaceOrEof(c)) {
                    int v = Character.digit(c, 16);
                    if (v < 0 || digits / 2 >= out.length) {
                        return null;
                    }
                    out[digits / 2] |= (byte) (digits % 2 == 0 ? v << 4 : v);
                    digits++;
                }
                c = read();
            }
            return java.util.Arrays.copyOf(out, (digits + 1) / 2);
        }

        private Object number(int first) {
            StringBuilder sb = new StringBuilder().append((char) first);
            int c = read();
            while (!whitespaceOrEof(c) && (Character.isDigit(c) || c == '.')) {
                sb.append((char) c);
                c = read();
            }
            if (c != -1) {
                p--;
            }
            try {
                return sb.indexOf(".") >= 0 ? (Object) Double.valueOf(sb.toString()) : Integer.valueOf(sb.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private Object operator(int first) {
            StringBuilder sb = new StringBuilder().append((char) first);
            int c = read();
            while (!whitespaceOrEof(c) && !delimiter(c) && !Character.isDigit(c)) {
                sb.append((char) c);
                c = read();
            }
            if (c != -1 && (delimiter(c) || Character.isDigit(c))) {
                p--;
            }
            return new Op(sb.toString());
        }

        private static boolean whitespaceOrEof(int c) {
            return c == -1 || c == 0x20 || c == 0x0D || c == 0x0A;
        }

        private static boolean delimiter(int c) {
            return "()<>[]{}/%".indexOf(c) >= 0 && c != -1;
        }
    }
}
