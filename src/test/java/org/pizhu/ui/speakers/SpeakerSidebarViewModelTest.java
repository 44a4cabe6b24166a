package org.pizhu.ui.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.ui.reader.BlockNavigator;
import org.pizhu.ui.reader.QuoteSpan;

class SpeakerSidebarViewModelTest {
    private final List<Integer> revealed = new ArrayList<>();
    private final List<Collection<Integer>> tints = new ArrayList<>();
    private final List<Collection<QuoteSpan>> underlines = new ArrayList<>();
    private final List<Boolean> filters = new ArrayList<>();
    private final SpeakerSidebarViewModel vm = new SpeakerSidebarViewModel(new BlockNavigator() {
        @Override
        public void reveal(int block, int start, int end) {
            revealed.add(block);
        }

        @Override
        public void tint(Collection<Integer> blocks) {
            tints.add(List.copyOf(blocks));
        }

        @Override
        public void showOnlyTinted(boolean on) {
            filters.add(on);
        }

        @Override
        public void underline(Collection<QuoteSpan> quotes) {
            underlines.add(List.copyOf(quotes));
        }
    });
    private final SpeakerSummary wang = new SpeakerSummary("王小明", false, List.of("主席"), List.of(7, 3, 12), false);
    private final SpeakerSummary li = new SpeakerSummary("李大華", false, List.of(), List.of(5), false,
            List.of(new QuoteSpan(5, 2, 9)));
    private final SpeakerSummary reporter = new SpeakerSummary("張記", false, List.of(), List.of(0), true);

    @Test
    void listsReportersApart() {
        vm.setSpeakers(List.of(wang, reporter, li));
        assertThat(vm.speakers()).containsExactly(wang, li);
        assertThat(vm.reporters()).containsExactly(reporter);
    }

    @Test
    void selectingTintsAndMovesToTheFirstStatementThenCycles() {
        vm.setSpeakers(List.of(wang, li));
        vm.activate(wang);
        assertThat(tints).last().isEqualTo(List.of(3, 7, 12));
        assertThat(revealed).containsExactly(3);
        vm.activate(wang);
        vm.next();
        vm.next();
        assertThat(revealed).containsExactly(3, 7, 12, 3);
        vm.previous();
        assertThat(revealed).last().isEqualTo(12);
        assertThat(vm.statementProperty().get()).isEqualTo(2);
        vm.activate(li);
        assertThat(revealed).last().isEqualTo(5);
        assertThat(tints).last().isEqualTo(List.of(5));
        assertThat(underlines).last().isEqualTo(List.of(new QuoteSpan(5, 2, 9)));
    }

    @Test
    void showsOnlyTheSelectedSpeakersStatementsWhenAsked() {
        vm.setSpeakers(List.of(wang, li));
        vm.onlyStatementsProperty().set(true);
        assertThat(filters).last().isEqualTo(false);
        vm.activate(wang);
        assertThat(filters).last().isEqualTo(true);
        vm.selectedProperty().set(null);
        assertThat(filters).last().isEqualTo(false);
        vm.activate(li);
        vm.onlyStatementsProperty().set(false);
        assertThat(filters).last().isEqualTo(false);
    }

    @Test
    void newSpeakersClearTheSelectionAndTint() {
        vm.setSpeakers(List.of(wang));
        vm.activate(wang);
        vm.setSpeakers(List.of(li));
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(tints).last().isEqualTo(List.of());
        vm.next();
        assertThat(revealed).containsExactly(3);
    }
}
