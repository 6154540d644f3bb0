package org.ddworkbench.report.federation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.DisclosureParameters;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.report.packet.PrivacyParameters;

/**
 * Combines aggregate packets from several organisations that used the same metric pack into one packet, so a
 * partnership sees the whole picture while each member keeps its own data.
 *
 * <p>Tables are matched by measure, page and dimensions. Only additive tables present in every packet are
 * combined (see {@link TableMerger} for how cells and totals add and stay suppressed); every other table becomes a
 * note. The merged packet promises what holds for all inputs: the largest minimum cell size, the smallest
 * dominance share, and for noise the combination {@link NoiseCombination} describes.
 */
public final class PacketMerger {
    private static final int MAX_SHOWN = 60;

    /**
     * Merges {@code packets} into one packet named {@code reportName}, released {@code today}.
     *
     * @throws ProblemException naming the files when there are fewer than two packets, their packs differ, two of
     *     them hold the same organisation's data (the same packet, the same project, or a merged packet that
     *     already contains another), or one measure is broken down by different dimensions
     */
    public MergeResult merge(List<NamedPacket> packets, String reportName, LocalDate today) throws ProblemException {
        Objects.requireNonNull(reportName, "reportName");
        Objects.requireNonNull(today, "today");
        List<String> hashes = packets.stream().map(named -> PacketCodec.contentSha256(named.packet())).toList();
        MergeChecks.check(packets, hashes);
        List<String> notes = new ArrayList<>();
        List<PacketTable> tables = new ArrayList<>();
        for (List<TableMerger.Input> group : groups(packets, notes).values()) {
            String why = whyNotCombined(group, packets);
            if (why != null) {
                notes.add(name(group.get(0).table()) + " is not combined: " + why + ".");
            } else {
                TableMerger.Merged merged = TableMerger.merge(group);
                tables.add(merged.table());
                notes.addAll(merged.notes());
            }
        }
        AggregatePacket first = packets.get(0).packet();
        AggregatePacket packet = new AggregatePacket(AggregatePacket.FORMAT, reportName, today, first.pack(),
                disclosure(packets), privacy(packets), sources(packets, hashes), tables);
        return new MergeResult(packet, notes);
    }

    /** The tables by measure, page and dimensions, in first-seen order; a repeat within one packet is a note. */
    private static Map<TableKey, List<TableMerger.Input>> groups(List<NamedPacket> packets, List<String> notes) {
        Map<TableKey, List<TableMerger.Input>> groups = new LinkedHashMap<>();
        for (NamedPacket packet : packets) {
            Set<TableKey> seen = new LinkedHashSet<>();
            for (PacketTable table : packet.packet().tables()) {
                TableKey key = new TableKey(table.measure(), table.page(), table.rowDimension(),
                        table.columnDimension());
                if (seen.add(key)) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new TableMerger.Input(packet.fileName(), table));
                } else {
                    notes.add(name(table) + " appears more than once in " + packet.fileName()
                            + "; only the first is combined.");
                }
            }
        }
        return groups;
    }

    private static String whyNotCombined(List<TableMerger.Input> group, List<NamedPacket> packets) {
        if (group.size() < packets.size()) {
            Set<String> having = new LinkedHashSet<>();
            group.forEach(input -> having.add(input.fileName()));
            List<String> missing = packets.stream().map(NamedPacket::fileName)
                    .filter(name -> !having.contains(name)).toList();
            return "it is missing from " + String.join(", ", missing);
        }
        for (TableMerger.Input input : group) {
            if (!input.table().additive()) {
                return doNotAddUp(input.table().measure());
            }
        }
        return null;
    }

    private static String doNotAddUp(String measure) {
        String key = measure.toLowerCase(Locale.ROOT);
        if (key.contains("median")) {
            return "medians do not add up";
        }
        if (key.contains("percentile")) {
            return "percentiles do not add up";
        }
        if (key.contains("mean")) {
            return "means do not add up";
        }
        if (key.contains("share")) {
            return "shares do not add up";
        }
        return "its values do not add up across organisations";
    }

    private static DisclosureParameters disclosure(List<NamedPacket> packets) {
        int minCellSize = 0;
        double dominanceShare = 1;
        for (NamedPacket named : packets) {
            minCellSize = Math.max(minCellSize, named.packet().disclosure().minCellSize());
            dominanceShare = Math.min(dominanceShare, named.packet().disclosure().dominanceShare());
        }
        return new DisclosureParameters(minCellSize, dominanceShare);
    }

    /** Null when no input is noisy; otherwise the weakest guarantee of the noisy inputs, and which carry none. */
    private static PrivacyParameters privacy(List<NamedPacket> packets) {
        double epsilon = 0;
        int maxCells = 0;
        Set<String> methods = new LinkedHashSet<>();
        List<String> plain = new ArrayList<>();
        for (NamedPacket named : packets) {
            PrivacyParameters privacy = named.packet().privacy();
            if (privacy == null) {
                plain.add(named.fileName());
                continue;
            }
            epsilon = Math.max(epsilon, privacy.epsilon());
            maxCells = Math.max(maxCells, privacy.maxCellsPerContributor());
            if (privacy.method() != null && !privacy.method().isBlank()) {
                methods.add(privacy.method().strip());
            }
        }
        if (plain.size() == packets.size()) {
            return null;
        }
        StringBuilder method = new StringBuilder("Each organisation added noise to its own figures before export, and"
                + " a combined value carries the sum of their noise (each table states it). Epsilon is the largest"
                + " any organisation spent: each spent its own budget on its own, separate data (parallel"
                + " composition).");
        if (!plain.isEmpty()) {
            method.append(" Figures from ").append(String.join(", ", plain))
                    .append(" carry no noise and no differential-privacy guarantee.");
        }
        if (!methods.isEmpty()) {
            method.append(" Methods: ").append(String.join(" ", methods));
        }
        return new PrivacyParameters(epsilon, maxCells, method.toString());
    }

    /** Every input's sources; an original release's source gets its packet's content hash. */
    private static List<PacketSource> sources(List<NamedPacket> packets, List<String> hashes) {
        List<PacketSource> sources = new ArrayList<>();
        for (int i = 0; i < packets.size(); i++) {
            for (PacketSource source : packets.get(i).packet().sources()) {
                sources.add(source.contentSha256() != null ? source
                        : new PacketSource(source.organisation(), source.releaseId(), hashes.get(i)));
            }
        }
        return sources;
    }

    /** A table's title (and page) for notes and messages, cut short. */
    static String name(PacketTable table) {
        String name = table.page() == null ? table.title() : table.title() + " (" + table.page() + ")";
        return name.length() > MAX_SHOWN ? name.substring(0, MAX_SHOWN) + "..." : name;
    }

    /** How tables are matched across packets. */
    private record TableKey(String measure, String page, String rowDimension, String columnDimension) {
    }
}
