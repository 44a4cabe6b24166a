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
 * OpenCC's data as shipped under {@code /opencc/} on the class path: text dictionaries read once and kept as
 * {@link PhraseTable}s, and the JSON configs turned into {@link ScriptConverter}s.
 *
 * <p>Dictionaries that OpenCC's build derives are derived here the same way: {@code …Rev} by reversing,
 * {@code TSCharactersExt} from the {@code @tofu-risk} entries of TSCharacters, and
 * {@code STPhrases_GeneratedFromRegionalPhrases} by converting the keys of HKPhrases and TWPhrases with t2s.
 * Thread-safe: loading is serialised on this class's lock.
 */
final class OpenccData {
    private static final String REGIONAL = "STPhrases_GeneratedFromRegionalPhrases";

    private static final Map<String, DictionaryFile> FILES = new HashMap<>();
    private static final Map<String, PhraseTable> TABLES = new HashMap<>();

    private OpenccData() {
    }

    /** A parsed dictionary file, by base name (e.g. {@code "TSCharacters"}). */
    static synchronized DictionaryFile file(String name) {
        DictionaryFile f = FILES.get(name);
        if (f == null) {
            f = DictionaryFile.load(name);
            FILES.put(name, f);
        }
        return f;
    }

    /** A dictionary as a matcher, by base name, loading or deriving it on first use. */
    static synchronized PhraseTable table(String name) {
        PhraseTable t = TABLES.get(name);
        if (t == null) {
            t = new PhraseTable(entries(name));
            TABLES.put(name, t);
        }
        return t;
    }

    private static Map<String, String> entries(String name) {
        if (name.equals(REGIONAL)) {
            return regionalPhrases();
        }
        if (name.equals("TSCharactersExt")) {
            return file("TSCharacters").tofuRiskDefaults();
        }
        if (exists(name)) {
            return file(name).defaults();
        }
        if (name.endsWith("Rev") && exists(name.substring(0, name.length() - 3))) {
            return file(name.substring(0, name.length() - 3)).reversedDefaults();
        }
        throw new IllegalStateException("unknown OpenCC dictionary: " + name);
    }

    private static boolean exists(String name) {
        return OpenccData.class.getResource("/opencc/dictionary/" + name + ".txt") != null;
    }

    /** OpenCC's generate_st_phrases_from_regional_phrases.py: Simplified spans of regional phrase keys. */
    private static Map<String, String> regionalPhrases() {
        ScriptConverter t2s = converter("t2s", true);
        Map<String, String> out = new LinkedHashMap<>();
        for (String source : List.of("HKPhrases", "TWPhrases")) {
            for (DictionaryFile.Line l : file(source).entries()) {
                String simplified = t2s.convertText(l.key());
                if (simplified.codePointCount(0, simplified.length()) >= 3) {
                    out.putIfAbsent(simplified, l.key());
                }
            }
        }
        return out;
    }

    private static boolean excluded(Map<String, Object> node, boolean includeTofuRisk) {
        return Boolean.TRUE.equals(node.get("may_output_tofu")) && !includeTofuRisk;
    }

    private static String fileName(Map<String, Object> node) {
        String file = text(node, "file", "");
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Builds the converter described by {@code /opencc/config/NAME.json}. */
    static ScriptConverter converter(String name, boolean includeTofuRisk) {
        Map<String, Object> config = object(readConfig(name));
        List<Matcher> normalization = new ArrayList<>();
        for (Object step : list(config.get("normalization"))) {
            addIfPresent(normalization, dict(object(object(step).get("dict")), includeTofuRisk));
        }
        Matcher segmentation = null;
        Map<String, Object> seg = object(config.get("segmentation"));
        if (!seg.isEmpty()) {
            if (!"mmseg".equals(seg.get("type"))) {
                throw new IllegalStateException(name + ": unsupported segmentation " + seg.get("type"));
            }
            segmentation = dict(object(seg.get("dict")), true);
        }
        List<Matcher> chain = new ArrayList<>();
        for (Object step : list(config.get("conversion_chain"))) {
            addIfPresent(chain, dict(object(object(step).get("dict")), includeTofuRisk));
        }
        return new ScriptConverter(name, normalization, segmentation, chain);
    }

    private static void addIfPresent(List<Matcher> list, Matcher m) {
        if (m != null) {
            list.add(m);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List ? (List<Object>) o : List.of();
    }

    private static String text(Map<String, Object> node, String key, String otherwise) {
        Object v = node.get(key);
        return v instanceof String ? (String) v : otherwise;
    }

    private static Object readConfig(String name) {
        String path = "/opencc/config/" + name + ".json";
        try (InputStream in = OpenccData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown OpenCC config: " + name);
            }
            return ConfigJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** A dictionary node of a config: a file, or a group with its match policy; null if left out (tofu risk). */
    private static Matcher dict(Map<String, Object> node, boolean includeTofuRisk) {
        if (excluded(node, includeTofuRisk)) {
            return null;
        }
        if (!"group".equals(node.get("type"))) {
            return table(fileName(node));
        }
        String policy = text(node, "match_policy", "short_circuit");
        if (policy.equals("union")) {
            List<String> leaves = new ArrayList<>();
            for (Object o : list(node.get("dicts"))) {
                Map<String, Object> child = object(o);
                if ("group".equals(child.get("type"))) {
                    leaves = null;
                    break;
                }
                if (!excluded(child, includeTofuRisk)) {
                    leaves.add(fileName(child));
                }
            }
            if (leaves != null) {
                return leaves.isEmpty() ? null : unionTable(leaves);
            }
        }
        List<Matcher> members = new ArrayList<>();
        for (Object child : list(node.get("dicts"))) {
            addIfPresent(members, dict(object(child), includeTofuRisk));
        }
        if (members.isEmpty()) {
            return null;
        }
        if (policy.equals("union")) {
            return Matcher.union(members);
        }
        if (!policy.equals("short_circuit")) {
            throw new IllegalStateException("unsupported match_policy " + policy);
        }
        return Matcher.shortCircuit(members);
    }

    /** A union of plain dictionaries is one table (first entry wins on equal keys), as OpenCC flattens it. */
    private static synchronized PhraseTable unionTable(List<String> names) {
        String key = "union:" + String.join("+", names);
        PhraseTable t = TABLES.get(key);
        if (t == null) {
            Map<String, String> all = new LinkedHashMap<>();
            for (String name : names) {
                entries(name).forEach(all::putIfAbsent);
            }
            t = new PhraseTable(all);
            TABLES.put(key, t);
        }
        return t;
    }
}
