package org.ddworkbench.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.ingest.FileRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping profiles survive a trip through JSON unchanged, and broken profile files are refused with where and why. */
class MappingProfilesTest {
    @TempDir
    Path dir;

    private final MappingProfiles profiles = new MappingProfiles();

    private static MappingProfile sampleProfile(String file) throws Exception {
        return PreviewFiles.suggester().suggest(PreviewFiles.preview(PreviewFiles.SAMPLE_INPUTS.resolve(file)),
                PreviewFiles.pack(), null, List.of()).profile();
    }

    @Test
    void aProfileWrittenToAFileReadsBackEqual() throws Exception {
        for (String sample : List.of("worker-survey.xlsx", "grievances.csv", "saq/gulf-lantern-seafoods.xlsx",
                "audits/moei-river-knitting-2024-09.xlsx")) {
            MappingProfile profile = sampleProfile(sample);
            Path file = dir.resolve("profile.json");

            profiles.write(profile, file);

            assertThat(profiles.read(file)).isEqualTo(profile);
            assertThat(profiles.fromJson(profiles.toJson(profile))).isEqualTo(profile);
        }
    }

    @Test
    void theJsonIsReadableWithLowerCaseNamesAndAFormat() throws Exception {
        String json = profiles.toJson(sampleProfile("grievances.csv"));

        assertThat(json).contains("\"format\" : \"ddw-mapping/1\"", "\"kind\" : \"grievance\"", "\"role\" : \"cases\"",
                "\"layout\" : \"table\"", "\"target\" : \"FREE_TEXT\"", "\"working hours\" : \"hours\"");
    }

    @Test
    void refusesAnUnknownFieldNamingFileAndPath() throws Exception {
        String json = profiles.toJson(sampleProfile("grievances.csv"))
                .replaceFirst("\"unitFactor\"", "\"colour\" : \"red\",\n \"unitFactor\"");
        Path file = dir.resolve("my-mapping.json");
        Files.writeString(file, json);

        assertThatThrownBy(() -> profiles.read(file))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageStartingWith("my-mapping.json: $.sheets[0].columns[0].colour: unknown field \"colour\"");
    }

    @Test
    void refusesAnUnknownTargetKindWithThePath() throws Exception {
        String json = profiles.toJson(sampleProfile("grievances.csv")).replaceFirst("\"kind\" : \"field\"",
                "\"kind\" : \"feld\"");

        assertThatThrownBy(() -> profiles.read(json, "p.json"))
                .hasMessageContaining("p.json: $.sheets[0].columns[0].kind: \"feld\" is not one of: field, metric,"
                        + " identifier, ignore");
    }

    @Test
    void refusesAMissingField() throws Exception {
        String json = profiles.toJson(sampleProfile("grievances.csv")).replaceFirst("\"headerRow\" : 1,", "");

        assertThatThrownBy(() -> profiles.read(json, "p.json"))
                .hasMessageStartingWith("p.json: $.sheets[0].headerRow: missing");
    }

    @Test
    void refusesAFieldTheWorkbenchDoesNotKnow() throws Exception {
        String json = profiles.toJson(sampleProfile("grievances.csv")).replaceFirst("\"FREE_TEXT\"", "\"NOTES\"");

        assertThatThrownBy(() -> profiles.read(json, "p.json"))
                .hasMessage("p.json: $.sheets[0].columns[5].target: \"NOTES\" is not a field the workbench knows");
    }

    @Test
    void refusesAWrongTypeAndNullLists() throws Exception {
        String base = profiles.toJson(sampleProfile("grievances.csv"));

        assertThatThrownBy(() -> profiles.read(base.replaceFirst("\"column\" : 0", "\"column\" : \"A\""), "p.json"))
                .hasMessageContaining("$.sheets[0].columns[0].column: expected a whole number");
        assertThatThrownBy(() -> profiles.read(base.replaceFirst("\"rows\" : \\[ \\]", "\"rows\" : null"), "p.json"))
                .hasMessageContaining("$.sheets[0].rows: must not be null");
    }

    @Test
    void refusesBrokenJsonWithItsPosition() {
        assertThatThrownBy(() -> profiles.read("{\n \"format\": \"ddw-mapping/1\",\n \"name\": }", "p.json"))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("p.json: not valid JSON at line 3");
    }

    @Test
    void refusesAnotherFormat() throws Exception {
        String json = profiles.toJson(sampleProfile("grievances.csv")).replace("ddw-mapping/1", "ddw-mapping/9");

        assertThatThrownBy(() -> profiles.read(json, "p.json"))
                .hasMessageContaining("p.json: $.format: expected \"ddw-mapping/1\" but found \"ddw-mapping/9\"");
    }

    @Test
    void refusesALongSheetWithoutAnAnswerColumn() throws Exception {
        String json = profiles.toJson(sampleProfile("saq/gulf-lantern-seafoods.xlsx")).replace("\"ANSWER\"", "\"COMMENT\"");

        assertThatThrownBy(() -> profiles.read(json, "p.json"))
                .hasMessageContaining("$.sheets[1].columns: a long sheet needs exactly one QUESTION column and one"
                        + " ANSWER column");
    }
}
