package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.library.Library;
import org.pizhu.library.Speakers;

/** {@code pizhu speakers}, {@code pizhu speaker …} and {@code pizhu people}, in-process with the CLI's handling. */
class SpeakerCommandTest {
    @TempDir
    Path dir;
    private String lib;

    private static InProcessCli.Run pizhu(String... args) {
        return InProcessCli.pizhu(args);
    }

    @BeforeEach
    void setUp() throws Exception {
        lib = dir.resolve("lib.db").toString();
        Files.writeString(dir.resolve("a.txt"), "標題\n\n陳大表示，經濟穩定。\n\n乙先生指出，出口仍有壓力。\n\n記者觀察到市場平靜。\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "要闻\n\n陈大文指出，就业向好。\n", StandardCharsets.UTF_8);
        assertThat(pizhu("import", "--library", lib, dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString())
                .exit()).isZero();
        try (Library l = Library.open(Path.of(lib))) {
            l.storeSpeakers(1, new Speakers(List.of("陳大", "乙先生"), Map.of(1, "陳大", 2, "乙先生")));
            l.storeSpeakers(2, new Speakers(List.of("陈大文"), Map.of(1, "陈大文")));
        }
    }

    @Test
    void aNameCutShortIsRenamedAndThePersonIsFoundAcrossDocuments() {
        assertThat(pizhu("speaker", "rename", "--library", lib, "1", "陳大", "陳大文").exit()).isZero();
        assertThat(pizhu("speaker", "not-a-speaker", "--library", lib, "1", "乙先生").exit()).isZero();
        assertThat(pizhu("speaker", "attribute", "--library", lib, "1", "4", "陳大文").exit()).isZero();
        InProcessCli.Run speakers = pizhu("speakers", "--library", lib, "1");
        assertThat(speakers.out()).startsWith("陳大文\t\tblocks 2,4\n")
                .contains("corrected\trename 陳大 → 陳大文", "corrected\tnot a speaker: 乙先生");
        InProcessCli.Run people = pizhu("people", "--library", lib);
        assertThat(people.out()).isEqualTo("3\t2\t陳大文\t陈大文\t\n");
        InProcessCli.Run said = pizhu("people", "--library", lib, "陈大文");
        assertThat(said.out().lines().toList()).hasSize(3)
                .allSatisfy(l -> assertThat(l).matches("\\d\t.*\t\\d{4}-\\d\\d-\\d\\d\tblock \\d\t.*"));
        assertThat(pizhu("speaker", "undo", "--library", lib, "1").out()).contains("undone: statement of 陳大文");
    }

    @Test
    void aQuotationAddsASpeakerToItsBlock() {
        InProcessCli.Run r = pizhu("speaker", "add", "--library", lib, "1", "記者甲", "--quote", "市场平静");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("block 4");
        assertThat(pizhu("speakers", "--library", lib, "1").out()).contains("記者甲\t\tblocks 4");
    }

    @Test
    void anAliasSplitOffTakesTheStatementsNamingItAndUndoGivesThemBack() {
        assertThat(pizhu("speaker", "attribute", "--library", lib, "1", "3", "陳大").exit()).isZero();
        InProcessCli.Run split = pizhu("speaker", "split", "--library", lib, "1", "陳大", "乙先生");
        assertThat(split.exit()).as(split.err()).isZero();
        assertThat(split.out()).isEqualTo("split 乙先生 off 陳大 (1 statement)\n");
        assertThat(pizhu("speakers", "--library", lib, "1").out()).contains("陳大\t\tblocks 2\n", "乙先生\t\tblocks 3\n");
        assertThat(pizhu("speaker", "undo", "--library", lib, "1").out()).contains("undone: statement of 乙先生");
        assertThat(pizhu("speakers", "--library", lib, "1").out()).contains("陳大\t\tblocks 2,3\n");
    }

    @Test
    void badNamesBlocksAndQuotesGiveOneClearLineAndExitTwo() {
        for (String[] args : List.of(
                new String[] {"speaker", "rename", "--library", lib, "1", "王五", "王六"},
                new String[] {"speaker", "merge", "--library", lib, "1", "陳大", "王五"},
                new String[] {"speaker", "not-a-speaker", "--library", lib, "1", "王五"},
                new String[] {"speaker", "attribute", "--library", lib, "1", "99", "陳大"},
                new String[] {"speaker", "add", "--library", lib, "1", "王五", "--quote", "沒有這句話"},
                new String[] {"speaker", "rename", "--library", lib, "1", "陳大", " "},
                new String[] {"speaker", "split", "--library", lib, "1", "王五", "王"},
                new String[] {"speaker", "split", "--library", lib, "1", "陳大", "乙先生"},
                new String[] {"speaker", "split", "--library", lib, "1", "陳大", "陳大"})) {
            InProcessCli.Run r = pizhu(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines().toList()).singleElement().asString().startsWith("pizhu: ");
        }
        InProcessCli.Run unknown = pizhu("people", "--library", lib, "王五");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("pizhu: nobody called 王五 speaks in the library; 'pizhu people' lists who"
                + " does\n");
    }
}
