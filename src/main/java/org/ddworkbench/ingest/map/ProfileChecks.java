package org.ddworkbench.ingest.map;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ddworkbench.ingest.FileRejectedException;

/** Checks what JSON binding cannot: names present, targets that exist, one question and one answer column per long sheet. */
final class ProfileChecks {
    /** The widest sheet Excel allows (XFD). */
    private static final int MAX_COLUMN = 16_383;

    private final String source;

    ProfileChecks(String source) {
        this.source = source;
    }

    void check(MappingProfile profile) throws FileRejectedException {
        require(profile.name() != null && !profile.name().isBlank(), "$.name", "must name the profile");
        require(profile.kind() != null, "$.kind", "must say the kind of file");
        require(!profile.sheets().isEmpty(), "$.sheets", "must list at least one sheet");
        for (int s = 0; s < profile.sheets().size(); s++) {
            sheet(profile.sheets().get(s), "$.sheets[" + s + "]");
        }
    }

    private void sheet(SheetMapping sheet, String path) throws FileRejectedException {
        require(sheet.sheet() != null && !sheet.sheet().isBlank(), path + ".sheet", "must name the sheet");
        require(sheet.role() != null, path + ".role", "must say what the sheet holds");
        require(sheet.layout() != null, path + ".layout", "must be table or long");
        require(sheet.headerRow() >= 0, path + ".headerRow", "must be 0 or a row number");
        Set<Integer> seen = new HashSet<>();
        int questions = 0;
        int answers = 0;
        for (int c = 0; c < sheet.columns().size(); c++) {
            ColumnMapping column = sheet.columns().get(c);
            String at = path + ".columns[" + c + "]";
            require(column.column() >= 0 && column.column() <= MAX_COLUMN, at + ".column",
                    "must be a column index from 0 to " + MAX_COLUMN);
            require(seen.add(column.column()), at + ".column", "column " + column.column() + " is mapped twice");
            target(column.kind(), column.target(), column.unitFactor(), at);
            questions += isField(column, Field.QUESTION) ? 1 : 0;
            answers += isField(column, Field.ANSWER) ? 1 : 0;
        }
        if (sheet.layout() == Layout.LONG && sheet.role() != SheetRole.IGNORED) {
            require(questions == 1 && answers == 1, path + ".columns",
                    "a long sheet needs exactly one QUESTION column and one ANSWER column");
        }
        List<RowMapping> rows = sheet.rows();
        for (int r = 0; r < rows.size(); r++) {
            String at = path + ".rows[" + r + "]";
            require(rows.get(r).question() != null && !rows.get(r).question().isBlank(), at + ".question",
                    "must give the question text");
            target(rows.get(r).kind(), rows.get(r).target(), rows.get(r).unitFactor(), at);
        }
    }

    private void target(TargetKind kind, String target, double unitFactor, String at) throws FileRejectedException {
        require(kind != null, at + ".kind", "must be field, metric, identifier or ignore");
        require(Double.isFinite(unitFactor) && unitFactor > 0, at + ".unitFactor", "must be a number above 0");
        if (kind == TargetKind.FIELD) {
            require(target != null && isField(target), at + ".target", "\"" + target + "\" is not a field the workbench"
                    + " knows");
        } else if (kind == TargetKind.METRIC) {
            require(target != null && !target.isBlank(), at + ".target", "must give the metric id");
        }
    }

    private static boolean isField(ColumnMapping column, Field field) {
        return column.kind() == TargetKind.FIELD && field.name().equals(column.target());
    }

    private static boolean isField(String name) {
        for (Field field : Field.values()) {
            if (field.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void require(boolean ok, String path, String problem) throws FileRejectedException {
        if (!ok) {
            throw new FileRejectedException(source + ": " + path + ": " + problem);
        }
    }
}
