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

            lib.speakerRecords().merge(doc, "甲先生", "甲");
            lib.speakerRecords().rename(doc, "甲", "甲某");
            lib.speakerRecords().attribute(doc, 3, "乙");
            lib.speakerRecords().attribute(doc, 2, null);
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
    void notASpeakerAndTitlesAreAppliedAfterReimportAndTheLatestCorrectionCanBeTakenBack() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("a.txt", TEXT).id();
            Speakers detected = new Speakers(List.of("甲", "乙"), Map.of(1, "甲", 2, "乙"), Map.of("甲", List.of("局長")));
            lib.storeSpeakers(doc, detected);
            lib.speakerRecords().remove(doc, "乙");
            lib.speakerRecords().setTitles(doc, "甲", List.of("前局長", "顧問"));
            assertThat(lib.speakers(doc).names()).containsExactly("甲");
            assertThat(lib.speakers(doc).byBlock()).isEqualTo(Map.of(1, "甲"));
            assertThat(lib.speakers(doc).titlesOf("甲")).containsExactly("前局長", "顧問");

            new DocumentImports(lib).reimport(doc, "a2.txt", "前言段落。\n\n" + TEXT);
            lib.storeSpeakers(doc, new Speakers(List.of("甲", "乙"), Map.of(2, "甲", 3, "乙"), Map.of("甲", List.of("局長"))));
            assertThat(lib.speakers(doc).names()).containsExactly("甲");
            assertThat(lib.speakers(doc).titlesOf("甲")).containsExactly("前局長", "顧問");
            assertThat(lib.speakerRecords().corrections(doc)).extracting(SpeakerCorrection::action).containsExactly("remove", "titles");

            assertThat(lib.speakerRecords().undo(doc)).hasValueSatisfying(c -> assertThat(c.action()).isEqualTo("titles"));
            assertThat(lib.speakers(doc).titlesOf("甲")).containsExactly("局長");
            assertThat(lib.speakerRecords().undo(doc)).isPresent();
            assertThat(lib.speakers(doc).names()).containsExactly("甲", "乙");
            assertThat(lib.speakerRecords().undo(doc)).isEmpty();
        }
    }

    @Test
    void peopleAreMatchedAcrossDocumentsAndScriptsWithTheirStatements() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            DocumentImports imports = new DocumentImports(lib);
            long a = imports.importText("a.txt", "港聞\n\n陳大文表示，經濟穩定。\n\n他補充，出口仍強。\n").id();
            long b = imports.importText("b.txt", "要闻\n\n陈大文指出，就业向好。\n").id();
            long c = imports.importText("c.txt", "社評\n\n李小明說，天氣很好。\n").id();
            lib.storeSpeakers(a, new Speakers(List.of("陳大文"), Map.of(1, "陳大文", 2, "陳大文"),
                    Map.of("陳大文", List.of("局長"))));
            lib.storeSpeakers(b, new Speakers(List.of("陈大文"), Map.of(1, "陈大文"), Map.of("陈大文", List.of("主席"))));
            lib.storeSpeakers(c, new Speakers(List.of("李小明"), Map.of(1, "李小明")));
            lib.speakerRecords().rename(c, "李小明", "陳大文");

            assertThat(lib.speakerRecords().people()).hasSize(1).first().satisfies(p -> {
                assertThat(p.name()).isEqualTo("陳大文");
                assertThat(p.otherForms()).containsExactly("陈大文");
                assertThat(p.documents()).isEqualTo(3);
                assertThat(p.statements()).isEqualTo(4);
                assertThat(p.titles()).containsExactly("局長", "主席");
            });
            assertThat(lib.speakerRecords().statementsOf("陈大文")).extracting(Statement::documentId, Statement::block)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 1), org.assertj.core.groups.Tuple.tuple(a, 2),
                            org.assertj.core.groups.Tuple.tuple(b, 1), org.assertj.core.groups.Tuple.tuple(c, 1));
            assertThat(lib.speakerRecords().statementsOf("陳大文").get(2).text()).isEqualTo("陈大文指出，就业向好。");
            assertThat(lib.speakerRecords().statementsOf("王五")).isEmpty();
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
