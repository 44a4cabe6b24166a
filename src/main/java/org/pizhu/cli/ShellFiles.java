package org.pizhu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Writes the bash/zsh completion script (picocli's {@link AutoComplete}) and a roff man page, both from the picocli
 * model of the command line, so they always match it. Run at build time ({@code target/shell/}); the installer puts
 * them in place.
 */
public final class ShellFiles {
    private ShellFiles() {
    }

    /** Writes {@code pizhu.bash} and {@code pizhu.1} into the folder {@code args[0]}; {@code args[1]}: the version. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        CommandLine cl = new CommandLine(new PizhuCommand());
        PizhuCommand.versionEverywhere(cl);
        Files.writeString(dir.resolve("pizhu.bash"), AutoComplete.bash("pizhu", cl), StandardCharsets.UTF_8);
        String version = args.length > 1 ? "pizhu " + args[1] : new PizhuCommand.Version().getVersion()[0];
        Files.writeString(dir.resolve("pizhu.1"), manPage(cl, version), StandardCharsets.UTF_8);
    }

    /** The man page (section 1) in roff. */
    static String manPage(CommandLine cl, String version) {
        CommandSpec spec = cl.getCommandSpec();
        StringBuilder m = new StringBuilder();
        m.append(".TH PIZHU 1 \"\" \"").append(roff(version)).append("\" \"User Commands\"\n");
        m.append(".SH NAME\npizhu \\- read, analyse and annotate Chinese sources\n");
        m.append(".SH SYNOPSIS\n.B pizhu\n[\\fICOMMAND\\fR] [\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n");
        m.append(".SH DESCRIPTION\n");
        for (String line : spec.usageMessage().description()) {
            m.append(roff(line)).append("\n.PP\n");
        }
        m.append(".SH COMMANDS\n");
        commands(m, "", cl.getSubcommands());
        m.append(".SH EXIT STATUS\n.TP\n0\nsuccess\n.TP\n1\nfailure (one line on standard error)\n.TP\n2\n")
                .append("usage mistake, such as an unknown option or a bad option value\n.TP\n70\ninternal error\n");
        m.append(".SH FILES\n.TP\n$PIZHU_LIBRARY, $XDG_DATA_HOME/pizhu/library.db\nthe library (SQLite)\n");
        return m.toString();
    }

    private static void commands(StringBuilder m, String prefix, Map<String, CommandLine> subs) {
        for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
            CommandSpec s = e.getValue().getCommandSpec();
            if (s.usageMessage().hidden() || e.getKey().equals("help")) {
                continue;
            }
            String name = prefix + e.getKey();
            m.append(".TP\n.B ").append(roff("pizhu " + name)).append('\n');
            m.append(roff(String.join(" ", s.usageMessage().description()))).append('\n');
            m.append(".RS\n");
            for (OptionSpec o : s.options()) {
                if (o.hidden()) {
                    continue;
                }
                m.append(".TP\n\\fB").append(roff(String.join(", ", o.names()))).append("\\fR");
                if (o.arity().max() > 0) {
                    m.append(" \\fI").append(roff(o.paramLabel())).append("\\fR");
                }
                m.append('\n').append(roff(String.join(" ", o.description()).replace("${DEFAULT-VALUE}",
                        String.valueOf(o.defaultValue())))).append('\n');
            }
            m.append(".RE\n");
            commands(m, name + " ", e.getValue().getSubcommands());
        }
    }

    /**
     * {@code s} safe in a roff text line: backslashes and hyphens escaped, characters beyond ASCII as {@code \[uXXXX]}
     * (any troff reads them whatever its input encoding), no line starting as a request.
     */
    static String roff(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.replace("\n", " ").codePoints().forEach(cp -> {
            if (cp == '\\') {
                sb.append("\\e");
            } else if (cp == '-') {
                sb.append("\\-");
            } else if (cp > 0x7e) {
                sb.append(String.format("\\[u%04X]", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String t = sb.toString();
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
