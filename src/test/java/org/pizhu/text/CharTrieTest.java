package org.pizhu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharTrieTest {

    @Test
    void theFirstValueOfARepeatedKeyWinsUnlessMerged() {
        CharTrie<String> first = CharTrie.<String>firstWins().put("發", "发").put("發", "髮").put("", "x").build();
        assertThat(first.get("發")).isEqualTo("发");
        assertThat(first.size()).isEqualTo(1);
        CharTrie<String> merged = CharTrie.<String>merging((a, b) -> a + b).put("發", "发").put("發", "髮").build();
        assertThat(merged.get("發")).isEqualTo("发髮");
    }

    @Test
    void walksKeysCharacterByCharacterAndKnowsWhichCharactersStartOne() {
        CharTrie<Integer> t = CharTrie.<Integer>firstWins().put("香港", 2).put("香港特區政府", 6).put("特首", 2).build();
        assertThat(t.mayStart('香')).isTrue();
        assertThat(t.mayStart('港')).isFalse();
        String text = "香港特區政府發言人";
        List<Integer> ends = new ArrayList<>();
        int node = CharTrie.ROOT;
        for (int i = 0; i < text.length() && node != CharTrie.NONE; i++) {
            node = t.child(node, text.charAt(i));
            if (node != CharTrie.NONE && t.valueAt(node) != null) {
                ends.add(i + 1);
            }
        }
        assertThat(ends).containsExactly(2, 6);
        assertThat(t.get("香港特區")).isNull();
        assertThat(t.get("")).isNull();
        assertThat(t.get("特首")).isEqualTo(2);
    }

    @Test
    void holdsCharactersOutsideTheBasicPlaneAsTwoUnits() {
        CharTrie<String> t = CharTrie.<String>firstWins().put("搭𨋢", "lift").build();
        assertThat(t.get("搭𨋢")).isEqualTo("lift");
        assertThat(t.get("搭\uD860")).isNull();
    }
}
