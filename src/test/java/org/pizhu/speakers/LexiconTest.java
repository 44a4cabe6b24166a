package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import org.pizhu.script.ScriptConverters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists carry both scripts: every entry's Simplified form (by OpenCC) is in the same list. */
class LexiconTest {
    private static final List<String> LISTS = List.of("verbs", "between", "surnames", "compound", "titles",
            "honorifics", "courtesy", "titleheads", "roleends", "nicknames", "trades", "listmarks", "listverbs", "questionings", "creditleads", "settings", "orgsuffixes", "orgwords", "pronouns", "anaphors", "notnames", "openers",
            "contrastbetween", "contrastopeners", "prepositions", "addressprepositions", "notaspects", "gapopeners", "gapclosers",
            "learnsfrom", "viewframes", "sources", "numerals", "classifiers", "topicmarkers", "enquiries", "replies", "rulings", "sides", "courtends",
            "orgsurnameends", "subjectfollowers", "timeprepositions", "countryends",
            "outletvoices");

    @Test
    void everyListHasItsSimplifiedForms() {
        Lexicon lex = Lexicon.INSTANCE;
        for (String name : LISTS) {
            List<String> words = lex.list(name);
            assertThat(words).as(name).isNotEmpty();
            for (String w : words) {
                assertThat(words).as(name + " has the Simplified form of " + w).contains(ScriptConverters.get("t2s").convert(w).text());
            }
        }
    }

    @Test
    void lookUpsFindTheLongestWordAtBothEnds() {
        WordSet verbs = Lexicon.INSTANCE.verbs;
        String t = "陳大文又指出，";
        assertThat(verbs.matchAt(t, 4, t.length())).isEqualTo(2);
        assertThat(verbs.matchEndingAt(t, 6, 0)).isEqualTo(2);
        assertThat(verbs.matchAt(t, 0, t.length())).isZero();
    }
}
