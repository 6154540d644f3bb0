package org.ddworkbench.report.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddworkbench.report.privacy.ContributionBounder.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContributionBounderTest {

    private static List<Contribution> manyFromOne(String who, int n) {
        List<Contribution> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Contribution(who, i));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Selection.class)
    void keepsAtMostKValuesPerContributor(Selection selection) {
        List<Contribution> data = new ArrayList<>(manyFromOne("S1", 10));
        data.addAll(manyFromOne("S2", 2));
        data.add(new Contribution("S3", 5));

        Map<String, List<Double>> kept = new ContributionBounder(new SeededRandomBits(3)).bound(data, 3, selection);

        assertThat(kept).containsOnlyKeys("S1", "S2", "S3");
        assertThat(kept.get("S1")).hasSize(3).doesNotHaveDuplicates().allSatisfy(v -> assertThat(v).isBetween(0.0, 9.0));
        assertThat(kept.get("S2")).containsExactly(0.0, 1.0);
        assertThat(kept.get("S3")).containsExactly(5.0);
    }

    @Test
    void firstSelectionKeepsTheFirstValuesInInputOrder() {
        Map<String, List<Double>> kept = new ContributionBounder(new SeededRandomBits(3))
                .bound(manyFromOne("S1", 10), 2, Selection.FIRST);

        assertThat(kept.get("S1")).containsExactly(0.0, 1.0);
    }

    @Test
    void randomSelectionKeepsEveryValueEquallyOften() {
        ContributionBounder bounder = new ContributionBounder(new SeededRandomBits(4));
        List<Contribution> data = manyFromOne("S1", 5);
        int[] kept = new int[5];
        int rounds = 20_000;
        for (int r = 0; r < rounds; r++) {
            for (double v : bounder.bound(data, 2, Selection.RANDOM).get("S1")) {
                kept[(int) v]++;
            }
        }
        // Each value is kept with probability 2/5.
        double se = Math.sqrt(0.4 * 0.6 / rounds);
        for (int count : kept) {
            assertThat((double) count / rounds).isBetween(0.4 - Moments.Z * se, 0.4 + Moments.Z * se);
        }
    }
}
