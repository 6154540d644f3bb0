package org.ddworkbench.ui;

import static org.ddworkbench.ui.I18n.tr;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Judges a new passphrase typed twice against the store's passphrase policy, for live feedback beside the fields. */
public final class PassphraseCheck {
    private final String rule;
    private final Function<char[], Optional<String>> policy;

    /**
     * @param rule the policy in one sentence, shown beside the fields
     * @param policy the policy's verdict on a candidate: empty when acceptable, otherwise the reason
     */
    public PassphraseCheck(String rule, Function<char[], Optional<String>> policy) {
        this.rule = rule;
        this.policy = policy;
    }

    public String rule() {
        return rule;
    }

    /** The first reason the pair cannot be used, or empty when the passphrase is strong enough and repeated exactly. */
    public Optional<String> problem(String passphrase, String repeat) {
        if (passphrase == null || passphrase.isEmpty()) {
            return Optional.of(tr("Choose a passphrase."));
        }
        char[] candidate = passphrase.toCharArray();
        try {
            Optional<String> weak = policy.apply(candidate);
            if (weak.isPresent()) {
                return weak;
            }
        } finally {
            Arrays.fill(candidate, '\0');
        }
        if (repeat == null || repeat.isEmpty()) {
            return Optional.of(tr("Type the passphrase again to confirm it."));
        }
        if (!passphrase.equals(repeat)) {
            return Optional.of(tr("The two passphrases do not match."));
        }
        return Optional.empty();
    }
}
