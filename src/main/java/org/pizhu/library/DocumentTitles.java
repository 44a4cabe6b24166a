package org.pizhu.library;

import org.pizhu.annotate.CompactText;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/**
 * A document's title from its text, and which title a re-import keeps.
 *
 * <p>The evidence is the first block that has text: its text when it is a heading, else its first sentence (cut
 * short). A later heading (a sub-heading, or a byline read as one) is never the title, and the file's name is used
 * only when the document has no text at all. On re-import the stored title stays when the user set it (it differs
 * from what the old text gives) or when the new text still begins with it, whitespace aside, so re-wrapping a text
 * never renames it.
 */
final class DocumentTitles {
    /** Longest title taken from a first sentence, in characters. */
    static final int SENTENCE_TITLE = 40;

    private DocumentTitles() {
    }

    /** The title {@code doc}'s text gives: its first block's heading or first sentence, else the file's name. */
    static String of(Document doc) {
        for (Block b : doc.blocks()) {
            String text = b.text().strip();
            if (!text.isEmpty()) {
                return b.kind() == BlockKind.HEADING ? oneLine(text) : firstSentence(oneLine(text));
            }
        }
        String name = doc.sourceName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The title for a new version {@code doc} of a document titled {@code stored} whose previous version was
     * {@code old}.
     */
    static String forReimport(String stored, Document old, Document doc) {
        if (stored == null || stored.isBlank()) {
            return of(doc);
        }
        if (!stored.equals(of(old)) || beginsWith(doc, stored)) {
            return stored;
        }
        return of(doc);
    }

    /** Whether the document's text begins with {@code title} (an ellipsis at its end aside), whitespace aside. */
    private static boolean beginsWith(Document doc, String title) {
        String want = CompactText.compact(title.endsWith("\u2026") ? title.substring(0, title.length() - 1) : title);
        if (want.isEmpty()) {
            return false;
        }
        StringBuilder start = new StringBuilder();
        for (Block b : doc.blocks()) {
            start.append(CompactText.compact(b.text()));
            if (start.length() >= want.length()) {
                break;
            }
        }
        return start.length() >= want.length() && start.substring(0, want.length()).equals(want);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The text up to and including its first sentence end, at most {@link #SENTENCE_TITLE} characters. */
    static String firstSentence(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '!' || c == '?'
                    || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                end = i + 1;
                break;
            }
        }
        if (end > SENTENCE_TITLE) {
            int cut = SENTENCE_TITLE - 1;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            return text.substring(0, cut) + "\u2026";
        }
        return text.substring(0, end);
    }
}
