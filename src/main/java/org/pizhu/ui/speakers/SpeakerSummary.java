package org.pizhu.ui.speakers;

import java.util.List;
import java.util.Objects;
import org.pizhu.ui.reader.QuoteSpan;

/**
 * What the speaker sidebar shows of one speaker: the view's own record, fed by a {@link SpeakerSource} adapter.
 *
 * @param name            the speaker's name as printed
 * @param organisation    whether the speaker is an organisation rather than a person
 * @param titles          titles or roles given in the text, in order
 * @param statementBlocks indexes of the blocks holding their statements, ascending
 * @param reporter        whether this is a reporter (byline) rather than a quoted speaker
 * @param quotes          their quotations, underlined when they are selected
 */
public record SpeakerSummary(String name, boolean organisation, List<String> titles, List<Integer> statementBlocks,
                             boolean reporter, List<QuoteSpan> quotes) {
    public SpeakerSummary {
        Objects.requireNonNull(name, "name");
        titles = List.copyOf(titles);
        statementBlocks = statementBlocks.stream().distinct().sorted().toList();
        quotes = List.copyOf(quotes);
    }

    /** A speaker without quotations. */
    public SpeakerSummary(String name, boolean organisation, List<String> titles, List<Integer> statementBlocks,
                          boolean reporter) {
        this(name, organisation, titles, statementBlocks, reporter, List.of());
    }
}
