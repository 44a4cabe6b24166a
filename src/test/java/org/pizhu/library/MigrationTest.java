package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.script.SearchKey;

/** Every earlier schema (frozen scripts in test resources) opens and migrates to the newest with its data intact. */
class MigrationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"schema-v1.sql", "schema-v2.sql", "schema-v3.sql", "schema-v4.sql", "schema-v5.sql"})
    void migratesOldFileToNewestKeepingData(String script) throws Exception {
        Path file = dir.resolve("old.db");
        SqlScripts.create(file, script);
        try (Library lib = Library.open(file)) {
            assertThat(lib.documents()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(7);
                assertThat(d.title()).isEqualTo("舊文章");
                assertThat(d.annotations()).isEqualTo(1);
            });
            LoadedDocument doc = lib.load(7);
            assertThat(doc.document().blocks()).extracting(b -> b.text()).containsExactly("舊文章", "創新科技的發展很重要。");
            Annotation a = doc.annotations().get(0);
            assertThat(a.id()).isEqualTo(3);
            assertThat(a.uid()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(lib.annotationByUid(a.uid())).contains(a);
            assertThat(lib.annotation(3)).as("old #a-3 links resolve by row id").contains(a);
            assertThat(a.quote()).isEqualTo("創新科技");
            assertThat(a.tags()).containsExactly("科技");
            assertThat(a.orphan()).isFalse();
            assertThat(lib.search("創新科技", 10).blocks()).hasSize(1);
            assertThat(lib.search("發展", 10).blocks()).hasSize(1);
            assertThat(lib.search("筆記", 10).annotations()).hasSize(1);
            int[] at = lib.findQuote(7, "很重要").get(0);
            Annotation added = lib.annotate(7, at[0], at[1], AnnotationKind.UNDERLINE, Color.BLUE, "", List.of("科技"));
            assertThat(added.id()).isGreaterThan(3);
            assertThat(added.uid()).isNotEqualTo(a.uid()).hasSize(36);
            if (!script.equals("schema-v1.sql")) {
                assertThat(lib.speakers(7).byBlock()).containsEntry(1, "甲先生");
            }
            assertThat(DocumentMetas.get(lib, 7)).isEqualTo(DocumentMeta.EMPTY);
            DocumentMeta meta = new DocumentMeta("", List.of("甲記者"), "某報", "2025-01-02", "", "", "", "", "old2025");
            DocumentMetas.put(lib, 7, meta);
            assertThat(DocumentMetas.get(lib, 7)).isEqualTo(meta);
            assertThat(lib.checkIntegrity()).isEqualTo("ok");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Schema.CURRENT);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("triggers left").isZero();
        }
        SqlScripts.exec(file, "INSERT INTO blocks_fts (blocks_fts, rank) VALUES ('integrity-check', 1)");
    }

    @Test
    void undoHistoryFromVersion2StillWorks() throws Exception {
        Path file = dir.resolve("old.db");
        SqlScripts.create(file, "schema-v2.sql");
        try (Library lib = Library.open(file)) {
            assertThat(lib.undo()).contains("edit highlight");
            Annotation a = lib.annotation(3).orElseThrow();
            assertThat(a.color()).isEqualTo(Color.YELLOW);
            assertThat(a.tags()).isEmpty();
            assertThat(lib.redo()).isPresent();
            assertThat(lib.annotation(3).orElseThrow().tags()).containsExactly("科技");
        }
    }

    @Test
    void changedFoldingRulesRebuildTheSearchKeys() throws Exception {
        try (Library lib = reopened("創新科技的發展。\n",
                "UPDATE meta SET value = 'rules of an older build' WHERE key = 'search_key'",
                "UPDATE block_keys SET search_key = 'xxxxxxxx'")) {
            assertThat(lib.search("xxx", 10).blocks()).isEmpty();
            assertThat(lib.search("科技的", 10).blocks()).hasSize(1);
            assertThat(lib.checkIntegrity()).isEqualTo("ok");
        }
    }

    /** A library holding {@code text}, changed by {@code sql} while closed, then opened again. */
    private Library reopened(String text, String... sql) throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            new DocumentImports(lib).importText("a.txt", text);
        }
        for (String statement : sql) {
            SqlScripts.exec(file, statement);
        }
        return Library.open(file);
    }

    @Test
    void aLibraryKeyedCharByCharIsReKeyedWithPhrasesOnOpening() throws Exception {
        // as an older build left it: 乾 folded alone, and the fingerprint of those rules
        try (Library lib = reopened("乾隆年間的故事。\n",
                "UPDATE block_keys SET search_key = replace(search_key, '乾隆', '干隆')",
                "INSERT INTO blocks_fts (blocks_fts) VALUES ('rebuild')",
                "UPDATE meta SET value = '" + SearchKey.of("陳說體們國會這與從來書ＡＺａｚ０９ＡbC　．") + "' WHERE key = 'search_key'")) {
            assertThat(lib.search("干", 10).blocks()).isEmpty();
            assertThat(lib.search("乾隆", 10).blocks()).hasSize(1);
            assertThat(lib.checkIntegrity()).isEqualTo("ok");
        }
    }

    @Test
    void newFileIsCreatedAtTheNewestVersionInWalMode() throws Exception {
        Path file = dir.resolve("new.db");
        Library.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Schema.CURRENT);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Schema.APPLICATION_ID);
            }
        }
    }
}
