package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class MarkdownTextTest {
    /** Everything the issue lists, plus what CommonMark, GFM and Obsidian would otherwise read as markup. */
    static final String[] PIECES = {"*", "**", "_", "__", "#", "# ", "## ", ">", "> ", "[", "]", "(", ")", "<", "<b>",
        "</b>", "<script>", "<!-- x -->", "<https://a.b>", "`", "```", "|", "&", "&amp;", "&#65;", "\\", "-", "--- ",
        "+", "1.", "1) ", "2024.", "=", "==", "===", "~", "~~", "$", "%%", "^", "{", "}", "!", "![", "[x](y)", ":",
        "\"", "'", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\u3000", "說", "陳大文", "「", "」", "，", "。", "abc", "1",
        "www.example.org", "http://x.y/z_w", "    code"};

    @Test
    void everyBlockquoteRendersExactlyItsText() {
        Random r = new Random(8);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            String expected = MarkdownText.canonical(text);
            if (expected.isEmpty()) {
                continue;
            }
            String md = "Intro.\n\n" + MarkdownText.blockquote(text) + "\n\nAfter.\n";
            Node doc = MarkdownProbe.parse(md);
            assertThat(MarkdownProbe.blockquotes(doc)).as("%s", md).containsExactly(expected);
            assertThat(MarkdownProbe.html(doc)).as(md).isEmpty();
            assertThat(MarkdownProbe.markup(doc.getFirstChild().getNext())).as(md).isEmpty();
            Node para = MarkdownProbe.parse(MarkdownText.inline(text) + "\n");
            assertThat(MarkdownProbe.text(para)).as(md).isEqualTo(expected);
            assertThat(MarkdownProbe.markup(para)).as(md).isEmpty();
        }
    }

    @Test
    void canonicalTextStripsLinesAndDropsEmptyOnes() {
        assertThat(MarkdownText.canonical("  甲 乙 \r\n\n\t丙\n")).isEqualTo("甲 乙\n丙");
    }

    @Test
    void hashtagsFollowObsidiansTagRules() {
        assertThat(ObsidianTag.hashtag("新質 生產力")).isEqualTo("#新質-生產力");
        assertThat(ObsidianTag.hashtag("c#")).isEqualTo("#c");
        assertThat(ObsidianTag.hashtag("über-tag_1")).isEqualTo("#über-tag_1");
        assertThat(ObsidianTag.hashtag("R&D")).isEqualTo("#R-D");
        assertThat(ObsidianTag.hashtag("2026")).isEqualTo("#_2026");
        assertThat(ObsidianTag.hashtag("２０２６")).isEqualTo("#_２０２６");
        assertThat(ObsidianTag.hashtag("a/b")).isEqualTo("#a/b");
        assertThat(ObsidianTag.hashtag(" #項目//子項 / 2026 ")).isEqualTo("#項目/子項/2026");
        assertThat(ObsidianTag.hashtag("a_b*c")).isEqualTo("#a_b-c");
        assertThat(ObsidianTag.hashtag("x_")).isEqualTo("#x");
        assertThat(ObsidianTag.hashtag("!!!")).isEqualTo("#tag");
        assertThat(ObsidianTag.hashtag("हिन्दी")).isEqualTo("#हिन्दी");
        Node doc = MarkdownProbe.parse(ObsidianTag.hashtag("#") + " " + ObsidianTag.hashtag("_a") + " "
                + ObsidianTag.hashtag("x y_") + " " + ObsidianTag.hashtag("b_/c") + "\n");
        assertThat(MarkdownProbe.text(doc)).isEqualTo("#tag #_a #x-y #b/c");
        assertThat(MarkdownProbe.markup(doc)).isEmpty();
    }

    /** Obsidian's tag pattern, as its help states it: allowed characters, at least one that is not a digit. */
    @Test
    void everyNormalisedTagMatchesObsidiansPattern() {
        java.util.regex.Pattern obsidian = java.util.regex.Pattern.compile("#[\\p{L}\\p{M}\\p{N}_/-]*[^\\p{N}/\\s][\\p{L}\\p{M}\\p{N}_/-]*");
        for (String t : List.of("c#", "c++", "über-tag\\_1", "R&D", "2026", "a/b", "a / b", "標記 測試", "#x", "1/2", "..",
                "emoji 😀 tag", "tab\tname", "﹟全形", "1984 ")) {
            String tag = ObsidianTag.hashtag(t);
            assertThat(tag).as(t).matches(obsidian).doesNotContain("//").doesNotEndWith("/");
        }
    }

    @Test
    void notesKeepMarkdownButNoHtml() {
        String note = MarkdownText.note("**重要** <b>x</b> <!-- c --> <https://example.org> a<b\r\nnext");
        Node doc = MarkdownProbe.parse(note);
        assertThat(MarkdownProbe.html(doc)).isEmpty();
        assertThat(MarkdownProbe.markup(doc)).contains("StrongEmphasis", "Link");
        assertThat(note).contains("\\<b>x\\</b>").doesNotContain("\r");
    }

    @Test
    void yamlStringsParseBackExactly() {
        Yaml yaml = new Yaml();
        for (String s : List.of("plain", "a: b", "- x", "#c", "\"q\" and 'q'", "back\\slash", "line\nbreak", "tab\t",
                "{x}", "[y]", "null", "true", "123", "2024-01-01", "陳大文：「引文」", "\u0007bell", "\u2028sep", "*a", "&a",
                "!x", "%p", "@a", "`b", "|", ">", "😀 emoji")) {
            Map<String, Object> m = yaml.load("k: " + MarkdownText.yamlString(s) + "\n");
            assertThat(m.get("k")).as(s).isEqualTo(s);
        }
    }

    @Test
    void noteEscapingReadsEachCharacterABoundedNumberOfTimes() {
        for (String unit : List.of("<b>粗體</b> a<x ", "<ab:", "<abc:def", "<" , "<https://a.b> <", "<" + "a".repeat(40) + ":")) {
            String text = unit.repeat(200_000 / unit.length() + 1);
            CountingText counted = new CountingText(text);
            String escaped = MarkdownText.escapeHtml(counted);
            assertThat(counted.reads).as(unit).isLessThanOrEqualTo(3L * text.length());
            assertThat(escaped.replace("\\<", "<")).isEqualTo(text);
        }
    }

    @Test
    void aMillionCharacterNoteFullOfTagsIsEscapedQuickly() {
        String unit = "<b>粗體</b> a<x ";
        String million = unit.repeat(1_000_000 / unit.length());
        String escaped = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MarkdownText.note(million));
        assertThat(escaped).startsWith("\\<b>粗體\\</b> a\\<x");
        assertThat(escaped.length()).isEqualTo(million.strip().length() + 3 * (million.length() / unit.length()));
    }

    /** A text that counts how often its characters are read. */
    private static final class CountingText implements CharSequence {
        private final String s;
        long reads;

        CountingText(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += s.length();
            return s;
        }
    }
}
