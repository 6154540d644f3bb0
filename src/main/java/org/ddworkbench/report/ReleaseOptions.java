package org.ddworkbench.report;

import java.nio.file.Path;
import java.util.Objects;
import org.ddworkbench.report.export.ExportFormat;

/**
 * How a report is released.
 *
 * @param format the file format
 * @param output the file to write; it is replaced if it exists
 * @param epsilon the differential-privacy ε to spend, or null to publish without noise
 * @param organisation the label other organisations will see for this release, such as "Buyer A"
 */
public record ReleaseOptions(ExportFormat format, Path output, Double epsilon, String organisation) {

    public ReleaseOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        organisation = organisation == null || organisation.isBlank() ? "Unnamed organisation" : organisation.strip();
    }
}
