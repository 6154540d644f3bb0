package org.ddworkbench.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.ddworkbench.model.DisclosureDefaults;
import org.junit.jupiter.api.Test;

class DisclosureRulesTest {
    private static final DisclosureDefaults PACK = new DisclosureDefaults(5, 3, 0.8, 1.0, 0.1);

    @Test
    void withoutAUserChoiceThePackDefaultsApply() throws DisclosureException {
        assertThat(DisclosureRules.fromPack(PACK, OptionalInt.empty())).isEqualTo(new DisclosureRules(5, 0.8));
    }

    @Test
    void theUserMayRaiseTheMinimum() throws DisclosureException {
        assertThat(DisclosureRules.fromPack(PACK, OptionalInt.of(10)).minCellSize()).isEqualTo(10);
    }

    @Test
    void theUserMayLowerTheMinimumDownToTheFloor() throws DisclosureException {
        assertThat(DisclosureRules.fromPack(PACK, OptionalInt.of(3)).minCellSize()).isEqualTo(3);
    }

    @Test
    void aMinimumBelowThePackFloorIsRefusedNamingBothNumbers() {
        assertThatThrownBy(() -> DisclosureRules.fromPack(PACK, OptionalInt.of(2)))
                .isInstanceOf(DisclosureException.class)
                .hasMessageContaining("minimum cell size 2")
                .hasMessageContaining("floor of 3");
    }

    @Test
    void nonsensicalRulesAreRejected() {
        assertThatThrownBy(() -> new DisclosureRules(0, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisclosureRules(5, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
