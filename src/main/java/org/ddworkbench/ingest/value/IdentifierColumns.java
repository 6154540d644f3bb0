package org.ddworkbench.ingest.value;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises, from header text in English, French and Thai, the columns of worker-level files that hold
 * direct identifiers (to be dropped) or a stable respondent key (to be pseudonymised), so the mapping
 * suggester can mark them before any value is stored.
 *
 * <p>The two answers never overlap: "Worker ID", "Respondent no." and "Employee number" are stable keys;
 * "Worker name", "Phone", "Passport / ID no." and a bare "ID number" are identifiers. Names and addresses
 * of businesses ("Supplier name", "Site address", "ชื่อบริษัท") are neither. Meant for worker surveys and
 * grievance logs: in a supplier list a plain "Address" column is business data, not a worker's.
 */
public final class IdentifierColumns {
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    /** Words and phrases (matched as whole words) that name a direct identifier. */
    private static final List<String> IDENTIFIER_PHRASES = List.of(
            "name", "names", "full name", "fullname", "first name", "firstname", "last name", "lastname", "surname",
            "family name", "given name", "middle name", "nickname", "nom", "prenom", "nom complet", "ho ten",
            "ho va ten", "phone", "phones", "phone number", "telephone", "tel", "tel no", "mobile", "mobile no",
            "cell", "cellphone", "cell phone", "handphone", "whatsapp", "viber", "wechat", "telegram", "line id",
            "lineid", "line account", "facebook", "fb", "messenger", "contact number", "contact no", "email",
            "emails", "e mail", "mail address", "courriel", "passport", "passport no", "passport number",
            "passeport", "id card", "idcard", "id number", "id no", "identity card", "identity number", "national id",
            "national identity", "citizen id", "nric", "ssn", "social security number", "pink card", "work permit",
            "work permit no", "carte d identite", "tax id", "address", "addresses", "home address", "adresse",
            "date of birth", "dob", "birth date", "birthdate", "birthday", "date de naissance", "signature", "photo");

    /** Thai has no spaces between words, so these are matched as parts of the header. */
    private static final List<String> THAI_IDENTIFIERS = List.of("ชื่อ", "นามสกุล", "เบอร์โทร", "โทรศัพท์",
            "มือถือ", "หนังสือเดินทาง", "พาสปอร์ต", "เลขบัตรประชาชน", "บัตรประชาชน", "เลขประจำตัวประชาชน", "ที่อยู่",
            "อีเมล", "อีเมล์", "ไลน์", "เฟซบุ๊ก", "เฟสบุ๊ค", "บัตรชมพู", "ใบอนุญาตทำงาน", "วันเกิด");

    /** Words that make a name or address a business's ("Supplier name", "Site address"), not a person's. */
    private static final List<String> BUSINESS_WORDS = List.of("supplier", "company", "factory", "site", "facility",
            "business", "vessel", "boat", "ship", "employer", "brand", "product", "workplace", "trade", "legal",
            "firm", "organisation", "organization", "scheme", "metric", "question", "country", "city", "province",
            "district", "file", "sheet", "audit", "auditor", "project", "department", "dept", "unit", "section",
            "shift", "team", "group", "sector", "channel", "program", "programme", "village", "port", "buyer",
            "customer", "entreprise", "usine", "fournisseur");

    private static final List<String> THAI_BUSINESS = List.of("บริษัท", "โรงงาน", "สถานประกอบการ", "ผู้ผลิต",
            "ซัพพลายเออร์", "เรือ", "นายจ้าง", "สาขา", "แผนก", "จังหวัด");

    /**
     * Words of questions and observations about documents or contact ("Passport held by employer", "Can you
     * contact your family?"): such columns hold answers, not identifiers.
     */
    private static final List<String> ANSWER_WORDS = List.of("held", "hold", "holds", "kept", "keep", "keeps",
            "retained", "retain", "retains", "returned", "return", "confiscated", "withheld", "access", "provided",
            "paid", "pay", "own", "language", "understand", "copy", "copies", "do", "does", "did", "can", "is", "are",
            "has", "have", "who", "how", "what", "whether");
    private static final List<String> THAI_ANSWER_WORDS = List.of("ไหม", "หรือไม่", "หรือเปล่า", "เก็บ", "คืน");
    /** Identifier headers are short labels; a longer header is a question or an observation. */
    private static final int MAX_LABEL_WORDS = 8;

    /** Who a stable key belongs to ("worker", "respondent", "case"). */
    private static final List<String> KEY_OWNERS = List.of("worker", "workers", "employee", "employees", "emp",
            "staff", "respondent", "respondents", "interview", "interviewee", "case", "record", "survey", "member",
            "crew", "ticket", "complaint", "grievance", "participant", "badge", "payroll", "personnel", "travailleur",
            "employe", "repondant");

    /** How a stable key is named ("ID", "no.", "number", "code"). */
    private static final List<String> KEY_WORDS = List.of("id", "no", "nr", "num", "number", "code", "key", "ref",
            "reference", "serial", "numero");

    /** Keys written as one word in lower case, which the camel-case split cannot separate. */
    private static final List<String> KEY_COMPOUNDS = List.of("empid", "empno", "staffid", "workerid", "employeeid",
            "caseid", "respondentid");

    private static final List<String> COUNT_WORDS = List.of("total", "number of", "how many", "count", "share",
            "percentage", "average", "per");

    private static final List<String> THAI_KEYS = List.of("รหัสพนักงาน", "รหัสลูกจ้าง", "เลขที่พนักงาน",
            "รหัสผู้ตอบ", "เลขที่ผู้ตอบ", "รหัสคนงาน", "เลขที่เรื่อง");

    public IdentifierColumns() {
        // Word lists only; nothing to configure.
    }

    /** Whether a column with this header holds a direct identifier to drop at import (name, phone, passport...). */
    public boolean looksLikeIdentifier(String header) {
        String words = words(header);
        if (words.isBlank() || looksLikeStableKey(header)) {
            return false;
        }
        // "เชื่อ" (believe) contains "ชื่อ" (name); it must not make a question look like a name column.
        String thai = words.replace("เชื่อ", " ");
        boolean personal = IDENTIFIER_PHRASES.stream().anyMatch(p -> words.contains(" " + p + " "))
                || THAI_IDENTIFIERS.stream().anyMatch(thai::contains);
        return personal && !business(words) && !answer(header, words);
    }

    /** Whether a column with this header holds a stable worker or case key, to keep only as a pseudonym. */
    public boolean looksLikeStableKey(String header) {
        String words = words(header);
        if (words.isBlank()) {
            return false;
        }
        if (THAI_KEYS.stream().anyMatch(words::contains)) {
            return true;
        }
        // "Total number of workers" and "Number of workers hired through agencies" are counts, not keys.
        if (answer(header, words) || COUNT_WORDS.stream().anyMatch(w -> words.contains(" " + w + " "))) {
            return false;
        }
        boolean compound = KEY_COMPOUNDS.stream().anyMatch(w -> words.contains(" " + w + " "));
        boolean owner = KEY_OWNERS.stream().anyMatch(w -> words.contains(" " + w + " "));
        boolean keyWord = KEY_WORDS.stream().anyMatch(w -> words.contains(" " + w + " "));
        boolean namesPerson = words.contains(" name ") || words.contains(" phone ") || words.contains(" passport ")
                || words.contains(" email ") || words.contains(" address ") || words.contains(" national ")
                || words.contains(" card ") || words.contains(" nom ");
        return (compound || owner && keyWord) && !namesPerson;
    }

    private static boolean answer(String header, String words) {
        return header.contains("?") || words.trim().split(" ").length > MAX_LABEL_WORDS
                || ANSWER_WORDS.stream().anyMatch(w -> words.contains(" " + w + " "))
                || THAI_ANSWER_WORDS.stream().anyMatch(words::contains);
    }

    private static boolean business(String words) {
        return BUSINESS_WORDS.stream().anyMatch(w -> words.contains(" " + w + " "))
                || THAI_BUSINESS.stream().anyMatch(words::contains);
    }

    /** The header as space-separated lower-case words with a space at each end, for whole-word matching. */
    private static String words(String header) {
        if (header == null) {
            return "";
        }
        String split = CAMEL.matcher(header).replaceAll(" ").replace('_', ' ').replace("#", " number ");
        String key = TextKeys.nameKey(split.toLowerCase(Locale.ROOT).replace("e-mail", "email"));
        return " " + key + " ";
    }
}
