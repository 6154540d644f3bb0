package org.ddworkbench.report.privacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.DisclosureDefaults;

/**
 * A project's differential-privacy budget and the ε of the releases already made; by sequential
 * composition the epsilons add, and a release that would take the total past the budget is refused.
 *
 * <p>Arithmetic is decimal (each ε as its shortest decimal text), so ten releases of 0.1 spend exactly
 * 1.0 and a budget is never refused or exceeded by a binary rounding error.
 */
public final class PrivacyBudget {
    private final double total;
    private final List<Double> releases;
    private final BigDecimal spent;

    /** Builds a budget of the given total with the ε of each release already recorded in the ledger. */
    public PrivacyBudget(double total, List<Double> releases) {
        if (!Double.isFinite(total) || total <= 0) {
            throw new IllegalArgumentException("a privacy budget must be positive and finite: " + total);
        }
        this.total = total;
        this.releases = List.copyOf(releases);
        BigDecimal sum = BigDecimal.ZERO;
        for (double epsilon : this.releases) {
            if (!Double.isFinite(epsilon) || epsilon <= 0) {
                throw new IllegalArgumentException("a recorded release must have a positive, finite epsilon: " + epsilon);
            }
            sum = sum.add(BigDecimal.valueOf(epsilon));
        }
        this.spent = sum;
    }

    /** Builds the budget the pack grants each project (disclosure.epsilonBudget). */
    public static PrivacyBudget forPack(DisclosureDefaults disclosure, List<Double> releases) {
        return new PrivacyBudget(disclosure.epsilonBudget(), releases);
    }

    public double total() {
        return total;
    }

    /** The ε of each recorded release, oldest first. */
    public List<Double> releases() {
        return releases;
    }

    /** The sum of all recorded releases. */
    public double spent() {
        return spent.doubleValue();
    }

    /** What is left of the budget, never below zero. */
    public double remaining() {
        return remainingDecimal().doubleValue();
    }

    /** Refuses, with a message for the user, a release whose ε is invalid or does not fit the remaining budget. */
    public void check(double requestedEpsilon) throws PrivacyBudgetException {
        if (!Double.isFinite(requestedEpsilon) || requestedEpsilon <= 0) {
            throw new PrivacyBudgetException("The privacy setting ε must be a positive number, but it was "
                    + (Double.isFinite(requestedEpsilon) ? format(requestedEpsilon) : "not a finite number") + ".");
        }
        if (requestedEpsilon < Epsilons.MIN_EPSILON) {
            throw new PrivacyBudgetException("The privacy setting ε = " + requestedEpsilon
                    + " is too small to give a usable result; use at least " + format(Epsilons.MIN_EPSILON) + ".");
        }
        if (spent.add(BigDecimal.valueOf(requestedEpsilon)).compareTo(BigDecimal.valueOf(total)) > 0) {
            throw new PrivacyBudgetException("This release needs ε = " + format(requestedEpsilon) + " but only "
                    + format(remainingDecimal()) + " of the project's budget of " + format(total) + " is left");
        }
    }

    /** Checks the release and returns the budget with it recorded; this object is left unchanged. */
    public PrivacyBudget spend(double epsilon) throws PrivacyBudgetException {
        check(epsilon);
        List<Double> more = new ArrayList<>(releases);
        more.add(epsilon);
        return new PrivacyBudget(total, more);
    }

    private BigDecimal remainingDecimal() {
        return BigDecimal.valueOf(total).subtract(spent).max(BigDecimal.ZERO);
    }

    private static String format(double value) {
        return format(BigDecimal.valueOf(value));
    }

    /** Up to six decimals, locale-independent, always with a decimal point ("5.0", "0.25"). */
    private static String format(BigDecimal value) {
        String text = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return text.contains(".") ? text : text + ".0";
    }
}
