package org.ddworkbench.ui.suppliers;

import java.util.List;
import org.ddworkbench.model.DataSourceKind;

/** What one file said about a supplier: its lines, each with the place in the file it came from. */
public record EvidenceGroup(String fileName, DataSourceKind kind, String fileSha256, List<Line> lines) {

    public EvidenceGroup {
        lines = List.copyOf(lines);
    }

    /** One value: where in the file, which metric or field, and what it said. */
    public record Line(String sheet, String row, String column, String metric, String value) {
    }
}
