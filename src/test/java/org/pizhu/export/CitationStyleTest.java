package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pizhu.library.DocumentMeta;

/**
 * Pizhu's own reference formatter against citeproc-java with the official CSL styles: every item of a matrix (no, one,
 * two, four Chinese authors; an English {@code Family, Given} pair; date absent, year, year-month, full; with and
 * without outlet, section, page, URL) is rendered by both, the same item as the CSL-JSON export writes it
 * ({@code article-newspaper} with an outlet, else {@code article}; {@code Family, Given} split, other names literal).
 * They must be equal, character for character. Accepted differences, kept out of the matrix: Chicago title-cases
 * English titles and outlets ({@code SCMP} becomes {@code Scmp}) — Pizhu keeps the text as written; names beyond the
 * styles' et-al limits of long author lists (APA 20, Chicago 10) are not shortened.
 */
class CitationStyleTest {
    private static final Map<CitationStyle, String> CSL_STYLES = Map.of(CitationStyle.CHICAGO, "chicago-author-date",
            CitationStyle.APA, "apa", CitationStyle.GBT7714, "china-national-standard-gb-t-7714-2015-author-date");

    private static final List<List<String>> AUTHORS = List.of(List.of(), List.of("王某"), List.of("盛德文", "余風"),
            List.of("甲乙", "丙丁", "戊己", "庚辛"), List.of("Smith, John", "Lee, Ann Marie"));
    private static final List<String> DATES = List.of("", "2023", "2021-07", "2024-03-05");

    private static CSLItemData csl(DocumentMeta m) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id("k")
                .type(m.outlet().isEmpty() ? CSLType.ARTICLE : CSLType.ARTICLE_NEWSPAPER).title(m.title());
        List<CSLName> names = new ArrayList<>();
        for (String a : m.authors()) {
            int comma = a.indexOf(", ");
            names.add(comma > 0 ? new CSLNameBuilder().family(a.substring(0, comma)).given(a.substring(comma + 2))
                    .build() : new CSLNameBuilder().literal(a).build());
        }
        if (!names.isEmpty()) {
            b.author(names.toArray(CSLName[]::new));
        }
        if (!m.outlet().isEmpty()) {
            b.containerTitle(m.outlet());
        }
        if (!m.date().isEmpty()) {
            String[] p = m.date().split("-");
            int[] parts = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                parts[i] = Integer.parseInt(p[i]);
            }
            b.issued(new de.undercouch.citeproc.csl.CSLDateBuilder().dateParts(parts).build());
        }
        if (!m.section().isEmpty()) {
            b.section(m.section());
        }
        if (!m.page().isEmpty()) {
            b.page(m.page());
        }
        if (!m.url().isEmpty()) {
            b.URL(m.url());
        }
        return b.build();
    }

    private static String citeproc(CitationStyle style, DocumentMeta m) throws Exception {
        CSL processor = new CSL(new ListItemDataProvider(csl(m)), CSL_STYLES.get(style));
        processor.setOutputFormat("text");
        processor.registerCitationItems("k");
        return processor.makeBibliography().getEntries()[0].strip();
    }

    private static List<DocumentMeta> matrix() {
        List<DocumentMeta> items = new ArrayList<>();
        int n = 0;
        for (List<String> authors : AUTHORS) {
            for (String date : DATES) {
                n++;
                boolean outlet = n % 4 != 0;
                String url = n % 2 == 0 ? "https://example.org/news/" + n : "";
                String section = n % 3 == 0 ? "港聞" : "";
                String page = n % 3 == 1 ? "A1" + n : "";
                items.add(new DocumentMeta("陳細明：拓展Web3.0 助企業提效" + n, authors, outlet ? "大公報" : "", date,
                        section, page, url, "zh-Hant", ""));
            }
        }
        return items;
    }

    @Test
    void everyStyleMatchesCiteprocOnTheMatrix() throws Exception {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (CitationStyle style : CitationStyle.values()) {
            for (DocumentMeta m : matrix()) {
                String expected = citeproc(style, m);
                String ours = style.reference(m);
                compared++;
                if (!expected.equals(ours)) {
                    differences.add(style + "\n  citeproc: " + expected + "\n  pizhu:    " + ours);
                }
            }
        }
        assertThat(compared).isEqualTo(60);
        assertThat(differences).isEmpty();
    }

    @Test
    void examplesReadAsTheStylesPrescribe() {
        DocumentMeta m = new DocumentMeta("陳細明：拓展Web3.0 助企業提效", List.of("盛德文", "余風"), "大公報", "2024-03-05",
                "經濟", "A12", "https://example.org/a", "zh-Hant", "");
        assertThat(CitationStyle.CHICAGO.reference(m)).isEqualTo("盛德文, and 余風. 2024. “陳細明：拓展Web3.0 助企業提效.”"
                + " 大公報, March 5, 2024, sec. 經濟. https://example.org/a.");
        assertThat(CitationStyle.APA.reference(m)).isEqualTo("盛德文, & 余風. (2024, March 5). 陳細明：拓展Web3.0 助企業提效."
                + " 大公報, A12. https://example.org/a");
        assertThat(CitationStyle.GBT7714.reference(m)).isEqualTo("盛德文, 余風, 2024. 陳細明：拓展Web3.0 助企業提效[N/OL]."
                + " 大公報, 2024-03-05: A12. https://example.org/a.");
        assertThat(CitationStyle.parse("apa")).isEqualTo(CitationStyle.APA);
        assertThat(CitationStyle.parse("nonsense")).isEqualTo(CitationStyle.CHICAGO);
    }
}
