package org.ddworkbench.ingest.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ddworkbench.ingest.map.ColumnMapping;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.RowMapping;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.map.TemplateMappings;
import org.ddworkbench.ingest.map.TemplateMarker;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.FindingScale;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;

/**
 * The single definition of every import template's sheets, columns and rows, built from the pack: the
 * template writer lays workbooks out from it and the suggester maps filled-in templates back with it, so a
 * filled template imports exactly. Templates never ask for names, phone numbers or other direct identifiers.
 */
public final class TemplateLayouts implements TemplateMappings {
    /** Changes whenever a layout changes, so old templates are recognised as such. */
    public static final String VERSION = "1";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    /** The fixed columns of a long sheet; only the first two are read. */
    public static final List<String> LONG_HEADERS = List.of("Question", "Answer", "Unit", "Help");
    /** Finding statuses offered in the drop-down (the SMETA corrective-action statuses). */
    static final List<String> FINDING_STATUSES = List.of("open", "progress made", "closed");
    private static final int MAX_TIER = 10;
    private static final int WIDE = 40;
    private static final int NORMAL = 22;

    @Override
    public String templateVersion() {
        return VERSION;
    }

    /** The layout of the template of {@code kind} for {@code pack}. */
    public TemplateLayout layout(MetricPack pack, DataSourceKind kind) {
        return switch (kind) {
            case SUPPLIER_LIST -> new TemplateLayout(kind, List.of(table("Suppliers", SheetRole.SUPPLIERS,
                    supplierColumns(), metrics(pack, kind, m -> true))));
            case SAQ -> new TemplateLayout(kind, List.of(longSheet("SAQ", SheetRole.ANSWERS, saqFields(),
                    metrics(pack, kind, m -> true))));
            case AUDIT -> new TemplateLayout(kind, List.of(
                    longSheet("Audit", SheetRole.AUDIT, auditFields(pack), metrics(pack, kind, TemplateLayouts::isSiteLevel)),
                    table("Findings", SheetRole.FINDINGS, findingColumns(pack), List.of()),
                    longSheet("Observations", SheetRole.AUDIT, List.of(), metrics(pack, kind, m -> !isSiteLevel(m)))));
            case WORKER_SURVEY -> new TemplateLayout(kind, List.of(table("Responses", SheetRole.RESPONDENTS, List.of(
                    field("Respondent key", Field.RESPONDENT_KEY, TemplateLayout.InputRule.ANY, NORMAL),
                    field("Supplier name", Field.SUPPLIER_NAME, TemplateLayout.InputRule.ANY, WIDE),
                    field("Interview date", Field.OBSERVED_ON, TemplateLayout.InputRule.DATE, NORMAL)),
                    metrics(pack, kind, m -> true))));
            case GRIEVANCE -> new TemplateLayout(kind, List.of(grievanceSheet(pack)));
        };
    }

    @Override
    public MappingProfile profile(MetricPack pack, DataSourceKind kind) {
        List<SheetMapping> sheets = new ArrayList<>();
        sheets.add(new SheetMapping(INSTRUCTIONS_SHEET, SheetRole.IGNORED, Layout.TABLE, 0, List.of(), List.of()));
        for (TemplateLayout.Sheet sheet : layout(pack, kind).sheets()) {
            List<ColumnMapping> columns = new ArrayList<>();
            for (int i = 0; i < sheet.columns().size(); i++) {
                TemplateLayout.Column column = sheet.columns().get(i);
                columns.add(new ColumnMapping(i, column.header(), column.kind(), column.target(), Map.of(), 1.0));
            }
            List<RowMapping> rows = sheet.rows().stream()
                    .map(r -> new RowMapping(r.question(), r.kind(), r.target(), Map.of(), 1.0))
                    .toList();
            sheets.add(new SheetMapping(sheet.name(), sheet.role(), sheet.layout(), 1, columns, rows));
        }
        return new MappingProfile("template " + TemplateMarker.kindName(kind), kind, "", true, sheets);
    }

    /** The header of a metric's table column: its label with its unit ("Total weekly hours (hours-per-week)"). */
    static String metricHeader(Metric metric) {
        return metric.unit() == null || metric.unit().isBlank() ? metric.label()
                : metric.label() + " (" + metric.unit() + ")";
    }

    /** What a metric's input cell accepts. */
    static TemplateLayout.InputRule rule(Metric metric) {
        return switch (metric.type()) {
            case BOOLEAN -> TemplateLayout.InputRule.list(List.of("yes", "no"));
            case CHOICE -> TemplateLayout.InputRule.list(metric.allowedValues());
            case NUMBER -> new TemplateLayout.InputRule(TemplateLayout.InputRule.Type.DECIMAL, List.of(), metric.min(),
                    metric.max());
            case PERCENT -> new TemplateLayout.InputRule(TemplateLayout.InputRule.Type.DECIMAL, List.of(),
                    metric.min() == null ? 0.0 : metric.min(), metric.max() == null ? 100.0 : metric.max());
            case INTEGER -> new TemplateLayout.InputRule(TemplateLayout.InputRule.Type.WHOLE, List.of(), metric.min(),
                    metric.max());
            case DATE -> TemplateLayout.InputRule.DATE;
            case TEXT -> TemplateLayout.InputRule.ANY;
        };
    }

    private static boolean isSiteLevel(Metric metric) {
        return metric.level() == MetricLevel.SITE;
    }

    private static TemplateLayout.Sheet table(String name, SheetRole role, List<TemplateLayout.Column> fields,
            List<Metric> metrics) {
        List<TemplateLayout.Column> columns = new ArrayList<>(fields);
        metrics.forEach(metric -> columns.add(metricColumn(metric)));
        return new TemplateLayout.Sheet(name, role, Layout.TABLE, columns, List.of());
    }

    private static TemplateLayout.Column metricColumn(Metric metric) {
        String header = metricHeader(metric);
        int width = metric.type() == MetricType.BOOLEAN ? NORMAL : Math.max(NORMAL, Math.min(WIDE, header.length()));
        return new TemplateLayout.Column(header, TargetKind.METRIC, metric.id(), rule(metric), width);
    }

    private static TemplateLayout.Sheet longSheet(String name, SheetRole role, List<TemplateLayout.Row> fields,
            List<Metric> metrics) {
        List<TemplateLayout.Row> rows = new ArrayList<>(fields);
        for (Metric metric : metrics) {
            rows.add(new TemplateLayout.Row(metric.label(), TargetKind.METRIC, metric.id(),
                    metric.unit() == null ? "" : metric.unit(), metric.description(), rule(metric)));
        }
        List<TemplateLayout.Column> columns = List.of(
                field(LONG_HEADERS.get(0), Field.QUESTION, TemplateLayout.InputRule.ANY, 48),
                field(LONG_HEADERS.get(1), Field.ANSWER, TemplateLayout.InputRule.ANY, 28),
                new TemplateLayout.Column(LONG_HEADERS.get(2), TargetKind.IGNORE, null, TemplateLayout.InputRule.ANY, 18),
                new TemplateLayout.Column(LONG_HEADERS.get(3), TargetKind.IGNORE, null, TemplateLayout.InputRule.ANY, 70));
        return new TemplateLayout.Sheet(name, role, Layout.LONG, columns, rows);
    }

    private static List<TemplateLayout.Column> supplierColumns() {
        return List.of(
                field("Supplier name", Field.SUPPLIER_NAME, TemplateLayout.InputRule.ANY, WIDE),
                field("Country", Field.SUPPLIER_COUNTRY, TemplateLayout.InputRule.ANY, NORMAL),
                field("Address", Field.SUPPLIER_ADDRESS, TemplateLayout.InputRule.ANY, WIDE),
                field("Sector", Field.SUPPLIER_SECTOR, TemplateLayout.InputRule.ANY, NORMAL),
                field("Tier", Field.SUPPLIER_TIER, tierRule(), 10),
                field("External id", Field.SUPPLIER_EXTERNAL_ID, TemplateLayout.InputRule.ANY, NORMAL));
    }

    private static List<TemplateLayout.Row> saqFields() {
        return List.of(
                row("Supplier name", Field.SUPPLIER_NAME, TemplateLayout.InputRule.ANY),
                row("Country", Field.SUPPLIER_COUNTRY, TemplateLayout.InputRule.ANY),
                row("Sector", Field.SUPPLIER_SECTOR, TemplateLayout.InputRule.ANY),
                row("Tier", Field.SUPPLIER_TIER, tierRule()),
                row("External id", Field.SUPPLIER_EXTERNAL_ID, TemplateLayout.InputRule.ANY),
                row("Date completed", Field.OBSERVED_ON, TemplateLayout.InputRule.DATE));
    }

    private static List<TemplateLayout.Row> auditFields(MetricPack pack) {
        List<String> schemes = pack.findingScales().stream().map(FindingScale::scheme).toList();
        return List.of(
                row("Supplier name", Field.SUPPLIER_NAME, TemplateLayout.InputRule.ANY),
                row("Country", Field.SUPPLIER_COUNTRY, TemplateLayout.InputRule.ANY),
                row("Site name", Field.SITE_NAME, TemplateLayout.InputRule.ANY),
                row("Scheme", Field.AUDIT_SCHEME, schemes.isEmpty() ? TemplateLayout.InputRule.ANY : TemplateLayout.InputRule.list(schemes)),
                row("Auditor firm", Field.AUDITOR_FIRM, TemplateLayout.InputRule.ANY));
    }

    private static List<TemplateLayout.Column> findingColumns(MetricPack pack) {
        Set<String> levels = new LinkedHashSet<>();
        for (FindingScale scale : pack.findingScales()) {
            scale.levels().keySet().stream().sorted().forEach(levels::add);
        }
        return List.of(
                field("Clause", Field.FINDING_CLAUSE, TemplateLayout.InputRule.ANY, 30),
                field("Description", Field.FINDING_DESCRIPTION, TemplateLayout.InputRule.ANY, 70),
                field("Severity", Field.FINDING_SEVERITY,
                        levels.isEmpty() ? TemplateLayout.InputRule.ANY : TemplateLayout.InputRule.list(List.copyOf(levels)),
                        NORMAL),
                field("Status", Field.FINDING_STATUS, TemplateLayout.InputRule.list(FINDING_STATUSES), 16));
    }

    /** Case, supplier, date and channel; the choice metrics (category); the description; the other metrics. */
    private static TemplateLayout.Sheet grievanceSheet(MetricPack pack) {
        List<Metric> metrics = metrics(pack, DataSourceKind.GRIEVANCE, m -> true);
        List<TemplateLayout.Column> columns = new ArrayList<>(List.of(
                field("Case reference", Field.RESPONDENT_KEY, TemplateLayout.InputRule.ANY, NORMAL),
                field("Supplier name", Field.SUPPLIER_NAME, TemplateLayout.InputRule.ANY, WIDE),
                field("Date received", Field.OBSERVED_ON, TemplateLayout.InputRule.DATE, NORMAL),
                field("Channel", Field.GRIEVANCE_CHANNEL, TemplateLayout.InputRule.ANY, NORMAL)));
        metrics.stream().filter(m -> m.type() == MetricType.CHOICE).forEach(m -> columns.add(metricColumn(m)));
        columns.add(field("Description", Field.FREE_TEXT, TemplateLayout.InputRule.ANY, 70));
        metrics.stream().filter(m -> m.type() != MetricType.CHOICE).forEach(m -> columns.add(metricColumn(m)));
        return new TemplateLayout.Sheet("Cases", SheetRole.CASES, Layout.TABLE, columns, List.of());
    }

    private static List<Metric> metrics(MetricPack pack, DataSourceKind kind, Predicate<Metric> which) {
        return pack.metrics().stream().filter(m -> m.collectedBy().contains(kind)).filter(which).toList();
    }

    private static TemplateLayout.InputRule tierRule() {
        return new TemplateLayout.InputRule(TemplateLayout.InputRule.Type.WHOLE, List.of(), 1.0, (double) MAX_TIER);
    }

    private static TemplateLayout.Column field(String header, Field field, TemplateLayout.InputRule rule, int width) {
        return new TemplateLayout.Column(header, TargetKind.FIELD, field.name(), rule, width);
    }

    private static TemplateLayout.Row row(String question, Field field, TemplateLayout.InputRule rule) {
        return new TemplateLayout.Row(question, TargetKind.FIELD, field.name(), "", TemplateTexts.fieldHelp(field), rule);
    }
}
