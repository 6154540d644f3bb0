package org.ddworkbench.model;

/**
 * A red-flag threshold on a metric: the flag is raised when {@code value operator this.value} holds.
 *
 * @param value a number for numeric metrics, true/false for boolean ones, a choice for choice metrics
 * @param minShare for worker-level metrics, the share (0 to 1) of workers beyond the threshold that raises
 *     the flag for their supplier; null means any single worker
 * @param basis the reason for this threshold in plain words (law, ILO guidance, benchmark)
 * @param source the id of the pack source the basis comes from, or null
 */
public record Threshold(
        String id, Comparison operator, Object value, Double minShare, Flag flag, String basis, String source) {

    /**
     * Whether a value crosses this threshold: booleans compare as 1 and 0, numbers by the operator, choices by
     * their text (equal or not equal only); a missing number is NaN and never crosses.
     */
    public boolean crossedBy(double number, String text) {
        if (value instanceof Boolean b) {
            return !Double.isNaN(number) && operator.test(number, b ? 1 : 0);
        }
        if (value instanceof Number n) {
            return !Double.isNaN(number) && operator.test(number, n.doubleValue());
        }
        if (value instanceof String choice && text != null) {
            boolean same = choice.trim().equalsIgnoreCase(text.trim());
            return switch (operator) {
                case EQ -> same;
                case NE -> !same;
                default -> false;
            };
        }
        return false;
    }
}
