package org.ddworkbench.ingest.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddworkbench.model.DataSourceKind;

/** Maps every sheet of a file for one kind of file, choosing each sheet's role; sheets with nothing known are ignored. */
final class FileMapper {
    private final SheetShapes shapes;
    private final SheetMapper mapper;

    FileMapper(SheetShapes shapes, SheetMapper mapper) {
        this.shapes = shapes;
        this.mapper = mapper;
    }

    /** A whole file's mapping for one kind, with the confidence and notes of every sheet. */
    record Mapped(DataSourceKind kind, List<SheetMapping> sheets, Map<String, Double> confidence, List<String> unmapped) {
        Mapped {
            sheets = List.copyOf(sheets);
            confidence = Map.copyOf(confidence);
            unmapped = List.copyOf(unmapped);
        }

        boolean mapsAnything() {
            return sheets.stream().anyMatch(s -> s.role() != SheetRole.IGNORED);
        }
    }

    /** The shape of each sheet, detected once and reused for every kind tried. */
    Map<String, Optional<SheetShapes.Shape>> shapes(FilePreview preview) {
        Map<String, Optional<SheetShapes.Shape>> detected = new LinkedHashMap<>();
        for (FilePreview.SheetPreview sheet : preview.sheets()) {
            detected.put(sheet.sheet().name(), shapes.detect(sheet));
        }
        return detected;
    }

    Mapped map(FilePreview preview, Map<String, Optional<SheetShapes.Shape>> detected, DataSourceKind kind) {
        List<SheetMapping> sheets = new ArrayList<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (FilePreview.SheetPreview sheet : preview.sheets()) {
            String name = sheet.sheet().name();
            Optional<SheetShapes.Shape> shape = detected.getOrDefault(name, Optional.empty());
            SheetMapper.Result best = null;
            if (shape.isPresent()) {
                for (SheetRole role : roles(kind, shape.get().layout())) {
                    SheetMapper.Result result = mapper.map(sheet, shape.get(), kind, role);
                    if (result.mapsAnything() && (best == null || total(result) > total(best))) {
                        best = result;
                    }
                }
            }
            if (best == null) {
                sheets.add(new SheetMapping(name, SheetRole.IGNORED, Layout.TABLE, 0, List.of(), List.of()));
                unmapped.add(name + " (whole sheet: " + (shape.isEmpty() ? "no table or list of questions found"
                        : "nothing in it matches the pack's metrics or fields for this kind of file") + ")");
                continue;
            }
            sheets.add(best.mapping());
            confidence.putAll(best.confidence());
            unmapped.addAll(best.unmapped());
        }
        return new Mapped(kind, sheets, confidence, unmapped);
    }

    /** The roles a sheet of a layout may have in a kind of file, most likely first. */
    private static List<SheetRole> roles(DataSourceKind kind, Layout layout) {
        return switch (kind) {
            case SUPPLIER_LIST -> layout == Layout.TABLE ? List.of(SheetRole.SUPPLIERS) : List.of();
            case SAQ -> List.of(SheetRole.ANSWERS);
            case AUDIT -> layout == Layout.TABLE ? List.of(SheetRole.FINDINGS, SheetRole.AUDIT) : List.of(SheetRole.AUDIT);
            case WORKER_SURVEY -> layout == Layout.TABLE ? List.of(SheetRole.RESPONDENTS) : List.of();
            case GRIEVANCE -> layout == Layout.TABLE ? List.of(SheetRole.CASES) : List.of();
        };
    }

    private static double total(SheetMapper.Result result) {
        return result.confidence().values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
