package org.ddworkbench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON document kept in {@code project.key}: its format and one or more slots, each a wrapped copy of
 * the store key (today the passphrase slot; a recovery slot can be added beside it).
 */
record KeyFile(String format, List<KeySlot> slots) {
    static final String FORMAT = "ddw-key/1";
    static final String FILE_NAME = "project.key";
    static final String PASSPHRASE_SLOT = "passphrase";
    static final String RECOVERY_SLOT = "recovery";

    KeyFile {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }

    Optional<KeySlot> slot(String id) {
        return slots.stream().filter(s -> id.equals(s.id())).findFirst();
    }

    /** A copy holding {@code replacement} instead of the slot with the same id (or added when there was none). */
    KeyFile replacing(KeySlot replacement) {
        List<KeySlot> next = new ArrayList<>();
        boolean replaced = false;
        for (KeySlot s : slots) {
            if (Objects.equals(s.id(), replacement.id())) {
                next.add(replacement);
                replaced = true;
            } else {
                next.add(s);
            }
        }
        if (!replaced) {
            next.add(replacement);
        }
        return new KeyFile(format, next);
    }
}
