package org.ddworkbench.ingest.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.Sha256;

/**
 * Computes the header signature of a file under a mapping: SHA-256 over, for each mapped sheet in order, its
 * role and layout, its normalised header texts in column order, and for long layouts its normalised questions.
 * Two files with the same layout get the same signature whatever their data and sheet names.
 */
final class HeaderSignatures {
    private static final char SEPARATOR = '\u001f';

    private HeaderSignatures() {
    }

    static String of(FilePreview preview, MappingProfile profile) {
        StringBuilder text = new StringBuilder();
        for (SheetMapping mapping : profile.sheets()) {
            if (mapping.role() == SheetRole.IGNORED) {
                continue;
            }
            text.append(mapping.role()).append(SEPARATOR).append(mapping.layout()).append('\n');
            Optional<FilePreview.SheetPreview> found = sheet(preview, profile, mapping.sheet());
            if (found.isEmpty()) {
                text.append("\u0000missing\n");
                continue;
            }
            FilePreview.SheetPreview sheet = found.get();
            HeaderRows.texts(sheet, mapping.headerRow()).forEach((column, header) ->
                    text.append(column).append('=').append(HeaderText.key(header)).append(SEPARATOR));
            text.append('\n');
            if (mapping.layout() == Layout.LONG) {
                int questionColumn = questionColumn(mapping);
                for (Map.Entry<Integer, List<RawCell>> row : new TreeMap<>(sheet.rows()).entrySet()) {
                    if (row.getKey() <= mapping.headerRow()) {
                        continue;
                    }
                    row.getValue().stream()
                            .filter(cell -> cell.column() == questionColumn && cell.kind() == CellKind.TEXT)
                            .forEach(cell -> text.append(HeaderText.key(cell.text())).append(SEPARATOR));
                }
                text.append('\n');
            }
        }
        return Sha256.hex(text.toString());
    }

    /**
     * The preview's sheet a mapping names: by name, ignoring case; a CSV file's single sheet whatever its
     * name, since it is named after the file.
     */
    static Optional<FilePreview.SheetPreview> sheet(FilePreview preview, MappingProfile profile, String name) {
        for (FilePreview.SheetPreview sheet : preview.sheets()) {
            if (sheet.sheet().name().equals(name)) {
                return Optional.of(sheet);
            }
        }
        for (FilePreview.SheetPreview sheet : preview.sheets()) {
            if (sheet.sheet().name().equalsIgnoreCase(name)) {
                return Optional.of(sheet);
            }
        }
        long mapped = profile.sheets().stream().filter(s -> s.role() != SheetRole.IGNORED).count();
        if (preview.format() == FileFormat.CSV && preview.sheets().size() == 1 && mapped == 1) {
            return Optional.of(preview.sheets().get(0));
        }
        return Optional.empty();
    }

    static int questionColumn(SheetMapping mapping) {
        return mapping.columns().stream()
                .filter(c -> c.kind() == TargetKind.FIELD && Field.QUESTION.name().equals(c.target()))
                .mapToInt(ColumnMapping::column)
                .findFirst()
                .orElse(0);
    }
}
