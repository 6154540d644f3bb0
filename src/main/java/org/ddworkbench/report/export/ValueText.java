package org.ddworkbench.report.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes published values the same way in every format: whole numbers without a decimal point. */
final class ValueText {

    private ValueText() {
    }

    /** The value as an exact decimal without exponent or trailing zeros, for CSV. */
    static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** Whether the value is a whole number, as counts are. */
    static boolean whole(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value);
    }

    /** The value for a reader: thousands separated and at most two decimals, such as "1,204" or "38.5". */
    static String display(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
