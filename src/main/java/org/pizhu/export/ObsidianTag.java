package org.pizhu.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A tag written the way Obsidian (and most Markdown note tools) read it: letters and digits of any script, {@code _},
 * {@code -}, and {@code /} for nested tags; never only digits. Everything else (spaces, punctuation, symbols) becomes
 * {@code -}; leading {@code #} and empty nesting levels are dropped. Nothing is escaped, because an escaped tag is not
 * a tag to Obsidian; an {@code _} never ends a level, so no tag can close Markdown emphasis. The same text is used in
 * the body ({@code #tag}) and in the front matter ({@code tag}).
 */
final class ObsidianTag {
    private ObsidianTag() {
    }

    /** The tag's name without {@code #}. */
    static String name(String tag) {
        String t = tag.strip();
        int hashes = 0;
        while (hashes < t.length() && t.charAt(hashes) == '#') {
            hashes++;
        }
        List<String> levels = new ArrayList<>();
        for (String level : t.substring(hashes).split("/", -1)) {
            String clean = level(level);
            if (!clean.isEmpty()) {
                levels.add(clean);
            }
        }
        if (levels.isEmpty()) {
            return "tag";
        }
        String out = String.join("/", levels);
        return out.chars().allMatch(c -> Character.isDigit(c) || c == '/') ? "_" + out : out;
    }

    /** {@code #name}. */
    static String hashtag(String tag) {
        return "#" + name(tag);
    }

    private static String level(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (allowed(cp)) {
                sb.appendCodePoint(cp);
            } else if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        });
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == '-' || sb.charAt(end - 1) == '_')) {
            end--;
        }
        return sb.substring(0, end);
    }

    private static boolean allowed(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
