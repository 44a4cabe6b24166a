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
    /** Longest interviewer phrase between 接受 and the interview word ({@code 民主黨某某}). */
    private static final int MAX_INTERVIEWER = 16;

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

    /**
     * Length of an interview the speaker gave, right before the verb ({@code 接受民主黨某某訪問時表示}, with the comma
     * of {@code 梁某，接受…訪問時表示}): from 接受 to the interview word and 時, when a person's name ends right before;
     * whoever is named inside asked the questions and never speaks. 0 if none.
     */
    static int acceptedBefore(String t, int e, NameReader names, QuoteSpans quotes) {
        int w = e > 0 && (t.charAt(e - 1) == '時' || t.charAt(e - 1) == '时') ? e - 1 : e;
        int word = LEX.interviewWords.matchEndingAt(t, w, Math.max(0, w - 2));
        for (int g = w - word; word > 0 && g >= 2 && w - g <= MAX_INTERVIEWER; g--) {
            if (quotes.inside(g - 1) || Chars.isClauseBreak(t.charAt(g - 1))) {
                return 0;
            }
            if (t.startsWith("接受", g - 2)) {
                int s = g - 2 > 0 && (t.charAt(g - 3) == '，' || t.charAt(g - 3) == ',') ? g - 3 : g - 2;
                Mention m = names.endingAt(t, s, 0, quotes);
                return m != null && m.strong() && m.kind() == Mention.Kind.PERSON && m.end() == s ? e - s : 0;
            }
        }
        return 0;
    }
}
