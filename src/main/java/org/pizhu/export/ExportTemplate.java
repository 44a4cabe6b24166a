package org.pizhu.export;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A Markdown layout: a Mustache template (jmustache) filled with the export's fields. Values given to templates are
 * already escaped for Markdown (the {@code …Raw} fields are not), so Mustache's HTML escaping is off. Shipped presets
 * live on the classpath under {@code export/NAME.mustache}; see the decision record for the fields.
 */
public final class ExportTemplate {
    /** The shipped presets. */
    public static final List<String> PRESETS = List.of("default", "obsidian", "plain");

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .defaultValue("");

    private final String name;
    private final String source;
    private final Template template;
    private final boolean plainText;

    private ExportTemplate(String name, String source, boolean plainText) {
        this.name = name;
        this.source = source;
        this.plainText = plainText;
        try {
            this.template = COMPILER.compile(source);
        } catch (MustacheException e) {
            throw new ExportException("template " + name + " is not valid: " + e.getMessage(), e);
        } catch (IndexOutOfBoundsException e) {
            // jmustache fails this way on some malformed tags, such as an empty {{}} or {{=}}.
            throw new ExportException("template " + name + " is not valid: it has an empty or malformed {{ }} tag", e);
        }
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String variable) {
            }

            @Override
            public boolean visitInclude(String partial) {
                throw new ExportException("template " + name + " uses the partial {{> " + partial + "}}; partials and"
                        + " template inheritance are not supported (write the text into the template)");
            }

            @Override
            public boolean visitParent(String parent) {
                return visitInclude(parent);
            }

            @Override
            public boolean visitSection(String section) {
                return true;
            }

            @Override
            public boolean visitInvertedSection(String section) {
                return true;
            }
        });
    }

    /** A shipped preset: {@code default}, {@code obsidian} or {@code plain}. */
    public static ExportTemplate preset(String name) {
        if (!PRESETS.contains(name)) {
            throw new ExportException("unknown preset '" + name + "' (use " + String.join(", ", PRESETS) + ")");
        }
        String resource = "/export/" + name + ".mustache";
        try (InputStream in = ExportTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExportException("preset " + name + " is missing from this build (" + resource + ")");
            }
            return new ExportTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), name.equals("plain"));
        } catch (IOException e) {
            throw new ExportException("cannot read preset " + name + ": " + e.getMessage(), e);
        }
    }

    /** A user's template; {@code name} (e.g. the file name) is used in messages. */
    public static ExportTemplate of(String name, String source) {
        return new ExportTemplate(name, source, false);
    }

    /** The preset or file name. */
    public String name() {
        return name;
    }

    /**
     * Whether the output is plain text rather than Markdown: the {@code plain} preset writes no markup at all (notes
     * are rendered to their text), so its file is a {@code .txt}.
     */
    public boolean plainText() {
        return plainText;
    }

    /** The file extension the output should have: {@code txt} for plain text, else {@code md}. */
    public String extension() {
        return plainText ? "txt" : "md";
    }

    /** The template text. */
    public String source() {
        return source;
    }

    String execute(Map<String, Object> context) {
        try {
            return template.execute(context);
        } catch (MustacheException | UnsupportedOperationException e) {
            throw new ExportException("template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
