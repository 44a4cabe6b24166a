package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Conversions from eight threads at once give exactly what one thread gives. */
class ConcurrencyTest {
    @Test
    void eightThreadsAgreeWithOne() throws Exception {
        String simplified = ConversionChainsTest.SIMPLIFIED;
        String traditional = ConversionChainsTest.TAIWAN_WORDS;
        List<String> expected = new ArrayList<>();
        for (String config : ScriptConverters.CONVERSIONS) {
            String input = config.startsWith("s") ? simplified : traditional;
            Conversion c = ScriptConverters.get(config).convert(input);
            expected.add(c.text() + "|" + offsets(c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        got.clear();
                        for (String config : ScriptConverters.CONVERSIONS) {
                            String input = config.startsWith("s") ? simplified : traditional;
                            Conversion c = ScriptConverters.get(config).convert(input);
                            got.add(c.text() + "|" + offsets(c));
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void documentCacheConvertsEachBlockOnceUnderContention() throws Exception {
        var doc = new org.pizhu.reflow.Reflower().reflow("t.txt", ConversionChainsTest.SIMPLIFIED);
        DocumentConversions conversions = new DocumentConversions(doc);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Conversion>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<Conversion> got = new ArrayList<>();
                    for (int b = 0; b < doc.blocks().size(); b++) {
                        for (ScriptTarget target : ScriptTarget.values()) {
                            got.add(conversions.block(b, target));
                        }
                    }
                    return got;
                }));
            }
            List<Conversion> first = futures.get(0).get();
            for (Future<List<Conversion>> f : futures) {
                List<Conversion> got = f.get();
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i)).isSameAs(first.get(i));
                }
            }
            assertThat(conversions.cachedCount()).isEqualTo(doc.blocks().size() * ScriptTarget.values().length);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String offsets(Conversion c) {
        StringBuilder sb = new StringBuilder();
        for (int o = 0; o <= c.original().length(); o++) {
            sb.append(c.toConverted(o)).append(',').append(c.toConvertedEnd(o)).append(';');
        }
        return sb.toString();
    }
}
