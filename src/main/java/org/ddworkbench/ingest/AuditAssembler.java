package org.ddworkbench.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.FindingScale;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.Severity;

/**
 * Gathers an audit workbook's parts as they stream by (the audit's facts, its findings, its observed values,
 * in whatever sheet order) and, at the end, checks them as a whole: the audit names its site and date, and each
 * finding's severity is a level of the scheme's scale in the pack, mapped to the internal severity.
 */
final class AuditAssembler {
    /** A finding ready to store, with its internal severity (null when the file gave none). */
    record Finding(RowValues row, Severity severity) {
    }

    private final MetricPack pack;
    private final ProblemList problems;
    private final Map<String, List<Integer>> sheetAuditRows = new LinkedHashMap<>();
    private final List<RowValues> tableAudits = new ArrayList<>();
    private final List<RowValues> findings = new ArrayList<>();
    private RowValues sheetAudit;

    AuditAssembler(MetricPack pack, ProblemList problems) {
        this.pack = pack;
        this.problems = problems;
    }

    /** A long sheet of audit facts or observations; all such sheets of a file describe one audit. */
    void auditSheet(RowValues values, List<Integer> rows) {
        if (sheetAudit == null) {
            sheetAudit = values;
        } else {
            merge(sheetAudit, values);
        }
        sheetAuditRows.computeIfAbsent(values.sheet, s -> new ArrayList<>()).addAll(rows);
    }

    /** A row of an audit table: one audit per row. */
    void auditRow(RowValues values) {
        tableAudits.add(values);
    }

    void finding(RowValues values) {
        findings.add(values);
    }

    /** Checks what was gathered and hands each valid audit with its valid findings to {@code storer}. */
    void finish(RecordStorer storer) {
        List<RowValues> audits = new ArrayList<>();
        if (sheetAudit != null) {
            audits.add(sheetAudit);
        }
        audits.addAll(tableAudits);
        if (audits.isEmpty()) {
            if (!findings.isEmpty()) {
                problems.add(findings.get(0).sheet, 0, "", "", "the file has findings but no audit they belong to");
                findings.forEach(f -> problems.invalidate(f.sheet, f.row));
            }
            return;
        }
        List<RowValues> attachable = findings;
        if (audits.size() > 1 && !findings.isEmpty()) {
            problems.add(findings.get(0).sheet, 0, "", "", "the file describes several audits, so its findings"
                    + " cannot be attached to one of them");
            findings.forEach(f -> problems.invalidate(f.sheet, f.row));
            attachable = List.of();
        }
        for (RowValues meta : audits) {
            LocalDate date = auditDate(meta);
            String missing = meta.supplierName() == null ? "the audit does not name the audited site or supplier"
                    : date == null ? "the audit has no valid audit date" : null;
            if (missing != null) {
                reportWholeAudit(meta, missing, attachable);
                continue;
            }
            storer.audit(meta, date, severities(meta.scheme, attachable));
        }
    }

    private void reportWholeAudit(RowValues meta, String reason, List<RowValues> attachable) {
        if (meta == sheetAudit) {
            problems.add(sheetAuditRows.keySet().iterator().next(), 0, "", "", reason);
            sheetAuditRows.forEach((sheet, rows) -> rows.forEach(r -> problems.invalidate(sheet, r)));
        } else {
            problems.add(meta.sheet, meta.row, "", "", reason);
        }
        attachable.forEach(f -> problems.invalidate(f.sheet, f.row));
    }

    private List<Finding> severities(String scheme, List<RowValues> rows) {
        FindingScale scale = scale(scheme);
        List<Finding> valid = new ArrayList<>();
        for (RowValues f : rows) {
            if (f.severity == null) {
                valid.add(new Finding(f, null));
                continue;
            }
            String column = RawCell.columnLetters(f.severityColumn) + " \"" + f.severityHeader + "\"";
            if (scale == null) {
                problems.add(f.sheet, f.row, column, f.severity, "the audit's scheme"
                        + (scheme == null ? " is not given" : " has no finding scale in the metric pack")
                        + ", so the severity cannot be mapped");
                continue;
            }
            Severity severity = level(scale, f.severity);
            if (severity == null) {
                problems.add(f.sheet, f.row, column, f.severity, "not a level of the " + scale.label()
                        + " scale (" + String.join(", ", scale.levels().keySet()) + ")");
                continue;
            }
            valid.add(new Finding(f, severity));
        }
        return valid;
    }

    private LocalDate auditDate(RowValues meta) {
        if (meta.observedOn != null) {
            return meta.observedOn;
        }
        for (SourcedValue v : meta.values) {
            if ("audit_date".equals(v.metricId()) && v.value() instanceof LocalDate date) {
                return date;
            }
        }
        return null;
    }

    /** The pack's scale for a scheme as audit reports write it ("amfori BSCI" is "amfori-bsci"). */
    private FindingScale scale(String scheme) {
        if (scheme == null) {
            return null;
        }
        String written = compact(scheme);
        for (FindingScale scale : pack.findingScales()) {
            if (written.equals(compact(scale.scheme())) || written.equals(compact(scale.label()))) {
                return scale;
            }
        }
        for (FindingScale scale : pack.findingScales()) {
            String id = compact(scale.scheme());
            if (!id.isEmpty() && written.startsWith(id)) {
                return scale;
            }
        }
        return null;
    }

    private static Severity level(FindingScale scale, String written) {
        String key = written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Severity> level : scale.levels().entrySet()) {
            if (level.getKey().strip().toLowerCase(Locale.ROOT).equals(key)) {
                return level.getValue();
            }
        }
        return null;
    }

    private static String compact(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static void merge(RowValues into, RowValues more) {
        into.values.addAll(more.values);
        if (into.name == null) {
            into.name = more.name;
            into.nameRow = more.nameRow;
        }
        into.country = into.country != null ? into.country : more.country;
        into.address = into.address != null ? into.address : more.address;
        into.sector = into.sector != null ? into.sector : more.sector;
        into.tier = into.tier != null ? into.tier : more.tier;
        into.externalId = into.externalId != null ? into.externalId : more.externalId;
        into.observedOn = into.observedOn != null ? into.observedOn : more.observedOn;
        into.site = into.site != null ? into.site : more.site;
        into.scheme = into.scheme != null ? into.scheme : more.scheme;
        into.auditorFirm = into.auditorFirm != null ? into.auditorFirm : more.auditorFirm;
    }
}
