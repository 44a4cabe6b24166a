package org.pizhu.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.SourceMap;
import org.pizhu.ui.InlineRunner;
import org.pizhu.ui.outline.OutlineViewModel.OutlineEntry;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.ScriptChoice;
import org.pizhu.ui.reader.ScriptLayerConverter;

class OutlineViewModelTest {
    private final ReaderViewModel reader = new ReaderViewModel(new ScriptLayerConverter(), new InlineRunner());
    private final OutlineViewModel vm = new OutlineViewModel(reader);

    /** A page of two stories, each a heading, a byline and paragraphs. */
    private static Document page() {
        Object[][] blocks = {
            {BlockKind.HEADING, "港府公布新措施"}, {BlockKind.BYLINE, "記者 陳大文"}, {BlockKind.PARAGRAPH, "第一段。"},
            {BlockKind.PARAGRAPH, "第二段。"}, {BlockKind.HEADING, "市場觀察"}, {BlockKind.BYLINE, "記者 李小明"},
            {BlockKind.PARAGRAPH, "第三段。"},
        };
        List<Block> out = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < blocks.length; i++) {
            String text = (String) blocks[i][1];
            int start = source.length();
            source.append(text).append("\n\n");
            out.add(new Block(i, (BlockKind) blocks[i][0], text, 2 * i + 1, 2 * i + 1,
                    SourceMap.contiguous(start, text.length())));
        }
        return new Document("page.txt", source.toString(), out);
    }

    @Test
    void listsTheTitleTheStoriesAndTheirBylines() {
        reader.show(page());
        assertThat(vm.entries()).containsExactly(
                new OutlineEntry(0, 0, "港府公布新措施", false), new OutlineEntry(1, 1, "記者 陳大文", true),
                new OutlineEntry(4, 1, "市場觀察", false), new OutlineEntry(5, 2, "記者 李小明", true));
    }

    @Test
    void followsTheReadingPositionAndJumpsToAnEntry() {
        reader.show(page());
        reader.lastVisibleProperty().set(1);
        reader.firstVisibleProperty().set(3);
        assertThat(vm.currentProperty().get()).isEqualTo(1);
        reader.firstVisibleProperty().set(6);
        assertThat(vm.currentProperty().get()).isEqualTo(3);
        vm.jump(vm.entries().get(2));
        assertThat(reader.revealProperty().get().block()).isEqualTo(4);
    }

    @Test
    void followsTheScriptSwitch() {
        reader.show(page());
        reader.scriptProperty().set(ScriptChoice.SIMPLIFIED);
        assertThat(vm.entries().get(2).text()).isEqualTo("市场观察");
    }
}
