package org.ddworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A score's band is the first whose exclusive upper bound it is under; a score on a bound is in the next band. */
class RiskModelBandTest {
    private static final RiskBand LOW = new RiskBand("low", "Low", 1.0);
    private static final RiskBand MEDIUM = new RiskBand("medium", "Medium", 3.0);
    private static final RiskBand HIGH = new RiskBand("high", "High", 8.0);
    private static final RiskBand SEVERE = new RiskBand("severe", "Severe", null);

    private static RiskModel model(List<RiskBand> bands) {
        return new RiskModel(Map.of(), Map.of(), 0.5, Map.of(), Map.of(), List.of(), Map.of(), bands);
    }

    @Test
    void aScoreExactlyAtABoundIsInTheNextBand() {
        RiskModel model = model(List.of(LOW, MEDIUM, HIGH, SEVERE));

        assertThat(model.band(1.0)).isEqualTo(MEDIUM);
        assertThat(model.band(3.0)).isEqualTo(HIGH);
        assertThat(model.band(8.0)).isEqualTo(SEVERE);
    }

    @Test
    void aScoreJustUnderABoundStaysInItsBand() {
        RiskModel model = model(List.of(LOW, MEDIUM, HIGH, SEVERE));

        assertThat(model.band(Math.nextDown(1.0))).isEqualTo(LOW);
        assertThat(model.band(2.999)).isEqualTo(MEDIUM);
        assertThat(model.band(7.99)).isEqualTo(HIGH);
    }

    @Test
    void zeroIsInTheFirstBandAndAnyHighScoreInTheLast() {
        RiskModel model = model(List.of(LOW, MEDIUM, HIGH, SEVERE));

        assertThat(model.band(0)).isEqualTo(LOW);
        assertThat(model.band(1e9)).isEqualTo(SEVERE);
    }

    @Test
    void aModelWithoutBandsPutsEveryScoreInAllSuppliers() {
        RiskModel model = model(null);

        assertThat(model.bands()).containsExactly(RiskBand.ALL_SUPPLIERS);
        assertThat(model.band(0)).isEqualTo(RiskBand.ALL_SUPPLIERS);
        assertThat(model.band(100)).isEqualTo(RiskBand.ALL_SUPPLIERS);
    }

    @Test
    void bandsThatStopBelowTheScoreAreAProgrammingError() {
        RiskModel model = model(List.of(LOW, MEDIUM));

        assertThatThrownBy(() -> model.band(5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("takes the score 5.0");
    }
}
