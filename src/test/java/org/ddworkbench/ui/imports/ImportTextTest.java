package org.ddworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ddworkbench.ingest.DeidentificationSummary;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ui.TestPacks;
import org.junit.jupiter.api.Test;

class ImportTextTest {

    @Test
    void deidentificationIsDescribedByColumnNamesAndCounts() {
        DeidentificationSummary summary = new DeidentificationSummary(List.of("Name", "Phone", "Passport no."),
                List.of("Worker ID"), List.of("Age"), Map.of("Description", 12, "Notes", 0));

        assertThat(ImportText.deidentification(summary, false)).isEqualTo(
                "3 identifier columns will not be stored: Name, Phone, Passport no.; "
                        + "1 column will be stored only as a pseudonym: Worker ID; "
                        + "1 column will be stored as bands: Age; "
                        + "12 e-mail addresses, phone numbers or ID numbers will be removed from Description.");
        assertThat(ImportText.deidentification(summary, true)).startsWith(
                "3 identifier columns were not stored: Name, Phone, Passport no.;");
        assertThat(ImportText.deidentification(DeidentificationSummary.NONE, false)).isEmpty();
    }

    @Test
    void columnLettersFollowTheSpreadsheet() {
        assertThat(MappingRows.columnLetters(0)).isEqualTo("A");
        assertThat(MappingRows.columnLetters(25)).isEqualTo("Z");
        assertThat(MappingRows.columnLetters(26)).isEqualTo("AA");
        assertThat(MappingRows.columnLetters(701)).isEqualTo("ZZ");
    }

    @Test
    void aTypedTargetIsFoundByIdLabelOrAUniquePart() {
        TargetChoices choices = new TargetChoices(TestPacks.small().pack());

        assertThat(choices.find("weekly_hours")).map(TargetChoice::target).contains("weekly_hours");
        assertThat(choices.find("supplier country")).map(TargetChoice::target).contains(Field.SUPPLIER_COUNTRY.name());
        assertThat(choices.find("recruitment")).map(TargetChoice::target).contains("recruitment_fee_months");
        assertThat(choices.find("supplier")).as("several match").isEmpty();
        assertThat(choices.describeTarget("passports_retained")).isEqualTo("Identity documents retained");
        assertThat(choices.describeTarget("SUPPLIER_TIER")).isEqualTo("Supplier tier");
    }
}
