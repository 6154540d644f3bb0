package org.ddworkbench.ingest.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.MetricPack;

/**
 * Maps a filled-in workbench template exactly as its layout says, after checking that it was made from the
 * project's pack and that its sheets and headers are still the template's.
 */
final class TemplateRecognizer {
    private final TemplateMappings templates;

    TemplateRecognizer(TemplateMappings templates) {
        this.templates = templates;
    }

    MappingSuggestion suggest(FilePreview preview, MetricPack pack, DataSourceKind chosen, TemplateMarker marker)
            throws FileRejectedException {
        String file = preview.fileName();
        if (!marker.packId().equals(pack.id()) || !marker.packVersion().equals(pack.version())) {
            throw new FileRejectedException(file + ": this template was made for pack " + marker.packId() + " version "
                    + marker.packVersion() + "; the project uses " + pack.id() + " version " + pack.version()
                    + ". Make a new template from the project's pack, or map the file's columns.");
        }
        if (chosen != null && chosen != marker.kind()) {
            throw new FileRejectedException(file + " is a template for " + KindDetector.describe(marker.kind())
                    + ", not for " + KindDetector.describe(chosen) + ". Choose the kind of file again.");
        }
        MappingProfile layout = templates.profile(pack, marker.kind());
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (SheetMapping sheet : layout.sheets()) {
            if (sheet.role() == SheetRole.IGNORED) {
                continue;
            }
            FilePreview.SheetPreview found = preview.sheets().stream()
                    .filter(s -> s.sheet().name().equals(sheet.sheet()))
                    .findFirst()
                    .orElseThrow(() -> new FileRejectedException(file + ": the template's sheet '" + sheet.sheet()
                            + "' is missing. Use a fresh template."));
            checkHeaders(file, found, sheet);
            confidence.putAll(confidence(found, sheet));
        }
        MappingProfile profile = new MappingProfile("template " + TemplateMarker.kindName(marker.kind()),
                marker.kind(), "", true, layout.sheets());
        profile = DefaultMappingSuggester.withSignature(profile, HeaderSignatures.of(preview, profile));
        return new MappingSuggestion(profile, DefaultMappingSuggester.SOURCE_TEMPLATE, confidence, List.of());
    }

    private static void checkHeaders(String file, FilePreview.SheetPreview found, SheetMapping sheet)
            throws FileRejectedException {
        SortedMap<Integer, String> headers = HeaderRows.texts(found, sheet.headerRow());
        for (ColumnMapping column : sheet.columns()) {
            String actual = headers.getOrDefault(column.column(), "");
            if (!HeaderText.key(actual).equals(HeaderText.key(column.header()))) {
                throw new FileRejectedException(file + ": the template's sheet '" + sheet.sheet() + "' was changed"
                        + " (column " + RawCell.columnLetters(column.column()) + " should be headed '" + column.header()
                        + "'). Use a fresh template.");
            }
        }
    }

    private static Map<String, Double> confidence(FilePreview.SheetPreview found, SheetMapping sheet) {
        Map<String, Double> confidence = new LinkedHashMap<>();
        if (sheet.layout() == Layout.TABLE) {
            for (ColumnMapping column : sheet.columns()) {
                if (column.kind() != TargetKind.IGNORE) {
                    confidence.put(sheet.sheet() + "!" + RawCell.columnLetters(column.column()), 1.0);
                }
            }
            return confidence;
        }
        int questionColumn = HeaderSignatures.questionColumn(sheet);
        Set<String> known = sheet.rows().stream()
                .filter(r -> r.kind() != TargetKind.IGNORE)
                .map(r -> HeaderText.key(r.question()))
                .collect(Collectors.toSet());
        new TreeMap<>(found.rows()).forEach((row, cells) -> {
            for (RawCell cell : cells) {
                if (row > sheet.headerRow() && cell.column() == questionColumn && known.contains(HeaderText.key(cell.text()))) {
                    confidence.put(sheet.sheet() + "!" + RawCell.columnLetters(questionColumn) + row, 1.0);
                }
            }
        });
        return confidence;
    }
}
