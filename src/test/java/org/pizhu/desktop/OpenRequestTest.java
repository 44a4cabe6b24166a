package org.pizhu.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenRequestTest {
    @TempDir
    Path dir;

    @Test
    void linksToDocumentsAndAnnotations() {
        assertThat(OpenRequest.parse("pizhu://doc/12#a-345", dir)).isEqualTo(new OpenRequest.OpenLink(12, 345));
        assertThat(OpenRequest.parse("pizhu://doc/7", dir)).isEqualTo(new OpenRequest.OpenLink(7, 0));
        assertThat(OpenRequest.parse("pizhu://doc/7/", dir)).isEqualTo(new OpenRequest.OpenLink(7, 0));
        assertThat(OpenRequest.parse("PIZHU://doc/7#a-1", dir).wire()).isEqualTo("pizhu://doc/7#a-1");
        String uid = "0f8b6c1e-7a5d-4c3b-9e2f-1a2b3c4d5e6f";
        assertThat(OpenRequest.parse("pizhu://doc/7#a-" + uid.toUpperCase(java.util.Locale.ROOT), dir))
                .isEqualTo(new OpenRequest.OpenLink(7, 0, uid));
        assertThat(OpenRequest.parse("pizhu://doc/7#a-" + uid, dir).wire()).isEqualTo("pizhu://doc/7#a-" + uid);
    }

    @Test
    void malformedLinksSayWhatIsExpected() {
        for (String bad : List.of("pizhu://doc/x", "pizhu://note/1", "pizhu:", "pizhu://doc/1#b-2", "pizhu://doc/1#a-xyz")) {
            assertThatThrownBy(() -> OpenRequest.parse(bad, dir)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pizhu://doc/N#a-ID");
        }
    }

    @Test
    void filesRelativeToTheWorkingDirectoryAndFileUrls() throws Exception {
        Path f = Files.writeString(dir.resolve("文章 1.txt"), "中文");
        assertThat(OpenRequest.parse("文章 1.txt", dir)).isEqualTo(new OpenRequest.OpenFile(f));
        assertThat(OpenRequest.parse(f.toUri().toString(), Path.of("/"))).isEqualTo(new OpenRequest.OpenFile(f));
        OpenRequest r = OpenRequest.parse("./sub/../文章 1.txt", dir);
        assertThat(OpenRequest.parse(r.wire(), Path.of("/"))).isEqualTo(r);
    }

    @Test
    void aMissingFileOrAWordIsRefusedWithAHint() throws Exception {
        Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> OpenRequest.parse("analyse", dir)).hasMessage(
                "analyse is neither a file nor a command (see pizhu --help)");
        assertThatThrownBy(() -> OpenRequest.parse("folder", dir)).hasMessage("not a regular file: folder");
    }
}
