package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports of the annotated sample match the approved files under src/test/resources/export/ (see
 * {@link GoldenExports}; this test only reads them).
 */
class GoldenExportTest {
    @TempDir
    Path dir;

    static Stream<List<String>> cases() {
        return GoldenExports.CASES.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesTheApprovedFile(List<String> c) throws IOException {
        String out = GoldenExports.render(GoldenExports.sample(dir), c.get(0), c.get(1), c.get(2));
        String approved = Files.readString(GoldenExports.FOLDER.resolve(c.get(3)), StandardCharsets.UTF_8);
        assertThat(out).as("export differs from %s: if intended, run scripts/update-golden-exports.sh and review"
                + " the diff", c.get(3)).isEqualTo(approved);
    }
}
