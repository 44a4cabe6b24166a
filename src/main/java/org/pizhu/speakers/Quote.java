package org.pizhu.speakers;

/**
 * A quotation inside a block, attributed to a speaker.
 *
 * @param blockIndex  the block it lies in
 * @param start       offset of the first quoted character (after the opening mark)
 * @param end         offset just past the last quoted character (before the closing mark)
 * @param speakerName the speaker it is attributed to
 */
public record Quote(int blockIndex, int start, int end, String speakerName) {
}
