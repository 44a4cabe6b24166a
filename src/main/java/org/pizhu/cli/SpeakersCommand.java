package org.pizhu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pizhu.library.SpeakerCorrection;
import org.pizhu.library.Speakers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu speakers DOC}: who speaks in a document, as the reader sees it, and the user's corrections. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = {"List a document's speakers (corrections applied): name, titles, statement blocks (from 1),",
            "then the corrections made with 'pizhu speaker'."})
final class SpeakersCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "DOC", description = "Document id.")
    long id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return library.with(lib -> {
            Speakers s = lib.speakers(id);
            List<SpeakerCorrection> corrections = lib.speakerRecords().corrections(id);
            PrintWriter out = spec.commandLine().getOut();
            for (String name : s.names()) {
                List<Integer> blocks = new ArrayList<>();
                for (Map.Entry<Integer, String> e : s.byBlock().entrySet()) {
                    if (e.getValue().equals(name)) {
                        blocks.add(e.getKey() + 1);
                    }
                }
                out.println(name + "\t" + String.join("、", s.titlesOf(name)) + "\tblocks "
                        + String.join(",", blocks.stream().map(String::valueOf).toList()));
            }
            for (SpeakerCorrection c : corrections) {
                out.println("corrected\t" + c.describe());
            }
            return 0;
        });
    }
}
