package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the speaker engine found in a document: speakers, the speaker of each block, quotations and reporters.
 *
 * @param speakers      speakers in order of first appearance
 * @param blockSpeakers for each block index, the name of its speaker, or null
 * @param quotes        attributed quotations, in document order
 * @param reporters     reporters and editors named in bylines
 * @param credits       everyone bylines and credits name, with roles (reporter, editor, photographer)
 */
public record SpeakerAnalysis(List<Speaker> speakers, List<String> blockSpeakers, List<Quote> quotes,
                              List<String> reporters, List<Credit> credits) {
    public SpeakerAnalysis {
        speakers = List.copyOf(speakers);
        blockSpeakers = Collections.unmodifiableList(new ArrayList<>(blockSpeakers));
        quotes = List.copyOf(quotes);
        reporters = List.copyOf(reporters);
        credits = List.copyOf(credits);
    }

    /** The speaker of block {@code index}, if any. */
    public Optional<String> speakerOf(int index) {
        return index >= 0 && index < blockSpeakers.size() ? Optional.ofNullable(blockSpeakers.get(index)) : Optional.empty();
    }

    /** The speaker entry with this name, if any. */
    public Optional<Speaker> speaker(String name) {
        return speakers.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
