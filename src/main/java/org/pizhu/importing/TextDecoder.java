package org.pizhu.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text file in whatever encoding Chinese text comes in, refusing what is not text.
 *
 * <p>Order of evidence: a user override; a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a mark (NUL bytes
 * falling on one parity); strict UTF-8; then the statistical detector's guess followed by Big5, Big5-HKSCS and
 * GB18030. Every candidate is decoded strictly (malformed or unmappable bytes reject it), and the result must look
 * like text (few control characters). The decoded text keeps its line endings; a leading BOM is dropped.
 */
public final class TextDecoder {
    private static final int SAMPLE = 64 * 1024;
    private static final int DETECT_BYTES = 1 << 20;

    private TextDecoder() {
    }

    /** Decoded text and the name of the encoding used. */
    public record Decoded(String text, String encoding) {
    }

    /** Decodes {@code bytes}; {@code override} forces an encoding ({@code null} detects); {@code name} is for messages. */
    public static Decoded decode(byte[] bytes, Charset override, String name) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(name + " is empty");
        }
        Decoded d = override != null ? forced(bytes, override, name) : detect(bytes, name);
        if (d.text.isBlank()) {
            throw new ImportException(name + " holds only whitespace");
        }
        return d;
    }

    private static Decoded forced(byte[] bytes, Charset cs, String name) throws ImportException {
        int skip = bomLength(bytes, cs);
        try {
            return new Decoded(stripBom(strict(cs, bytes, skip)), cs.name());
        } catch (CharacterCodingException e) {
            throw new ImportException(name + " is not valid " + cs.name() + " text");
        }
    }

    private static Decoded detect(byte[] bytes, String name) throws ImportException {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            try {
                return new Decoded(stripBom(strict(bom, bytes, bomLength(bytes, bom))), bom.name());
            } catch (CharacterCodingException e) {
                throw new ImportException(name + " starts with a " + bom.name() + " byte-order mark but is not valid " + bom.name());
            }
        }
        int nul = firstNul(bytes);
        if (nul >= 0) {
            Charset utf16 = utf16ByNulParity(bytes);
            if (utf16 != null) {
                Decoded d = tryDecode(utf16, bytes);
                if (d != null) {
                    return d;
                }
            }
            throw new ImportException(name + " looks binary (NUL byte at offset " + nul + "), not text");
        }
        Decoded utf8 = tryDecode(StandardCharsets.UTF_8, bytes);
        if (utf8 != null) {
            return utf8;
        }
        for (Charset cs : candidates(bytes)) {
            Decoded d = tryDecode(cs, bytes);
            if (d != null) {
                return d;
            }
        }
        throw new ImportException(name + " is not text in a known encoding (tried UTF-8, UTF-16, Big5, Big5-HKSCS, GB18030;"
                + " use --encoding to choose one)");
    }

    /** The detector's guess first, then the Chinese legacy encodings, in order of strictness. */
    static Set<Charset> candidates(byte[] bytes) {
        Set<Charset> out = new LinkedHashSet<>();
        UniversalDetector detector = new UniversalDetector();
        int off = 0;
        int limit = Math.min(bytes.length, DETECT_BYTES);
        while (off < limit && !detector.isDone()) {
            int len = Math.min(8192, limit - off);
            detector.handleData(bytes, off, len);
            off += len;
        }
        boolean sure = detector.isDone();
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess != null && (sure || multiByte(guess))) {
            String g = guess.toUpperCase(Locale.ROOT);
            if (g.equals("EUC-TW")) {
                g = "x-EUC-TW";
            }
            if (!g.equals("US-ASCII") && Charset.isSupported(g)) {
                out.add(Charset.forName(g));
            }
        }
        for (String cs : new String[] {"Big5", "Big5-HKSCS", "GB18030"}) {
            if (Charset.isSupported(cs)) {
                out.add(Charset.forName(cs));
            }
        }
        return out;
    }

    /**
     * Whether {@code charset} is a multi-byte (CJK or Unicode) encoding, whose strict decoding is itself evidence. A
     * single-byte encoding decodes any bytes, so the detector's guess of one is taken only when the detector is sure:
     * a lone byte 0xE4 is not the text "ä".
     */
    private static boolean multiByte(String charset) {
        String g = charset.toUpperCase(Locale.ROOT);
        return g.startsWith("UTF") || g.startsWith("BIG5") || g.startsWith("GB") || g.startsWith("EUC")
                || g.startsWith("SHIFT_JIS") || g.startsWith("ISO-2022") || g.equals("HZ-GB-2312");
    }

    private static Decoded tryDecode(Charset cs, byte[] bytes) {
        try {
            String text = stripBom(strict(cs, bytes, 0));
            return looksLikeText(text) ? new Decoded(text, cs.name()) : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Decodes strictly into a string of exactly the text's length: a first pass checks the bytes and counts the chars
     * through a small buffer, the second decodes into an array of that size (a decoder's own estimate, one char per
     * byte for UTF-8, was twice the text for Chinese).
     */
    static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer buf = CharBuffer.allocate(8192);
        long count = 0;
        CoderResult r;
        do {
            r = decoder.decode(in, buf, true);
            if (r.isError()) {
                r.throwException();
            }
            count += buf.position();
            buf.clear();
        } while (r.isOverflow());
        do {
            r = decoder.flush(buf);
            count += buf.position();
            buf.clear();
        } while (r.isOverflow());
        char[] out = new char[Math.toIntExact(count)];
        CharBuffer exact = CharBuffer.wrap(out);
        decoder.reset().decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), exact, true);
        decoder.flush(exact);
        return new String(out);
    }

    /** At most 2% control, replacement or private-use characters in the first 64K characters. */
    static boolean looksLikeText(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean control = c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c >= 0x7f && c < 0xa0;
            if (control || c == '\uFFFD' || c >= 0xE000 && c <= 0xF8FF) {
                bad++;
            }
        }
        return bad * 50 <= n;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int bomLength(byte[] bytes, Charset cs) {
        Charset bom = bomCharset(bytes);
        if (bom == null || !bom.equals(cs)) {
            return 0;
        }
        return bom.name().startsWith("UTF-32") ? 4 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** UTF-16LE when NUL bytes sit mostly at odd offsets (ASCII and line breaks), UTF-16BE when at even ones. */
    private static Charset utf16ByNulParity(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        int n = Math.min(bytes.length, SAMPLE);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (odd > 0 && even * 3 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even > 0 && odd * 3 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static int u(byte b) {
        return b & 0xff;
    }
}
