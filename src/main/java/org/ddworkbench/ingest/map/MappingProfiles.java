package org.ddworkbench.ingest.map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.MappingProfileCodec;
import org.ddworkbench.model.DataSourceKind;

/**
 * Reads and writes mapping profiles as JSON ({@code mapping suggest} prints one, {@code --mapping} reads one).
 * Reading is strict: unknown, missing or mistyped fields are refused with the file name and the JSON path.
 */
public final class MappingProfiles implements MappingProfileCodec {
    /** The format of profile files this build writes and reads. */
    public static final String FORMAT = "ddw-mapping/1";
    /** Profiles are small; anything bigger is refused unread. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final String DEFAULT_SOURCE = "mapping profile";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .withConfigOverride(Map.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .build();

    /** The file form: the profile with its format. */
    private record ProfileFile(String format, String name, DataSourceKind kind, String headerSignature,
            boolean fromTemplate, List<SheetMapping> sheets) {
    }

    @Override
    public String toJson(MappingProfile profile) {
        try {
            return mapper.writeValueAsString(new ProfileFile(FORMAT, profile.name(), profile.kind(),
                    profile.headerSignature(), profile.fromTemplate(), profile.sheets()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping profile could not be written as JSON", e);
        }
    }

    @Override
    public MappingProfile fromJson(String json) throws FileRejectedException {
        return read(json, DEFAULT_SOURCE);
    }

    public void write(MappingProfile profile, Path file) throws IOException {
        Files.writeString(file, toJson(profile), StandardCharsets.UTF_8);
    }

    public MappingProfile read(Path file) throws FileRejectedException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new FileRejectedException(name + ": too large for a mapping profile (over 1 MB).");
            }
            return read(new String(bytes, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new FileRejectedException(name + ": the mapping profile could not be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * @param sourceName how to name the profile in messages (its file name)
     */
    public MappingProfile read(String json, String sourceName) throws FileRejectedException {
        ProfileFile file;
        try {
            file = mapper.readValue(json, ProfileFile.class);
        } catch (JsonMappingException e) {
            throw new FileRejectedException(sourceName + ": " + path(e) + ": " + problem(e), e);
        } catch (StreamReadException e) {
            throw new FileRejectedException(sourceName + ": not valid JSON " + where(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()), e);
        } catch (JacksonException e) {
            throw new FileRejectedException(sourceName + ": could not be read: " + firstLine(e.getOriginalMessage()), e);
        }
        if (file == null) {
            throw new FileRejectedException(sourceName + ": $: expected a mapping profile object but found null");
        }
        if (!FORMAT.equals(file.format())) {
            throw new FileRejectedException(sourceName + ": $.format: expected \"" + FORMAT + "\" but found "
                    + (file.format() == null ? "nothing" : "\"" + file.format() + "\""));
        }
        MappingProfile profile = new MappingProfile(file.name(), file.kind(), file.headerSignature(),
                file.fromTemplate(), file.sheets());
        new ProfileChecks(sourceName).check(profile);
        return profile;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String problem(JsonMappingException e) {
        String message = firstLine(e.getOriginalMessage());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "\"" + format.getValue() + "\" is not one of: " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (message.startsWith("Missing required creator property") || message.startsWith("Missing creator property")) {
            return "missing (every field of a mapping profile must be given; write null for no target)";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType()) + " here";
        }
        return "could not be read: " + message;
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "(position unknown)"
                : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
