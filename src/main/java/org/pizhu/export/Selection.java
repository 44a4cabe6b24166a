package org.pizhu.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pizhu.annotate.Annotation;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * The annotations an export keeps, per document, each with its text (in the reflowed form, converted to the chosen
 * script) and its speaker. Throws when a tag or speaker filter matches nothing.
 */
final class Selection {
    /** One kept annotation, ready to write. */
    record Item(ExportSource source, Annotation annotation, String text, String speaker, List<String> titles) {
    }

    /** One document's kept annotations. */
    record Section(ExportSource source, List<Item> items) {
    }

    private Selection() {
    }

    static List<Section> select(ExportRequest request) {
        List<String> wanted = new ArrayList<>();
        for (String t : request.tags()) {
            String clean = t.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                wanted.add(clean.toLowerCase(Locale.ROOT));
            }
        }
        String speaker = request.speaker() == null || request.speaker().isBlank() ? null : request.speaker().strip();
        boolean filtered = !wanted.isEmpty() || speaker != null;
        List<Section> out = new ArrayList<>();
        int kept = 0;
        for (ExportSource s : request.sources()) {
            List<Item> items = new ArrayList<>();
            for (Annotation a : s.annotations()) {
                if (!wanted.isEmpty() && a.tags().stream().noneMatch(t -> wanted.contains(t.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                String who = a.orphan() ? null : s.speakers().byBlock().get(a.anchor().block());
                if (speaker != null && !speaker.equals(who)) {
                    continue;
                }
                String text = request.format() == ExportFormat.JSON ? a.quote()
                        : request.converter().convert(MarkdownText.canonical(text(s.document(), a)), request.script());
                items.add(new Item(s, a, text, who, who == null ? List.of() : s.speakerTitles().getOrDefault(who, List.of())));
            }
            kept += items.size();
            if (!filtered || !items.isEmpty() || request.sources().size() == 1) {
                out.add(new Section(s, items));
            }
        }
        if (filtered && kept == 0) {
            List<String> what = new ArrayList<>();
            if (!request.tags().isEmpty()) {
                what.add("tagged " + String.join(" or ", request.tags()));
            }
            if (speaker != null) {
                what.add("by speaker " + speaker);
            }
            throw new ExportException("no annotation " + String.join(" and ", what)
                    + (request.sources().size() == 1 ? " in document " + request.sources().get(0).info().id()
                    : " in the library"));
        }
        return out;
    }

    /**
     * The annotated passage as the reader sees it: the reflowed text of each block it covers, joined by line breaks;
     * for an orphan (its place is lost) the stored quote.
     */
    static String text(Document doc, Annotation a) {
        if (a.orphan()) {
            return a.quote();
        }
        int start = a.anchor().start();
        int end = a.anchor().end();
        StringBuilder sb = new StringBuilder();
        List<Block> blocks = doc.blocks();
        int first = Math.min(Math.max(a.anchor().block(), 0), Math.max(blocks.size() - 1, 0));
        if (!blocks.isEmpty() && blocks.get(first).sourceStart() > start) {
            first = 0;
        }
        for (int i = first; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.sourceStart() >= end) {
                break;
            }
            if (b.sourceEnd() <= start || doc.passesOver(i, start, end)) {
                continue;
            }
            int from = b.sourceMap().textOffset(Math.max(start, b.sourceStart()));
            int to = b.sourceMap().textOffset(Math.min(end, b.sourceEnd()));
            if (to > from) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(b.text(), from, to);
            }
        }
        return sb.isEmpty() ? a.quote() : sb.toString();
    }
}
