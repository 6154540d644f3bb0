package org.ddworkbench.ingest.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.RawCell;

/**
 * Tells how a sheet lays out its data: a long layout (two to four columns whose first holds questions or
 * labels the pack knows) or a table under a header row; a sheet with neither (instructions, notes) has no shape.
 */
final class SheetShapes {
    private static final int MAX_LONG_COLUMNS = 4;
    private static final int MIN_KNOWN_QUESTIONS = 2;
    private static final double MIN_KNOWN_SHARE = 0.4;

    private final TargetCatalog catalog;
    private final TargetMatcher matcher;
    private final List<Target> questionTargets;

    SheetShapes(TargetCatalog catalog, TargetMatcher matcher) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.questionTargets = catalog.all().stream()
                .filter(t -> !t.is(Field.QUESTION) && !t.is(Field.ANSWER) && !t.is(Field.COMMENT))
                .toList();
    }

    /**
     * A sheet's shape.
     *
     * @param headerRow one-based header row, 0 when a long layout has none
     * @param headers header texts by column (empty without a header row)
     * @param questionColumn for LONG, the column of questions; the answer is in the next used column
     * @param columns the used columns at or below the header row, in order
     */
    record Shape(Layout layout, int headerRow, SortedMap<Integer, String> headers, int questionColumn,
            List<Integer> columns) {
        Shape {
            headers = new TreeMap<>(headers);
            columns = List.copyOf(columns);
        }
    }

    Optional<Shape> detect(FilePreview.SheetPreview sheet) {
        Optional<HeaderRows.Header> header = HeaderRows.detect(sheet);
        int top = header.map(HeaderRows.Header::row).orElse(0);
        TreeSet<Integer> columns = new TreeSet<>();
        for (Map.Entry<Integer, List<RawCell>> row : sheet.rows().entrySet()) {
            if (row.getKey() >= top) {
                row.getValue().forEach(cell -> columns.add(cell.column()));
            }
        }
        if (columns.size() >= 2 && columns.size() <= MAX_LONG_COLUMNS) {
            Optional<Shape> longShape = longShape(sheet, header, columns);
            if (longShape.isPresent()) {
                return longShape;
            }
        }
        return header.map(h -> new Shape(Layout.TABLE, h.row(), h.texts(), -1, List.copyOf(h.texts().keySet())));
    }

    /** Whether a text names some target of the pack well enough to be a question or label. */
    boolean known(String text) {
        List<TargetMatcher.Scored> ranked = matcher.rank(TargetMatcher.Text.of(text), questionTargets, null);
        return !ranked.isEmpty() && ranked.get(0).score() >= Assigner.THRESHOLD;
    }

    private Optional<Shape> longShape(FilePreview.SheetPreview sheet, Optional<HeaderRows.Header> header,
            TreeSet<Integer> columns) {
        int questionColumn = columns.first();
        int headerRow = header.map(HeaderRows.Header::row).orElse(0);
        if (headerRow > 0 && known(HeaderRows.text(sheet, headerRow, questionColumn))
                && !isLongHeader(HeaderRows.text(sheet, headerRow, columns.higher(questionColumn)))) {
            // The first row is already a question: this long layout has no header row.
            headerRow = 0;
        }
        int questions = 0;
        int knownQuestions = 0;
        for (Map.Entry<Integer, List<RawCell>> row : new TreeMap<>(sheet.rows()).entrySet()) {
            if (row.getKey() <= headerRow || (headerRow == 0 && header.isPresent() && row.getKey() < header.get().row())) {
                continue;
            }
            for (RawCell cell : row.getValue()) {
                if (cell.column() == questionColumn && cell.kind() == CellKind.TEXT) {
                    questions++;
                    if (known(cell.text())) {
                        knownQuestions++;
                    }
                }
            }
        }
        if (knownQuestions < MIN_KNOWN_QUESTIONS || knownQuestions < MIN_KNOWN_SHARE * questions) {
            return Optional.empty();
        }
        SortedMap<Integer, String> headers = headerRow > 0 ? HeaderRows.texts(sheet, headerRow) : new TreeMap<>();
        return Optional.of(new Shape(Layout.LONG, headerRow, headers, questionColumn, List.copyOf(columns)));
    }

    private boolean isLongHeader(String text) {
        return matcher.score(TargetMatcher.Text.of(text), catalog.field(Field.ANSWER), Set.of())
                >= Assigner.THRESHOLD;
    }
}
