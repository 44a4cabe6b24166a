package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BlockIndexesTest {
    @Test
    void keepsIndexesSortedAndUniqueAsATreeSetWould() {
        Random random = new Random(7);
        BlockIndexes a = new BlockIndexes();
        BlockIndexes b = new BlockIndexes();
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = 0; i < 2000; i++) {
            int x = random.nextInt(10) < 8 ? i / 3 : random.nextInt(700);
            BlockIndexes into = random.nextBoolean() ? a : b;
            TreeSet<Integer> before = new TreeSet<>(into);
            assertThat(into.add(x)).isEqualTo(before.add(x));
            expected.add(x);
        }
        a.addAll(b);
        assertThat(a).containsExactlyElementsOf(expected);
    }

    @Test
    void readsAsAnAscendingList() {
        BlockIndexes s = new BlockIndexes();
        s.add(5);
        s.add(Integer.valueOf(2));
        s.add(5);
        s.add(9);
        assertThat(List.copyOf(s)).containsExactly(2, 5, 9);
        assertThat(new BlockIndexes()).isEmpty();
    }
}
