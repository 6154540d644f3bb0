package org.ddworkbench.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandOffTest {

    @Test
    void handlesEveryRowInReadOrderOnOneOtherThread() {
        List<Integer> handled = new ArrayList<>();
        Set<String> threads = new HashSet<>();
        try (HandOff<Integer> handOff = new HandOff<>(row -> {
            handled.add(row);
            threads.add(Thread.currentThread().getName());
        })) {
            for (int i = 0; i < 50_000; i++) {
                handOff.accept(i);
            }
            handOff.finish();
        }
        assertThat(handled).hasSize(50_000);
        for (int i = 0; i < handled.size(); i++) {
            assertThat(handled.get(i)).isEqualTo(i);
        }
        assertThat(threads).containsExactly("ddw-check-facts");
    }

    @Test
    void aHandlerFailureReachesTheReader() {
        try (HandOff<Integer> handOff = new HandOff<>(row -> {
            if (row == 3_000) {
                throw new IllegalArgumentException("row 3000 is bad");
            }
        })) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100_000; i++) {
                    handOff.accept(i);
                }
                handOff.finish();
            }).isInstanceOf(IllegalArgumentException.class).hasMessage("row 3000 is bad");
        }
    }
}
