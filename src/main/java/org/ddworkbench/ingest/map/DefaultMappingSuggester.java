package org.ddworkbench.ingest.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.MetricPack;

/**
 * Proposes how to read a file: a workbench template's own mapping when its marker says so, else a saved
 * profile with the same header signature, else a suggestion from the header texts (kind, header rows,
 * layouts and the target of every column or question, with confidence).
 */
public final class DefaultMappingSuggester implements MappingSuggester {
    public static final String SOURCE_TEMPLATE = "template";
    public static final String SOURCE_SUGGESTED = "suggested";
    public static final String SOURCE_SAVED_PREFIX = "saved profile ";

    private final IdentifierHeaders identifiers;
    private final TemplateMappings templates;

    public DefaultMappingSuggester(IdentifierHeaders identifiers, TemplateMappings templates) {
        this.identifiers = identifiers;
        this.templates = templates;
    }

    @Override
    public MappingSuggestion suggest(FilePreview preview, MetricPack pack, DataSourceKind kind,
            List<MappingProfile> saved) throws FileRejectedException {
        Optional<TemplateMarker> marker = marker(preview);
        if (marker.isPresent()) {
            return new TemplateRecognizer(templates).suggest(preview, pack, kind, marker.get());
        }
        for (MappingProfile profile : saved) {
            if ((kind == null || profile.kind() == kind) && profile.headerSignature() != null
                    && profile.headerSignature().equals(headerSignature(preview, profile))) {
                return fromSaved(preview, profile);
            }
        }
        TargetCatalog catalog = new TargetCatalog(pack);
        TargetMatcher matcher = new TargetMatcher(catalog);
        FileMapper files = new FileMapper(new SheetShapes(catalog, matcher),
                new SheetMapper(catalog, matcher, identifiers));
        FileMapper.Mapped mapped = kind == null
                ? new KindDetector(files).detect(preview, pack)
                : files.map(preview, files.shapes(preview), kind);
        if (!mapped.mapsAnything()) {
            if (preview.sheets().stream().allMatch(sheet -> sheet.rows().size() < 2)) {
                throw new FileRejectedException(preview.fileName() + ": no sheet has any rows below its first row;"
                        + " there is nothing to import.");
            }
            throw new FileRejectedException(preview.fileName() + ": none of its sheets has headers or questions that"
                    + " match the metric pack's metrics or fields for " + KindDetector.describe(mapped.kind())
                    + ". Check the kind of file, or map its columns by hand.");
        }
        MappingProfile unsigned = new MappingProfile(baseName(preview.fileName()), mapped.kind(), "", false,
                mapped.sheets());
        MappingProfile profile = withSignature(unsigned, headerSignature(preview, unsigned));
        return new MappingSuggestion(profile, SOURCE_SUGGESTED, mapped.confidence(), mapped.unmapped());
    }

    @Override
    public String headerSignature(FilePreview preview, MappingProfile profile) {
        return HeaderSignatures.of(preview, profile);
    }

    private static Optional<TemplateMarker> marker(FilePreview preview) throws FileRejectedException {
        try {
            return TemplateMarker.of(preview.templateMarker());
        } catch (IllegalArgumentException e) {
            throw new FileRejectedException(preview.fileName() + " looks like a workbench template, but "
                    + e.getMessage() + ".", e);
        }
    }

    /** A saved profile applied to this file: sheet names follow the file (a CSV sheet is named after its file). */
    private MappingSuggestion fromSaved(FilePreview preview, MappingProfile profile) {
        List<SheetMapping> sheets = new ArrayList<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (SheetMapping sheet : profile.sheets()) {
            String name = HeaderSignatures.sheet(preview, profile, sheet.sheet())
                    .map(found -> found.sheet().name())
                    .orElse(sheet.sheet());
            sheets.add(new SheetMapping(name, sheet.role(), sheet.layout(), sheet.headerRow(), sheet.columns(),
                    sheet.rows()));
            for (ColumnMapping column : sheet.columns()) {
                String key = name + "!" + RawCell.columnLetters(column.column());
                if (column.kind() == TargetKind.IGNORE) {
                    if (sheet.role() != SheetRole.IGNORED && sheet.layout() == Layout.TABLE) {
                        unmapped.add(key + " '" + column.header() + "'");
                    }
                } else {
                    confidence.put(key, 1.0);
                }
            }
        }
        MappingProfile applied = new MappingProfile(profile.name(), profile.kind(), profile.headerSignature(),
                profile.fromTemplate(), sheets);
        return new MappingSuggestion(applied, SOURCE_SAVED_PREFIX + profile.name(), confidence, unmapped);
    }

    static MappingProfile withSignature(MappingProfile profile, String signature) {
        return new MappingProfile(profile.name(), profile.kind(), signature, profile.fromTemplate(), profile.sheets());
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "mapping" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
