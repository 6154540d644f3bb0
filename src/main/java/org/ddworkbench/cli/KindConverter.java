package org.ddworkbench.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddworkbench.model.DataSourceKind;
import picocli.CommandLine;

/** Reads {@code --kind} as users write it ({@code saq}, {@code audit}, {@code workers}, ...) and names kinds back in words. */
final class KindConverter implements CommandLine.ITypeConverter<DataSourceKind>, Iterable<String> {
    private static final Map<String, DataSourceKind> NAMES = Map.of(
            "saq", DataSourceKind.SAQ,
            "audit", DataSourceKind.AUDIT,
            "workers", DataSourceKind.WORKER_SURVEY,
            "grievances", DataSourceKind.GRIEVANCE,
            "suppliers", DataSourceKind.SUPPLIER_LIST);
    /** In the order the help lists them. */
    private static final List<String> ORDER = List.of("saq", "audit", "workers", "grievances", "suppliers");

    @Override
    public DataSourceKind convert(String value) {
        DataSourceKind kind = NAMES.get(value.strip().toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new CommandLine.TypeConversionException("unknown kind '" + value + "': use one of "
                    + String.join(", ", ORDER) + ".");
        }
        return kind;
    }

    /** The completion candidates picocli shows in the help. */
    @Override
    public Iterator<String> iterator() {
        return ORDER.iterator();
    }

    /** The kind in words, for output: "worker survey". */
    static String describe(DataSourceKind kind) {
        if (kind == null) {
            return "unknown";
        }
        return switch (kind) {
            case SUPPLIER_LIST -> "supplier list";
            case SAQ -> "self-assessment questionnaire";
            case AUDIT -> "audit";
            case WORKER_SURVEY -> "worker survey";
            case GRIEVANCE -> "grievance log";
        };
    }

    /** Whether a file of this kind is about workers, so its cell values are never shown. */
    static boolean workerLevel(DataSourceKind kind) {
        return kind == DataSourceKind.WORKER_SURVEY || kind == DataSourceKind.GRIEVANCE;
    }
}
