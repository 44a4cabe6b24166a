package org.pizhu.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenCC text dictionary as written: entries in file order ({@code key TAB value value ...}), its
 * {@code # @reverse-prefer:} annotations and the entries tagged {@code # @tofu-risk:}.
 *
 * <p>Also derives the dictionaries OpenCC's build derives from the text files: reversed ones ({@code …Rev}) and
 * {@code TSCharactersExt}.
 */
record DictionaryFile(String name, List<Line> entries, Map<String, String> reversePreferences, List<Line> tofuRisk) {
    /** One entry: a key and its space-separated candidates, the first being the default. */
    record Line(String key, String candidates) {
        /** The default candidate. */
        String first() {
            int sp = candidates.indexOf(' ');
            return sp < 0 ? candidates : candidates.substring(0, sp);
        }

        /** All candidates, in order. */
        List<String> values() {
            List<String> out = new ArrayList<>(2);
            for (String v : candidates.split(" ")) {
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    private static final String PREFER = "# @reverse-prefer:";
    private static final String TOFU = "# @tofu-risk:";

    /** Reads {@code /opencc/dictionary/NAME.txt} from the class path. */
    static DictionaryFile load(String name) {
        String path = "/opencc/dictionary/" + name + ".txt";
        try (InputStream in = DictionaryFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC dictionary missing from the class path: " + path);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static DictionaryFile parse(String name, String text) {
        List<Line> entries = new ArrayList<>(text.length() / 16);
        List<Line> tofu = new ArrayList<>();
        Map<String, String> prefer = new HashMap<>();
        boolean tofuNext = false;
        int n = text.length();
        for (int start = 0; start < n; ) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int next = end + 1;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            if (end == start) {
                start = next;
                continue;
            }
            if (text.charAt(start) == '#') {
                if (text.startsWith(PREFER, start)) {
                    String[] f = text.substring(start + PREFER.length(), end).trim().split("\\s+");
                    prefer.put(f[0], f[f.length - 1]);
                } else if (text.startsWith(TOFU, start)) {
                    tofuNext = true;
                }
                start = next;
                continue;
            }
            int tab = text.indexOf('\t', start);
            if (tab < 0 || tab >= end) {
                if (!text.substring(start, end).isBlank()) {
                    throw new IllegalStateException("bad line in OpenCC dictionary " + name + ": "
                            + text.substring(start, end));
                }
                start = next;
                continue;
            }
            Line entry = new Line(text.substring(start, tab), text.substring(tab + 1, end).trim());
            if (tab > start && !entry.candidates().isEmpty()) {
                entries.add(entry);
                if (tofuNext) {
                    tofu.add(entry);
                }
            }
            tofuNext = false;
            start = next;
        }
        return new DictionaryFile(name, entries, Map.copyOf(prefer), tofu);
    }

    /** Key to default value, first occurrence winning. */
    Map<String, String> defaults() {
        Map<String, String> map = new LinkedHashMap<>(entries.size() * 2);
        for (Line l : entries) {
            map.putIfAbsent(l.key(), l.first());
        }
        return map;
    }

    /** OpenCC's {@code reverse.py}: every value maps back to its keys, a {@code @reverse-prefer} key first. */
    Map<String, String> reversedDefaults() {
        Map<String, List<String>> rev = new LinkedHashMap<>();
        for (Line l : entries) {
            for (String v : l.values()) {
                rev.computeIfAbsent(v, k -> new ArrayList<>()).add(l.key());
            }
        }
        Map<String, String> map = new LinkedHashMap<>(rev.size() * 2);
        for (Map.Entry<String, List<String>> e : rev.entrySet()) {
            String preferred = reversePreferences.get(e.getKey());
            map.put(e.getKey(), preferred != null && e.getValue().contains(preferred) ? preferred : e.getValue().get(0));
        }
        return map;
    }

    /** OpenCC's {@code extract_tofu_risk.py}: the tagged entries without their leading identity candidate. */
    Map<String, String> tofuRiskDefaults() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Line l : tofuRisk) {
            List<String> v = l.values();
            if (!v.isEmpty() && v.get(0).equals(l.key())) {
                v = v.subList(1, v.size());
            }
            if (!v.isEmpty()) {
                map.putIfAbsent(l.key(), v.get(0));
            }
        }
        return map;
    }
}
