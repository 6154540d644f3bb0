package org.ddworkbench.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ddworkbench.ingest.map.ColumnMapping;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingSuggestion;
import org.ddworkbench.ingest.map.RowMapping;
import org.ddworkbench.ingest.map.SheetMapping;

/** Turns a mapping into table rows and applies one edited row back onto the mapping. */
public final class MappingRows {
    private MappingRows() {
    }

    /** A row per mapped column and per long-layout question, sheet by sheet. */
    public static List<MappingRow> of(MappingSuggestion suggestion, TargetChoices choices) {
        return of(suggestion.profile(), suggestion, Set.of(), choices);
    }

    /**
     * Rows of {@code profile} with the confidence of the original {@code suggestion}, rows whose key is in
     * {@code byUser} marked as the user's choice.
     */
    public static List<MappingRow> of(MappingProfile profile, MappingSuggestion suggestion, Set<String> byUser,
            TargetChoices choices) {
        List<MappingRow> rows = new ArrayList<>();
        List<SheetMapping> sheets = profile.sheets();
        for (int s = 0; s < sheets.size(); s++) {
            SheetMapping sheet = sheets.get(s);
            for (ColumnMapping column : sheet.columns()) {
                String letters = columnLetters(column.column());
                rows.add(new MappingRow(s, sheet.sheet(), false, column.column(), letters, column.header(),
                        choices.of(column.kind(), column.target()),
                        confidence(suggestion, sheet.sheet(), letters, String.valueOf(column.column()), column.header()),
                        byUser.contains(s + "/c" + column.column())));
            }
            for (int q = 0; q < sheet.rows().size(); q++) {
                RowMapping row = sheet.rows().get(q);
                rows.add(new MappingRow(s, sheet.sheet(), true, q, "", row.question(),
                        choices.of(row.kind(), row.target()), confidence(suggestion, sheet.sheet(), row.question()),
                        byUser.contains(s + "/q" + q)));
            }
        }
        return rows;
    }

    /**
     * The mapping with {@code row} pointed at {@code choice}. Value translations and unit factors belong to
     * the old target, so they are kept only when the target stays the same.
     */
    public static MappingProfile edit(MappingProfile profile, MappingRow row, TargetChoice choice) {
        List<SheetMapping> sheets = new ArrayList<>(profile.sheets());
        SheetMapping sheet = sheets.get(row.sheetIndex());
        if (row.question()) {
            List<RowMapping> questions = new ArrayList<>(sheet.rows());
            RowMapping old = questions.get(row.index());
            boolean same = old.kind() == choice.kind() && Objects.equals(old.target(), choice.target());
            questions.set(row.index(), new RowMapping(old.question(), choice.kind(), choice.target(),
                    same ? old.translations() : Map.of(), same ? old.unitFactor() : 1.0));
            sheet = new SheetMapping(sheet.sheet(), sheet.role(), sheet.layout(), sheet.headerRow(), sheet.columns(),
                    questions);
        } else {
            List<ColumnMapping> columns = new ArrayList<>(sheet.columns());
            for (int i = 0; i < columns.size(); i++) {
                ColumnMapping old = columns.get(i);
                if (old.column() == row.index()) {
                    boolean same = old.kind() == choice.kind() && Objects.equals(old.target(), choice.target());
                    columns.set(i, new ColumnMapping(old.column(), old.header(), choice.kind(), choice.target(),
                            same ? old.translations() : Map.of(), same ? old.unitFactor() : 1.0));
                }
            }
            sheet = new SheetMapping(sheet.sheet(), sheet.role(), sheet.layout(), sheet.headerRow(), columns,
                    sheet.rows());
        }
        sheets.set(row.sheetIndex(), sheet);
        // An edited template mapping is no longer the template's own.
        return new MappingProfile(profile.name(), profile.kind(), profile.headerSignature(), false, sheets);
    }

    /** Spreadsheet letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The confidence under the first key that exists; suggestions key it by sheet and column or question. */
    private static Double confidence(MappingSuggestion suggestion, String sheet, String... keys) {
        for (String key : keys) {
            Double value = suggestion.confidence().get(sheet + "!" + key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
