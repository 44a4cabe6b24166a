package org.pizhu.script;

import java.util.Arrays;
import java.util.List;

/**
 * One OpenCC conversion (such as {@code s2twp}) run the way OpenCC runs it, with an offset map.
 *
 * <p>Steps, as in OpenCC 1.4: the normalization chain over the whole text; then, if the config has one, maximum
 * matching segmentation with its segmentation dictionary; then each conversion of the chain in order, applied to
 * each segment separately by maximum forward matching (at each position the dictionary group's match is replaced by
 * its value, unmatched characters are copied). Immutable and thread-safe; obtain instances from
 * {@link ScriptConverters}.
 */
public final class ScriptConverter {
    private final String name;
    private final Matcher[] normalization;
    private final Matcher segmentation;
    private final Matcher[] chain;

    ScriptConverter(String name, List<Matcher> normalization, Matcher segmentation, List<Matcher> chain) {
        this.name = name;
        this.normalization = normalization.toArray(new Matcher[0]);
        this.segmentation = segmentation;
        this.chain = chain.toArray(new Matcher[0]);
    }

    /** The OpenCC config name, e.g. {@code "s2t"}; {@code "none"} for the identity. */
    public String name() {
        return name;
    }

    /** Converts {@code text}, returning the converted text with its offset map. */
    public Conversion convert(CharSequence text) {
        String original = text.toString();
        int len = original.length();
        if (len == 0 || (normalization.length == 0 && chain.length == 0)) {
            return Conversion.identity(original);
        }
        Pass pass = new Pass(original.toCharArray(), len, new int[] {0, len});
        OffsetMap map = OffsetMap.identity(len);
        for (Matcher m : normalization) {
            pass = pass.convert(m);
            map = map.then(pass.map);
        }
        if (segmentation != null) {
            pass = new Pass(pass.text, pass.length, segment(segmentation, pass.text, pass.length));
        }
        for (Matcher m : chain) {
            pass = pass.convert(m);
            map = map.then(pass.map);
        }
        return new Conversion(original, new String(pass.text, 0, pass.length), map);
    }

    /** Converts {@code text} and returns only the converted text. */
    public String convertText(CharSequence text) {
        return convert(text).text();
    }

    @Override
    public String toString() {
        return "ScriptConverter[" + name + "]";
    }

    /** One text with its segment boundaries, and the map from the previous pass. */
    private static final class Pass {
        final char[] text;
        final int length;
        final int[] segments;
        final OffsetMap map;

        Pass(char[] text, int length, int[] segments) {
            this(text, length, segments, null);
        }

        Pass(char[] text, int length, int[] segments, OffsetMap map) {
            this.text = text;
            this.length = length;
            this.segments = segments;
            this.map = map;
        }

        Pass convert(Matcher m) {
            char[] out = new char[length + (length >> 3) + 16];
            int outLen = 0;
            OffsetMap.Builder b = new OffsetMap.Builder(16);
            int[] segs = new int[segments.length];
            for (int s = 0; s + 1 < segments.length; s++) {
                int p = segments[s];
                int end = segments[s + 1];
                while (p < end) {
                    PhraseTable.Entry e = m.mayStart(text[p]) ? m.match(text, p, end) : null;
                    int n;
                    String value;
                    if (e != null) {
                        n = e.keyLength();
                        value = e.value();
                    } else {
                        n = unmatched(m, text, p, end);
                        value = null;
                    }
                    int vlen = value == null ? n : value.length();
                    if (outLen + vlen > out.length) {
                        out = Arrays.copyOf(out, Math.max(out.length * 2, outLen + vlen));
                    }
                    if (value == null) {
                        System.arraycopy(text, p, out, outLen, n);
                    } else {
                        value.getChars(0, vlen, out, outLen);
                    }
                    outLen += vlen;
                    b.add(n, vlen);
                    p += n;
                }
                segs[s + 1] = outLen;
            }
            return new Pass(out, outLen, segs, b.build());
        }
    }

    /** Length of an unmatched stretch at {@code p}: one character or IDS, then characters no key starts with. */
    static int unmatched(Matcher m, char[] t, int p, int end) {
        int q = p + Ids.length(t, p, end);
        while (q < end && !m.mayStart(t[q])) {
            q++;
        }
        return q - p;
    }

    /** OpenCC's maximum-matching segmentation: each match is a segment, unmatched stretches are joined. */
    static int[] segment(Matcher m, char[] t, int len) {
        int[] bounds = new int[64];
        int n = 1; // bounds[0] == 0
        int p = 0;
        while (p < len) {
            PhraseTable.Entry e = m.mayStart(t[p]) ? m.match(t, p, len) : null;
            if (e == null) {
                p += unmatched(m, t, p, len);
                continue;
            }
            if (n + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            if (bounds[n - 1] != p) {
                bounds[n++] = p;
            }
            p += e.keyLength();
            bounds[n++] = p;
        }
        if (bounds[n - 1] != len) {
            bounds = Arrays.copyOf(bounds, n + 1);
            bounds[n++] = len;
        }
        return Arrays.copyOf(bounds, n);
    }
}
