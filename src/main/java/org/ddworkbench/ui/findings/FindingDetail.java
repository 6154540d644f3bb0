package org.ddworkbench.ui.findings;

import java.util.List;
import org.ddworkbench.model.ComparedValue;

/**
 * What the detail pane shows of the selected finding.
 *
 * @param facts severity, supplier, period, rule, status and review as label and value pairs
 * @param more "N more cells" when the finding rests on more cells than are stored with it, else empty
 */
public record FindingDetail(long findingId, String title, String explanation, List<Fact> facts,
        List<ComparedValue> values, List<EvidenceLine> evidence, String more) {

    public FindingDetail {
        facts = List.copyOf(facts);
        values = List.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    /** One labelled line of the detail pane. */
    public record Fact(String label, String value) {
    }
}
