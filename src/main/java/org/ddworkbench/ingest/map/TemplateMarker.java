package org.ddworkbench.ingest.map;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ddworkbench.model.DataSourceKind;

/**
 * What a workbench template's hidden marker sheet says: which kind of file, made from which pack, by which
 * template version. Written by the template writer, read back by the suggester.
 */
public record TemplateMarker(String format, DataSourceKind kind, String packId, String packVersion,
        String packFingerprint, String templateVersion) {

    /** The only marker format this build writes and reads. */
    public static final String FORMAT = "ddw-template/1";
    public static final String KEY_FORMAT = "format";
    public static final String KEY_KIND = "kind";
    public static final String KEY_PACK_ID = "pack id";
    public static final String KEY_PACK_VERSION = "pack version";
    public static final String KEY_PACK_FINGERPRINT = "pack fingerprint";
    public static final String KEY_TEMPLATE_VERSION = "template version";

    /** The key/value rows of the marker sheet, in order. */
    public Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(KEY_FORMAT, format);
        entries.put(KEY_KIND, kindName(kind));
        entries.put(KEY_PACK_ID, packId);
        entries.put(KEY_PACK_VERSION, packVersion);
        entries.put(KEY_PACK_FINGERPRINT, packFingerprint);
        entries.put(KEY_TEMPLATE_VERSION, templateVersion);
        return entries;
    }

    /**
     * Reads a marker from a preview's marker rows.
     *
     * @return empty when there is no marker at all
     * @throws IllegalArgumentException with a plain-English reason when a marker is there but unusable
     */
    public static Optional<TemplateMarker> of(Map<String, String> entries) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String format = entries.getOrDefault(KEY_FORMAT, "");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("its template marker has the format \"" + format
                    + "\", which this version of the workbench does not know (expected " + FORMAT + ")");
        }
        String kind = entries.getOrDefault(KEY_KIND, "");
        DataSourceKind parsed = null;
        for (DataSourceKind candidate : DataSourceKind.values()) {
            if (kindName(candidate).equals(kind)) {
                parsed = candidate;
            }
        }
        if (parsed == null) {
            throw new IllegalArgumentException("its template marker names an unknown kind of file \"" + kind + "\"");
        }
        return Optional.of(new TemplateMarker(format, parsed, entries.getOrDefault(KEY_PACK_ID, ""),
                entries.getOrDefault(KEY_PACK_VERSION, ""), entries.getOrDefault(KEY_PACK_FINGERPRINT, ""),
                entries.getOrDefault(KEY_TEMPLATE_VERSION, "")));
    }

    /** How a kind is written in the marker: {@code worker_survey}. */
    public static String kindName(DataSourceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
