package org.ddworkbench.ingest.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;

/**
 * Tells what kind of file a preview is by mapping it as each kind and weighing the evidence: metrics only
 * that kind collects, fields typical of it (address and tier for supplier lists, scheme and findings for
 * audits, channel for grievances, identifiers for surveys), and sheet names, sheet titles and the file name.
 * Refuses to guess when two kinds fit about as well.
 */
final class KindDetector {
    private static final double MIN_EVIDENCE = 1.0;
    private static final double CLEAR_RATIO = 1.5;
    private static final double CLEAR_LEAD = 2.5;
    private static final double SHEET_NAME_HINT = 2.0;
    private static final double FILE_NAME_HINT = 1.0;
    private static final double TITLE_HINT = 1.5;
    private static final int MAX_TITLE = 200;

    private static final Map<DataSourceKind, Pattern> NAMES = new EnumMap<>(Map.of(
            DataSourceKind.SUPPLIER_LIST, Pattern.compile("supplier|vendor|factor(y|ies)|master"),
            DataSourceKind.SAQ, Pattern.compile("\\bsaq\\b|self.?assess|questionnaire"),
            DataSourceKind.AUDIT, Pattern.compile("audit|finding|observation|non.?conformit|\\bcap\\b"),
            DataSourceKind.WORKER_SURVEY, Pattern.compile("survey|respon(se|dent)|worker.?voice"),
            DataSourceKind.GRIEVANCE, Pattern.compile("grievance|complaint|hotline|\\bcases?\\b")));

    private final FileMapper files;

    KindDetector(FileMapper files) {
        this.files = files;
    }

    /** The file's mapping as the kind it most clearly is. */
    FileMapper.Mapped detect(FilePreview preview, MetricPack pack) throws FileRejectedException {
        var shapes = files.shapes(preview);
        List<Scored> scored = new ArrayList<>();
        for (DataSourceKind kind : DataSourceKind.values()) {
            FileMapper.Mapped mapped = files.map(preview, shapes, kind);
            scored.add(new Scored(mapped, evidence(mapped, preview, pack)));
        }
        scored.sort(Comparator.comparingDouble(Scored::evidence).reversed());
        Scored best = scored.get(0);
        Scored second = scored.get(1);
        if (best.evidence() < MIN_EVIDENCE || !best.mapped().mapsAnything()) {
            throw new FileRejectedException(preview.fileName() + ": the workbench could not recognise this file as a"
                    + " supplier list, SAQ, audit workbook, worker survey or grievance log; none of its headers"
                    + " matches the metric pack. Choose the kind of file and map its columns.");
        }
        boolean clear = best.evidence() >= CLEAR_RATIO * second.evidence()
                || best.evidence() - second.evidence() >= CLEAR_LEAD;
        if (!clear) {
            throw new FileRejectedException(preview.fileName() + ": the workbench could not tell whether this file is "
                    + describe(best.mapped().kind()) + " or " + describe(second.mapped().kind())
                    + "; its headers fit both. Choose the kind of file.");
        }
        return best.mapped();
    }

    /** How a kind is named to the user, with its article. */
    static String describe(DataSourceKind kind) {
        return switch (kind) {
            case SUPPLIER_LIST -> "a supplier list";
            case SAQ -> "a self-assessment questionnaire (SAQ)";
            case AUDIT -> "an audit workbook";
            case WORKER_SURVEY -> "a worker survey";
            case GRIEVANCE -> "a grievance log";
        };
    }

    private record Scored(FileMapper.Mapped mapped, double evidence) {
    }

    private static double evidence(FileMapper.Mapped mapped, FilePreview preview, MetricPack pack) {
        DataSourceKind kind = mapped.kind();
        double evidence = 0;
        boolean sheetHint = false;
        for (SheetMapping sheet : mapped.sheets()) {
            if (sheet.role() == SheetRole.IGNORED) {
                continue;
            }
            sheetHint |= NAMES.get(kind).matcher(sheet.sheet().toLowerCase(Locale.ROOT)).find();
            for (ColumnMapping column : sheet.columns()) {
                evidence += weight(column.kind(), column.target(), kind, pack);
            }
            for (RowMapping row : sheet.rows()) {
                evidence += weight(row.kind(), row.target(), kind, pack);
            }
        }
        if (evidence == 0) {
            return 0;
        }
        Pattern names = NAMES.get(kind);
        if (sheetHint) {
            evidence += SHEET_NAME_HINT;
        }
        if (preview.sheets().stream().anyMatch(sheet -> names.matcher(title(sheet)).find())) {
            evidence += TITLE_HINT;
        }
        if (names.matcher(preview.fileName().toLowerCase(Locale.ROOT)).find()) {
            evidence += FILE_NAME_HINT;
        }
        return evidence;
    }

    /** The text in the first cell of a sheet's first row, where workbooks put their title. */
    private static String title(FilePreview.SheetPreview sheet) {
        return sheet.rows().keySet().stream().min(Integer::compare)
                .map(first -> sheet.rows().get(first))
                .filter(cells -> !cells.isEmpty())
                .map(cells -> cells.get(0).text())
                .map(text -> text.length() > MAX_TITLE ? text.substring(0, MAX_TITLE) : text)
                .map(text -> text.toLowerCase(Locale.ROOT))
                .orElse("");
    }

    /** How much one mapped column or question says for {@code kind}. */
    private static double weight(TargetKind target, String id, DataSourceKind kind, MetricPack pack) {
        return switch (target) {
            case METRIC -> {
                Optional<Metric> metric = pack.metric(id);
                yield metric.map(m -> m.collectedBy().contains(kind) ? 1.0 / m.collectedBy().size() : 0.0).orElse(0.0);
            }
            case IDENTIFIER -> kind == DataSourceKind.WORKER_SURVEY ? 0.5 : 0.2;
            case FIELD -> fieldWeight(Field.valueOf(id), kind);
            case IGNORE -> 0.0;
        };
    }

    private static double fieldWeight(Field field, DataSourceKind kind) {
        return switch (field) {
            case SUPPLIER_NAME, SUPPLIER_COUNTRY -> kind == DataSourceKind.SUPPLIER_LIST ? 0.5 : 0.3;
            case SUPPLIER_ADDRESS, SUPPLIER_SECTOR, SUPPLIER_TIER, SUPPLIER_EXTERNAL_ID ->
                    kind == DataSourceKind.SUPPLIER_LIST ? 1.0 : 0.3;
            case OBSERVED_ON -> 0.2;
            case SITE_NAME, AUDIT_SCHEME, AUDITOR_FIRM, FINDING_CLAUSE, FINDING_DESCRIPTION, FINDING_SEVERITY,
                    FINDING_STATUS -> kind == DataSourceKind.AUDIT ? 1.0 : 0.0;
            case GRIEVANCE_CHANNEL -> kind == DataSourceKind.GRIEVANCE ? 1.0 : 0.0;
            case FREE_TEXT -> kind == DataSourceKind.GRIEVANCE ? 0.5 : 0.2;
            case RESPONDENT_KEY -> 0.5;
            case QUESTION, ANSWER, COMMENT -> 0.0;
        };
    }
}
