package org.pizhu.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** Builds the converter described by {@code /opencc/config/NAME.json}. */
    static ScriptConverter converter(String name, boolean includeTofuRisk) {
        JsonNode config = readConfig(name);
        List<Matcher> normalization = new ArrayList<>();
        for (JsonNode step : config.path("normalization")) {
            addIfPresent(normalization, dict(step.get("dict"), includeTofuRisk));
        }
        Matcher segmentation = null;
        JsonNode seg = config.get("segmentation");
        if (seg != null) {
            if (!"mmseg".equals(seg.path("type").asText())) {
                throw new IllegalStateException(name + ": unsupported segmentation " + seg.path("type").asText());
            }
            segmentation = dict(seg.get("dict"), true);
        }
        List<Matcher> chain = new ArrayList<>();
        for (JsonNode step : config.path("conversion_chain")) {
            addIfPresent(chain, dict(step.get("dict"), includeTofuRisk));
        }
        return new ScriptConverter(name, normalization, segmentation, chain);
    }

    private static void addIfPresent(List<Matcher> list, Matcher m) {
        if (m != null) {
            list.add(m);
        }
    }

    private static JsonNode readConfig(String name) {
        String path = "/opencc/config/" + name + ".json";
        try (InputStream in = OpenccData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown OpenCC config: " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** A dictionary node of a config: a file, or a group with its match policy; null if left out (tofu risk). */
    private static Matcher dict(JsonNode node, boolean includeTofuRisk) {
        if (node.path("may_output_tofu").asBoolean(false) && !includeTofuRisk) {
            return null;
        }
        String type = node.path("type").asText();
        if (!type.equals("group")) {
            String file = node.path("file").asText();
            int dot = file.lastIndexOf('.');
            return table(dot > 0 ? file.substring(0, dot) : file);
        }
        List<Matcher> members = new ArrayList<>();
        for (JsonNode child : node.path("dicts")) {
            addIfPresent(members, dict(child, includeTofuRisk));
        }
        if (members.isEmpty()) {
            return null;
        }
        String policy = node.path("match_policy").asText("short_circuit");
        if (policy.equals("union")) {
            return union(members);
        }
        if (!policy.equals("short_circuit")) {
            throw new IllegalStateException("unsupported match_policy " + policy);
        }
        return Matcher.shortCircuit(members);
    }

    /** A union of plain dictionaries is one table (first entry wins on equal keys), as OpenCC flattens it. */
    private static Matcher union(List<Matcher> members) {
        if (members.stream().allMatch(m -> m instanceof PhraseTable)) {
            StringBuilder key = new StringBuilder("union");
            for (Matcher m : members) {
                key.append('+').append(System.identityHashCode(m));
            }
            synchronized (OpenccData.class) {
                PhraseTable merged = TABLES.get(key.toString());
                if (merged == null) {
                    Map<String, String> all = new LinkedHashMap<>();
                    for (Matcher m : members) {
                        ((PhraseTable) m).forEach(all::putIfAbsent);
                    }
                    merged = new PhraseTable(all);
                    TABLES.put(key.toString(), merged);
                }
                return merged;
            }
        }
        return Matcher.union(members);
    }
}
