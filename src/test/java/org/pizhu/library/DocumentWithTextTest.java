package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.app.DocumentImports;

class DocumentWithTextTest {
    @TempDir
    Path dir;

    @Test
    void findsADocumentByItsExactText() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            assertThat(lib.documentWithText("甲乙丙")).isEmpty();
            DocumentInfo a = new DocumentImports(lib).importText("a.txt", "第一篇\n\n內容甲。\n");
            new DocumentImports(lib).importText("b.txt", "第二篇\n\n內容乙。\n");
            assertThat(lib.documentWithText("第一篇\n\n內容甲。\n")).map(DocumentInfo::id).contains(a.id());
            assertThat(lib.documentWithText("第一篇\n\n內容甲。")).isEmpty();
        }
    }
}
