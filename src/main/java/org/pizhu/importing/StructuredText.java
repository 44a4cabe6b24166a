package org.pizhu.importing;

import java.util.ArrayList;
import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.SourceMap;
import org.pizhu.text.CjkChars;

/**
 * Collects the blocks of a structured source (Markdown, HTML, EPUB) and builds their {@link Document}.
 *
 * <p>The document's source is the extracted plain text: one line per block, a blank line between blocks. Each block's
 * text is exactly its line, so its {@link SourceMap} is one contiguous run and the document model's invariant (block
 * text made of source characters) holds.
 */
final class StructuredText {
    private final List<BlockKind> kinds = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final ImportContext ctx;
    private final int maxChars;
    private long chars;

    StructuredText(ImportContext ctx) {
        this.ctx = ctx;
        this.maxChars = ctx.limits().maxTextChars();
    }

    /** Adds a block of raw text (whitespace is normalised); blank text is skipped. Returns whether it was added. */
    boolean add(BlockKind kind, CharSequence raw) throws ImportException {
        String text = clean(raw);
        if (text.isEmpty()) {
            return false;
        }
        chars += text.length() + 2;
        if (chars > maxChars) {
            throw ctx.fail("holds more than " + maxChars + " characters of text; the limit is reached");
        }
        kinds.add(kind);
        texts.add(text);
        return true;
    }

    int size() {
        return texts.size();
    }

    Document build() {
        String sourceName = ctx.sourceName;
        StringBuilder source = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, chars + 1));
        List<Block> blocks = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                source.append("\n\n");
            }
            String t = texts.get(i);
            blocks.add(new Block(i, kinds.get(i), t, 2 * i + 1, 2 * i + 1, SourceMap.contiguous(source.length(), t.length())));
            source.append(t);
        }
        if (!texts.isEmpty()) {
            source.append('\n');
        }
        return new Document(sourceName, source.toString(), blocks);
    }

    /**
     * Normalises whitespace the way a reader sees it: trimmed, runs collapsed to one space, and a run that holds a
     * line break next to a CJK character dropped (Chinese is wrapped in markup without spaces). Control characters
     * are dropped.
     */
    static String clean(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                int j = i;
                boolean lineBreak = false;
                while (j < n && isSpace(raw.charAt(j))) {
                    lineBreak |= raw.charAt(j) == '\n' || raw.charAt(j) == '\r';
                    j++;
                }
                boolean atEdge = out.length() == 0 || j == n;
                boolean cjk = out.length() > 0 && isCjk(out.charAt(out.length() - 1)) || j < n && isCjk(raw.charAt(j));
                if (!atEdge && !(lineBreak && cjk)) {
                    out.append(' ');
                }
                i = j;
            } else {
                if (c >= ' ' && c != 0x7f && !(c >= 0x80 && c < 0xa0) && c != '\uFEFF') {
                    out.append(c);
                }
                i++;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2007' || c == '\u202F'
                || c < ' ';
    }

    /** CJK ideographs, CJK punctuation, full-width forms and surrogates (mostly CJK extension ideographs here). */
    static boolean isCjk(char c) {
        return CjkChars.isCjk(c) || Character.isSurrogate(c);
    }
}
