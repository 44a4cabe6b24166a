package org.pizhu.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    /** One entry: a key and its candidates, the first being the default. */
    record Line(String key, List<String> values) {
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
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static DictionaryFile parse(String name, BufferedReader reader) throws IOException {
        List<Line> entries = new ArrayList<>();
        List<Line> tofu = new ArrayList<>();
        Map<String, String> prefer = new LinkedHashMap<>();
        boolean tofuNext = false;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith(PREFER)) {
                String[] f = line.substring(PREFER.length()).trim().split("\\s+");
                prefer.put(f[0], f[f.length - 1]);
                continue;
            }
            if (line.startsWith(TOFU)) {
                tofuNext = true;
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("bad line in OpenCC dictionary " + name + ": " + line);
            }
            List<String> values = new ArrayList<>(List.of(line.substring(tab + 1).split(" ")));
            values.removeIf(String::isEmpty);
            Line entry = new Line(line.substring(0, tab), List.copyOf(values));
            entries.add(entry);
            if (tofuNext) {
                tofu.add(entry);
                tofuNext = false;
            }
        }
        return new DictionaryFile(name, List.copyOf(entries), Map.copyOf(prefer), List.copyOf(tofu));
    }

    /** Key to default value, first occurrence winning. */
    Map<String, String> defaults() {
        Map<String, String> map = new LinkedHashMap<>(entries.size() * 2);
        for (Line l : entries) {
            if (!l.values.isEmpty()) {
                map.putIfAbsent(l.key, l.values.get(0));
            }
        }
        return map;
    }

    /** OpenCC's {@code reverse.py}: every value maps back to its keys, a {@code @reverse-prefer} key first. */
    Map<String, String> reversedDefaults() {
        Map<String, List<String>> rev = new LinkedHashMap<>();
        for (Line l : entries) {
            for (String v : l.values) {
                rev.computeIfAbsent(v, k -> new ArrayList<>()).add(l.key);
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
            List<String> v = l.values;
            if (!v.isEmpty() && v.get(0).equals(l.key)) {
                v = v.subList(1, v.size());
            }
            if (!v.isEmpty()) {
                map.putIfAbsent(l.key, v.get(0));
            }
        }
        return map;
    }
}
