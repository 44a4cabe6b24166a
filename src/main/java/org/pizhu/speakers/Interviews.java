package org.pizhu.speakers;

import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;

/**
 * Interviews printed as questions and unlabelled answers ({@code 問：…？} or {@code ——…？}, then the answer's
 * paragraphs): the interviewee is the person a paragraph before the first question introduces with an interview word
 * ({@code 本報專訪了某大學校長陳大文}), looked for when the first question comes, and the paragraphs without cues after
 * a question are that person's.
 */
final class Interviews {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Blocks above a question looked through for the interviewee. */
    private static final int LOOK_BACK = 12;
    /** Longest dash-led question line read as an interviewer's question. */
    private static final int MAX_QUESTION = 200;

    private Interviews() {
    }

    /**
     * The person one of the paragraphs above a question introduces as interviewed ({@code 專訪}, {@code 接受…訪問}),
     * nearest first, at most {@value #LOOK_BACK} blocks up; null if none.
     */
    static Mention intervieweeAbove(List<Block> blocks, int question, Subjects subjects) {
        for (int i = question - 1; i >= 0 && question - i <= LOOK_BACK; i--) {
            Block b = blocks.get(i);
            String t = b.text();
            if (b.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            for (int j = 0; j < t.length(); j++) {
                if (LEX.interviewWords.matchAt(t, j, t.length()) > 0) {
                    Mention m = subjects.strictlyTitledPersonBetween(t, 0, t.length(), QuoteSpans.of(t));
                    if (m != null) {
                        return m;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** Whether a paragraph is an interviewer's question written after a dash ({@code ——你怎樣看？}). */
    static boolean isDashQuestion(String t) {
        String s = t.strip();
        return s.length() <= MAX_QUESTION && (s.startsWith("—") || s.startsWith("－") || s.startsWith("-"))
                && (s.endsWith("？") || s.endsWith("?"));
    }
}
