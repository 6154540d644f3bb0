package org.ddworkbench.ui.reports;

/**
 * One entry of a drop-down of the report screens: a value and the words shown for it.
 *
 * @param value the value chosen, or null for an entry such as "none" or "any severity"
 */
public record Option<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
