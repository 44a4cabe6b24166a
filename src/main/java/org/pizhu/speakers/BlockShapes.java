package org.pizhu.speakers;

import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;

/**
 * What the speaker analysis reads from a block's shape: a colon, an interviewer's line, a paragraph that reads as a
 * sub-heading, a byline inside a story, and a headline name mentioned again below.
 */
final class BlockShapes {
    /** Length up to which a paragraph without punctuation may be a sub-heading ({@link #readsAsHeading}). */
    private static final int HEADING_LIKE = 16;

    private BlockShapes() {
    }

    /** Whether a colon stands at {@code i}. */
    static boolean isColon(String t, int i) {
        return i < t.length() && (t.charAt(i) == '：' || t.charAt(i) == ':');
    }

    /** Whether a block is an interviewer's line ({@code 問：…}), which ends the answerer's turn. */
    static boolean isQuestionLine(String t) {
        String s = t.stripLeading();
        int k = Lexicon.INSTANCE.questionLabels.matchAt(s, 0, Math.min(s.length(), 4));
        return k > 0 && isColon(s, k);
    }

    /**
     * Whether a paragraph reads as a sub-heading: short, without any punctuation of a sentence or a clause (a quoted
     * phrase may stand in it: “无法用科学解释”).
     */
    static boolean readsAsHeading(String t) {
        String s = t.strip();
        if (s.isEmpty() || s.length() > HEADING_LIKE) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("。！？，,：:；;!?…".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a byline stands right after a story's lead paragraph, with the story going on after it (a credit after
     * the lead); a byline after two paragraphs or more closes its story.
     */
    static boolean afterLead(List<Block> blocks, int i) {
        return i > 0 && i + 1 < blocks.size() && blocks.get(i - 1).kind() == BlockKind.PARAGRAPH
                && blocks.get(i + 1).kind() == BlockKind.PARAGRAPH && (i < 2 || blocks.get(i - 2).kind() != BlockKind.PARAGRAPH);
    }

    /** A two-character headline name (周末：, 高鐵：) counts only if the next blocks mention it again. */
    static boolean mentionedBelow(List<Block> blocks, int heading, Cue cue) {
        for (int i = heading + 1; i < blocks.size() && i <= heading + 30; i++) {
            if (blocks.get(i).kind().isRunningText() && blocks.get(i).text().contains(cue.mention().name())) {
                return true;
            }
        }
        return false;
    }
}
