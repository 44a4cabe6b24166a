package org.pizhu.speakers;

/**
 * A place in a block where someone is presented as speaking: a mention followed by a speech verb, or a
 * {@code NAME：} lead.
 *
 * @param mention   who speaks (possibly a pronoun to resolve)
 * @param verbStart offset of the speech verb (or of the colon)
 * @param verbEnd   offset just past it
 * @param contrast  whether the cue is marked as a new voice (則, 亦, 但 …) rather than reported speech
 */
record Cue(Mention mention, int verbStart, int verbEnd, boolean contrast) {
}
