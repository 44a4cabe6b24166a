package org.pizhu.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.pizhu.app.DocumentImports;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.Person;
import org.pizhu.library.Speakers;
import org.pizhu.library.Statement;
import org.pizhu.ui.WindowFixture;
import org.pizhu.ui.Workspace;

/**
 * The People view in a real window over a real library (headless): one person speaking in two documents, written in
 * Traditional in one and Simplified in the other, is one row; their statements open in the reader and export as
 * Markdown grouped by document.
 */
class PeopleWindowTest extends org.pizhu.ui.OneWindowTest {
    @Test
    void aSpeakerOfTwoDocumentsIsListedOnceAndTheSecondStatementOpensInTheReader() throws Exception {
        Library library = window.library();
        Workspace workspace = window.workspace();
        DocumentImports imports = new DocumentImports(library);
        DocumentInfo a = imports.importText("people-a.txt", "港口消息\n\n甄志遠表示，港口今年擴建。\n\n市民普遍歡迎。\n");
        DocumentInfo b = imports.importText("people-b.txt", "港口后续\n\n市民仍有疑问。\n\n甄志远指出，工程明年动工。\n");
        library.storeSpeakers(a.id(), new Speakers(List.of("甄志遠"), Map.of(1, "甄志遠")));
        library.storeSpeakers(b.id(), new Speakers(List.of("甄志远"), Map.of(2, "甄志远")));

        robot.interact(() -> ((javafx.scene.control.TabPane) window.view().node().lookup("#sidebar-tabs"))
                .getSelectionModel().select(3));
        WindowFixture.waitUntil(() -> workspace.people().people().getItems().stream()
                .anyMatch(p -> p.otherForms().size() == 1 && p.documents() == 2));
        Person person = workspace.people().people().getItems().stream().filter(p -> p.documents() == 2).findFirst()
                .orElseThrow();
        assertThat(List.of(person.name(), person.otherForms().get(0))).containsExactlyInAnyOrder("甄志遠", "甄志远");
        assertThat(person.statements()).isEqualTo(2);

        robot.interact(() -> workspace.people().people().getSelectionModel().select(person));
        WindowFixture.waitUntil(() -> workspace.people().statements().getItems().size() == 2);
        Statement second = workspace.people().statements().getItems().get(1);
        assertThat(second.documentId()).isEqualTo(b.id());
        assertThat(second.text()).contains("工程明年动工");
        robot.interact(() -> workspace.people().statements().getSelectionModel().select(1));
        robot.interact(() -> workspace.people().people().scrollTo(person));
        org.pizhu.ui.Screenshots.save("screenshot-people.png", window.stage());
        robot.clickOn("#people-open");
        WindowFixture.waitUntil(() -> workspace.layer().currentProperty().get() != null
                && workspace.layer().currentProperty().get().info().id() == b.id()
                && window.area().getCurrentParagraph() == second.block());

        Path out = dir.resolve("person.md");
        robot.interact(() -> workspace.peopleModel().exportTo(out));
        WindowFixture.waitUntil(() -> Files.exists(out));
        List<String> headings = new ArrayList<>();
        int[] quotes = new int[1];
        Parser.builder().build().parse(Files.readString(out, StandardCharsets.UTF_8)).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                headings.add(h.getLevel() + ":" + ((Text) h.getFirstChild()).getLiteral());
            }

            @Override
            public void visit(BlockQuote q) {
                quotes[0]++;
            }
        });
        assertThat(headings).containsExactly("1:" + person.name(), "2:" + a.title(), "2:" + b.title());
        assertThat(quotes[0]).isEqualTo(2);
    }
}
