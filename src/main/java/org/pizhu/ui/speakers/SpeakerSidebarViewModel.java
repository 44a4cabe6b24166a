package org.pizhu.ui.speakers;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pizhu.ui.reader.BlockNavigator;

/**
 * The speaker sidebar: speakers and reporters of the open document; selecting one tints their statements and moves the
 * reader to the first, and next/previous cycle through them.
 */
public final class SpeakerSidebarViewModel {
    private final BlockNavigator navigator;
    private final ObservableList<SpeakerSummary> speakers = FXCollections.observableArrayList();
    private final ObservableList<SpeakerSummary> reporters = FXCollections.observableArrayList();
    private final ObjectProperty<SpeakerSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty onlyStatements = new SimpleBooleanProperty(this, "onlyStatements");
    private final ReadOnlyIntegerWrapper statement = new ReadOnlyIntegerWrapper(this, "statement", -1);

    /** A sidebar that moves {@code navigator} to statements. */
    public SpeakerSidebarViewModel(BlockNavigator navigator) {
        this.navigator = navigator;
        onlyStatements.addListener((o, a, on) -> navigator.showOnlyTinted(on && selected.get() != null));
        selected.addListener((o, was, now) -> {
            statement.set(-1);
            navigator.tint(now == null ? List.of() : now.statementBlocks());
            navigator.underline(now == null ? List.of() : now.quotes());
            navigator.showOnlyTinted(onlyStatements.get() && now != null);
            if (now != null) {
                next();
            }
        });
    }

    /** Whether the reader shows only the selected speaker's statements. */
    public BooleanProperty onlyStatementsProperty() {
        return onlyStatements;
    }

    /** Replaces the listed speakers (reporters are listed apart); clears the selection. */
    public void setSpeakers(List<SpeakerSummary> all) {
        selected.set(null);
        speakers.setAll(all.stream().filter(s -> !s.reporter()).toList());
        reporters.setAll(all.stream().filter(SpeakerSummary::reporter).toList());
    }

    /** Selects {@code speaker} again or newly, moving to their next statement if already selected. */
    public void activate(SpeakerSummary speaker) {
        if (speaker != null && speaker.equals(selected.get())) {
            next();
        } else {
            selected.set(speaker);
        }
    }

    /** Moves the reader to the selected speaker's next statement, wrapping around. */
    public void next() {
        step(1);
    }

    /** Moves the reader to the selected speaker's previous statement, wrapping around. */
    public void previous() {
        step(-1);
    }

    private void step(int delta) {
        SpeakerSummary s = selected.get();
        if (s == null || s.statementBlocks().isEmpty()) {
            return;
        }
        int n = s.statementBlocks().size();
        int i = statement.get() < 0 ? (delta > 0 ? 0 : n - 1) : Math.floorMod(statement.get() + delta, n);
        statement.set(i);
        navigator.reveal(s.statementBlocks().get(i), 0, 0);
    }

    /** Quoted speakers, people and organisations. */
    public ObservableList<SpeakerSummary> speakers() {
        return speakers;
    }

    /** Reporters named in bylines. */
    public ObservableList<SpeakerSummary> reporters() {
        return reporters;
    }

    /** The selected speaker, or null. */
    public ObjectProperty<SpeakerSummary> selectedProperty() {
        return selected;
    }

    /** Index of the current statement among the selected speaker's, or -1. */
    public ReadOnlyIntegerProperty statementProperty() {
        return statement.getReadOnlyProperty();
    }
}
