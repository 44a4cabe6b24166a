package org.pizhu.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pizhu.app.ExportLoader;
import org.pizhu.export.ExportException;
import org.pizhu.export.ExportFormat;
import org.pizhu.export.ExportRequest;
import org.pizhu.export.ExportSource;
import org.pizhu.export.ExportTemplate;
import org.pizhu.export.ExportWriter;
import org.pizhu.export.Exporter;
import org.pizhu.export.GroupBy;
import org.pizhu.export.TextConverter;
import org.pizhu.script.ScriptTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu export DOC|--all …}: annotated notes as Markdown (through a template) or Web Annotation JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export annotations as Markdown notes or W3C Web Annotation JSON (to stdout or --out FILE).")
final class ExportCommand implements Callable<Integer> {
    /** The clock for the export date; tests replace it. */
    static Clock clock = Clock.systemDefaultZone();

    @Mixin
    LibraryOption library;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "DOC", description = "Document id.")
        Long id;

        @Option(names = "--all", description = "All documents (one note, a section per document).")
        boolean all;
    }

    @Option(names = "--tag", paramLabel = "T", description = "Only annotations with this tag (repeat for more).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only annotations in this speaker's statements.")
    String speaker;

    @Option(names = "--group-by", paramLabel = "G", defaultValue = "order",
            description = "order, speaker, tag or colour (default ${DEFAULT-VALUE}).")
    String groupBy;

    @Option(names = "--script", paramLabel = "S", defaultValue = "original",
            description = "Script of the quoted text: original, t, s, hk or tw (default ${DEFAULT-VALUE}).")
    String script;

    @Option(names = "--format", paramLabel = "F", defaultValue = "md",
            description = "md, json (W3C Web Annotation), csl (CSL-JSON) or bib (BibTeX) (default ${DEFAULT-VALUE}).")
    String format;

    @ArgGroup(exclusive = true)
    Layout layout;

    static final class Layout {
        @Option(names = "--template", paramLabel = "FILE", description = "A Mustache template for the Markdown.")
        Path template;

        @Option(names = "--preset", paramLabel = "P", description = "default, obsidian or plain.")
        String preset;
    }

    @Option(names = "--full-text", description = "Markdown: add the whole text with highlights marked ==so==;"
            + " JSON: embed the source text so the file imports into any library.")
    boolean fullText;

    @Option(names = "--creator", paramLabel = "NAME", defaultValue = "",
            description = "JSON: the nickname written as the annotations' creator (default: unnamed person).")
    String creator;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout; - is stdout.")
    Path out;

    @Option(names = "--force", description = "Replace --out FILE if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportRequest.Builder builder;
        try {
            ScriptTarget target = OneLineUsageError.option(spec, "--script", script, ScriptTarget::of);
            ExportFormat f = OneLineUsageError.option(spec, "--format", format, ExportFormat::of);
            GroupBy g = OneLineUsageError.option(spec, "--group-by", groupBy, GroupBy::of);
            ExportTemplate template = template();
            if (toFile() && !force && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserError(out + " already exists (use --force to replace it)");
            }
            List<ExportSource> sources = library.with(lib -> which.all ? ExportLoader.loadAll(lib)
                    : ExportLoader.load(lib, List.of(which.id)));
            if (sources.isEmpty()) {
                throw new UserError("the library has no annotated documents");
            }
            builder = ExportRequest.builder(sources).tags(tags).speaker(speaker).groupBy(g)
                    .script(target, target == ScriptTarget.ORIGINAL ? TextConverter.identity() : TextConverter.standard())
                    .format(f).template(template).fullText(fullText).creator(creator).clock(clock);
        } catch (IllegalArgumentException | ExportException e) {
            throw new UserError(e.getMessage());
        }
        try {
            String text = Exporter.render(builder.build());
            if (!toFile()) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                ExportWriter.write(out, text, force);
            }
            return 0;
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Whether the export goes to a file: {@code --out -} (or no {@code --out}) is standard output. */
    private boolean toFile() {
        return out != null && !out.toString().equals("-");
    }

    private ExportTemplate template() {
        if (layout == null || (layout.template == null && layout.preset == null)) {
            return ExportTemplate.preset("default");
        }
        if (layout.preset != null) {
            if (!ExportTemplate.PRESETS.contains(layout.preset)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid value for option"
                        + " '--preset': unknown preset '" + layout.preset + "' (use " + String.join(", ",
                        ExportTemplate.PRESETS) + ")");
            }
            return ExportTemplate.preset(layout.preset);
        }
        return ExportTemplate.of(layout.template.getFileName().toString(), LibraryOption.readText(layout.template));
    }
}
