package org.ddworkbench.ui.dashboard;

import org.ddworkbench.ui.suppliers.SupplierSubset;

/**
 * One bar of a Dashboard chart: a count out of a scale, in words for the eye and for a screen reader, and the
 * suppliers a click shows.
 *
 * @param key what the bar counts, stable for ids and tests: a band id, severity or source kind
 * @param value drawn as the bar's length relative to {@code scale}
 * @param shown the figure written beside the bar, e.g. "12" or "12 of 20"
 * @param description the whole bar in one sentence, for tooltips and screen readers
 * @param styleClass the colour of the bar
 * @param target the suppliers a click shows, or null when a click leads elsewhere
 */
public record Bar(String key, String label, int value, int scale, String shown, String description,
        String styleClass, SupplierSubset target) {

    /** The bar's length from 0 to 1; an empty scale draws nothing. */
    public double fraction() {
        return scale <= 0 ? 0 : Math.min(1, (double) value / scale);
    }
}
