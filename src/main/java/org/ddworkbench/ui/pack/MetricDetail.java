package org.ddworkbench.ui.pack;

import java.util.List;

/**
 * What the detail pane shows about the selected metric.
 *
 * @param thresholds one entry per threshold: its summary, the basis in plain words and the source it cites
 */
public record MetricDetail(
        String title, String description, String level, String synonyms, List<ThresholdLine> thresholds) {

    public MetricDetail {
        thresholds = List.copyOf(thresholds);
    }

    /** A threshold of the selected metric, explained. */
    public record ThresholdLine(String summary, String basis, String source) {
    }
}
