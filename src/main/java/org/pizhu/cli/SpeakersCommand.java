package org.pizhu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pizhu.library.SpeakerCorrection;
import org.pizhu.library.Speakers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pizhu speakers DOC}: who speaks in a document, as the reader sees it, and the user's corrections. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = {"List a document's speakers (corrections applied): name, titles, statement blocks (from 1),",
            "then the corrections made with 'pizhu speaker'."})
final class SpeakersCommand implements Callable<Integer> {
    @Mixin
    DocumentOption document;

    @Override
    public Integer call() {
        return document.with((lib, id, out) -> {
            Speakers s = lib.speakers(id);
            List<SpeakerCorrection> corrections = lib.speakerRecords().corrections(id);
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
