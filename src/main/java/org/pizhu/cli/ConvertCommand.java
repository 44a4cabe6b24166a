package org.pizhu.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pizhu.importing.ImportException;
import org.pizhu.importing.TextFileReader;
import org.pizhu.script.Script;
import org.pizhu.script.ScriptConverter;
import org.pizhu.script.ScriptConverters;
import org.pizhu.script.ScriptDetector;
import org.pizhu.script.ScriptTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pizhu convert FILE (--config CFG | --to t|s|hk|tw)}: prints a text converted with OpenCC, line for line. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a UTF-8 text between Traditional and Simplified Chinese (OpenCC), line for line.")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A UTF-8 text file; - reads standard input.")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    /** Either an OpenCC config or a target script. */
    static final class Choice {
        @Option(names = "--config", paramLabel = "CFG",
                description = "OpenCC conversion: s2t t2s s2tw tw2s s2twp tw2sp s2hk hk2s t2tw tw2t t2hk hk2t "
                        + "(also s2hkp hk2sp jp2t t2jp).")
        String config;

        @Option(names = "--to", paramLabel = "SCRIPT",
                description = "Target script, the conversion chosen from the text's detected script: "
                        + "t (繁), s (简), hk (港), tw (台).")
        String to;
    }

    @Option(names = "--include-tofu-risk",
            description = "Also use OpenCC's dictionaries of rare Simplified forms that common fonts may lack.")
    boolean includeTofuRisk;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text;
        try {
            text = Stdin.is(file) ? TextFileReader.decode(Stdin.read(), "standard input") : TextFileReader.read(file);
        } catch (ImportException e) {
            throw new UserError(e.getMessage());
        }
        ScriptConverter converter;
        if (choice.config != null) {
            String name = choice.config.toLowerCase(Locale.ROOT).replaceFirst("\\.json$", "");
            if (!ScriptConverters.ALL.contains(name)) {
                throw new UserError("unknown conversion '" + choice.config + "'; use one of: "
                        + String.join(" ", ScriptConverters.ALL), 2);
            }
            converter = ScriptConverters.get(name, includeTofuRisk);
        } else {
            Script source = ScriptDetector.detect(text);
            converter = ScriptConverters.forTarget(target(choice.to), source);
        }
        var out = spec.commandLine().getOut();
        out.print(converter.convertText(text));
        out.flush();
        return 0;
    }

    private static ScriptTarget target(String to) {
        switch (to.toLowerCase(Locale.ROOT)) {
            case "t":
                return ScriptTarget.TRADITIONAL;
            case "s":
                return ScriptTarget.SIMPLIFIED;
            case "hk":
                return ScriptTarget.HONG_KONG;
            case "tw":
                return ScriptTarget.TAIWAN;
            default:
                throw new UserError("unknown target script '" + to + "'; use t, s, hk or tw", 2);
        }
    }
}
