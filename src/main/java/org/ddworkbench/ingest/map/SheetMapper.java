package org.ddworkbench.ingest.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;

/**
 * Maps one sheet for a kind of file and a sheet role: each table column, or each long-layout question, to
 * the target its text names best; identifier columns of worker-level sheets are marked, never mapped.
 */
final class SheetMapper {
    /** A cap on an unlikely wide table; beyond it columns stay unmapped. */
    private static final int MAX_COLUMNS = 1_000;
    private static final int MAX_IDENTIFIER_WORDS = 8;

    private final TargetCatalog catalog;
    private final TargetMatcher matcher;
    private final IdentifierHeaders identifiers;

    SheetMapper(TargetCatalog catalog, TargetMatcher matcher, IdentifierHeaders identifiers) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.identifiers = identifiers;
    }

    /**
     * One sheet's mapping with how sure each part is.
     *
     * @param confidence keyed as {@code sheet!column} (table) or {@code sheet!cell} of the question (long)
     */
    record Result(SheetMapping mapping, Map<String, Double> confidence, List<String> unmapped) {

        boolean mapsAnything() {
            return mapping.columns().stream().anyMatch(c -> c.kind() == TargetKind.METRIC || isDataField(c))
                    || mapping.rows().stream().anyMatch(r -> r.kind() != TargetKind.IGNORE);
        }

        private static boolean isDataField(ColumnMapping column) {
            return column.kind() == TargetKind.FIELD && !Field.QUESTION.name().equals(column.target())
                    && !Field.ANSWER.name().equals(column.target()) && !Field.COMMENT.name().equals(column.target());
        }
    }

    Result map(FilePreview.SheetPreview sheet, SheetShapes.Shape shape, DataSourceKind kind, SheetRole role) {
        return shape.layout() == Layout.LONG ? longLayout(sheet, shape, kind, role) : table(sheet, shape, kind, role);
    }

    private Result table(FilePreview.SheetPreview sheet, SheetShapes.Shape shape, DataSourceKind kind, SheetRole role) {
        String name = sheet.sheet().name();
        List<Target> candidates = new ArrayList<>(catalog.candidates(role, kind));
        boolean workerLevel = role == SheetRole.RESPONDENTS || role == SheetRole.CASES;
        Map<Integer, ColumnMapping> fixed = new TreeMap<>();
        Map<String, List<TargetMatcher.Scored>> ranked = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> header : shape.headers().entrySet()) {
            int column = header.getKey();
            String text = header.getValue();
            if (column >= MAX_COLUMNS || text.isBlank()) {
                continue;
            }
            if (workerLevel && identifiers.isStableKey(text)) {
                boolean first = fixed.values().stream().noneMatch(c -> Field.RESPONDENT_KEY.name().equals(c.target()));
                fixed.put(column, first ? fieldColumn(column, text, Field.RESPONDENT_KEY)
                        : new ColumnMapping(column, text, TargetKind.IDENTIFIER, null, Map.of(), 1.0));
                continue;
            }
            List<TargetMatcher.Scored> scored = matcher.rank(TargetMatcher.Text.of(text), candidates, kind);
            if (workerLevel && isIdentifier(text, scored)) {
                fixed.put(column, new ColumnMapping(column, text, TargetKind.IDENTIFIER, null, Map.of(), 1.0));
                continue;
            }
            ranked.put(key(name, column), scored);
        }
        if (fixed.values().stream().anyMatch(c -> Field.RESPONDENT_KEY.name().equals(c.target()))) {
            ranked.replaceAll((k, list) -> list.stream().filter(s -> !s.target().is(Field.RESPONDENT_KEY)).toList());
        }
        Map<String, Assigner.Choice> choices = Assigner.assign(ranked);

        TreeSet<Integer> columns = new TreeSet<>(shape.headers().keySet());
        sheet.rows().forEach((row, cells) -> {
            if (row > shape.headerRow()) {
                cells.forEach(cell -> columns.add(cell.column()));
            }
        });
        List<ColumnMapping> mappings = new ArrayList<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (int column : columns) {
            if (column >= MAX_COLUMNS) {
                break;
            }
            String header = shape.headers().getOrDefault(column, "");
            String key = key(name, column);
            ColumnMapping mapping = fixed.get(column);
            Assigner.Choice choice = choices.get(key);
            if (mapping != null) {
                confidence.put(key, 1.0);
            } else if (choice != null) {
                Target target = choice.target();
                Map<String, String> translations = ChoiceTranslations.propose(target.metric(),
                        columnValues(sheet, column, shape.headerRow()));
                mapping = new ColumnMapping(column, header, target.kind(), target.id(), translations, 1.0);
                confidence.put(key, adjusted(choice, header));
            } else {
                mapping = ColumnMapping.ignore(column, header);
                unmapped.add(key + " " + (header.isBlank() ? "(no header)" : "'" + header + "'"));
            }
            mappings.add(mapping);
        }
        return new Result(new SheetMapping(name, role, Layout.TABLE, shape.headerRow(), mappings, List.of()),
                confidence, unmapped);
    }

    private Result longLayout(FilePreview.SheetPreview sheet, SheetShapes.Shape shape, DataSourceKind kind,
            SheetRole role) {
        String name = sheet.sheet().name();
        int questionColumn = shape.questionColumn();
        List<Integer> after = shape.columns().stream().filter(c -> c > questionColumn).toList();
        int answerColumn = after.get(0);
        List<ColumnMapping> columns = new ArrayList<>();
        columns.add(fieldColumn(questionColumn, header(shape, questionColumn), Field.QUESTION));
        columns.add(fieldColumn(answerColumn, header(shape, answerColumn), Field.ANSWER));
        for (int i = 1; i < after.size(); i++) {
            int column = after.get(i);
            String header = header(shape, column);
            boolean comment = i == 1 && (header.isBlank() || matcher.score(TargetMatcher.Text.of(header),
                    catalog.field(Field.COMMENT), Set.of()) >= Assigner.THRESHOLD);
            columns.add(comment ? fieldColumn(column, header, Field.COMMENT) : ColumnMapping.ignore(column, header));
        }

        List<Target> candidates = catalog.candidates(role, kind);
        Map<String, List<TargetMatcher.Scored>> ranked = new LinkedHashMap<>();
        Map<String, String> questions = new LinkedHashMap<>();
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<Integer, List<RawCell>> row : new TreeMap<>(sheet.rows()).entrySet()) {
            if (row.getKey() <= shape.headerRow()) {
                continue;
            }
            String question = cellText(row.getValue(), questionColumn, true);
            if (question.isBlank() || !seen.add(HeaderText.key(question))) {
                continue;
            }
            String key = name + "!" + RawCell.columnLetters(questionColumn) + row.getKey();
            questions.put(key, question);
            answers.put(key, cellText(row.getValue(), answerColumn, false));
            ranked.put(key, matcher.rank(TargetMatcher.Text.of(question), candidates, kind));
        }
        Map<String, Assigner.Choice> choices = Assigner.assign(ranked);
        List<RowMapping> rows = new ArrayList<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (Map.Entry<String, String> question : questions.entrySet()) {
            Assigner.Choice choice = choices.get(question.getKey());
            if (choice == null) {
                rows.add(new RowMapping(question.getValue(), TargetKind.IGNORE, null, Map.of(), 1.0));
                unmapped.add(question.getKey() + " '" + question.getValue() + "'");
                continue;
            }
            Target target = choice.target();
            String answer = answers.get(question.getKey());
            Map<String, String> translations = ChoiceTranslations.propose(target.metric(),
                    answer.isBlank() ? List.of() : List.of(answer));
            rows.add(new RowMapping(question.getValue(), target.kind(), target.id(), translations, 1.0));
            confidence.put(question.getKey(), adjusted(choice, question.getValue()));
        }
        return new Result(new SheetMapping(name, role, Layout.LONG, shape.headerRow(), columns, rows), confidence,
                unmapped);
    }

    /** A direct identifier, unless the header plainly names one of the sheet's targets. */
    private boolean isIdentifier(String header, List<TargetMatcher.Scored> scored) {
        if (header.contains("?") || HeaderText.key(header).split(" ").length > MAX_IDENTIFIER_WORDS) {
            // A survey question that mentions a passport or a phone holds answers, not identifiers.
            return false;
        }
        boolean plainlyTarget = !scored.isEmpty() && scored.get(0).score() >= TargetMatcher.SAME_WORDS;
        return !plainlyTarget && identifiers.isDirectIdentifier(header);
    }

    private static double adjusted(Assigner.Choice choice, String header) {
        Metric metric = choice.target().metric();
        if (metric != null && UnitCheck.conflicts(metric, header)) {
            return Math.min(choice.confidence(), 0.5);
        }
        return choice.confidence();
    }

    private static ColumnMapping fieldColumn(int column, String header, Field field) {
        return new ColumnMapping(column, header, TargetKind.FIELD, field.name(), Map.of(), 1.0);
    }

    private static String header(SheetShapes.Shape shape, int column) {
        return shape.headers().getOrDefault(column, "");
    }

    private static String key(String sheet, int column) {
        return sheet + "!" + RawCell.columnLetters(column);
    }

    private static String cellText(List<RawCell> cells, int column, boolean textOnly) {
        for (RawCell cell : cells) {
            if (cell.column() == column && (!textOnly || cell.kind() == CellKind.TEXT)) {
                return cell.text();
            }
        }
        return "";
    }

    private static List<String> columnValues(FilePreview.SheetPreview sheet, int column, int headerRow) {
        SortedMap<Integer, List<RawCell>> rows = new TreeMap<>(sheet.rows());
        List<String> values = new ArrayList<>();
        for (Map.Entry<Integer, List<RawCell>> row : rows.tailMap(headerRow + 1).entrySet()) {
            String text = cellText(row.getValue(), column, true);
            if (!text.isBlank()) {
                values.add(text);
            }
        }
        return values;
    }
}
