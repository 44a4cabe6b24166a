package org.pizhu.library;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who speaks in a document: the speaker names and the block each speaks in. Used both for what the speaker engine
 * detected (stored as is) and for what the reader sees (detection with the user's corrections applied).
 *
 * @param names   speaker names in order of first appearance
 * @param byBlock block index to speaker name, for attributed blocks only
 */
public record Speakers(List<String> names, Map<Integer, String> byBlock) {
    public Speakers {
        names = List.copyOf(names);
        byBlock = java.util.Collections.unmodifiableMap(new TreeMap<>(byBlock));
    }

    /** No speakers. */
    public static Speakers none() {
        return new Speakers(List.of(), Map.of());
    }
}
