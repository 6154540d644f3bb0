package org.ddworkbench.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingProfiles;
import org.ddworkbench.model.DataSourceKind;

/**
 * The mapping profiles shipped with the sample (sample-projects/thai-seafood-apparel/mappings, bundled as
 * resources) for the files the suggested mapping does not fully cover, as a user would have saved them;
 * every other file is mapped by the suggester.
 */
final class SampleMappings {
    /** The worker survey answers "Other" for gender, which the pack calls "another": a value translation. */
    static final Map<DataSourceKind, String> RESOURCES = Map.of(DataSourceKind.WORKER_SURVEY, "worker-survey.json");
    private static final String FOLDER = "mappings/";

    private final MappingProfiles profiles;

    SampleMappings(MappingProfiles profiles) {
        this.profiles = profiles;
    }

    /** The shipped profile for files of {@code kind}, or null to let the suggester map them. */
    MappingProfile forKind(DataSourceKind kind) throws FileRejectedException {
        String resource = RESOURCES.get(kind);
        if (resource == null) {
            return null;
        }
        try (InputStream in = SampleMappings.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("the sample mapping " + resource + " is missing from the application");
            }
            return profiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new FileRejectedException("The sample mapping " + resource + " could not be read.", e);
        }
    }
}
