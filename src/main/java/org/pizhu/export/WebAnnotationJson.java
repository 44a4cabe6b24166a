package org.pizhu.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.annotate.TextQuoteSelector;
import org.pizhu.document.TextDigest;
import org.pizhu.library.DocumentInfo;

/**
 * Writes an export as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD) with one embedded
 * {@code AnnotationPage}: each annotation has a {@code TextQuoteSelector} and a {@code TextPositionSelector} on the
 * document's source text (positions in Unicode code points, as the model counts them; the app counts UTF-16 units
 * inside and converts here), its note as a commenting {@code TextualBody} (Markdown), its tags as tagging bodies, a
 * CSS {@code stylesheet} for its colour class, and Pizhu's kind and colour under the {@code pizhu:} prefix. Quotes are
 * never script-converted here, so the file can be imported back.
 */
final class WebAnnotationJson {
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String PIZHU_NS = "https://pizhu.org/ns/annotation#";
    private static final JsonFactory FACTORY = new JsonFactory();

    private WebAnnotationJson() {
    }

    static String render(ExportRequest request, List<Selection.Section> sections) {
        StringWriter out = new StringWriter(1 << 16);
        String collection = collectionId(request, sections);
        String page = collection + "/page/1";
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeArrayFieldStart("@context");
            g.writeString(ANNO_CONTEXT);
            g.writeStartObject();
            g.writeStringField("pizhu", PIZHU_NS);
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("id", collection);
            g.writeStringField("type", "AnnotationCollection");
            g.writeStringField("label", label(request, sections));
            g.writeObjectFieldStart("generator");
            g.writeStringField("type", "Software");
            g.writeStringField("name", "Pizhu");
            g.writeEndObject();
            g.writeStringField("generated", request.exportedAt().toString());
            g.writeArrayFieldStart("pizhu:documents");
            int total = 0;
            for (Selection.Section s : sections) {
                DocumentInfo info = s.source().info();
                g.writeStartObject();
                g.writeStringField("id", Links.document(info.id()));
                g.writeStringField("title", info.title());
                g.writeStringField("sourceName", info.sourceName());
                g.writeStringField("sha256", TextDigest.sha256(s.source().document().source()));
                if (request.fullText()) {
                    g.writeStringField("text", s.source().document().source());
                }
                g.writeEndObject();
                total += s.items().size();
            }
            g.writeEndArray();
            g.writeNumberField("total", total);
            g.writeObjectFieldStart("first");
            g.writeStringField("id", page);
            g.writeStringField("type", "AnnotationPage");
            g.writeObjectFieldStart("partOf");
            g.writeStringField("id", collection);
            g.writeNumberField("total", total);
            g.writeEndObject();
            g.writeNumberField("startIndex", 0);
            g.writeArrayFieldStart("items");
            for (Selection.Section s : sections) {
                for (Selection.Item i : s.items()) {
                    annotation(g, request, s.source(), i.annotation());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeStringField("last", page);
            g.writeEndObject();
        } catch (IOException e) {
            throw new ExportException("cannot write JSON: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    /** A stable id for this export: the same annotations exported at the same time give the same id. */
    private static String collectionId(ExportRequest request, List<Selection.Section> sections) {
        StringBuilder key = new StringBuilder(request.exportedAt().toString());
        for (Selection.Section s : sections) {
            key.append('|').append(s.source().info().id());
            for (Selection.Item i : s.items()) {
                key.append(',').append(Links.annotation(i.annotation()));
            }
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void annotation(JsonGenerator g, ExportRequest request, ExportSource source, Annotation a)
            throws IOException {
        String language = language(source.info());
        g.writeStartObject();
        g.writeStringField("id", Links.annotation(a));
        g.writeStringField("type", "Annotation");
        g.writeStringField("motivation", a.kind() == AnnotationKind.NOTE ? "commenting" : "highlighting");
        g.writeObjectFieldStart("creator");
        g.writeStringField("type", "Person");
        if (!request.creator().isBlank()) {
            g.writeStringField("nickname", request.creator());
        }
        g.writeEndObject();
        g.writeStringField("created", a.created().toString());
        g.writeStringField("modified", a.modified().toString());
        g.writeStringField("pizhu:kind", a.kind().id());
        g.writeStringField("pizhu:color", a.color().id());
        g.writeBooleanField("pizhu:orphan", a.orphan());
        g.writeObjectFieldStart("stylesheet");
        g.writeStringField("type", "CssStylesheet");
        g.writeStringField("value", css(a.color()));
        g.writeEndObject();
        if (!a.note().isEmpty() || !a.tags().isEmpty()) {
            g.writeArrayFieldStart("body");
            if (!a.note().isEmpty()) {
                g.writeStartObject();
                g.writeStringField("type", "TextualBody");
                g.writeStringField("purpose", "commenting");
                g.writeStringField("format", "text/markdown");
                if (hasHan(a.note()) && language != null) {
                    g.writeStringField("language", language);
                }
                g.writeStringField("value", a.note());
                g.writeEndObject();
            }
            for (String t : a.tags()) {
                g.writeStartObject();
                g.writeStringField("type", "TextualBody");
                g.writeStringField("purpose", "tagging");
                g.writeStringField("format", "text/plain");
                g.writeStringField("value", t);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("target");
        g.writeObjectFieldStart("source");
        g.writeStringField("id", Links.document(a.documentId()));
        g.writeStringField("type", "Text");
        g.writeStringField("format", "text/plain");
        if (language != null) {
            g.writeStringField("language", language);
        }
        g.writeEndObject();
        g.writeStringField("styleClass", styleClass(a.color()));
        g.writeArrayFieldStart("selector");
        selectors(g, source.document().source(), a);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void selectors(JsonGenerator g, String text, Annotation a) throws IOException {
        TextQuoteSelector q = a.anchor().quote();
        boolean placed = !a.orphan() && a.anchor().end() <= text.length();
        g.writeStartObject();
        g.writeStringField("type", "TextQuoteSelector");
        if (placed) {
            int s = a.anchor().start();
            int e = a.anchor().end();
            g.writeStringField("exact", text.substring(s, e));
            g.writeStringField("prefix", text.substring(CodePoints.back(text, s, TextQuoteSelector.CONTEXT), s));
            g.writeStringField("suffix", text.substring(e, CodePoints.forward(text, e, TextQuoteSelector.CONTEXT)));
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("type", "TextPositionSelector");
            int start = CodePoints.toCodePoints(text, s);
            g.writeNumberField("start", start);
            g.writeNumberField("end", start + text.codePointCount(s, e));
        } else {
            g.writeStringField("exact", q.exact());
            g.writeStringField("prefix", q.prefix());
            g.writeStringField("suffix", q.suffix());
        }
        g.writeEndObject();
    }

    /** The CSS class of a colour in the export ({@code pizhu-yellow}, …). */
    static String styleClass(Color c) {
        return "pizhu-" + c.id();
    }

    /** The stylesheet rule for a colour's class (the window's light-theme highlight shade). */
    static String css(Color c) {
        String shade = switch (c) {
            case YELLOW -> "#fbe38e";
            case GREEN -> "#c5e8b0";
            case BLUE -> "#bfdcf7";
            case PINK -> "#f8c6d4";
            case PURPLE -> "#dccbf2";
        };
        return "." + styleClass(c) + " { background-color: " + shade + "; }";
    }

    /** BCP 47 tag of a document's language, from its script; null when it has no Chinese text. */
    static String language(DocumentInfo info) {
        String tag = Language.of(info.script());
        return tag.isEmpty() ? null : tag;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String label(ExportRequest request, List<Selection.Section> sections) {
        if (!request.tags().isEmpty()) {
            return "Annotations tagged " + String.join(", ", request.tags());
        }
        if (sections.size() == 1) {
            return "Annotations on " + sections.get(0).source().info().title();
        }
        return "Pizhu annotations";
    }
}
