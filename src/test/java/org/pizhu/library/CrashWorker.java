package org.pizhu.library;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;

/**
 * Child process of {@link LibraryCrashTest}: adds annotations (and now and then a document, an edit) to a library in
 * a loop, printing {@code ann:ID;} or {@code doc:ID;} after each commit, until it is killed.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Library lib = Library.open(Path.of(args[0]))) {
            long doc = lib.documents().get(0).id();
            int length = lib.document(doc).length() - 10;
            out.println("ready;");
            long seed = System.nanoTime();
            for (int i = 0; ; i++) {
                int start = (int) Math.floorMod(seed + i * 7919L, length);
                Annotation a;
                try {
                    a = lib.annotate(doc, start, start + 5, AnnotationKind.HIGHLIGHT, Color.values()[i % 5],
                            "筆記 " + i, List.of("標籤" + i % 3));
                } catch (LibraryException e) {
                    continue;
                }
                out.println("ann:" + a.id() + ";");
                if (i % 5 == 4) {
                    lib.update(a.withNote("改過的筆記 " + i).withColor(Color.PURPLE));
                }
                if (i % 40 == 39) {
                    DocumentInfo d = new DocumentImports(lib).importText("gen" + seed + "-" + i + ".txt", Texts.document(seed + i, 20_000));
                    out.println("doc:" + d.id() + ";");
                }
            }
        }
    }
}
