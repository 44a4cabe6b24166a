package org.pizhu.speakers;

import java.util.List;
import java.util.Objects;

/**
 * A person or organisation presented as saying something in a document.
 *
 * @param name       the name it is listed under (the full name as first written)
 * @param kind       person or organisation
 * @param titles     titles and affiliations found around the name, in order of appearance
 * @param aliases    other ways the text refers to it (陳主席, an abbreviation …)
 * @param statements indexes of the blocks where it speaks
 * @param quotes     quotations attributed to it
 */
public record Speaker(String name, SpeakerKind kind, List<String> titles, List<String> aliases,
                      List<Integer> statements, List<Quote> quotes) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        titles = List.copyOf(titles);
        aliases = List.copyOf(aliases);
        statements = List.copyOf(statements);
        quotes = List.copyOf(quotes);
    }
}
