package org.ddworkbench.ingest.template;

import java.util.List;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.model.DataSourceKind;

/**
 * The sheets, columns and rows of one kind of import template, as both the writer lays them out and the
 * suggester maps them back.
 */
public record TemplateLayout(DataSourceKind kind, List<Sheet> sheets) {

    public TemplateLayout {
        sheets = List.copyOf(sheets);
    }

    /**
     * A data sheet. A table has a header row of {@code columns} and a row per entity below; a long sheet has
     * the columns Question | Answer | Unit | Help and one row per entry of {@code rows}.
     */
    public record Sheet(String name, SheetRole role, Layout layout, List<Column> columns, List<Row> rows) {
        public Sheet {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A column of a table sheet (or one of the fixed columns of a long sheet). */
    public record Column(String header, TargetKind kind, String target, InputRule rule, int width) {
    }

    /** A question of a long sheet: the label asked, where its answer goes, its unit and a line of help. */
    public record Row(String question, TargetKind kind, String target, String unit, String help, InputRule rule) {
    }

    /**
     * What an input cell accepts, enforced in the workbook by data validation.
     *
     * @param choices the drop-down values of a LIST rule
     * @param min the lower bound of a number rule, or null
     * @param max the upper bound of a number rule, or null
     */
    public record InputRule(Type type, List<String> choices, Double min, Double max) {
        public static final InputRule ANY = new InputRule(Type.ANY, List.of(), null, null);
        public static final InputRule DATE = new InputRule(Type.DATE, List.of(), null, null);

        public InputRule {
            choices = List.copyOf(choices);
        }

        public static InputRule list(List<String> choices) {
            return new InputRule(Type.LIST, choices, null, null);
        }

        /** Kinds of input rule. */
        public enum Type {
            ANY, LIST, DECIMAL, WHOLE, DATE
        }
    }
}
