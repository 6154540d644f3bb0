package org.ddworkbench.ingest;

import org.ddworkbench.ingest.map.DefaultMappingSuggester;
import org.ddworkbench.ingest.map.IdentifierColumnHeaders;
import org.ddworkbench.ingest.map.MappingProfiles;
import org.ddworkbench.ingest.map.MappingSuggester;
import org.ddworkbench.ingest.read.TableReaders;
import org.ddworkbench.ingest.template.TemplateLayouts;
import org.ddworkbench.ingest.value.CountryNormalizer;
import org.ddworkbench.ingest.value.DefaultValueParser;
import org.ddworkbench.ingest.value.HmacDeidentifier;
import org.ddworkbench.ingest.value.IdentifierColumns;
import org.ddworkbench.ingest.value.IsoCountryNormalizer;
import org.ddworkbench.ingest.value.ValueParser;

/**
 * The parts the import pipeline is assembled from: file readers, the mapping suggester, value and
 * country parsing, de-identification and mapping-profile JSON. Built by the composition root.
 */
public record ImportComponents(TableReaderFactory readers, MappingSuggester suggester,
        ValueParser values, CountryNormalizer countries, DeidentifierFactory deidentifiers,
        MappingProfileCodec profiles) {

    /** The workbench's standard parts: streaming readers, pack-driven suggester, HMAC de-identification. */
    public static ImportComponents standard() {
        return new ImportComponents(new TableReaders()::forFile,
                new DefaultMappingSuggester(new IdentifierColumnHeaders(new IdentifierColumns()), new TemplateLayouts()),
                new DefaultValueParser(), new IsoCountryNormalizer(), HmacDeidentifier::new, new MappingProfiles());
    }
}
