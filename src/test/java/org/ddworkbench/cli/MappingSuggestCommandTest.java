package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ddworkbench.cli.CliHarness.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mapping suggest}: a profile JSON to keep, edit and reuse with {@code import --mapping}, and a readable table. */
class MappingSuggestCommandTest {
    private static final String PASSPHRASE = ImportCommandTest.PASSPHRASE;
    private static final Path INPUTS = ImportCommandTest.INPUTS;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temp;

    private CliHarness cli;
    private Path project;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp.resolve("home"));
        project = temp.resolve("project");
        assertThat(cli.run(PASSPHRASE, "init", project.toString()).exitCode()).isZero();
    }

    @Test
    void withoutOutTheJsonGoesToStandardOutputAndTheTableToStandardError() throws Exception {
        Result result = cli.run(PASSPHRASE, "mapping", "suggest", project.toString(),
                INPUTS.resolve("grievances.csv").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode profile = json.readTree(result.out());
        assertThat(profile.get("kind").asText()).isEqualTo("grievance");
        assertThat(profile.get("sheets")).isNotEmpty();
        assertThat(result.err()).contains("grievance log (grievance), mapping: suggested", "Case ID", "-> field respondent key",
                "Description", "-> field free text", "%");
    }

    @Test
    void aSavedProfileIsReusedWithMapping() throws Exception {
        Path saved = temp.resolve("hotline-export.json");
        Result suggest = cli.run(PASSPHRASE, "mapping", "suggest", project.toString(),
                INPUTS.resolve("grievances.csv").toString(), "--out", saved.toString());
        assertThat(suggest.exitCode()).as(suggest.err()).isZero();
        assertThat(suggest.out()).contains("-> ", "Wrote the mapping profile \"grievances\" to " + saved);
        assertThat(saved).isRegularFile();

        Result imported = cli.run(PASSPHRASE, "import", project.toString(), INPUTS.resolve("grievances.csv").toString(),
                "--mapping", saved.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("mapping: chosen (\"grievances\"); 60 rows read, 60 valid, 0 problems");
    }

    @Test
    void anEditedProfileFixesWhatTheSuggestionMissed() throws Exception {
        Path saved = temp.resolve("survey.json");
        Path survey = INPUTS.resolve("worker-survey.xlsx");
        assertThat(cli.run(PASSPHRASE, "mapping", "suggest", project.toString(), survey.toString(), "--out",
                saved.toString()).exitCode()).isZero();
        assertThat(cli.run(PASSPHRASE, "import", project.toString(), survey.toString(), "--mapping", saved.toString())
                .exitCode()).as("the survey answers \"Other\", which the pack calls \"another\"").isEqualTo(1);

        JsonNode profile = json.readTree(saved.toFile());
        for (JsonNode sheet : profile.get("sheets")) {
            for (JsonNode column : sheet.get("columns")) {
                if (column.get("header").asText().equals("Gender")) {
                    ((ObjectNode) column.get("translations")).put("other", "another");
                }
            }
        }
        Files.writeString(saved, json.writeValueAsString(profile));

        Result imported = cli.run(PASSPHRASE, "import", project.toString(), survey.toString(), "--mapping",
                saved.toString(), "--save-mapping", "Worker voice export");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("302 rows read, 302 valid, 0 problems");
    }

    @Test
    void aBrokenProfileIsRefusedWithItsFileName() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"format\": \"ddw-mapping/1\", \"name\": 3}");
        Result result = cli.run(PASSPHRASE, "import", project.toString(), INPUTS.resolve("grievances.csv").toString(),
                "--mapping", broken.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("ddw: ").contains("broken.json");
    }
}
