package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameIndexTest {
    private static SpeakerBook.Entry entry(String name) {
        return new SpeakerBook.Entry(name, SpeakerKind.PERSON, null);
    }

    private static List<String> found(NameIndex index, String text) {
        List<String> out = new ArrayList<>();
        index.forEachOccurrence(text, (e, s, end) -> out.add(e.name + "@" + s + "-" + end));
        return out;
    }

    @Test
    void findsOverlappingAndNestedNamesAtBothEnds() {
        NameIndex index = new NameIndex(List.of(entry("王"), entry("王小明"), entry("小明"), entry("")));
        assertThat(found(index, "王小明說，小明和王")).containsExactly(
                "王@0-1", "王小明@0-3", "小明@1-3", "小明@5-7", "王@8-9");
        assertThat(found(index, "")).isEmpty();
        assertThat(found(index, "沒有人")).isEmpty();
    }

    @Test
    void twoEntriesWithOneNameAreBothReported() {
        SpeakerBook.Entry a = entry("商務局");
        SpeakerBook.Entry b = entry("商務局");
        List<SpeakerBook.Entry> seen = new ArrayList<>();
        new NameIndex(List.of(a, b)).forEachOccurrence("據商務局稱", (e, s, end) -> seen.add(e));
        assertThat(seen).containsExactly(a, b);
    }

    @Test
    void agreesWithAPlainSearchOnRandomText() {
        Random rnd = new Random(7);
        String alphabet = "王李陳小明大文局長說\uD840\uDC00";
        for (int round = 0; round < 200; round++) {
            List<SpeakerBook.Entry> entries = new ArrayList<>();
            for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
                entries.add(entry(random(rnd, alphabet, 1 + rnd.nextInt(3))));
            }
            String text = random(rnd, alphabet, rnd.nextInt(60));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                for (int end = i + 1; end <= text.length(); end++) {
                    for (SpeakerBook.Entry e : entries) {
                        if (e.name.length() == end - i && text.startsWith(e.name, i)) {
                            expected.add(e.name + "@" + i + "-" + end);
                        }
                    }
                }
            }
            assertThat(found(new NameIndex(entries), text)).as(text + " " + expected).containsExactlyElementsOf(expected);
        }
    }

    private static String random(Random rnd, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
