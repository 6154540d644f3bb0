package org.ddworkbench.ui.dashboard;

import java.util.List;

/**
 * Everything the Dashboard shows, read in one background task and already in words.
 *
 * @param bands suppliers per risk band, highest band first
 * @param severities open findings that count, per severity, most severe first
 * @param coverage suppliers with a SAQ, an audit and a worker survey, out of all suppliers
 * @param imports the most recent imports, newest first
 */
public record DashboardData(String summary, List<Bar> bands, List<Bar> severities, ActionsDue actions,
        List<Bar> coverage, List<ImportLine> imports, HeatGrid heatMap) {

    public static final DashboardData EMPTY = new DashboardData("", List.of(), List.of(), ActionsDue.NONE, List.of(),
            List.of(), HeatGrid.EMPTY);

    public DashboardData {
        bands = List.copyOf(bands);
        severities = List.copyOf(severities);
        coverage = List.copyOf(coverage);
        imports = List.copyOf(imports);
    }
}
