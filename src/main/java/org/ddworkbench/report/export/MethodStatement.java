package org.ddworkbench.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.DisclosureParameters;
import org.ddworkbench.report.packet.NoiseParameters;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.report.packet.PrivacyParameters;

/** States in plain words how a packet's figures were protected, for the workbook's Method sheet and the PDF. */
final class MethodStatement {

    /** One statement: what it is about and what it says. */
    record Line(String label, String text) {
    }

    private MethodStatement() {
    }

    /** The report, its date, the pack, the thresholds, the noise and the sources. */
    static List<Line> facts(AggregatePacket packet) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Report", packet.reportName()));
        lines.add(new Line("Released", packet.released().toString()));
        lines.add(new Line("Metric pack", packet.pack().id() + " version " + packet.pack().version()));
        lines.add(new Line("Pack fingerprint", packet.pack().fingerprint()));
        DisclosureParameters disclosure = packet.disclosure();
        lines.add(new Line("Minimum cell size", disclosure.minCellSize() + " contributors"));
        lines.add(new Line("Dominance share", percent(disclosure.dominanceShare())));
        PrivacyParameters privacy = packet.privacy();
        if (privacy == null) {
            lines.add(new Line("Differential privacy", "No noise added."));
        } else {
            lines.add(new Line("Differential privacy", "ε = " + ValueText.display(privacy.epsilon()) + " in total, "
                    + privacy.method()));
            lines.add(new Line("Contribution bound", "At most " + privacy.maxCellsPerContributor()
                    + " cells of a table per contributor."));
        }
        lines.add(new Line("Sources", packet.sources().stream().map(PacketSource::organisation)
                .collect(Collectors.joining(", "))));
        return lines;
    }

    /** What an "x" means and why each kind of suppression happens, a short label to each explanation. */
    static List<Line> suppressionExplained(AggregatePacket packet) {
        DisclosureParameters disclosure = packet.disclosure();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("x", "The cell is suppressed: its value is withheld so that no supplier or worker can be"
                + " identified from it. Each table lists why each of its cells is suppressed."));
        lines.add(new Line("Too few contributors", "The cell comes from fewer than " + disclosure.minCellSize()
                + " suppliers or workers."));
        lines.add(new Line("Dominance", "One supplier makes up more than " + percent(disclosure.dominanceShare())
                + " of the cell's value."));
        lines.add(new Line("Complementary", "The cell is withheld as well so that a suppressed cell cannot be"
                + " worked out by subtracting the other cells from a published total."));
        if (packet.noisy()) {
            lines.add(new Line("Noise", "Values carry random noise so that no single contributor's presence can be"
                    + " inferred; small counts can therefore be negative."));
        }
        return lines;
    }

    /** The line under a noisy table, or null when the table carries no noise. */
    static String noiseNote(PacketTable table) {
        NoiseParameters noise = table.noise();
        if (noise == null) {
            return null;
        }
        return "Values carry random noise: ±" + ValueText.display(noise.halfWidth95()) + " at 95% ("
                + noise.mechanism() + ", ε = " + ValueText.display(noise.epsilon()) + ").";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%s%%", ValueText.display(share * 100));
    }
}
