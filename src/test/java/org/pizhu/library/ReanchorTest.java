package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.annotate.CompactText;
import org.pizhu.app.DocumentImports;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;

/** Re-import of a changed seed article: annotations move with their words; one on deleted text becomes an orphan. */
class ReanchorTest {
    @TempDir
    Path dir;

    @Test
    void annotationsFollowTheirWordsAcrossAReimport() {
        String v1 = Texts.seed();
        Document d1 = new Reflower().reflow("seed.txt", v1);
        List<Block> blocks = d1.blocks().stream().filter(b -> b.text().length() >= 30).toList();
        assertThat(blocks.size()).isGreaterThan(8);
        Block kept = blocks.get(2);
        Block deleted = blocks.get(4);
        Block edited = blocks.get(6);
        Block last = blocks.get(blocks.size() - 1);

        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("seed.txt", v1).id();
            long aKept = annotate(lib, doc, kept, 5, 17, "kept");
            long aDeleted = annotate(lib, doc, deleted, 8, 20, "deleted");
            long aEdited = annotate(lib, doc, edited, 4, 24, "edited");
            long aLast = annotate(lib, doc, last, 0, 10, "last");

            StringBuilder v2 = new StringBuilder(v1);
            int mid = edited.sourceMap().sourceOffset(14);
            v2.setCharAt(mid, v2.charAt(mid) == '一' ? '二' : '一');
            v2.delete(deleted.sourceStart(), deleted.sourceEnd());
            v2.insert(kept.sourceStart(), "新增一段文字，說明這個版本的修訂內容與背景資料。\n\n");
            v2.insert(0, "更正啟事：本文於發布後更新。\n\n");
            String text2 = v2.toString();

            ReimportReport r = new DocumentImports(lib).reimport(doc, "seed-v2.txt", text2);
            assertThat(r.info().version()).isEqualTo(2);
            assertThat(r.orphans()).extracting(Annotation::id).containsExactly(aDeleted);
            assertThat(r.fuzzy()).isEqualTo(1);
            assertThat(r.moved()).isEqualTo(2);

            Map<Long, Annotation> byId = lib.load(doc).annotations().stream()
                    .collect(Collectors.toMap(Annotation::id, a -> a));
            for (long id : List.of(aKept, aLast)) {
                Annotation a = byId.get(id);
                assertThat(a.orphan()).isFalse();
                assertThat(CompactText.compact(text2.substring(a.anchor().start(), a.anchor().end()))).isEqualTo(a.quote());
            }
            Annotation e = byId.get(aEdited);
            assertThat(e.orphan()).isFalse();
            String moved = text2.substring(e.anchor().start(), e.anchor().end());
            assertThat(CompactText.compact(moved)).hasSize(20).isNotEqualTo(e.quote().length() == 20 ? "" : moved);
            assertThat(e.note()).isEqualTo("edited");
            Annotation o = byId.get(aDeleted);
            assertThat(o.orphan()).isTrue();
            assertThat(o.note()).isEqualTo("deleted");
            assertThat(lib.load(doc).annotations()).last().extracting(Annotation::id).isEqualTo(aDeleted);

            Document d2 = lib.load(doc).document();
            Block keptNow = d2.blocks().get(byId.get(aKept).anchor().block());
            assertThat(keptNow.text()).isEqualTo(kept.text());
        }
    }

    @Test
    void orphansComeBackWhenTheirTextReturns() {
        String v1 = Texts.seed();
        Block b = new Reflower().reflow("seed.txt", v1).blocks().get(3);
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("seed.txt", v1).id();
            long id = annotate(lib, doc, b, 2, 14, "n");
            String without = v1.substring(0, b.sourceStart()) + v1.substring(b.sourceEnd());
            assertThat(new DocumentImports(lib).reimport(doc, "v2.txt", without).orphans()).hasSize(1);
            ReimportReport back = new DocumentImports(lib).reimport(doc, "v3.txt", v1);
            assertThat(back.orphans()).isEmpty();
            assertThat(lib.annotation(id).orElseThrow().orphan()).isFalse();
        }
    }

    private static long annotate(Library lib, long doc, Block b, int from, int to, String note) {
        return lib.annotate(doc, b.sourceMap().sourceOffset(from), b.sourceMap().sourceOffset(to - 1) + 1,
                AnnotationKind.HIGHLIGHT, Color.YELLOW, note, List.of()).id();
    }
}
