package org.pizhu.ui.citation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.ExportLoader;
import org.pizhu.export.CitationStyle;
import org.pizhu.export.ExportFormat;
import org.pizhu.export.ExportRequest;
import org.pizhu.export.Exporter;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.DocumentMetas;
import org.pizhu.library.Library;
import org.pizhu.ui.OneWindowTest;
import org.pizhu.ui.WindowFixture;
import org.pizhu.ui.Workspace;

/**
 * The "Citation…" dialog in a real window over a real library (headless): opened from the library's context menu,
 * prefilled with what the engine found as placeholders; Esc leaves the library untouched; edited outlet and authors are
 * saved, reach the CSL-JSON export, and "copy with citation" writes them in the chosen style (APA and GB/T 7714 give
 * different references).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitationWindowTest extends OneWindowTest {
    private DocumentInfo open() {
        return window.workspace().layer().currentProperty().get().info();
    }

    /** Opens the dialog of the open document through the library pane's context menu; returns its window. */
    private Stage openDialog() throws Exception {
        Workspace workspace = window.workspace();
        long id = open().id();
        WindowFixture.waitUntil(() -> workspace.library().table().getItems().stream().anyMatch(d -> d.id() == id));
        robot.interact(() -> {
            var table = workspace.library().table();
            table.getSelectionModel().select(table.getItems().stream().filter(d -> d.id() == id).findFirst()
                    .orElseThrow());
            MenuItem item = table.getContextMenu().getItems().stream()
                    .filter(i -> "library-citation".equals(i.getId())).findFirst().orElseThrow();
            item.fire();
        });
        WindowFixture.waitUntil(() -> dialog() != null && !field("citation-title").isDisabled()
                && !robot.lookup("#citation-save").query().isDisabled());
        return dialog();
    }

    private Stage dialog() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene() != null
                    && s.getScene().getRoot().lookup("#citation-dialog") != null) {
                return s;
            }
        }
        return null;
    }

    private TextInputControl field(String id) {
        return (TextInputControl) dialog().getScene().getRoot().lookup("#" + id);
    }

    @Test
    @Order(1)
    void escapeCancelsWithoutSaving() throws Exception {
        Library library = window.library();
        long id = open().id();
        Stage stage = openDialog();
        assertThat(field("citation-title").getText()).as("nothing saved yet").isEmpty();
        assertThat(field("citation-title").getPromptText()).as("the title found").isNotBlank();
        assertThat(field("citation-citekey").getPromptText()).matches("pizhu-[0-9a-f]{8}");
        robot.interact(() -> field("citation-outlet").setText("不存的報"));
        robot.interact(() -> field("citation-outlet").requestFocus());
        robot.type(KeyCode.ESCAPE);
        WindowFixture.waitUntil(() -> !stage.isShowing());
        assertThat(DocumentMetas.get(library, id)).isEqualTo(DocumentMeta.EMPTY);
    }

    @Test
    @Order(2)
    void savedOutletAndAuthorsReachTheExportAndTheCopiedCitation() throws Exception {
        Library library = window.library();
        Workspace workspace = window.workspace();
        long id = open().id();
        Stage stage = openDialog();
        robot.interact(() -> {
            field("citation-outlet").setText("明報");
            field("citation-authors").setText("陳大文、李小明\nSmith, John");
            field("citation-date").setText("2024-3-5");
            field("citation-url").setText("https://example.org/mingpao/1");
            field("citation-outlet").requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> !stage.isShowing());
        DocumentMeta saved = DocumentMetas.get(library, id);
        assertThat(saved.outlet()).isEqualTo("明報");
        assertThat(saved.authors()).containsExactly("陳大文", "李小明", "Smith, John");
        assertThat(saved.date()).isEqualTo("2024-03-05");
        assertThat(saved.title()).as("left empty: the found title is used").isEmpty();

        JsonNode item = new ObjectMapper().readTree(Exporter.render(ExportRequest.builder(
                ExportLoader.load(library, List.of(id))).format(ExportFormat.CSL).build())).get(0);
        assertThat(item.get("container-title").asText()).isEqualTo("明報");
        assertThat(item.get("author").get(0).get("literal").asText()).isEqualTo("陳大文");
        assertThat(item.get("author").get(2).get("family").asText()).isEqualTo("Smith");
        assertThat(item.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2024,3,5]");

        robot.interact(() -> workspace.layer().annotate(1, 0, 1, 2, AnnotationKind.HIGHLIGHT, Color.YELLOW));
        WindowFixture.waitUntil(() -> !workspace.layer().annotations().isEmpty());
        Annotation a = workspace.layer().annotations().get(0);
        WindowFixture.waitUntil(() -> workspace.panelModel().citation(a).contains("明報"));
        @SuppressWarnings("unchecked")
        ComboBox<CitationStyle> style = (ComboBox<CitationStyle>) workspace.panel().node()
                .lookup("#annotation-citation-style");
        robot.interact(() -> style.setValue(CitationStyle.APA));
        String apa = workspace.panelModel().citation(a);
        robot.interact(() -> style.setValue(CitationStyle.GBT7714));
        String gbt = workspace.panelModel().citation(a);
        assertThat(apa).startsWith("\u300c" + a.quote() + "\u300d\n")
                .contains("陳大文, 李小明, & Smith, J. (2024, March 5).", "明報.", "https://example.org/mingpao/1");
        assertThat(gbt).contains("陳大文, 李小明, SMITH J, 2024.", "[N/OL]. 明報, 2024-03-05.");
        assertThat(apa).isNotEqualTo(gbt);

        robot.interact(() -> {
            workspace.panelModel().selectedProperty().set(a);
            ((javafx.scene.control.Button) workspace.panel().node().lookup("#annotation-copy")).fire();
        });
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(gbt);
    }
}
