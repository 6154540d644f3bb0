package org.ddworkbench.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.ingest.read.RowHandler;
import org.ddworkbench.ingest.read.SheetInfo;
import org.ddworkbench.ingest.template.TemplateWriter;
import org.ddworkbench.task.CancellationToken;

/**
 * One streaming pass over every mapped sheet of a file: interprets each data row, records problems, and hands
 * the valid records to a {@link RecordStorer} (which writes them, or only counts them for a preview). Audit
 * files are assembled whole, since their findings and observations belong to the audit described elsewhere.
 */
final class FilePass implements RowHandler {
    private final Map<String, SheetPlan> plans;
    private final CellInterpreter cells;
    private final ProblemList problems;
    private final RecordStorer storer;
    private final AuditAssembler audits;
    private final CancellationToken cancellation;
    private final ProgressMeter progress;
    private final boolean singleSheetFile;
    private final List<String> hiddenSheets = new ArrayList<>();
    private final Set<String> sheetsRead = new HashSet<>();
    private SheetPlan plan;
    private RowValues sheetValues;
    private List<Integer> sheetRows;
    private int rowsRead;

    FilePass(Map<String, SheetPlan> plans, CellInterpreter cells, ProblemList problems, RecordStorer storer,
            AuditAssembler audits, CancellationToken cancellation, ProgressMeter progress, boolean singleSheetFile) {
        this.plans = plans;
        this.singleSheetFile = singleSheetFile;
        this.cells = cells;
        this.problems = problems;
        this.storer = storer;
        this.audits = audits;
        this.cancellation = cancellation;
        this.progress = progress;
    }

    @Override
    public boolean startSheet(SheetInfo sheet) {
        if (sheet.hidden()) {
            if (!TemplateWriter.MARKER_SHEET.equals(sheet.name())) {
                hiddenSheets.add(sheet.name());
            }
            return false;
        }
        SheetPlan found = plans.get(sheet.name());
        if (found == null && singleSheetFile) {
            found = onlyDataPlan();
        }
        if (found == null || found.role == SheetRole.IGNORED) {
            plan = null;
            return false;
        }
        sheetsRead.add(found.sheet);
        plan = found.sheet.equals(sheet.name()) ? found : found.forSheet(sheet.name());
        sheetValues = new RowValues(plan.sheet, 0, 0);
        sheetRows = new ArrayList<>();
        return true;
    }

    @Override
    public void row(int rowNumber, List<RawCell> rowCells) {
        if (plan == null || rowNumber <= plan.headerRow) {
            return;
        }
        cancellation.throwIfCancelled();
        rowsRead++;
        if (plan.layout == Layout.LONG) {
            longRow(rowNumber, rowCells);
        } else {
            tableRow(rowNumber, rowCells);
        }
        progress.row();
    }

    @Override
    public void endSheet(SheetInfo sheet) {
        if (plan != null && plan.layout == Layout.LONG) {
            endLongSheet();
        }
        plan = null;
        sheetValues = null;
        sheetRows = null;
    }

    /** Completes the pass: reports mapped sheets the file lacks, assembles and hands over the audit. */
    void finish() {
        for (SheetPlan expected : plans.values()) {
            if (expected.role != SheetRole.IGNORED && !sheetsRead.contains(expected.sheet)) {
                problems.add(expected.sheet, 0, "", "", hiddenSheets.contains(expected.sheet)
                        ? "the mapping reads this sheet, but it is hidden in the file and hidden sheets are not imported"
                        : "the mapping reads this sheet, but the file has no sheet of that name");
            }
        }
        audits.finish(storer);
    }

    /** For a CSV file: the mapping's one data sheet, whatever the file (and so the sheet) is called. */
    private SheetPlan onlyDataPlan() {
        List<SheetPlan> data = plans.values().stream().filter(p -> p.role != SheetRole.IGNORED).toList();
        return data.size() == 1 ? data.get(0) : null;
    }

    int rowsRead() {
        return rowsRead;
    }

    List<String> hiddenSheets() {
        return List.copyOf(hiddenSheets);
    }

    private void tableRow(int rowNumber, List<RawCell> rowCells) {
        RowValues values = new RowValues(plan.sheet, rowNumber, plan.slots.size());
        long before = problems.count();
        for (RawCell cell : rowCells) {
            TargetPlan target = plan.column(cell.column());
            if (target != null) {
                cells.apply(target, cell, rowNumber, values, plan.workerLevel);
            }
        }
        if (problems.count() != before) {
            return;
        }
        switch (plan.role) {
            case AUDIT -> audits.auditRow(values);
            case FINDINGS -> audits.finding(values);
            default -> {
                if (values.supplierName() == null) {
                    problems.add(plan.sheet, rowNumber, "", "", "the row names no supplier");
                } else if (plan.workerLevel) {
                    storer.workerRecord(plan, values);
                } else {
                    storer.supplierRecord(plan, values);
                }
            }
        }
    }

    private void longRow(int rowNumber, List<RawCell> rowCells) {
        RawCell question = null;
        RawCell answer = null;
        RawCell comment = null;
        for (RawCell cell : rowCells) {
            if (cell.column() == plan.questionColumn) {
                question = cell;
            } else if (cell.column() == plan.answerColumn) {
                answer = cell;
            } else if (cell.column() == plan.commentColumn) {
                comment = cell;
            }
        }
        sheetRows.add(rowNumber);
        TargetPlan target = question == null ? null : plan.question(question.text());
        if (target == null) {
            return;
        }
        if (answer != null) {
            cells.apply(target, answer, rowNumber, sheetValues, false);
        }
        if (comment != null && plan.commentColumn >= 0 && !problems.isInvalid(plan.sheet, rowNumber)) {
            TargetPlan commentTarget = plan.column(plan.commentColumn);
            if (commentTarget != null) {
                cells.apply(commentTarget, comment, rowNumber, sheetValues, false);
            }
        }
    }

    private void endLongSheet() {
        if (plan.role == SheetRole.AUDIT) {
            audits.auditSheet(sheetValues, sheetRows);
            return;
        }
        if (sheetValues.supplierName() == null) {
            problems.add(plan.sheet, 0, "", "", "the sheet does not name the supplier (no answer to the company"
                    + " name question)");
            sheetRows.forEach(r -> problems.invalidate(plan.sheet, r));
            return;
        }
        storer.supplierRecord(plan, sheetValues);
    }
}
