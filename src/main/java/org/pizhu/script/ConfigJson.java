package org.pizhu.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader for OpenCC's JSON config files: objects become {@link Map}s, arrays {@link List}s, and strings,
 * numbers ({@link Double}), booleans and null their Java counterparts. Used instead of a JSON library so that loading
 * the converters at start-up stays cheap.
 */
final class ConfigJson {
    private final String s;
    private int p;

    private ConfigJson(String s) {
        this.s = s;
    }

    /** Parses one JSON value (trailing commas, as OpenCC's parser allows, are accepted). */
    static Object parse(String json) {
        ConfigJson r = new ConfigJson(json);
        Object v = r.value();
        r.space();
        if (r.p != json.length()) {
            throw r.error("trailing text");
        }
        return v;
    }

    private Object value() {
        space();
        if (p >= s.length()) {
            throw error("unexpected end");
        }
        char c = s.charAt(p);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        p++;
        while (true) {
            space();
            if (peek() == '}') {
                p++;
                return map;
            }
            String key = string();
            space();
            expect(':');
            map.put(key, value());
            space();
            if (peek() == ',') {
                p++;
            } else if (peek() != '}') {
                throw error("expected , or }");
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        p++;
        while (true) {
            space();
            if (peek() == ']') {
                p++;
                return list;
            }
            list.add(value());
            space();
            if (peek() == ',') {
                p++;
            } else if (peek() != ']') {
                throw error("expected , or ]");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (p < s.length()) {
            char c = s.charAt(p++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(p++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                    p += 4;
                }
                default -> sb.append(e);
            }
        }
        throw error("unterminated string");
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, p)) {
            throw error("expected " + word);
        }
        p += word.length();
        return v;
    }

    private Double number() {
        int start = p;
        while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        if (start == p) {
            throw error("unexpected character '" + s.charAt(p) + "'");
        }
        return Double.valueOf(s.substring(start, p));
    }

    private void space() {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
    }

    private char peek() {
        if (p >= s.length()) {
            throw error("unexpected end");
        }
        return s.charAt(p);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        p++;
    }

    private IllegalStateException error(String what) {
        return new IllegalStateException("OpenCC config JSON: " + what + " at offset " + p);
    }
}
