package org.pizhu.speakers;

import java.util.List;
import org.pizhu.document.Block;

/**
 * Gives the speakers of a document the titles written around their names ({@link Titles}): every occurrence of a
 * speaker's name, found in one pass per block over a trie of the names ({@link NameIndex}), up to a bound per
 * speaker; an organisation also gets the full form written before its bracketed abbreviation, as an alias.
 */
final class TitleCollector implements NameIndex.Visitor {
    /** Titles are introduced with the first mentions; later ones are not read (keeps pathological input linear). */
    private static final int MAX_TITLE_OCCURRENCES = 64;

    private final SpeakerBook book;
    private final Titles titles;
    private String text;

    private TitleCollector(SpeakerBook book, Titles titles) {
        this.book = book;
        this.titles = titles;
    }

    /** Reads the titles of the speakers of {@code book} in {@code blocks}. */
    static void collect(List<Block> blocks, SpeakerBook book, Titles titles) {
        NameIndex index = new NameIndex(book.entries());
        TitleCollector collector = new TitleCollector(book, titles);
        for (Block b : blocks) {
            collector.text = b.text();
            index.forEachOccurrence(collector.text, collector);
        }
    }

    @Override
    public void visit(SpeakerBook.Entry e, int s, int end) {
        String t = text;
        if (++e.titleOccurrences > MAX_TITLE_OCCURRENCES) {
            return;
        }
        if (e.kind == SpeakerKind.PERSON) {
            e.titles.addAll(titles.before(t, s));
            String after = titles.after(t, end);
            if (after != null) {
                e.titles.add(after);
            }
            e.titles.addAll(titles.predicate(t, end));
        } else {
            String full = titles.fullFormBefore(t, s);
            if (full != null && end < t.length() && Chars.isCloseBracket(t.charAt(end))) {
                e.titles.add(full);
                book.alias(e, full);
            }
        }
    }
}
