package org.pizhu.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pizhu.annotate.Color;
import org.pizhu.library.DocumentInfo;

/**
 * The fields a Markdown template sees (maps and lists, so user templates can use them by name). Text fields are
 * escaped for Markdown; fields ending in {@code Raw} are not. The field list is in docs/decisions/0008-export.md.
 */
final class MarkdownModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    private final ExportRequest request;
    private final Dates dates;
    private final Map<String, String> hashtags = new HashMap<>();
    private final Function<String, String> hashtag = t -> hashtags.computeIfAbsent(t, ObsidianTag::hashtag);

    MarkdownModel(ExportRequest request) {
        this.request = request;
        this.dates = new Dates(request.zone().getRules());
    }

    Map<String, Object> build(List<Selection.Section> sections) {
        boolean multi = request.sources().size() > 1;
        Map<String, Object> m = new LinkedHashMap<>();
        Set<String> allTags = new TreeSet<>();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Selection.Section s : sections) {
            docs.add(document(s, multi));
            for (Selection.Item i : s.items()) {
                allTags.addAll(i.annotation().tags());
            }
        }
        String noteTitle = multi ? noteTitle() : sections.isEmpty() ? "" : convert(sections.get(0).source().info().title());
        m.put("multi", multi);
        m.put("noteTitle", MarkdownText.inline(noteTitle));
        m.put("noteTitleRaw", noteTitle);
        m.put("exported", date(request.exportedAt()));
        m.put("exportedAt", dateTime(request.exportedAt()));
        m.put("script", request.script().id());
        m.put("groupBy", request.groupBy().id());
        m.put("frontMatter", frontMatter(sections, noteTitle, allTags, multi));
        m.put("documents", docs);
        return m;
    }

    private String noteTitle() {
        if (!request.tags().isEmpty()) {
            return "Notes tagged " + String.join(", ", request.tags());
        }
        if (request.speaker() != null && !request.speaker().isBlank()) {
            return "Notes on " + convert(request.speaker().strip());
        }
        return "Pizhu notes";
    }

    private String frontMatter(List<Selection.Section> sections, String title, Set<String> tags, boolean multi) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("title: ").append(MarkdownText.yamlString(title)).append('\n');
        if (!multi && !sections.isEmpty()) {
            DocumentInfo info = sections.get(0).source().info();
            y.append("source: ").append(MarkdownText.yamlString(info.sourceName())).append('\n');
            y.append("document: ").append(MarkdownText.yamlString("pizhu://doc/" + info.id())).append('\n');
            y.append("citekey: ").append(MarkdownText.yamlString(sections.get(0).source().citation().citekey()))
                    .append('\n');
            y.append("source_script: ").append(MarkdownText.yamlString(info.script())).append('\n');
            y.append("imported: ").append(MarkdownText.yamlString(dateTime(info.importedAt()))).append('\n');
        } else {
            y.append("documents:\n");
            for (Selection.Section s : sections) {
                y.append("  - ").append(MarkdownText.yamlString(convert(s.source().info().title()))).append('\n');
            }
            y.append("citekeys:\n");
            for (Selection.Section s : sections) {
                y.append("  - ").append(MarkdownText.yamlString(s.source().citation().citekey())).append('\n');
            }
        }
        y.append("script: ").append(MarkdownText.yamlString(request.script().word())).append('\n');
        y.append("exported: ").append(MarkdownText.yamlString(dateTime(request.exportedAt()))).append('\n');
        y.append("tags:").append(tags.isEmpty() ? " []\n" : "\n");
        Set<String> names = new TreeSet<>();
        for (String t : tags) {
            names.add(ObsidianTag.name(t));
        }
        for (String t : names) {
            y.append("  - ").append(MarkdownText.yamlString(t)).append('\n');
        }
        return y.append("---").toString();
    }

    private Map<String, Object> document(Selection.Section s, boolean multi) {
        DocumentInfo info = s.source().info();
        String title = convert(info.title());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", info.id());
        d.put("title", MarkdownText.inline(title));
        d.put("titleRaw", title);
        d.put("source", MarkdownText.inline(info.sourceName()));
        d.put("sourceRaw", info.sourceName());
        d.put("sourceScript", info.script());
        d.put("imported", date(info.importedAt()));
        d.put("importedAt", dateTime(info.importedAt()));
        d.put("version", info.version());
        d.put("docLink", Links.document(info.id()));
        d.put("citekey", s.source().citation().citekey());
        d.put("docHeading", multi ? "##" : "#");
        d.put("groupHeading", multi ? "###" : "##");
        d.put("count", s.items().size());
        d.put("hasAnnotations", !s.items().isEmpty());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<String, List<Selection.Item>> g : Grouping.group(s, request.groupBy(), request).entrySet()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("name", MarkdownText.inline(g.getKey()));
            gm.put("nameRaw", g.getKey());
            gm.put("count", g.getValue().size());
            List<AnnotationFields> items = new ArrayList<>(g.getValue().size());
            boolean simplified = QuoteMarks.simplified(request.script(), info.script());
            for (Selection.Item i : g.getValue()) {
                items.add(new AnnotationFields(i, this::convert, hashtag, dates, simplified));
            }
            gm.put("annotations", items);
            groups.add(gm);
        }
        d.put("groups", groups);
        d.put("hasFullText", request.fullText());
        d.put("fullText", request.fullText() ? FullText.markdown(s.source(), request) : "");
        return d;
    }

    static String colourName(Color c) {
        String id = c.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private String convert(String s) {
        return request.converter().convert(s, request.script());
    }

    private String date(Instant t) {
        return dates.date(t);
    }

    private String dateTime(Instant t) {
        return dates.dateTime(t);
    }

    /** Dates written in the export's time zone. */
    record Dates(ZoneRules zone) {
        String date(Instant t) {
            return DATE.format(local(t));
        }

        String dateTime(Instant t) {
            return DATE_TIME.format(local(t));
        }

        private LocalDateTime local(Instant t) {
            return LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), zone.getOffset(t));
        }
    }
}
