package org.ddworkbench.ui.findings;

import static org.ddworkbench.ui.I18n.tr;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.LocalFormats;
import org.ddworkbench.ui.imports.TargetChoices;

/** Puts findings, severities, reviews, indicators and evidence cells into the words the finding screens show. */
public final class FindingText {
    private static final int SHA_PREFIX = 12;

    private final Map<String, String> indicatorLabels = new LinkedHashMap<>();
    private final TargetChoices metrics;
    private final ZoneId zone;

    public FindingText(MetricPack pack, ZoneId zone) {
        for (Indicator indicator : pack.indicators()) {
            indicatorLabels.put(indicator.id(), indicator.label());
        }
        this.metrics = new TargetChoices(pack);
        this.zone = zone;
    }

    /** A table line for {@code finding}. */
    public FindingRow row(Finding finding) {
        return new FindingRow(finding, severity(finding.severity()),
                finding.supplierName() == null ? tr("Whole project") : finding.supplierName(),
                country(finding.country()), indicators(finding.indicators()), status(finding.status()),
                review(finding.review()), finding.firstSeen() == null ? "" : LocalFormats.date(finding.firstSeen().atZone(zone)));
    }

    /** The pack's ILO indicators, id to label, in the pack's order. */
    public Map<String, String> indicatorLabels() {
        return indicatorLabels;
    }

    public String indicator(String id) {
        return indicatorLabels.getOrDefault(id, id);
    }

    public String indicators(List<String> ids) {
        return String.join(", ", ids.stream().map(this::indicator).toList());
    }

    /** A cell of evidence in words, with the metric's label from the pack. */
    public EvidenceLine evidence(EvidenceCell cell) {
        String sha = cell.fileSha256() == null ? "" : cell.fileSha256();
        return new EvidenceLine(cell.reference(), cell.fileName(),
                sha.length() > SHA_PREFIX ? sha.substring(0, SHA_PREFIX) : sha, cell.sheet(),
                cell.row() <= 0 ? "" : String.valueOf(cell.row()),
                cell.column() < 0 ? "" : EvidenceCell.columnLetters(cell.column()),
                cell.metricId() == null ? "" : metrics.describeTarget(cell.metricId()),
                cell.value() == null ? "" : cell.value());
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> tr("Critical");
            case HIGH -> tr("High");
            case MEDIUM -> tr("Medium");
            case LOW -> tr("Low");
            case INFO -> tr("Information");
        };
    }

    public static String review(ReviewState review) {
        return switch (review) {
            case UNREVIEWED -> tr("Not reviewed");
            case CONFIRMED -> tr("Confirmed");
            case DISPUTED -> tr("Disputed");
            case FALSE_POSITIVE -> tr("False positive");
        };
    }

    public static String status(FindingStatus status) {
        return status == FindingStatus.OPEN ? tr("Open") : tr("Closed");
    }

    public static String actionStatus(ActionStatus status) {
        return switch (status) {
            case OPEN -> tr("Open");
            case IN_PROGRESS -> tr("In progress");
            case CLOSED -> tr("Closed");
            case VERIFIED -> tr("Verified");
        };
    }

    /** The SMETA corrective-action-plan status in words. */
    public static String smetaStatus(ActionStatus status) {
        return switch (status) {
            case OPEN -> tr("Open");
            case IN_PROGRESS -> tr("Progress made");
            case CLOSED, VERIFIED -> tr("Closed");
        };
    }

    /** "TH · Thailand"; the code alone when the JDK does not know it; empty for none. */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.getDefault());
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : code + " · " + name;
    }

    /** The CSS style class of a severity, such as {@code severity-critical}. */
    public static String styleClass(Severity severity) {
        return "severity-" + severity.name().toLowerCase(Locale.ROOT);
    }
}
