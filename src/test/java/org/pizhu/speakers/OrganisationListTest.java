package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pizhu.script.ScriptConverter;
import org.pizhu.script.ScriptConverters;

/** The organisation gazetteer: loads from the class path, is large, clean and closed under t2s and s2hk. */
class OrganisationListTest {
    private static final String RESOURCE = "/org/pizhu/speakers/organisations.txt";
    private static List<String> names;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OrganisationListTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the class path").isNotNull();
            names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        }
    }

    @Test
    void isLargeAndEveryNameIsAtLeastTwoCharacters() {
        assertThat(names).hasSizeGreaterThanOrEqualTo(800);
        assertThat(names).allSatisfy(n -> assertThat(n.codePointCount(0, n.length())).as(n).isGreaterThanOrEqualTo(2));
        assertThat(names).allSatisfy(n -> assertThat(n).as(n).isEqualTo(n.strip()).doesNotContain("\t", " "));
    }

    @Test
    void hasNoDuplicates() {
        Set<String> seen = new HashSet<>();
        List<String> dups = new ArrayList<>();
        for (String n : names) {
            if (!seen.add(n)) {
                dups.add(n);
            }
        }
        assertThat(dups).isEmpty();
    }

    @Test
    void everyNameHasItsSimplifiedAndHongKongForms() {
        Set<String> set = new HashSet<>(names);
        ScriptConverter t2s = ScriptConverters.get("t2s");
        ScriptConverter s2hk = ScriptConverters.get("s2hk");
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            for (String form : List.of(t2s.convertText(n), s2hk.convertText(n))) {
                if (!set.contains(form)) {
                    missing.add(n + " -> " + form);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void leavesOutGenericHeadsAndCommonWords() {
        assertThat(names).doesNotContain("政府", "法院", "警方", "醫院", "大學", "公司", "中華", "國泰", "小米", "蘋果",
                "北京", "香港", "无线", "無線", "中大", "港大", "人行");
        assertThat(names).contains("聯合國", "联合国", "港鐵", "港铁", "滙豐", "汇丰", "小米集團", "民進黨", "台積電");
    }
}
