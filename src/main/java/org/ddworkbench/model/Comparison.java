package org.ddworkbench.model;

/** A comparison operator used by thresholds; JSON names are lower case (gt, ge, lt, le, eq, ne). */
public enum Comparison {
    GT(">"), GE(">="), LT("<"), LE("<="), EQ("=="), NE("!=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Applies this operator to two numbers (booleans are compared as 1 and 0 by callers). */
    public boolean test(double left, double right) {
        return switch (this) {
            case GT -> left > right;
            case GE -> left >= right;
            case LT -> left < right;
            case LE -> left <= right;
            case EQ -> Double.compare(left, right) == 0;
            case NE -> Double.compare(left, right) != 0;
        };
    }
}
