package org.pizhu.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.TextQuoteSelector;
import org.pizhu.document.TextDigest;
import org.pizhu.library.DocumentInfo;

/**
 * Writes an export as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD): each annotation has a
 * {@code TextQuoteSelector} and a {@code TextPositionSelector} on the document's source text, its note as a
 * commenting {@code TextualBody} (Markdown), its tags as tagging bodies, and Pizhu's kind and colour under the
 * {@code pizhu:} prefix. Quotes are never script-converted here, so the file can be imported back.
 */
final class WebAnnotationJson {
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String PIZHU_NS = "https://pizhu.org/ns/annotation#";
    private static final JsonFactory FACTORY = new JsonFactory();

    private WebAnnotationJson() {
    }

    static String render(ExportRequest request, List<Selection.Section> sections) {
        StringWriter out = new StringWriter(1 << 16);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeArrayFieldStart("@context");
            g.writeString(ANNO_CONTEXT);
            g.writeStartObject();
            g.writeStringField("pizhu", PIZHU_NS);
            g.writeEndObject();
            g.writeEndArray();
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
                g.writeStringField("id", "pizhu://doc/" + info.id());
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
            g.writeStringField("type", "AnnotationPage");
            g.writeNumberField("startIndex", 0);
            g.writeArrayFieldStart("items");
            for (Selection.Section s : sections) {
                for (Selection.Item i : s.items()) {
                    annotation(g, s.source(), i.annotation());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new ExportException("cannot write JSON: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    private static void annotation(JsonGenerator g, ExportSource source, Annotation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "pizhu://doc/" + a.documentId() + "#a-" + a.id());
        g.writeStringField("type", "Annotation");
        g.writeStringField("motivation", a.kind() == AnnotationKind.NOTE ? "commenting" : "highlighting");
        g.writeStringField("created", a.created().toString());
        g.writeStringField("modified", a.modified().toString());
        g.writeStringField("pizhu:kind", a.kind().id());
        g.writeStringField("pizhu:color", a.color().id());
        g.writeBooleanField("pizhu:orphan", a.orphan());
        if (!a.note().isEmpty() || !a.tags().isEmpty()) {
            g.writeArrayFieldStart("body");
            if (!a.note().isEmpty()) {
                g.writeStartObject();
                g.writeStringField("type", "TextualBody");
                g.writeStringField("purpose", "commenting");
                g.writeStringField("format", "text/markdown");
                g.writeStringField("value", a.note());
                g.writeEndObject();
            }
            for (String t : a.tags()) {
                g.writeStartObject();
                g.writeStringField("type", "TextualBody");
                g.writeStringField("purpose", "tagging");
                g.writeStringField("value", t);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("target");
        g.writeStringField("source", "pizhu://doc/" + a.documentId());
        g.writeStringField("styleClass", "pizhu-" + a.color().id());
        g.writeArrayFieldStart("selector");
        String text = source.document().source();
        TextQuoteSelector q = a.anchor().quote();
        boolean placed = !a.orphan() && a.anchor().end() <= text.length();
        g.writeStartObject();
        g.writeStringField("type", "TextQuoteSelector");
        if (placed) {
            int s = a.anchor().start();
            int e = a.anchor().end();
            g.writeStringField("exact", text.substring(s, e));
            g.writeStringField("prefix", text.substring(Math.max(0, s - TextQuoteSelector.CONTEXT), s));
            g.writeStringField("suffix", text.substring(e, Math.min(text.length(), e + TextQuoteSelector.CONTEXT)));
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("type", "TextPositionSelector");
            g.writeNumberField("start", s);
            g.writeNumberField("end", e);
        } else {
            g.writeStringField("exact", q.exact());
            g.writeStringField("prefix", q.prefix());
            g.writeStringField("suffix", q.suffix());
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
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
