package org.ddworkbench.ui.findings;

/**
 * One entry of a filter drop-down of the finding screens.
 *
 * @param key the value filtered on, or null for the entry that shows everything
 */
public record Choice(String key, String label) {

    public boolean all() {
        return key == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
