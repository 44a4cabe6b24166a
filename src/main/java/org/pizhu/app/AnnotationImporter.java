package org.pizhu.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.annotate.CompactText;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.ImportedAnnotation;
import org.pizhu.library.Library;
import org.pizhu.export.CodePoints;
import org.pizhu.export.ExportException;
import org.pizhu.library.LibraryException;

/**
 * Imports annotations from a Web Annotation JSON file (as Pizhu exports it) into the library. Each annotated
 * document is found by its text (embedded with {@code --full-text}, imported if missing) or its SHA-256, or given
 * explicitly; each annotation is placed by its position selector (code points) when the quote is still there, else by
 * its quote. The import is a merge keyed by each annotation's globally unique id ({@code …#a-UUID}), with its created
 * and modified times kept: an annotation the library has (as new or newer) is left alone, an older copy is replaced,
 * so importing the same file twice changes nothing. Files whose ids are not Pizhu uids get a uid derived from the id,
 * the creation time and the quote, so they too import once.
 */
public final class AnnotationImporter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * What an import did.
     *
     * @param restored  annotations created at their exported offsets
     * @param relocated annotations created where their quote was found (the offsets no longer fitted)
     * @param existing  annotations skipped because the library already has them
     * @param problems  one line per annotation that could not be placed
     */
    public record Report(int restored, int relocated, int existing, List<String> problems) {
    }

    private static final Pattern UID = Pattern.compile(
            "#a-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", Pattern.CASE_INSENSITIVE);

    private AnnotationImporter() {
    }

    /**
     * Imports {@code json} into {@code library}; with {@code targetDocument} all annotations go to that document.
     *
     * @throws ExportException if the file is not a Pizhu/Web Annotation export or a document cannot be found
     */
    public static Report importJson(Library library, String json, Long targetDocument) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ExportException("not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode items = root.path("first").path("items");
        if (!items.isArray()) {
            items = root.isArray() ? root : root.path("items");
        }
        if (!items.isArray()) {
            throw new ExportException("no annotations found (expected a W3C AnnotationCollection as Pizhu exports)");
        }
        Map<String, JsonNode> docs = new HashMap<>();
        for (JsonNode d : root.path("pizhu:documents")) {
            docs.put(d.path("id").asText(), d);
        }
        if (targetDocument != null && docs.size() > 1) {
            throw new ExportException("the file holds annotations on " + docs.size()
                    + " documents; --doc can only be used with one");
        }
        Map<String, Long> resolved = new HashMap<>();
        int restored = 0;
        int relocated = 0;
        int existing = 0;
        List<String> problems = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode sourceNode = item.path("target").path("source");
            String source = sourceNode.isObject() ? sourceNode.path("id").asText("") : sourceNode.asText("");
            long docId = targetDocument != null ? targetDocument
                    : resolved.computeIfAbsent(source, s -> resolve(library, s, docs.get(s)));
            String text = library.load(docId).document().source();
            String id = item.path("id").asText("?");
            String exact = "";
            int start = -1;
            int end = -1;
            for (JsonNode sel : item.path("target").path("selector")) {
                switch (sel.path("type").asText()) {
                    case "TextQuoteSelector" -> exact = sel.path("exact").asText("");
                    case "TextPositionSelector" -> {
                        start = CodePoints.toUtf16(text, sel.path("start").asInt(-1));
                        end = CodePoints.toUtf16(text, sel.path("end").asInt(-1));
                    }
                    default -> { }
                }
            }
            boolean atOffsets = start >= 0 && end > start && end <= text.length() && !exact.isBlank()
                    && CompactText.compact(text.substring(start, end)).equals(CompactText.compact(exact));
            if (!atOffsets) {
                Optional<int[]> found = exact.isBlank() ? Optional.empty() : nearest(library.findQuote(docId, exact), start);
                if (found.isEmpty()) {
                    problems.add(id + ": the quote was not found in document " + docId);
                    continue;
                }
                start = found.get()[0];
                end = found.get()[1];
            }
            Fields f = fields(item);
            ImportedAnnotation in = new ImportedAnnotation(uid(item, exact), f.kind, f.color, f.note, f.tags,
                    time(item, "created"), time(item, "modified"));
            try {
                if (library.mergeAnnotation(docId, start, end, in) == ImportedAnnotation.Outcome.UNCHANGED) {
                    existing++;
                    continue;
                }
            } catch (LibraryException e) {
                problems.add(id + ": " + e.getMessage());
                continue;
            }
            if (atOffsets) {
                restored++;
            } else {
                relocated++;
            }
        }
        return new Report(restored, relocated, existing, problems);
    }

    private record Fields(AnnotationKind kind, Color color, String note, List<String> tags) {
    }

    private static Fields fields(JsonNode item) {
        AnnotationKind kind = item.path("motivation").asText().equals("commenting")
                ? AnnotationKind.NOTE : AnnotationKind.HIGHLIGHT;
        Color color = Color.YELLOW;
        try {
            if (item.has("pizhu:kind")) {
                kind = AnnotationKind.of(item.path("pizhu:kind").asText());
            }
            if (item.has("pizhu:color")) {
                color = Color.of(item.path("pizhu:color").asText());
            }
        } catch (IllegalArgumentException e) {
            throw new ExportException("annotation " + item.path("id").asText("?") + ": " + e.getMessage());
        }
        StringBuilder note = new StringBuilder();
        List<String> tags = new ArrayList<>();
        JsonNode body = item.path("body");
        for (JsonNode b : body.isArray() ? body : List.of(body)) {
            String purpose = b.path("purpose").asText("");
            String value = b.path("value").asText("");
            if (purpose.equals("tagging")) {
                tags.add(value);
            } else if (!value.isEmpty() && (purpose.isEmpty() || purpose.equals("commenting")
                    || purpose.equals("describing"))) {
                note.append(note.isEmpty() ? "" : "\n\n").append(value);
            }
        }
        return new Fields(kind, color, note.toString(), tags);
    }

    /** The annotation's uid: from a Pizhu id ({@code …#a-UUID}), else derived from its id, creation time and quote. */
    private static String uid(JsonNode item, String exact) {
        String id = item.path("id").asText("");
        Matcher m = UID.matcher(id);
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        String key = id + "|" + item.path("created").asText("") + "|" + exact;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Instant time(JsonNode item, String field) {
        String at = item.path(field).asText("");
        if (at.isEmpty() && field.equals("modified")) {
            at = item.path("created").asText("");
        }
        try {
            return at.isEmpty() ? Instant.now() : OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new ExportException("annotation " + item.path("id").asText("?") + ": '" + at
                    + "' is not a date-time (" + field + ")");
        }
    }

    private static Optional<int[]> nearest(List<int[]> found, int near) {
        int[] best = null;
        for (int[] r : found) {
            if (best == null || Math.abs(r[0] - near) < Math.abs(best[0] - near)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    private static long resolve(Library library, String source, JsonNode doc) {
        if (doc == null) {
            throw new ExportException("the file does not describe document " + source + "; use --doc ID");
        }
        String name = doc.path("sourceName").asText(source);
        if (doc.hasNonNull("text")) {
            String text = doc.path("text").asText();
            Optional<DocumentInfo> have = library.documentWithText(text);
            return have.isPresent() ? have.get().id() : new DocumentImports(library).importText(name, text).id();
        }
        String sha = doc.path("sha256").asText("").toLowerCase(Locale.ROOT);
        Optional<DocumentInfo> bySha = sha.isEmpty() ? Optional.<DocumentInfo>empty() : library.documentWithHash(sha);
        if (bySha.isPresent()) {
            return bySha.get().id();
        }
        throw new ExportException("document " + source + " (" + name + ") is not in the library: import its text"
                + " first, export with --full-text to carry the text, or give --doc ID");
    }
}
