package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.script.SearchKey;

/** With the script branch's SearchKey: quotes are found, and annotations re-anchored, across scripts. */
@Tag("cross-script")
class CrossScriptAnchorTest {
    @TempDir
    Path dir;

    @Test
    void quoteInEitherScriptAndReimportInTheOtherScript() {
        String trad = "數碼港推動創新科技發展。\n\n政府將投入資金支持研究。\n";
        String simp = "数码港推动创新科技发展。\n\n政府将投入资金支持研究。\n";
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("t.txt", trad).id();
            assertThat(lib.document(doc).script()).isEqualTo("traditional");
            int[] at = lib.findQuote(doc, "投入资金").get(0);
            assertThat(trad.substring(at[0], at[1])).isEqualTo("投入資金");
            Annotation a = lib.annotate(doc, at[0], at[1], AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of());
            ReimportReport r = new DocumentImports(lib).reimport(doc, "s.txt", simp);
            assertThat(r.orphans()).isEmpty();
            Annotation moved = lib.annotation(a.id()).orElseThrow();
            assertThat(simp.substring(moved.anchor().start(), moved.anchor().end())).isEqualTo("投入资金");
            assertThat(lib.document(doc).script()).isEqualTo("simplified");
        }
    }
}
