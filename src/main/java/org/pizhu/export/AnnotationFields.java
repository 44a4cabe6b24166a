package org.pizhu.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.pizhu.annotate.Annotation;

/**
 * One annotation as a template sees it. Each field is a method, computed only when a template asks for it, so a
 * template that shows three fields of 10,000 annotations does not build the other thirty. Text fields are escaped
 * for Markdown; {@code …Raw} fields are not. The names are the template field names (see the decision record): every
 * method here, private ones included, is visible to templates, so add no helpers.
 */
final class AnnotationFields {
    private final Selection.Item item;
    private final Annotation a;
    private final Function<String, String> convert;
    private final Function<String, String> hashtag;
    private final MarkdownModel.Dates dates;
    private final boolean simplified;

    AnnotationFields(Selection.Item item, Function<String, String> convert, Function<String, String> hashtag,
                     MarkdownModel.Dates dates, boolean simplified) {
        this.item = item;
        this.a = item.annotation();
        this.convert = convert;
        this.hashtag = hashtag;
        this.dates = dates;
        this.simplified = simplified;
    }

    public String id() {
        return Links.blockId(a);
    }

    public String link() {
        return Links.annotation(a);
    }

    public String text() {
        return MarkdownText.inline(item.text());
    }

    public String textRaw() {
        return item.text();
    }

    public String quotedRaw() {
        return QuoteMarks.wrap(item.text(), simplified);
    }

    public String quote() {
        return MarkdownText.blockquote(item.text());
    }

    public List<String> quoteLines() {
        return MarkdownText.escapedLines(item.text());
    }

    public String citekey() {
        return item.source().citation().citekey();
    }

    public String citation() {
        String page = item.source().citation().page();
        return "[@" + citekey() + (page.isEmpty() ? "" : ", p. " + MarkdownText.inline(page)) + "]";
    }

    public String kind() {
        return a.kind().id();
    }

    public String colour() {
        return a.color().id();
    }

    public String color() {
        return a.color().id();
    }

    public String colourName() {
        return MarkdownModel.colourName(a.color());
    }

    public List<String> tags() {
        List<String> out = new ArrayList<>(a.tags().size());
        for (String t : a.tags()) {
            out.add(hashtag.apply(t));
        }
        return out;
    }

    public List<String> tagNames() {
        return a.tags();
    }

    public String tagLine() {
        return String.join(" ", tags());
    }

    public boolean hasTags() {
        return !a.tags().isEmpty();
    }

    public String note() {
        return MarkdownText.note(a.note());
    }

    public String noteRaw() {
        return a.note();
    }

    public String noteText() {
        return PlainText.of(a.note());
    }

    public boolean hasNote() {
        return !a.note().isBlank();
    }

    public boolean hasSpeaker() {
        return item.speaker() != null;
    }

    public String speaker() {
        return MarkdownText.inline(speakerRaw());
    }

    public String speakerRaw() {
        return item.speaker() == null ? "" : convert.apply(item.speaker());
    }

    public List<String> speakerTitles() {
        List<String> out = new ArrayList<>(item.titles().size());
        for (String t : item.titles()) {
            out.add(MarkdownText.inline(convert.apply(t)));
        }
        return out;
    }

    public String speakerTitle() {
        return MarkdownText.inline(joinedTitles());
    }

    private String joinedTitles() {
        List<String> titles = new ArrayList<>(item.titles().size());
        for (String t : item.titles()) {
            titles.add(convert.apply(t));
        }
        return String.join("、", titles);
    }

    public String attribution() {
        return MarkdownText.inline(attributionRaw());
    }

    public String attributionRaw() {
        if (item.speaker() == null) {
            return "";
        }
        String title = joinedTitles();
        return "— " + speakerRaw() + (title.isEmpty() ? "" : "，" + title);
    }

    public boolean orphan() {
        return a.orphan();
    }

    public int block() {
        return a.anchor().block() + 1;
    }

    public String location() {
        return a.orphan() ? "not found in the current text" : "block " + block();
    }

    public int start() {
        return CodePoints.toCodePoints(item.source().document().source(), a.anchor().start());
    }

    public int end() {
        return CodePoints.toCodePoints(item.source().document().source(), a.anchor().end());
    }

    public String created() {
        return dates.date(a.created());
    }

    public String createdAt() {
        return dates.dateTime(a.created());
    }

    public String modified() {
        return dates.date(a.modified());
    }

    public String modifiedAt() {
        return dates.dateTime(a.modified());
    }
}
