package org.ddworkbench.ingest;

import org.ddworkbench.ingest.map.MappingProfile;

/** Writes and reads mapping profiles as JSON, the form they are saved and shared in. */
public interface MappingProfileCodec {

    String toJson(MappingProfile profile);

    /** @throws FileRejectedException when the JSON is not a mapping profile (the message says where) */
    MappingProfile fromJson(String json) throws FileRejectedException;
}
