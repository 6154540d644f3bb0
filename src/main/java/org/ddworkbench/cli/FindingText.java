package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.MetricPack;

/** Prints findings as an aligned list (one line each) or one finding in full with every evidence cell. */
final class FindingText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SUPPLIER_WIDTH = 36;
    private static final int TITLE_WIDTH = 64;
    private static final int VALUE_WIDTH = 60;

    private FindingText() {
    }

    /** One line per finding: id, severity, supplier, title, review, and the status when closed ones are listed. */
    static void list(PrintWriter out, List<Finding> findings, boolean withStatus) {
        int supplierWidth = width(findings.stream().map(FindingText::supplier).toList(), "Supplier", SUPPLIER_WIDTH);
        int titleWidth = width(findings.stream().map(Finding::title).toList(), "Title", TITLE_WIDTH);
        String format = "%6s  %-8s  %-" + supplierWidth + "s  %-" + titleWidth + "s  %-14s" + (withStatus ? "  %s" : "%s");
        out.println(String.format(format, "ID", "Severity", "Supplier", "Title", "Review", withStatus ? "Status" : "")
                .stripTrailing());
        for (Finding finding : findings) {
            out.println(String.format(format, finding.id(), ChoiceWords.word(finding.severity()),
                    clip(supplier(finding), supplierWidth), clip(oneLine(finding.title()), titleWidth),
                    ChoiceWords.word(finding.review()), withStatus ? ChoiceWords.word(finding.status()) : "")
                    .stripTrailing());
        }
    }

    /** The finding with everything it rests on. */
    static void detail(PrintWriter out, MetricPack pack, Finding finding) {
        out.printf("Finding #%d: %s%n", finding.id(), oneLine(finding.title()));
        field(out, "Severity", ChoiceWords.word(finding.severity()));
        field(out, "Status", finding.status() == FindingStatus.CLOSED
                ? "closed: " + oneLine(finding.closedReason()) : "open");
        field(out, "Review", ChoiceWords.word(finding.review())
                + (finding.reviewReason() == null || finding.reviewReason().isBlank() ? ""
                        : ": " + oneLine(finding.reviewReason())));
        field(out, "Rule", finding.ruleId() + " (" + ChoiceWords.word(finding.kind()) + ")");
        field(out, "Supplier", supplier(finding) + (finding.supplierId() == null ? "" : " (#" + finding.supplierId() + ")")
                + (finding.country() == null ? "" : ", " + finding.country()));
        if (finding.site() != null && !finding.site().isBlank()) {
            field(out, "Site", finding.site());
        }
        field(out, "Period", finding.period());
        field(out, "Indicators", finding.indicators().isEmpty() ? "-"
                : finding.indicators().stream().map(id -> SummaryText.label(pack, id)).collect(Collectors.joining(", ")));
        field(out, "Explanation", oneLine(finding.explanation()));
        if (!finding.values().isEmpty()) {
            out.println("Values compared:");
            int width = finding.values().stream().mapToInt(v -> oneLine(v.label()).length()).max().orElse(0);
            for (ComparedValue value : finding.values()) {
                out.printf("  %-" + width + "s  %s%n", oneLine(value.label()), oneLine(value.value()));
            }
        }
        evidence(out, finding);
        field(out, "First seen", when(finding.firstSeen()));
        field(out, "Last seen", when(finding.lastSeen()));
        field(out, "Pack", SummaryText.shortFingerprint(finding.packFingerprint()));
    }

    private static void evidence(PrintWriter out, Finding finding) {
        int total = Math.max(finding.evidenceTotal(), finding.evidence().size());
        if (total == 0) {
            out.println("Evidence: none recorded");
            return;
        }
        out.printf("Evidence (%s):%n", finding.evidence().size() == total ? total == 1 ? "1 cell" : total + " cells"
                : "the first " + finding.evidence().size() + " of " + total + " cells");
        int width = finding.evidence().stream().mapToInt(cell -> cell.reference().length()).max().orElse(0);
        for (EvidenceCell cell : finding.evidence()) {
            String value = cell.value() == null || cell.value().isBlank() ? "" : "  " + (cell.metricId() == null ? ""
                    : cell.metricId() + " = ") + clip(oneLine(cell.value()), VALUE_WIDTH);
            out.printf("  %-" + width + "s  %s%s%n", cell.reference(), oneLine(cell.fileName()), value);
        }
    }

    private static void field(PrintWriter out, String name, String value) {
        out.printf("%-12s %s%n", name + ":", value);
    }

    private static String supplier(Finding finding) {
        return finding.supplierName() != null ? oneLine(finding.supplierName())
                : finding.supplierId() != null ? "supplier #" + finding.supplierId() : "(whole project)";
    }

    private static String when(Instant instant) {
        return instant == null ? "-" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static int width(List<String> texts, String header, int cap) {
        int widest = texts.stream().mapToInt(text -> oneLine(text).length()).max().orElse(0);
        return Math.min(cap, Math.max(header.length(), widest));
    }

    static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    /** Names, titles and reasons may hold line breaks; each stays on its line. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
