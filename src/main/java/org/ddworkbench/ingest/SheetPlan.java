package org.ddworkbench.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ddworkbench.ingest.map.ColumnMapping;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.RowMapping;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.value.ValueRules;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.store.WorkerSlot;

/**
 * One sheet's mapping compiled against the pack for fast row interpretation: a target per column (table
 * layouts) or per normalised question (long layouts), and for worker-level sheets the slots of a stored row.
 */
final class SheetPlan {
    /** Excel's last column is XFD (16,383); anything beyond is not a real mapping. */
    private static final int MAX_COLUMN = 16_383;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    final String sheet;
    final SheetRole role;
    final Layout layout;
    final int headerRow;
    final boolean workerLevel;
    final int questionColumn;
    final int answerColumn;
    final int commentColumn;
    final List<WorkerSlot> slots;
    private final TargetPlan[] byColumn;
    private final Map<String, TargetPlan> byQuestion;

    private SheetPlan(String sheet, SheetRole role, Layout layout, int headerRow, boolean workerLevel,
            TargetPlan[] byColumn, Map<String, TargetPlan> byQuestion, int[] longColumns, List<WorkerSlot> slots) {
        this.sheet = sheet;
        this.role = role;
        this.layout = layout;
        this.headerRow = Math.max(0, headerRow);
        this.workerLevel = workerLevel;
        this.byColumn = byColumn;
        this.byQuestion = byQuestion;
        this.questionColumn = longColumns[0];
        this.answerColumn = longColumns[1];
        this.commentColumn = longColumns[2];
        this.slots = List.copyOf(slots);
    }

    /** The same plan for a sheet of another name (a CSV file's single sheet is named after the file). */
    SheetPlan forSheet(String name) {
        return new SheetPlan(name, role, layout, headerRow, workerLevel, byColumn, byQuestion,
                new int[] {questionColumn, answerColumn, commentColumn}, slots);
    }

    /**
     * Compiles {@code mapping}; records dropped, pseudonymised and banded columns in {@code deid}.
     *
     * @throws FileRejectedException when the mapping names a metric or field that does not exist
     */
    static SheetPlan compile(String fileName, SheetMapping mapping, MetricPack pack, boolean workerLevelKind,
            DeidentificationTally deid) throws FileRejectedException {
        boolean workerLevel = workerLevelKind || mapping.role() == SheetRole.RESPONDENTS
                || mapping.role() == SheetRole.CASES;
        if (workerLevel && mapping.layout() == Layout.LONG) {
            throw new FileRejectedException("The mapping of " + fileName + ", sheet \"" + mapping.sheet()
                    + "\", reads worker-level data as a question list; it needs a row per worker or case.");
        }
        int maxColumn = -1;
        for (ColumnMapping c : mapping.columns()) {
            if (c.column() < 0 || c.column() > MAX_COLUMN) {
                throw new FileRejectedException("The mapping of " + fileName + ", sheet \"" + mapping.sheet()
                        + "\", names a column that does not exist (" + c.column() + ").");
            }
            maxColumn = Math.max(maxColumn, c.column());
        }
        TargetPlan[] byColumn = new TargetPlan[maxColumn + 1];
        int[] longColumns = {-1, -1, -1};
        List<WorkerSlot> slots = new ArrayList<>();
        for (ColumnMapping c : mapping.columns()) {
            String header = c.header() == null ? "" : c.header();
            if (mapping.layout() == Layout.LONG && c.kind() == TargetKind.FIELD) {
                Field field = field(fileName, mapping, c.target(), header);
                switch (field) {
                    case QUESTION -> longColumns[0] = c.column();
                    case ANSWER -> longColumns[1] = c.column();
                    case COMMENT -> longColumns[2] = c.column();
                    default -> { }
                }
            }
            TargetPlan target = target(fileName, mapping, header, c.kind(), c.target(), c.translations(),
                    c.unitFactor(), pack, workerLevel, deid, slots, c.column());
            byColumn[c.column()] = target;
        }
        Map<String, TargetPlan> byQuestion = new HashMap<>();
        if (mapping.layout() == Layout.LONG) {
            if (longColumns[0] < 0 || longColumns[1] < 0) {
                throw new FileRejectedException("The mapping of " + fileName + ", sheet \"" + mapping.sheet()
                        + "\", does not say which columns hold the questions and the answers.");
            }
            for (RowMapping r : mapping.rows()) {
                String question = r.question() == null ? "" : r.question();
                byQuestion.putIfAbsent(questionKey(question), target(fileName, mapping, question, r.kind(),
                        r.target(), r.translations(), r.unitFactor(), pack, false, deid, null, -1));
            }
        }
        return new SheetPlan(mapping.sheet(), mapping.role(), mapping.layout(), mapping.headerRow(), workerLevel,
                byColumn, byQuestion, longColumns, slots);
    }

    private static TargetPlan target(String fileName, SheetMapping mapping, String header, TargetKind kind,
            String target, Map<String, String> translations, double unitFactor, MetricPack pack, boolean workerLevel,
            DeidentificationTally deid, List<WorkerSlot> slots, int column) throws FileRejectedException {
        ValueRules rules = new ValueRules(translations, unitFactor == 0 ? 1.0 : unitFactor);
        switch (kind) {
            case IDENTIFIER -> {
                deid.dropped(header);
                return new TargetPlan(header, kind, null, null, rules, false, -1);
            }
            case IGNORE -> {
                return new TargetPlan(header, kind, null, null, rules, false, -1);
            }
            case FIELD -> {
                Field field = field(fileName, mapping, target, header);
                int slot = -1;
                if (workerLevel && slots != null && (field == Field.FREE_TEXT || field == Field.GRIEVANCE_CHANNEL)) {
                    slot = slots.size();
                    slots.add(new WorkerSlot(field == Field.FREE_TEXT ? "_free_text" : "_channel", column));
                }
                if (field == Field.RESPONDENT_KEY) {
                    deid.pseudonymised(header);
                } else if (field == Field.COMMENT && workerLevel) {
                    deid.dropped(header);
                }
                return new TargetPlan(header, kind, field, null, rules, false, slot);
            }
            default -> {
                Metric metric = pack.metric(target == null ? "" : target).orElseThrow(() -> new FileRejectedException(
                        "The mapping of " + fileName + ", sheet \"" + mapping.sheet() + "\", sends \"" + header
                                + "\" to the metric \"" + target + "\", which the project's metric pack does not have."));
                boolean banded = workerLevel && isQuasiIdentifier(metric);
                if (banded) {
                    deid.banded(header);
                }
                int slot = -1;
                if (workerLevel && slots != null) {
                    slot = slots.size();
                    slots.add(new WorkerSlot(metric.id(), column));
                }
                return new TargetPlan(header, kind, null, metric, rules, banded, slot);
            }
        }
    }

    private static Field field(String fileName, SheetMapping mapping, String target, String header)
            throws FileRejectedException {
        try {
            return Field.valueOf(target == null ? "" : target);
        } catch (IllegalArgumentException e) {
            throw new FileRejectedException("The mapping of " + fileName + ", sheet \"" + mapping.sheet()
                    + "\", sends \"" + header + "\" to \"" + target + "\", which is not a field the workbench knows.", e);
        }
    }

    /** Ages (and any whole number of years) single people out in small groups, so they are stored as bands. */
    static boolean isQuasiIdentifier(Metric metric) {
        return "age_years".equals(metric.id())
                || metric.type() == MetricType.INTEGER && "years".equalsIgnoreCase(metric.unit());
    }

    /** Questions match ignoring case, width forms and runs of spaces. */
    static String questionKey(String question) {
        return SPACES.matcher(Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
    }

    /** The target of a zero-based column, or null when the column is not mapped. */
    TargetPlan column(int column) {
        return column >= 0 && column < byColumn.length ? byColumn[column] : null;
    }

    /** The target of a question as written, or null when the question is not mapped. */
    TargetPlan question(String question) {
        return byQuestion.get(questionKey(question));
    }
}
