package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextScrubbingTest {
    private final HmacDeidentifier deidentifier = new HmacDeidentifier(new byte[32]);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Reply to nok.srisuk92@example.org.|Reply to [email].|1|0|0",
        "Mail Somchai_K@mail.example.co.th now|Mail [email] now|1|0|0",
        "Worker asks to be called back on 090-555-2334.|Worker asks to be called back on [phone].|0|1|0",
        "Call +66 81 555 1234 please|Call [phone] please|0|1|0",
        "Call +66-81-555-1234|Call [phone]|0|1|0",
        "Call +95 9 555 123456|Call [phone]|0|1|0",
        "office (02) 555 1234 today|office [phone] today|0|1|0",
        "tel: 0812345678|tel: [phone]|0|1|0",
        "MM 09-555-123456|MM [phone]|0|1|0",
        "KH 045 555 123|KH [phone]|0|1|0",
        "VN 091 555 1234|VN [phone]|0|1|0",
        "BD 01355-512345|BD [phone]|0|1|0",
        "Thai digits ๐๘๑-๕๕๕-๑๒๓๔ too|Thai digits [phone] too|0|1|0",
        "passport MA123456 kept by HR|passport [id-number] kept by HR|0|0|1",
        "passport no. N1234567|passport no. [id-number]|0|0|1",
        "BD passport A12345678|BD passport [id-number]|0|0|1",
        "ID 1-2345-67890-12-3 held|ID [id-number] held|0|0|1",
        "ID 1234567890123 held|ID [id-number] held|0|0|1",
        "card 1 2345 67890 12 3|card [id-number]|0|0|1",
        "worker no 12345678|worker no [id-number]|0|0|1",
        "ref abc123456789|ref abc[id-number]|0|0|1"})
    void identifiersAreReplacedAndCounted(String text, String scrubbed, int emails, int phones, int ids) {
        assertThat(deidentifier.scrub(text)).isEqualTo(new Deidentifier.Scrubbed(scrubbed, emails, phones, ids));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "worked 70 hours",
        "paid 9000 baht",
        "paid 9,000 baht",
        "A deposit of 1,500 baht for uniforms is deducted in the first month.",
        "the agent charged 45,000 baht",
        "owes 12 000 000 kip",
        "owes 1.500.000 kyat",
        "on 12/03/2024",
        "on 12.03.2024",
        "on 2024-03-12",
        "in 2024",
        "between 2019-2024",
        "fees of 15000-20000 baht",
        "Crew member says they worked 18-hour days for 21 days at sea.",
        "Dormitory gate locked after 22:00; 9 people share one room.",
        "Case GRV-2025-001 and R-0001",
        "about 1.5 months of wages",
        "Line kept until 22:00 six days a week during peak orders",
        "Fire extinguishers on the second floor not inspected for 14 months.",
        "12.5% of 1,234 workers"})
    void ordinaryNumbersAreLeftAlone(String text) {
        assertThat(deidentifier.scrub(text)).isEqualTo(new Deidentifier.Scrubbed(text, 0, 0, 0));
    }

    @Test
    void severalKindsInOneTextAreAllCounted() {
        Deidentifier.Scrubbed scrubbed = deidentifier.scrub(
                "Kyaw (passport MB654321) says call 081-555-1234 or write to kyaw@example.org; paid 9000 baht.");
        assertThat(scrubbed.text())
                .isEqualTo("Kyaw (passport [id-number]) says call [phone] or write to [email]; paid 9000 baht.");
        assertThat(scrubbed.total()).isEqualTo(3);
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(deidentifier.scrub("")).isEqualTo(new Deidentifier.Scrubbed("", 0, 0, 0));
    }

    @Test
    void hostileTextIsScrubbedQuickly() {
        String hostile = "1)1 ".repeat(5_000) + "1-".repeat(5_000) + "a";
        assertThat(deidentifier.scrub(hostile).text()).isNotNull();
    }
}
