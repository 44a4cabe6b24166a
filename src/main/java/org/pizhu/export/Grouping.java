package org.pizhu.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pizhu.annotate.Color;

/** Splits a document's kept annotations into headed groups, each in reading order. */
final class Grouping {
    static final String ALL = "Annotations";
    static final String NO_SPEAKER = "No speaker";
    static final String UNTAGGED = "Untagged";

    private Grouping() {
    }

    static Map<String, List<Selection.Item>> group(Selection.Section s, GroupBy by, ExportRequest request) {
        Map<String, List<Selection.Item>> out = new LinkedHashMap<>();
        switch (by) {
            case ORDER -> {
                if (!s.items().isEmpty()) {
                    out.put(ALL, s.items());
                }
            }
            case SPEAKER -> {
                Map<String, List<Selection.Item>> byName = new LinkedHashMap<>();
                for (String name : s.source().speakers().names()) {
                    byName.put(name, new ArrayList<>());
                }
                List<Selection.Item> none = new ArrayList<>();
                for (Selection.Item i : s.items()) {
                    if (i.speaker() == null) {
                        none.add(i);
                    } else {
                        byName.computeIfAbsent(i.speaker(), k -> new ArrayList<>()).add(i);
                    }
                }
                byName.forEach((name, items) -> {
                    if (!items.isEmpty()) {
                        out.merge(request.converter().convert(name, request.script()), items, Grouping::concat);
                    }
                });
                if (!none.isEmpty()) {
                    out.put(NO_SPEAKER, none);
                }
            }
            case TAG -> {
                Map<String, List<Selection.Item>> byTag = new TreeMap<>();
                List<Selection.Item> none = new ArrayList<>();
                for (Selection.Item i : s.items()) {
                    if (i.annotation().tags().isEmpty()) {
                        none.add(i);
                    }
                    for (String t : i.annotation().tags()) {
                        byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                    }
                }
                out.putAll(byTag);
                if (!none.isEmpty()) {
                    out.put(UNTAGGED, none);
                }
            }
            case COLOUR -> {
                for (Color c : Color.values()) {
                    List<Selection.Item> items = s.items().stream().filter(i -> i.annotation().color() == c).toList();
                    if (!items.isEmpty()) {
                        out.put(MarkdownModel.colourName(c), items);
                    }
                }
            }
            default -> throw new IllegalStateException(by.toString());
        }
        return out;
    }

    private static List<Selection.Item> concat(List<Selection.Item> a, List<Selection.Item> b) {
        List<Selection.Item> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
