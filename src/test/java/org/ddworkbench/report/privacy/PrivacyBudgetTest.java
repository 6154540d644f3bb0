package org.ddworkbench.report.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ddworkbench.model.DisclosureDefaults;
import org.ddworkbench.model.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivacyBudgetTest {

    @Test
    void refusesAReleaseThatWouldExceedTheBudgetWithAPlainMessage() {
        PrivacyBudget budget = new PrivacyBudget(5.0, List.of(2.0, 2.5));

        assertThatThrownBy(() -> budget.check(1.0))
                .isInstanceOf(PrivacyBudgetException.class)
                .isInstanceOf(ProblemException.class)
                .hasMessage("This release needs ε = 1.0 but only 0.5 of the project's budget of 5.0 is left");
    }

    @Test
    void releasesAddUpBySequentialComposition() throws PrivacyBudgetException {
        PrivacyBudget budget = new PrivacyBudget(3.0, List.of(0.5, 1.0)).spend(0.25);

        assertThat(budget.spent()).isEqualTo(1.75);
        assertThat(budget.remaining()).isEqualTo(1.25);
        assertThat(budget.releases()).containsExactly(0.5, 1.0, 0.25);
    }

    @Test
    void spendingTheBudgetExactlyInDecimalStepsIsAllowedAndTheNextStepIsRefused() throws PrivacyBudgetException {
        PrivacyBudget budget = new PrivacyBudget(1.0, List.of());
        for (int i = 0; i < 10; i++) {
            budget = budget.spend(0.1); // 0.1 added ten times in binary is 0.9999999999999999
        }
        PrivacyBudget full = budget;

        assertThat(full.remaining()).isZero();
        assertThatThrownBy(() -> full.check(0.1))
                .hasMessage("This release needs ε = 0.1 but only 0.0 of the project's budget of 1.0 is left");
    }

    @Test
    void spendingDoesNotChangeTheOriginalBudget() throws PrivacyBudgetException {
        PrivacyBudget before = new PrivacyBudget(2.0, List.of(1.0));
        before.spend(1.0);

        assertThat(before.spent()).isEqualTo(1.0);
        assertThatCode(() -> before.check(1.0)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 1e-9})
    void refusesAnEpsilonThatIsNotAUsablePositiveNumber(double epsilon) {
        PrivacyBudget budget = new PrivacyBudget(5.0, List.of());

        assertThatThrownBy(() -> budget.check(epsilon))
                .isInstanceOf(PrivacyBudgetException.class)
                .hasMessageStartingWith("The privacy setting ε");
    }

    @Test
    void theBudgetComesFromThePack() {
        PrivacyBudget budget = PrivacyBudget.forPack(new DisclosureDefaults(5, 3, 0.6, 4.0, 1.0), List.of(3.5));

        assertThat(budget.total()).isEqualTo(4.0);
        assertThatThrownBy(() -> budget.check(1.0))
                .hasMessage("This release needs ε = 1.0 but only 0.5 of the project's budget of 4.0 is left");
    }
}
