package org.ddworkbench.ui.findings;

import java.util.List;

/**
 * The cells of one finding, as the evidence window lists them.
 *
 * @param heading the finding's title and supplier
 * @param note how many cells there are, and how many are not listed
 * @param selected the line the user asked for, or null
 */
public record EvidenceListing(String heading, String note, List<EvidenceLine> lines, EvidenceLine selected) {

    public EvidenceListing {
        lines = List.copyOf(lines);
    }
}
