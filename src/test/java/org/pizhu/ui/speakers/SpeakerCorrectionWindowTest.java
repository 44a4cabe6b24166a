package org.pizhu.ui.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.document.Block;
import org.pizhu.library.Library;
import org.pizhu.ui.WindowFixture;
import org.pizhu.ui.Workspace;
import org.pizhu.ui.export.ExportDialogView;

/**
 * Correcting the speakers in the sidebar of a real window over a real library (headless): rename and merge through the
 * speaker's context menu, then a re-import of the document keeps the corrections, and the export shows them.
 */
class SpeakerCorrectionWindowTest extends org.pizhu.ui.OneWindowTest {
    private static Workspace workspace() {
        return window.workspace();
    }

    private static long docId() {
        return workspace().layer().currentProperty().get().info().id();
    }

    private static List<String> listed() {
        return window.view().sidebar().list().getItems().stream().map(SpeakerSummary::name).toList();
    }

    private void choose(String id, String name, String answer) throws TimeoutException {
        robot.interact(() -> {
            var list = window.view().sidebar().list();
            list.getSelectionModel().select(list.getItems().stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow());
            MenuItem item = workspace().speakerTools().menu().getItems().stream().filter(i -> id.equals(i.getId()))
                    .findFirst().orElseThrow();
            item.fire();
        });
        WindowFixture.waitUntil(() -> workspace().speakerTools().asking());
        robot.interact(() -> workspace().speakerTools().answer(answer));
    }

    @Test
    void renameAndMergeInTheSidebarSurviveAReimportAndReachTheExport() throws Exception {
        Library library = window.library();
        WindowFixture.waitUntil(() -> window.view().sidebar().list().getItems().stream()
                .filter(s -> !s.statementBlocks().isEmpty()).count() >= 2
                && !library.speakers(docId()).names().isEmpty());
        List<SpeakerSummary> speaking = window.view().sidebar().list().getItems().stream()
                .filter(s -> !s.statementBlocks().isEmpty() && library.speakers(docId()).names().contains(s.name()))
                .toList();
        assertThat(speaking).hasSizeGreaterThanOrEqualTo(2);
        String first = speaking.get(0).name();
        String second = speaking.get(1).name();
        String renamed = first + "甲";
        int blocks = speaking.get(0).statementBlocks().size() + speaking.get(1).statementBlocks().size();

        choose("speaker-rename", first, renamed);
        WindowFixture.waitUntil(() -> listed().contains(renamed) && !listed().contains(first));
        assertThat(workspace().speakerTools().menu()).isNotNull();
        choose("speaker-merge", second, renamed);
        WindowFixture.waitUntil(() -> !listed().contains(second) && listed().contains(renamed));
        SpeakerSummary merged = window.view().sidebar().list().getItems().stream()
                .filter(s -> s.name().equals(renamed)).findFirst().orElseThrow();
        assertThat(merged.statementBlocks()).hasSizeGreaterThanOrEqualTo(Math.min(blocks, 2));
        WindowFixture.waitUntil(() -> window.view().sidebar().list().lookupAll(".speaker-corrected").size() >= 1);
        if (!System.getProperty("pizhu.screenshots", "").isBlank()) {
            var list = window.view().sidebar().list();
            robot.interact(() -> {
                list.getSelectionModel().select(merged);
                var at = list.localToScreen(-250, 30);
                workspace().speakerTools().menu().show(list, at.getX(), at.getY());
            });
            org.pizhu.ui.Screenshots.save("screenshot-speaker-correction.png", window.stage(),
                    workspace().speakerTools().menu());
            robot.interact(() -> workspace().speakerTools().menu().hide());
        }

        long id = docId();
        int block = merged.statementBlocks().get(0);
        Block b = library.load(id).document().blocks().get(block);
        library.annotate(id, b.sourceStart(), b.sourceStart() + 4, AnnotationKind.HIGHLIGHT, Color.GREEN, "", List.of());
        new DocumentImports(library).reimport(id, library.load(id).document());
        assertThat(library.speakers(id).names()).contains(renamed).doesNotContain(first, second);
        // The window reads the re-imported document afresh: another one first, then this one again.
        long other = new DocumentImports(library).importText("other.txt", "別的文件\n\n今天天氣很好。\n").id();
        robot.interact(() -> workspace().libraryModel().open(library.document(other)));
        WindowFixture.waitUntil(() -> docId() == other && !listed().contains(renamed));
        robot.interact(() -> workspace().libraryModel().open(library.document(id)));
        WindowFixture.waitUntil(() -> docId() == id && listed().contains(renamed) && !listed().contains(first)
                && !listed().contains(second));

        ExportDialogView[] dialog = new ExportDialogView[1];
        robot.interact(() -> dialog[0] = workspace().showExport());
        WindowFixture.waitUntil(() -> dialog[0].preview().getText().contains("\u2014 " + renamed));
        robot.interact(() -> dialog[0].stage().close());

        // Nobody speaks in the paragraph at the caret; the header menu's undo gives it back.
        robot.interact(() -> window.area().moveTo(block, 0));
        header("speaker-nobody");
        WindowFixture.waitUntil(() -> !blocksOf(renamed).contains(block));
        assertThat(library.speakers(id).byBlock()).doesNotContainKey(block);
        header("speaker-undo");
        WindowFixture.waitUntil(() -> blocksOf(renamed).contains(block));
    }

    private static List<Integer> blocksOf(String name) {
        return window.view().sidebar().list().getItems().stream().filter(s -> s.name().equals(name))
                .flatMap(s -> s.statementBlocks().stream()).toList();
    }

    private void header(String id) {
        robot.interact(() -> workspace().speakerTools().more().getItems().stream().filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow().fire());
    }
}
