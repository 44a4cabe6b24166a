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
 * @param titles  titles (offices held, organisations) by speaker name; speakers without titles may be absent
 */
public record Speakers(List<String> names, Map<Integer, String> byBlock, Map<String, List<String>> titles) {
    public Speakers {
        names = List.copyOf(names);
        byBlock = java.util.Collections.unmodifiableMap(new TreeMap<>(byBlock));
        titles = Map.copyOf(titles);
    }

    /** Speakers without titles. */
    public Speakers(List<String> names, Map<Integer, String> byBlock) {
        this(names, byBlock, Map.of());
    }

    /** No speakers. */
    public static Speakers none() {
        return new Speakers(List.of(), Map.of());
    }

    /** The titles of {@code name}, or none. */
    public List<String> titlesOf(String name) {
        return titles.getOrDefault(name, List.of());
    }
}
