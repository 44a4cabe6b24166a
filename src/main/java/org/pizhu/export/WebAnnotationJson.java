package org.pizhu.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.TextQuoteSelector;
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
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WebAnnotationJson() {
    }

    static String render(ExportRequest request, List<Selection.Section> sections) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode context = root.putArray("@context");
        context.add(ANNO_CONTEXT);
        context.addObject().put("pizhu", PIZHU_NS);
        root.put("type", "AnnotationCollection");
        root.put("label", label(request, sections));
        root.putObject("generator").put("type", "Software").put("name", "Pizhu");
        root.put("generated", request.exportedAt().toString());
        ArrayNode docs = root.putArray("pizhu:documents");
        int total = 0;
        for (Selection.Section s : sections) {
            DocumentInfo info = s.source().info();
            ObjectNode d = docs.addObject();
            d.put("id", "pizhu://doc/" + info.id());
            d.put("title", info.title());
            d.put("sourceName", info.sourceName());
            d.put("sha256", sha256(s.source().document().source()));
            if (request.fullText()) {
                d.put("text", s.source().document().source());
            }
            total += s.items().size();
        }
        root.put("total", total);
        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        for (Selection.Section s : sections) {
            for (Selection.Item i : s.items()) {
                items.add(annotation(s.source(), i.annotation()));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new ExportException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectNode annotation(ExportSource source, Annotation a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", "pizhu://doc/" + a.documentId() + "#a-" + a.id());
        n.put("type", "Annotation");
        n.put("motivation", a.kind() == AnnotationKind.NOTE ? "commenting" : "highlighting");
        n.put("created", a.created().toString());
        n.put("modified", a.modified().toString());
        n.put("pizhu:kind", a.kind().id());
        n.put("pizhu:color", a.color().id());
        n.put("pizhu:orphan", a.orphan());
        if (!a.note().isEmpty() || !a.tags().isEmpty()) {
            ArrayNode body = n.putArray("body");
            if (!a.note().isEmpty()) {
                body.addObject().put("type", "TextualBody").put("purpose", "commenting")
                        .put("format", "text/markdown").put("value", a.note());
            }
            for (String t : a.tags()) {
                body.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", t);
            }
        }
        ObjectNode target = n.putObject("target");
        target.put("source", "pizhu://doc/" + a.documentId());
        target.put("styleClass", "pizhu-" + a.color().id());
        ArrayNode selectors = target.putArray("selector");
        String text = source.document().source();
        TextQuoteSelector q = a.anchor().quote();
        boolean placed = !a.orphan() && a.anchor().end() <= text.length();
        ObjectNode quote = selectors.addObject().put("type", "TextQuoteSelector");
        if (placed) {
            int s = a.anchor().start();
            int e = a.anchor().end();
            quote.put("exact", text.substring(s, e))
                    .put("prefix", text.substring(Math.max(0, s - TextQuoteSelector.CONTEXT), s))
                    .put("suffix", text.substring(e, Math.min(text.length(), e + TextQuoteSelector.CONTEXT)));
            selectors.addObject().put("type", "TextPositionSelector").put("start", s).put("end", e);
        } else {
            quote.put("exact", q.exact()).put("prefix", q.prefix()).put("suffix", q.suffix());
        }
        return n;
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

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
