package org.pizhu.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pizhu.library.DocumentMeta;

/**
 * The exported documents as CSL-JSON items (the bibliography format of Zotero, citeproc and
 * {@code pandoc --citeproc}): one {@code article-newspaper} item per document (an {@code article} when no outlet is
 * known), keyed by its citekey, so {@code [@KEY]} in the Markdown export cites it.
 */
final class CslJson {
    /** An ISO 8601 date: year, optionally month and day. */
    static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final JsonFactory FACTORY = new JsonFactory();

    private CslJson() {
    }

    static String render(List<Selection.Section> sections) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartArray();
            for (Selection.Section s : sections) {
                item(g, s.source().citation());
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new ExportException("cannot write CSL-JSON: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    private static void item(JsonGenerator g, DocumentMeta m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.citekey());
        g.writeStringField("type", m.outlet().isEmpty() ? "article" : "article-newspaper");
        g.writeStringField("title", m.title());
        if (!m.authors().isEmpty()) {
            g.writeArrayFieldStart("author");
            for (String a : m.authors()) {
                g.writeStartObject();
                int comma = a.indexOf(", ");
                if (comma > 0) {
                    g.writeStringField("family", a.substring(0, comma));
                    g.writeStringField("given", a.substring(comma + 2));
                } else {
                    g.writeStringField("literal", a);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        optional(g, "container-title", m.outlet());
        if (!m.date().isEmpty()) {
            g.writeObjectFieldStart("issued");
            Matcher d = ISO_DATE.matcher(m.date());
            if (d.matches()) {
                g.writeArrayFieldStart("date-parts");
                g.writeStartArray();
                for (int i = 1; i <= 3 && d.group(i) != null; i++) {
                    g.writeNumber(Integer.parseInt(d.group(i)));
                }
                g.writeEndArray();
                g.writeEndArray();
            } else {
                g.writeStringField("raw", m.date());
            }
            g.writeEndObject();
        }
        optional(g, "section", m.section());
        optional(g, "page", m.page());
        optional(g, "URL", m.url());
        optional(g, "language", m.language());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }
}
