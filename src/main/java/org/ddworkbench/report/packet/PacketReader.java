package org.ddworkbench.report.packet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.ProblemException;

/**
 * Reads a packet file token by token into the packet records, refusing at the first token that does not belong
 * (so a hostile file is never built into a large tree first) and naming the place in the file it stopped at.
 * The rules beyond the JSON shape are {@link PacketChecks}'; the content hash is checked by {@link PacketCodec}.
 */
final class PacketReader {
    /** The packet and the content SHA-256 its file declares. */
    record Envelope(AggregatePacket packet, String contentSha256) {
    }

    private static final int MAX_DEPTH = 32;
    private static final int MAX_TEXT = 10_000;
    private static final int MAX_SOURCES = 1_000;
    private static final String TRUNCATED = "the file ends too early (is it truncated?)";
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_TEXT).maxNumberLength(100).maxNameLength(100)
                    .maxDocumentLength(PacketCodec.MAX_FILE_BYTES).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String fileName;
    private final PacketValues values;
    private final JsonParser parser;
    private int cells;

    private PacketReader(String fileName, JsonParser parser) {
        this.fileName = fileName;
        this.parser = parser;
        this.values = new PacketValues(parser);
    }

    /** Reads {@code bytes}; {@code fileName} names them in messages. */
    static Envelope read(String fileName, byte[] bytes) throws ProblemException {
        try (JsonParser parser = JSON.createParser(bytes)) {
            return new PacketReader(fileName, parser).envelope();
        } catch (PacketProblem problem) {
            String place = problem.place().isEmpty() ? "" : problem.place() + ": ";
            throw new ProblemException(fileName + ": " + place + problem.getMessage());
        } catch (StreamConstraintsException e) {
            throw new ProblemException(fileName + ": " + limit(e.getOriginalMessage()), e);
        } catch (StreamReadException e) {
            boolean atEnd = e.getLocation() != null && e.getLocation().getByteOffset() >= bytes.length;
            throw new ProblemException(fileName + ": not valid JSON" + where(e.getLocation())
                    + ": " + (atEnd ? TRUNCATED : syntax(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new ProblemException(fileName + ": could not be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Envelope envelope() throws IOException, PacketProblem {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new PacketProblem("", "the file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw notAPacket("it holds " + PacketValues.describe(first) + " where a packet holds an object");
        }
        String[] type = new String[1];
        String[] hash = new String[1];
        AggregatePacket[] packet = new AggregatePacket[1];
        List<String> names = List.of("type", "format", "contentSha256", "content");
        List<String> seen = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!names.contains(name)) {
                throw notAPacket("it has the field " + PacketPlaces.quote(name) + " at the top level");
            }
            seen.add(name);
            switch (name) {
                case "type" -> {
                    type[0] = values.text("", name, false);
                    if (!PacketCodec.TYPE.equals(type[0])) {
                        throw notAPacket("its type is " + PacketPlaces.quote(type[0]) + ", not \"" + PacketCodec.TYPE
                                + "\"");
                    }
                }
                case "format" -> {
                    int format = values.whole("", name);
                    if (format != AggregatePacket.FORMAT) {
                        throw new PacketProblem("", "it uses packet format " + format + ", but this version of"
                                + " Diligence Workbench reads format " + AggregatePacket.FORMAT + " only");
                    }
                }
                case "contentSha256" -> {
                    hash[0] = values.text("", name, false);
                    if (!PacketChecks.isSha256(hash[0])) {
                        throw new PacketProblem("", "\"contentSha256\" must be 64 lower-case hexadecimal digits");
                    }
                }
                default -> packet[0] = content();
            }
        }
        if (!seen.contains("type")) {
            throw notAPacket("it has no \"type\": \"" + PacketCodec.TYPE + "\"");
        }
        for (String name : names) {
            if (!seen.contains(name)) {
                throw new PacketProblem("", "the field \"" + name + "\" is missing");
            }
        }
        if (parser.nextToken() != null) {
            throw new PacketProblem("", "there is more after the end of the packet" + where(parser.currentLocation()));
        }
        return new Envelope(packet[0], hash[0]);
    }

    private PacketProblem notAPacket(String why) {
        return new PacketProblem("", "not a Diligence Workbench aggregate packet (" + why + ")");
    }

    private AggregatePacket content() throws IOException, PacketProblem {
        values.startObject("", "content");
        ContentDraft draft = new ContentDraft();
        values.fields("content", List.of("reportName", "released", "pack", "disclosure", "privacy", "sources",
                "tables"), name -> {
                    switch (name) {
                        case "reportName" -> draft.reportName = values.text("content", name, false);
                        case "released" -> draft.released = date(values.text("content", name, false));
                        case "pack" -> draft.pack = pack();
                        case "disclosure" -> draft.disclosure = disclosure();
                        case "privacy" -> draft.privacy = privacy();
                        case "sources" -> draft.sources = sources();
                        default -> draft.tables = tables();
                    }
                });
        return new AggregatePacket(AggregatePacket.FORMAT, draft.reportName, draft.released, draft.pack,
                draft.disclosure, draft.privacy, draft.sources, draft.tables);
    }

    private static LocalDate date(String text) throws PacketProblem {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new PacketProblem("content", "\"released\" must be a date such as 2025-07-01, not "
                    + PacketPlaces.quote(text));
        }
    }

    private PackReference pack() throws IOException, PacketProblem {
        values.startObject("content", "pack");
        String[] fields = new String[3];
        List<String> names = List.of("id", "version", "fingerprint");
        values.fields("pack", names, name -> fields[names.indexOf(name)] = values.text("pack", name, false));
        return new PackReference(fields[0], fields[1], fields[2]);
    }

    private DisclosureParameters disclosure() throws IOException, PacketProblem {
        values.startObject("content", "disclosure");
        int[] minCellSize = new int[1];
        double[] dominanceShare = new double[1];
        values.fields("disclosure", List.of("minCellSize", "dominanceShare"), name -> {
            if (name.equals("minCellSize")) {
                minCellSize[0] = values.whole("disclosure", name);
            } else {
                dominanceShare[0] = values.number("disclosure", name);
            }
        });
        return new DisclosureParameters(minCellSize[0], dominanceShare[0]);
    }

    private PrivacyParameters privacy() throws IOException, PacketProblem {
        if (!values.startObjectOrNull("content", "privacy")) {
            return null;
        }
        double[] epsilon = new double[1];
        int[] maxCells = new int[1];
        String[] method = new String[1];
        values.fields("privacy", List.of("epsilon", "maxCellsPerContributor", "method"), name -> {
            switch (name) {
                case "epsilon" -> epsilon[0] = values.number("privacy", name);
                case "maxCellsPerContributor" -> maxCells[0] = values.whole("privacy", name);
                default -> method[0] = values.text("privacy", name, true);
            }
        });
        return new PrivacyParameters(epsilon[0], maxCells[0], method[0]);
    }

    private List<PacketSource> sources() throws IOException, PacketProblem {
        values.startArray("content", "sources");
        List<PacketSource> sources = new ArrayList<>();
        while (values.nextElement()) {
            String place = "source " + (sources.size() + 1);
            if (sources.size() == MAX_SOURCES) {
                throw new PacketProblem("sources", "more than " + MAX_SOURCES + " sources");
            }
            values.expectObject(place);
            String[] fields = new String[3];
            List<String> names = List.of("organisation", "releaseId", "contentSha256");
            values.fields(place, names, name -> fields[names.indexOf(name)] =
                    values.text(place, name, name.equals("contentSha256")));
            sources.add(new PacketSource(fields[0], fields[1], fields[2]));
        }
        return sources;
    }

    private List<PacketTable> tables() throws IOException, PacketProblem {
        values.startArray("content", "tables");
        List<PacketTable> tables = new ArrayList<>();
        while (values.nextElement()) {
            if (tables.size() == PacketChecks.MAX_TABLES) {
                throw new PacketProblem("tables", "more than " + PacketChecks.MAX_TABLES + " tables");
            }
            tables.add(new TableReader(values, tables.size(), this::countCell).table());
        }
        return tables;
    }

    private void countCell() throws PacketProblem {
        if (++cells > PacketChecks.MAX_CELLS) {
            throw new PacketProblem("tables", "more than " + PacketChecks.MAX_CELLS + " cells in all");
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's reason in plain words, without echoing the offending text back. */
    private static String syntax(String reason) {
        String text = reason == null ? "" : reason;
        if (text.startsWith("Unexpected end-of-input")) {
            return TRUNCATED;
        }
        if (text.startsWith("Duplicate field")) {
            return "a field appears twice in one object";
        }
        if (text.contains("UTF-8") || text.contains("Invalid UTF")) {
            return "it is not UTF-8 text";
        }
        if (text.startsWith("Non-standard token")) {
            return "NaN and infinite numbers are not allowed";
        }
        return "unexpected text";
    }

    private static String limit(String reason) {
        String text = reason == null ? "" : reason;
        if (text.contains("nesting depth")) {
            return "the JSON nests deeper than " + MAX_DEPTH + " levels";
        }
        if (text.startsWith("String value length")) {
            return "a text is longer than " + MAX_TEXT + " characters";
        }
        if (text.startsWith("Number value length")) {
            return "a number has too many digits";
        }
        if (text.startsWith("Name length")) {
            return "a field name is too long";
        }
        return "the file is larger than an aggregate packet may be";
    }

    /** The content's fields as they are read, in any order. */
    private static final class ContentDraft {
        String reportName;
        LocalDate released;
        PackReference pack;
        DisclosureParameters disclosure;
        PrivacyParameters privacy;
        List<PacketSource> sources;
        List<PacketTable> tables;
    }
}
