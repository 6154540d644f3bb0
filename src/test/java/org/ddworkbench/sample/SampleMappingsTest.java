package org.ddworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingProfiles;
import org.ddworkbench.model.DataSourceKind;
import org.junit.jupiter.api.Test;

/** The mapping profiles shipped with the sample: readable, for their kind, and the same as the copies next to the inputs. */
class SampleMappingsTest {
    private static final Path COMMITTED = Path.of("sample-projects", "thai-seafood-apparel", "mappings");

    @Test
    void bundledProfilesAreByteForByteTheCopiesNextToTheSampleInputs() throws Exception {
        for (String resource : SampleMappings.RESOURCES.values()) {
            try (InputStream in = SampleMappings.class.getResourceAsStream("mappings/" + resource)) {
                assertThat(in).as(resource).isNotNull();
                assertThat(in.readAllBytes()).as("src/main/resources/org/ddworkbench/sample/mappings/" + resource
                        + " must equal " + COMMITTED.resolve(resource)).isEqualTo(Files.readAllBytes(COMMITTED.resolve(resource)));
            }
        }
    }

    @Test
    void eachProfileIsForItsKindAndOthersAreLeftToTheSuggester() throws Exception {
        SampleMappings mappings = new SampleMappings(new MappingProfiles());
        for (Map.Entry<DataSourceKind, String> shipped : SampleMappings.RESOURCES.entrySet()) {
            MappingProfile profile = mappings.forKind(shipped.getKey());
            assertThat(profile.kind()).isEqualTo(shipped.getKey());
            assertThat(profile.name()).isNotBlank();
        }
        assertThat(mappings.forKind(DataSourceKind.SAQ)).isNull();
        assertThat(mappings.forKind(DataSourceKind.AUDIT)).isNull();
    }

    @Test
    void theSurveyProfileTranslatesEveryGenderTheSampleWrites() throws Exception {
        MappingProfile profile = new SampleMappings(new MappingProfiles()).forKind(DataSourceKind.WORKER_SURVEY);
        assertThat(profile.sheets()).flatMap(sheet -> sheet.columns())
                .filteredOn(column -> column.header().equals("Gender")).singleElement()
                .satisfies(column -> assertThat(column.translations()).containsEntry("other", "another")
                        .containsEntry("female", "woman").containsEntry("male", "man"));
    }
}
