package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierColumnsTest {
    private static final List<String> IDENTIFIERS = List.of("Name", "Full name", "Worker name", "Respondent name",
            "Phone", "Mobile", "Tel.", "E-mail", "email address", "Passport", "Passport / ID no.", "ID card",
            "National ID", "ID number", "Address", "Home address", "LINE ID", "Facebook", "firstName", "worker_phone",
            "ชื่อ", "ชื่อ-นามสกุล", "นามสกุล", "เบอร์โทร", "โทรศัพท์", "หนังสือเดินทาง", "เลขบัตรประชาชน",
            "เลขประจำตัวประชาชน", "ที่อยู่", "Date of birth", "Nom", "Prénom", "Téléphone");
    private static final List<String> STABLE_KEYS = List.of("Respondent no.", "Worker ID", "Worker ID number",
            "Employee number", "Employee No", "Case ID", "Staff code", "EmpID", "empid", "Badge #", "รหัสพนักงาน");
    private static final List<String> NEITHER = List.of("Supplier Name", "Company name", "Site address", "OS ID",
            "Workplace", "Age", "Nationality", "Gender", "Interview date", "Description", "Comment", "ชื่อบริษัท",
            "Does your employer or agent keep your passport or ID card?", "Identity documents held by employer",
            "Passport held by employer", "Can you contact your family when you want?", "A5 Total number of workers on site",
            "Number of workers hired through labour agencies or sub-contractors", "Workers interviewed", "ความเชื่อ",
            "", "   ");

    private final IdentifierColumns columns = new IdentifierColumns();

    static Stream<String> identifiers() {
        return IDENTIFIERS.stream();
    }

    static Stream<String> stableKeys() {
        return STABLE_KEYS.stream();
    }

    static Stream<String> neither() {
        return NEITHER.stream();
    }

    static Stream<String> all() {
        return Stream.of(IDENTIFIERS, STABLE_KEYS, NEITHER).flatMap(List::stream);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("identifiers")
    void directIdentifierHeadersAreRecognised(String header) {
        assertThat(columns.looksLikeIdentifier(header)).isTrue();
        assertThat(columns.looksLikeStableKey(header)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("stableKeys")
    void stableKeyHeadersAreRecognisedForPseudonymising(String header) {
        assertThat(columns.looksLikeStableKey(header)).isTrue();
        assertThat(columns.looksLikeIdentifier(header)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("neither")
    void businessDataQuestionsAndCountsAreNeither(String header) {
        assertThat(columns.looksLikeIdentifier(header)).isFalse();
        assertThat(columns.looksLikeStableKey(header)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Passport / ID no.", "Worker ID number", "Respondent name", "Case ID"})
    void aHeaderIsNeverBothAnIdentifierAndAKey(String header) {
        assertThat(columns.looksLikeIdentifier(header) && columns.looksLikeStableKey(header)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("all")
    void nullSafeAndExclusiveForEveryHeader(String header) {
        assertThat(columns.looksLikeIdentifier(header) && columns.looksLikeStableKey(header)).isFalse();
    }
}
