package org.ddworkbench.ingest.map;

import java.util.List;
import java.util.Map;

/**
 * The words people write in headers and form labels for each {@link Field}, in English and Thai; metrics take
 * theirs from the pack (label and synonyms).
 */
final class FieldVocabulary {
    private static final Map<Field, List<String>> PHRASES = Map.ofEntries(
            Map.entry(Field.SUPPLIER_NAME, List.of("supplier", "supplier name", "factory", "factory name", "company",
                    "company name", "vendor", "vendor name", "business name", "employer", "employer name", "workplace",
                    "work place", "vessel owner", "manufacturer", "ชื่อบริษัท", "ชื่อสถานประกอบการ", "ชื่อโรงงาน",
                    "สถานประกอบการ", "สถานที่ทำงาน")),
            Map.entry(Field.SUPPLIER_COUNTRY, List.of("country", "country code", "supplier country", "country of site",
                    "ประเทศ")),
            Map.entry(Field.SUPPLIER_ADDRESS, List.of("address", "site address", "factory address", "supplier address",
                    "street address", "ที่อยู่", "ที่ตั้ง")),
            Map.entry(Field.SUPPLIER_SECTOR, List.of("sector", "industry", "supplier sector", "product category",
                    "ภาคอุตสาหกรรม", "อุตสาหกรรม", "ประเภทธุรกิจ")),
            Map.entry(Field.SUPPLIER_TIER, List.of("tier", "supplier tier", "supply chain tier", "tier level",
                    "ระดับซัพพลายเออร์")),
            Map.entry(Field.SUPPLIER_EXTERNAL_ID, List.of("external id", "os id", "osh id", "open supply hub id",
                    "supplier id", "supplier code", "vendor id", "vendor code", "duns", "duns number", "sedex id",
                    "registration number", "เลขทะเบียนนิติบุคคล")),
            Map.entry(Field.OBSERVED_ON, List.of("date", "survey date", "interview date", "date of interview",
                    "date completed", "completion date", "date received", "received date", "case date", "date reported",
                    "report date", "submission date", "date submitted", "observed on", "วันที่", "วันที่สัมภาษณ์",
                    "วันที่รับเรื่อง", "วันที่ตอบแบบสอบถาม")),
            Map.entry(Field.SITE_NAME, List.of("site", "site name", "facility", "facility name", "audited site",
                    "site audited", "ชื่อสถานที่")),
            Map.entry(Field.AUDIT_SCHEME, List.of("scheme", "audit scheme", "standard", "audit standard",
                    "audit programme", "audit program", "methodology", "audit methodology", "มาตรฐาน")),
            Map.entry(Field.AUDITOR_FIRM, List.of("auditor", "auditor firm", "audit firm", "audit company",
                    "auditing company", "audit body", "certification body", "auditing organisation", "บริษัทผู้ตรวจ")),
            Map.entry(Field.FINDING_CLAUSE, List.of("clause", "code clause", "standard clause", "requirement",
                    "reference", "code reference", "section", "ข้อกำหนด")),
            Map.entry(Field.FINDING_DESCRIPTION, List.of("description", "finding", "finding description",
                    "details", "non conformity", "non compliance", "รายละเอียด")),
            Map.entry(Field.FINDING_SEVERITY, List.of("severity", "grade", "rating", "level", "classification",
                    "finding type", "non compliance type", "ระดับความรุนแรง")),
            Map.entry(Field.FINDING_STATUS, List.of("status", "cap status", "corrective action status",
                    "closure status", "สถานะ")),
            Map.entry(Field.RESPONDENT_KEY, List.of("respondent", "respondent id", "respondent number",
                    "worker id", "employee number", "case id", "case reference", "case number")),
            Map.entry(Field.FREE_TEXT, List.of("description", "details", "comments", "comment", "remarks", "notes",
                    "narrative", "summary", "complaint details", "รายละเอียด", "หมายเหตุ")),
            Map.entry(Field.GRIEVANCE_CHANNEL, List.of("channel", "source", "reported via", "received via",
                    "intake channel", "how reported", "ช่องทาง", "ช่องทางการร้องเรียน")),
            Map.entry(Field.QUESTION, List.of("question", "item", "field", "metric", "indicator", "topic",
                    "คำถาม")),
            Map.entry(Field.ANSWER, List.of("answer", "value", "response", "result", "reply", "คำตอบ")),
            Map.entry(Field.COMMENT, List.of("comment", "comments", "remarks", "notes", "explanation",
                    "หมายเหตุ")));

    private FieldVocabulary() {
    }

    static List<String> phrases(Field field) {
        return PHRASES.getOrDefault(field, List.of());
    }
}
