package org.pizhu.export;

import org.pizhu.script.ScriptTarget;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Everything one export needs: the documents (already loaded), which annotations to keep, how to group and write
 * them, and the export time. Immutable; build one with {@link #builder(List)}.
 *
 * @param sources    the documents, in the order their sections appear
 * @param tags       keep only annotations carrying one of these tags (empty: keep all)
 * @param speaker    keep only annotations in this speaker's statements (null: keep all)
 * @param groupBy    the headings annotations are grouped under
 * @param script     the script the quoted text is written in
 * @param format     Markdown or Web Annotation JSON
 * @param template   the Markdown layout
 * @param fullText   Markdown: add the whole reflowed text with highlights marked; JSON: embed the source text
 * @param exportedAt the export time written into the output
 * @param zone       the time zone dates are written in
 * @param converter  the script converter
 * @param creator    JSON: the nickname of the person whose annotations these are (empty: not named)
 */
public record ExportRequest(List<ExportSource> sources, List<String> tags, String speaker, GroupBy groupBy,
                            ScriptTarget script, ExportFormat format, ExportTemplate template, boolean fullText,
                            Instant exportedAt, ZoneId zone, TextConverter converter, String creator) {
    public ExportRequest {
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(converter, "converter");
        creator = creator == null ? "" : creator.strip();
    }

    /** A builder with the defaults: all annotations, reading order, original script, Markdown, default layout. */
    public static Builder builder(List<ExportSource> sources) {
        return new Builder(sources);
    }

    /** Builds an {@link ExportRequest}. */
    public static final class Builder {
        private final List<ExportSource> sources;
        private final List<String> tags = new ArrayList<>();
        private String speaker;
        private GroupBy groupBy = GroupBy.ORDER;
        private ScriptTarget script = ScriptTarget.ORIGINAL;
        private ExportFormat format = ExportFormat.MD;
        private ExportTemplate template;
        private boolean fullText;
        private Instant exportedAt;
        private ZoneId zone = ZoneId.systemDefault();
        private TextConverter converter = TextConverter.identity();
        private String creator = "";

        private Builder(List<ExportSource> sources) {
            this.sources = List.copyOf(sources);
        }

        /** Keeps only annotations with one of {@code wanted}. */
        public Builder tags(Collection<String> wanted) {
            tags.clear();
            tags.addAll(wanted);
            return this;
        }

        /** Keeps only annotations in {@code name}'s statements (null: all). */
        public Builder speaker(String name) {
            speaker = name;
            return this;
        }

        /** Sets the grouping. */
        public Builder groupBy(GroupBy g) {
            groupBy = g;
            return this;
        }

        /** Sets the script and the converter that writes it. */
        public Builder script(ScriptTarget target, TextConverter textConverter) {
            script = target;
            converter = textConverter;
            return this;
        }

        /** Sets the output format. */
        public Builder format(ExportFormat f) {
            format = f;
            return this;
        }

        /** Sets the Markdown layout. */
        public Builder template(ExportTemplate t) {
            template = t;
            return this;
        }

        /** Adds the full text (Markdown) or embeds the source text (JSON). */
        public Builder fullText(boolean include) {
            fullText = include;
            return this;
        }

        /** Sets the export time and the zone dates are written in. */
        public Builder exportedAt(Instant at, ZoneId inZone) {
            exportedAt = at;
            zone = inZone;
            return this;
        }

        /** Takes the export time and time zone from {@code clock}. */
        public Builder clock(java.time.Clock clock) {
            return exportedAt(clock.instant(), clock.getZone());
        }

        /** Names the person whose annotations these are (JSON {@code creator}); empty leaves them unnamed. */
        public Builder creator(String nickname) {
            creator = nickname;
            return this;
        }

        /** The request. */
        public ExportRequest build() {
            return new ExportRequest(sources, tags, speaker, groupBy, script, format,
                    template != null ? template : ExportTemplate.preset("default"), fullText,
                    exportedAt != null ? exportedAt : Instant.now(), zone, converter, creator);
        }
    }
}
