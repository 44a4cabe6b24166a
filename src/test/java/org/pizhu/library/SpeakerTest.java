package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.app.DocumentImports;

/** Speaker corrections (rename, merge, re-attribution) survive re-analysis and re-import. */
class SpeakerTest {
    @TempDir
    Path dir;

    private static final String TEXT = "標題\n\n甲表示，今年經濟穩定。\n\n乙指出，出口仍有壓力。\n\n記者觀察到市場平靜。\n\n甲先生補充說明。\n";

    @Test
    void correctionsSurviveReanalysisAndReimport() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("a.txt", TEXT).id();
            Speakers detected = new Speakers(List.of("甲", "乙", "甲先生"), Map.of(1, "甲", 2, "乙", 4, "甲先生"));
            lib.storeSpeakers(doc, detected);
            assertThat(lib.speakers(doc)).isEqualTo(detected);

            lib.mergeSpeakers(doc, "甲先生", "甲");
            lib.renameSpeaker(doc, "甲", "甲某");
            lib.attributeBlock(doc, 3, "乙");
            lib.attributeBlock(doc, 2, null);
            Speakers seen = lib.speakers(doc);
            assertThat(seen.names()).containsExactly("甲某", "乙");
            assertThat(seen.byBlock()).isEqualTo(Map.of(1, "甲某", 3, "乙", 4, "甲某"));

            lib.storeSpeakers(doc, detected);
            assertThat(lib.speakers(doc)).isEqualTo(seen);

            new DocumentImports(lib).reimport(doc, "a2.txt", "前言段落。\n\n" + TEXT);
            lib.storeSpeakers(doc, new Speakers(List.of("甲", "乙", "甲先生"), Map.of(2, "甲", 3, "乙", 5, "甲先生")));
            Speakers after = lib.speakers(doc);
            assertThat(after.byBlock()).isEqualTo(Map.of(2, "甲某", 4, "乙", 5, "甲某"));
        }
    }

    @Test
    void noSpeakersUntilTheEngineRuns() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("a.txt", TEXT).id();
            assertThat(lib.speakers(doc)).isEqualTo(Speakers.none());
        }
    }
}
