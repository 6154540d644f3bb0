package org.ddworkbench.ingest.map;

import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.MetricPack;

/** The exact mapping of a workbench template, built from the same layout the template writer used. */
public interface TemplateMappings {

    /** The mapping of the template of {@code kind} made from {@code pack} (header signature left empty). */
    MappingProfile profile(MetricPack pack, DataSourceKind kind);

    /** The version of the template layouts, written into each template's marker. */
    String templateVersion();
}
