package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassphrasePolicyTest {
    private final PassphrasePolicy policy = new PassphrasePolicy();

    @Test
    void acceptsTenCharacters() {
        assertThat(policy.problem("abcdefghij".toCharArray())).isEmpty();
    }

    @Test
    void refusesNineCharacters() {
        assertThat(policy.problem("abcdefghi".toCharArray())).get().asString().contains("at least 10");
    }

    @Test
    void refusesOnlyWhiteSpace() {
        assertThat(policy.problem("            \t".toCharArray())).get().asString().contains("only spaces");
    }

    @Test
    void refusesEmptyAndMissing() {
        assertThat(policy.problem(new char[0])).isPresent();
        assertThat(policy.problem(null)).isPresent();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Five emoji are ten UTF-16 units but only five characters.
        assertThat(policy.problem("😀😀😀😀😀".toCharArray())).isPresent();
    }

    @Test
    void ruleIsOneSentence() {
        assertThat(policy.rule()).contains("10").endsWith(".").doesNotContain(". ");
    }
}
