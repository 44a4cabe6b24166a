package org.pizhu.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aLaterLaunchHandsItsRequestsToTheListeningWindow() throws Exception {
        Path socket = dir.resolve("library.db.sock");
        Path file = Files.writeString(dir.resolve("a.txt"), "中文");
        LinkedBlockingQueue<List<String>> received = new LinkedBlockingQueue<>();
        try (SingleInstance window = SingleInstance.listen(socket, received::add).orElseThrow()) {
            assertThat(SingleInstance.forward(socket, List.of(new OpenRequest.OpenFile(file),
                    new OpenRequest.OpenLink(3, 4)))).isTrue();
            assertThat(received.poll(10, TimeUnit.SECONDS)).containsExactly(file.toString(), "pizhu://doc/3#a-4");
            assertThat(SingleInstance.forward(socket, List.of())).isTrue();
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(SingleInstance.listen(socket, l -> { })).as("a second window on the same library").isEmpty();
        }
        assertThat(socket).doesNotExist();
        assertThat(SingleInstance.forward(socket, List.of())).as("nobody listens once closed").isFalse();
    }

    @Test
    void aSocketLeftByACrashedWindowIsReplaced() throws Exception {
        Path socket = dir.resolve("library.db.sock");
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(socket));
        dead.close();
        assertThat(socket).exists();
        assertThat(SingleInstance.forward(socket, List.of())).isFalse();
        LinkedBlockingQueue<List<String>> received = new LinkedBlockingQueue<>();
        try (SingleInstance window = SingleInstance.listen(socket, received::add).orElseThrow()) {
            assertThat(SingleInstance.forward(socket, List.of(new OpenRequest.OpenLink(1, 0)))).isTrue();
            assertThat(received.poll(10, TimeUnit.SECONDS)).containsExactly("pizhu://doc/1");
        }
    }

    @Test
    void theSocketSitsNextToTheLibraryOfThisProcess() {
        String before = System.getProperty("pizhu.library");
        try {
            System.setProperty("pizhu.library", dir.resolve("mine.db").toString());
            assertThat(SingleInstance.socketForThisProcess()).isEqualTo(dir.resolve("mine.db.sock"));
        } finally {
            if (before == null) {
                System.clearProperty("pizhu.library");
            } else {
                System.setProperty("pizhu.library", before);
            }
        }
    }
}
