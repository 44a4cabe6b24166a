package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.document.Block;
import org.pizhu.reflow.Reflower;
import org.pizhu.script.SearchKey;

class SearchTest {
    @TempDir
    Path dir;
    private Library lib;
    private long special;

    private static final String SPECIAL = "他說\"新\"計劃*第一期* AND (試點)開始。\n\n報告提到NEAR(附近)的設施。\n\n"
            + "引號\"單獨出現。\n\nＡＢＣ全形字母與abc半形。\n";

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("lib.db"));
        for (int i = 0; i < 5; i++) {
            new DocumentImports(lib).importText("gen" + i + ".txt", Texts.document(i, 3000));
        }
        special = new DocumentImports(lib).importText("special.txt", SPECIAL).id();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        lib.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "AND (", "NEAR(", "\"新\"", "(試點)", "OR", "NOT", "^", "a:b", "col:x", "\"\""})
    void ftsSyntaxIsSearchedLiterally(String query) {
        SearchResults r = lib.search(query, 50);
        for (SearchResults.BlockHit h : r.blocks()) {
            assertThat(h.documentId()).isEqualTo(special);
        }
        boolean present = SPECIAL.toLowerCase().contains(query.toLowerCase().replace(" ", ""))
                || query.equals("AND (");
        assertThat(!r.blocks().isEmpty()).as(query).isEqualTo(present);
    }

    @Test
    void quoteCharacterFindsBothBlocksWithQuotes() {
        assertThat(lib.search("\"", 50).blocks()).extracting(SearchResults.BlockHit::blockIndex).containsExactly(0, 2);
    }

    @Test
    void oneAndTwoCharacterQueriesMatchLikeASubstringScan() {
        for (String q : List.of("的", "交通", "國家", "a", "ab")) {
            long expected = 0;
            for (DocumentInfo d : lib.documents()) {
                for (Block b : lib.load(d.id()).document().blocks()) {
                    if (SearchKey.phrased(b.text()).contains(SearchKey.phrased(q))) {
                        expected++;
                    }
                }
            }
            SearchResults r = lib.search(q, 100_000);
            assertThat((long) r.blocks().size()).as(q).isEqualTo(expected);
            for (SearchResults.BlockHit h : r.blocks()) {
                assertThat(SearchKey.of(h.snippet().hit())).isEqualTo(SearchKey.of(q));
            }
        }
        assertThat(lib.search("的", 100_000).blocks()).isNotEmpty();
    }

    @Test
    void threeCharacterQueryUsesTheIndexAndMarksTheHit() {
        Block b = lib.load(1).document().blocks().get(3);
        String q = b.text().substring(40, 43);
        SearchResults r = lib.search(q, 1000);
        assertThat(r.blocks()).anySatisfy(h -> {
            assertThat(h.documentId()).isEqualTo(1);
            assertThat(h.blockIndex()).isEqualTo(3);
        });
        for (SearchResults.BlockHit h : r.blocks()) {
            Block hb = lib.load(h.documentId()).document().blocks().get(h.blockIndex());
            assertThat(hb.text().substring(h.hitStart(), h.hitEnd())).isEqualTo(q);
            assertThat(h.snippet().hit()).isEqualTo(q);
        }
    }

    @Test
    void severalTermsMustAllOccurAndWidthAndCaseAreFolded() {
        assertThat(lib.search("abc 全形", 10).blocks()).hasSize(1);
        assertThat(lib.search("ＡＢＣ", 10).blocks()).hasSize(1);
        assertThat(lib.search("abc 不存在的詞", 10).blocks()).isEmpty();
        assertThat(lib.search("   ", 10).blocks()).isEmpty();
    }

    @Test
    void limitTruncates() {
        SearchResults r = lib.search("的", 3);
        assertThat(r.blocks()).hasSize(3);
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void findsNotesAndTags() {
        int[] at = lib.findQuote(special, "試點").get(0);
        long id = lib.annotate(special, at[0], at[1], AnnotationKind.NOTE, Color.BLUE, "這是**重點**備忘", List.of("政策研究"))
                .id();
        SearchResults notes = lib.search("重點", 10);
        assertThat(notes.annotations()).singleElement().satisfies(h -> {
            assertThat(h.annotationId()).isEqualTo(id);
            assertThat(h.matchedIn()).isEqualTo("note");
            assertThat(h.snippet().hit()).isEqualTo("重點");
        });
        SearchResults tags = lib.search("政策", 10);
        assertThat(tags.annotations()).singleElement().satisfies(h -> assertThat(h.matchedIn()).isEqualTo("tag"));
    }

    @Test
    @Tag("cross-script")
    void eitherScriptFindsBoth() {
        long trad = new DocumentImports(lib).importText("trad.txt", "數碼港推動創新科技發展。\n").id();
        long simp = new DocumentImports(lib).importText("simp.txt", "数码港推动创新科技发展，另一篇。\n").id();
        for (String q : List.of("數碼港", "数码港", "发展", "發展", "創新科技", "创新科技")) {
            boolean traditional = !SearchKey.literal(q).equals(SearchKey.phrased(q));
            assertThat(lib.search(q, 10).blocks()).as(q).extracting(SearchResults.BlockHit::documentId)
                    .containsExactly(traditional ? trad : simp, traditional ? simp : trad);
        }
        assertThat(lib.search("數碼港", 10).blocks().get(1).snippet().hit()).isEqualTo("数码港");
    }

    @Test
    void aQueryOfAThousandWordsIsCappedNotAnSqlError() {
        StringBuilder q = new StringBuilder("報告");
        for (int i = 0; i < 1200; i++) {
            q.append(' ').append("詞").append(i);
        }
        SearchResults r = lib.search(q.toString(), 10);
        assertThat(r.ignoredTerms()).isEqualTo(1201 - SearchResults.MAX_TERMS);
        assertThat(r.blocks()).isEmpty();
        SearchResults repeated = lib.search(("報告 ").repeat(2000), 10);
        assertThat(repeated.ignoredTerms()).isZero();
        assertThat(repeated.blocks()).isNotEmpty();
    }

    @Test
    void aNulInTheQuerySeparatesWords() {
        assertThat(lib.search("\"報告\u0000提到", 10).blocks()).isEmpty();
        assertThat(lib.search("報告\u0000提到", 10).blocks()).isNotEmpty();
    }

    @Test
    void snippetKeepsTheSpaceBesideTheHit() {
        SearchResults.Snippet s = SearchIndex.snippet("alpha beta gamma", 6, 10);
        assertThat(s.marked("«", "»")).isEqualTo("alpha «beta» gamma");
        assertThat(SearchIndex.snippet("  lead\n\n  x", 2, 6).marked("[", "]")).isEqualTo("[lead] x");
    }

    @Test
    void snippetShowsTheBlocksOwnText() {
        String reflowed = new Reflower().reflow("s", SPECIAL).blocks().get(1).text();
        SearchResults.BlockHit h = lib.search("NEAR(", 10).blocks().get(0);
        assertThat(h.snippet().before() + h.snippet().hit() + h.snippet().after()).isEqualTo(reflowed);
    }

    @Test
    void indexFollowsReimportAndDeleteExactly() throws Exception {
        new DocumentImports(lib).reimport(special, "special.txt", "新的文本講述港口擴建。\n");
        assertThat(lib.search("NEAR(", 10).blocks()).isEmpty();
        assertThat(lib.search("港口擴建", 10).blocks()).singleElement()
                .satisfies(h -> assertThat(h.documentId()).isEqualTo(special));
        lib.delete(special);
        assertThat(lib.search("港口擴建", 10).blocks()).isEmpty();
        lib.close();
        SqlScripts.exec(dir.resolve("lib.db"), "INSERT INTO blocks_fts (blocks_fts, rank) VALUES ('integrity-check', 1)");
        lib = Library.open(dir.resolve("lib.db"));
    }

    @Test
    @Tag("cross-script")
    void oneToManyFoldsDoNotMergeAndExactScriptHitsComeFirst() {
        DocumentImports imports = new DocumentImports(lib);
        long qianlong = imports.importText("a.txt", "乾隆年間的故事。\n").id();
        long cadre = imports.importText("b.txt", "幹部開會討論。\n").id();
        long hair = imports.importText("c.txt", "他的頭髮很長。\n").id();
        long develop = imports.importText("d.txt", "經濟發展很快。\n").id();
        long simplified = imports.importText("e.txt", "她的头发和经济发展。\n").id();
        assertThat(docs("干")).containsExactly(cadre);
        assertThat(docs("幹")).containsExactly(cadre);
        assertThat(docs("乾")).containsExactly(qianlong);
        assertThat(docs("乾隆")).containsExactly(qianlong);
        assertThat(docs("髮")).containsExactly(hair, simplified);
        assertThat(docs("發")).containsExactly(develop, simplified);
        assertThat(docs("发")).containsExactly(simplified, hair, develop);
        assertThat(docs("頭髮")).containsExactly(hair, simplified);
        assertThat(docs("发展")).containsExactly(simplified, develop);
        assertThat(lib.search("髮", 10).blocks()).extracting(SearchResults.BlockHit::exact).containsExactly(true, false);
        assertThat(lib.search("髮", 10).blocks().get(1).snippet().hit()).isEqualTo("发");
        assertThat(lib.search("發展", 1).truncated()).isTrue();
    }

    private List<Long> docs(String query) {
        return lib.search(query, 50).blocks().stream().map(SearchResults.BlockHit::documentId)
                .filter(id -> id > special).toList();
    }
}
