package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.app.DocumentImports;

/** Decision 0006: readers are never blocked by a write, however long it takes. */
class ReadsDuringWriteTest {
    @TempDir
    Path dir;
    private Library lib;
    private long first;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("lib.db"));
        first = new DocumentImports(lib).importText("first.txt", Texts.document(1, 20_000)).id();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void readsProceedWhileAWriteTransactionIsOpenAndSeeOnlyCommittedData() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                lib.database().write(c -> {
                    try (var st = c.createStatement()) {
                        st.execute("UPDATE documents SET title = 'changed' WHERE id = " + first);
                    }
                    inside.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            String word = lib.load(first).document().blocks().get(0).text().substring(0, 3);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                assertThat(lib.search(word, 10).blocks()).isNotEmpty();
                assertThat(lib.documents()).hasSize(1);
                assertThat(lib.document(first).title()).isNotEqualTo("changed");
                assertThat(lib.annotations(first)).isEmpty();
            });
            assertThat(writer).isNotDone();
        } finally {
            release.countDown();
        }
        writer.get(20, TimeUnit.SECONDS);
        assertThat(lib.document(first).title()).isEqualTo("changed");
    }

    @Test
    void aSearchReturnsWhileAFiveMegabyteImportIsBeingWritten() throws Exception {
        String big = Texts.document(99, 1_750_000);
        assertThat(big.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(5_000_000);
        String word = lib.load(first).document().blocks().get(0).text().substring(0, 3);
        CompletableFuture<DocumentInfo> importing = CompletableFuture.supplyAsync(() -> new DocumentImports(lib).importText("big.txt", big));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!lib.database().writeInProgress() && !importing.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(lib.database().writeInProgress()).as("the import is writing").isTrue();
        SearchResults hits = lib.search(word, 10);
        boolean stillWriting = lib.database().writeInProgress();
        assertThat(hits.blocks()).isNotEmpty();
        assertThat(stillWriting).as("the search returned before the import's write transaction ended").isTrue();
        assertThat(importing.get(60, TimeUnit.SECONDS).id()).isGreaterThan(first);
        assertThat(lib.documents()).hasSize(2);
    }
}
