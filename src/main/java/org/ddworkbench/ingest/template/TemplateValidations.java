package org.ddworkbench.ingest.template;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Adds Excel data validation (drop-downs, number and date ranges) to a template's input cells. */
final class TemplateValidations {
    /** Excel refuses explicit lists longer than this; such lists are left to the importer's own check. */
    private static final int MAX_LIST_CHARS = 250;
    private static final String LOWEST_DATE = "DATE(1900,1,1)";
    private static final String HIGHEST_DATE = "DATE(2100,12,31)";
    private static final String ANY_NUMBER_LOW = "-1E+100";
    private static final String ANY_NUMBER_HIGH = "1E+100";

    private TemplateValidations() {
    }

    /** Validates the cells rows {@code firstRow..lastRow} (zero-based) of {@code column} against {@code rule}. */
    static void add(XSSFSheet sheet, TemplateLayout.InputRule rule, int firstRow, int lastRow, int column) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = constraint(helper, rule);
        if (constraint == null) {
            return;
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(TemplateTexts.invalidTitle(), TemplateTexts.invalidText(rule));
        if (rule.type() == TemplateLayout.InputRule.Type.LIST) {
            // POI's .xlsx flag is inverted: true writes showDropDown="0", which makes Excel show the arrow.
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }

    private static DataValidationConstraint constraint(XSSFDataValidationHelper helper, TemplateLayout.InputRule rule) {
        return switch (rule.type()) {
            case ANY -> null;
            case LIST -> String.join(",", rule.choices()).length() > MAX_LIST_CHARS || rule.choices().isEmpty() ? null
                    : helper.createExplicitListConstraint(rule.choices().toArray(String[]::new));
            case DECIMAL -> helper.createDecimalConstraint(OperatorType.BETWEEN, low(rule), high(rule));
            case WHOLE -> helper.createIntegerConstraint(OperatorType.BETWEEN, low(rule), high(rule));
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, LOWEST_DATE, HIGHEST_DATE, "yyyy-mm-dd");
        };
    }

    private static String low(TemplateLayout.InputRule rule) {
        return rule.min() == null ? ANY_NUMBER_LOW : TemplateTexts.plain(rule.min());
    }

    private static String high(TemplateLayout.InputRule rule) {
        return rule.max() == null ? ANY_NUMBER_HIGH : TemplateTexts.plain(rule.max());
    }
}
