package org.ddworkbench.ui.suppliers;

/**
 * One entry of a filter drop-down.
 *
 * @param key the value filtered on, or null for the entry that shows everything
 */
public record FilterChoice(String key, String label) {

    public boolean all() {
        return key == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
