package org.ddworkbench.ingest.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.model.DataSourceKind;

/**
 * Every text a template shows besides the pack's own labels: instructions, help lines and validation
 * messages, in English and, where translated, Thai. Headers and questions stay in English so that a filled
 * template maps back exactly whatever the language of its instructions.
 */
final class TemplateTexts {
    private static final String THAI = "th";

    private static final Map<Field, String> FIELD_HELP = new EnumMap<>(Map.of(
            Field.SUPPLIER_NAME, "The supplier's registered name.",
            Field.SUPPLIER_COUNTRY, "Country name or ISO code, e.g. Thailand or TH.",
            Field.SUPPLIER_SECTOR, "What the site makes or does, e.g. seafood processing.",
            Field.SUPPLIER_TIER, "1 for a direct supplier, 2 for its suppliers, and so on.",
            Field.SUPPLIER_EXTERNAL_ID, "An id from another register, e.g. Open Supply Hub.",
            Field.OBSERVED_ON, "The date the answers describe (the day the questionnaire was completed).",
            Field.SITE_NAME, "The audited site, if the supplier has several.",
            Field.AUDIT_SCHEME, "The audit scheme; its finding scale is used on the Findings sheet.",
            Field.AUDITOR_FIRM, "The firm that carried out the audit."));

    private static final Map<Field, String> FIELD_HELP_THAI = new EnumMap<>(Map.of(
            Field.SUPPLIER_NAME, "ชื่อจดทะเบียนของซัพพลายเออร์",
            Field.SUPPLIER_COUNTRY, "ชื่อประเทศหรือรหัส ISO เช่น Thailand หรือ TH",
            Field.SUPPLIER_TIER, "1 สำหรับซัพพลายเออร์โดยตรง 2 สำหรับซัพพลายเออร์ของซัพพลายเออร์ และต่อไปตามลำดับ",
            Field.OBSERVED_ON, "วันที่ที่คำตอบอ้างถึง (วันที่กรอกแบบสอบถาม)"));

    private static final List<String> GENERAL = List.of(
            "Fill in this template and import it into Diligence Workbench; it maps itself, no column mapping needed.",
            "Type only in the shaded input cells. Headers and questions are locked so they are not changed by"
                    + " accident (the sheets have no password).",
            "Do not rename, add, move or delete sheets or columns.",
            "Units are given in the headers or in the Unit column: enter plain numbers, without units."
                    + " Percentages are numbers from 0 to 100.",
            "Choose yes or no, and other answers, from the drop-down lists. Enter dates as dates.",
            "This template does not ask for names, phone numbers, passport or ID numbers, e-mail or home"
                    + " addresses, or anything else that identifies a person. Please do not add them.");

    private static final List<String> GENERAL_THAI = List.of(
            "กรอกข้อมูลในแบบฟอร์มนี้แล้วนำเข้าสู่ Diligence Workbench โดยไม่ต้องจับคู่คอลัมน์",
            "พิมพ์เฉพาะในช่องที่มีสีสำหรับกรอกข้อมูล หัวตารางและคำถามถูกล็อกไว้เพื่อป้องกันการแก้ไขโดยไม่ตั้งใจ"
                    + " (ไม่มีรหัสผ่าน)",
            "ห้ามเปลี่ยนชื่อ เพิ่ม ย้าย หรือลบแผ่นงานหรือคอลัมน์",
            "หน่วยระบุไว้ในหัวคอลัมน์หรือในคอลัมน์ Unit ให้กรอกเฉพาะตัวเลขโดยไม่ต้องใส่หน่วย"
                    + " ร้อยละให้กรอกเป็นตัวเลข 0 ถึง 100",
            "เลือก yes หรือ no และคำตอบอื่น ๆ จากรายการ กรอกวันที่ในรูปแบบวันที่",
            "แบบฟอร์มนี้ไม่ขอชื่อ เบอร์โทรศัพท์ เลขหนังสือเดินทางหรือเลขบัตรประชาชน อีเมล ที่อยู่"
                    + " หรือข้อมูลอื่นที่ระบุตัวบุคคลได้ โปรดอย่าเพิ่มข้อมูลเหล่านี้");

    private static final Map<DataSourceKind, String> KIND = new EnumMap<>(Map.of(
            DataSourceKind.SUPPLIER_LIST, "Supplier list: one row per supplier on the sheet 'Suppliers'. Country: a"
                    + " name or an ISO code (Thailand, TH, THA). Tier: 1 for direct suppliers, 2 for their suppliers.",
            DataSourceKind.SAQ, "Self-assessment questionnaire: one supplier per file. Answer every question on the"
                    + " sheet 'SAQ' in the Answer column; the Help column explains each question.",
            DataSourceKind.AUDIT, "Audit: one audit per file. Sheet 'Audit': who, when and how. Sheet 'Findings': one"
                    + " row per finding, severity on the scheme's own scale. Sheet 'Observations': what the auditors"
                    + " recorded.",
            DataSourceKind.WORKER_SURVEY, "Worker survey: one row per respondent on the sheet 'Responses'. Respondent"
                    + " key: a code you choose for each respondent (for example R-001), never a name or an ID number;"
                    + " the workbench stores it only as a keyed hash.",
            DataSourceKind.GRIEVANCE, "Grievance log: one row per case on the sheet 'Cases'. Description: what was"
                    + " reported; phone numbers and e-mail addresses in it are removed at import, but leave out names."));

    private static final Map<DataSourceKind, String> KIND_THAI = new EnumMap<>(Map.of(
            DataSourceKind.SAQ, "แบบประเมินตนเอง: หนึ่งไฟล์ต่อซัพพลายเออร์หนึ่งราย ตอบทุกคำถามในแผ่นงาน 'SAQ'"
                    + " ในคอลัมน์ Answer คอลัมน์ Help อธิบายแต่ละคำถาม",
            DataSourceKind.WORKER_SURVEY, "แบบสำรวจแรงงาน: หนึ่งแถวต่อผู้ตอบหนึ่งคนในแผ่นงาน 'Responses'"
                    + " Respondent key: รหัสที่คุณกำหนดเองสำหรับผู้ตอบแต่ละคน (เช่น R-001) ห้ามใช้ชื่อหรือเลขประจำตัว"));

    private TemplateTexts() {
    }

    static String title(DataSourceKind kind, Locale locale) {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return (isThai(locale) ? "แบบฟอร์มนำเข้าข้อมูล Diligence Workbench: " : "Diligence Workbench import template: ")
                + name;
    }

    /** The instruction lines of a template, in the locale's language where translated. */
    static List<String> instructions(DataSourceKind kind, Locale locale) {
        boolean thai = isThai(locale);
        List<String> lines = new ArrayList<>();
        lines.add(thai ? KIND_THAI.getOrDefault(kind, KIND.get(kind)) : KIND.get(kind));
        lines.addAll(thai ? GENERAL_THAI : GENERAL);
        return lines;
    }

    /** The help line of a field question, in English (the layout's own text). */
    static String fieldHelp(Field field) {
        return FIELD_HELP.getOrDefault(field, "");
    }

    /** The help line of a field question in the locale's language where translated. */
    static String fieldHelp(Field field, Locale locale) {
        return isThai(locale) ? FIELD_HELP_THAI.getOrDefault(field, fieldHelp(field)) : fieldHelp(field);
    }

    static String invalidTitle() {
        return "Not a valid answer";
    }

    static String invalidText(TemplateLayout.InputRule rule) {
        return switch (rule.type()) {
            case LIST -> "Choose one of the values in the drop-down list.";
            case DECIMAL -> "Enter a number" + range(rule) + ", without units.";
            case WHOLE -> "Enter a whole number" + range(rule) + ".";
            case DATE -> "Enter a date.";
            case ANY -> "";
        };
    }

    private static String range(TemplateLayout.InputRule rule) {
        if (rule.min() != null && rule.max() != null) {
            return " from " + plain(rule.min()) + " to " + plain(rule.max());
        }
        if (rule.min() != null) {
            return " of at least " + plain(rule.min());
        }
        return rule.max() != null ? " of at most " + plain(rule.max()) : "";
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static boolean isThai(Locale locale) {
        return locale != null && THAI.equals(locale.getLanguage());
    }
}
