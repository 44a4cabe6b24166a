package org.pizhu.speakers;

import java.util.List;
import org.pizhu.document.Block;

/** The current story of a document being read: who spoke last (for 他/她/該局) and what continues into the next block. */
final class Story {
    SpeakerBook.Entry last;
    SpeakerBook.Entry lastOrg;
    /** The last person who spoke: what 他 and 她 stand for, even after an organisation spoke. */
    SpeakerBook.Entry lastPerson;
    /** Whether the last block was a dialogue line ({@code 蔡：…}): a following block without cues continues it. */
    boolean dialogue;
    /** The speaker whose statement, introduced above, the following paragraphs without cues print. */
    SpeakerBook.Entry statement;
    /** The speaker announced by a speech verb and a colon ending the paragraph above ({@code 他續說：}). */
    SpeakerBook.Entry colonTurn;
    /** Whether {@link #colonTurn} introduced a list ({@code 證據包括：}): only its items ({@code ⚫️…}) go on. */
    boolean listed;
    /** The paragraph right above the block read, or null. */
    Block paragraphAbove;
    /** The author of the article the text reports on, for whom 文章指出 speaks; kept across the document. */
    Mention articleAuthor;
    /** The person an interview's questions are put to ({@link Interviews}); kept across the document. */
    Mention interviewee;
    /** Whether an interviewer's question came above, so that paragraphs without cues answer it. */
    boolean answering;
    /** The document's blocks, for what looks beyond the block read; null in a caption's own story. */
    List<Block> document;

    void reset() {
        last = null;
        lastOrg = null;
        lastPerson = null;
        dialogue = false;
        colonTurn = null;
        paragraphAbove = null;
    }

    void spoke(SpeakerBook.Entry e) {
        last = e;
        if (e.kind == SpeakerKind.ORGANIZATION) {
            lastOrg = e;
        } else {
            lastPerson = e;
        }
    }
}
