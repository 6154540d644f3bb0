package org.ddworkbench.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ddworkbench.model.SupplierMatch;
import org.ddworkbench.store.StoredSupplier;
import org.ddworkbench.store.SupplierRepository.MatchKind;

/**
 * Turns the supplier a record names into a supplier id: matched ({@link SupplierMatcher}) or created, with one
 * mention per name as written, master data filled in where the supplier lacked it, and uncertain look-alikes
 * listed for review (the record then goes to a new supplier rather than being merged).
 */
final class SupplierResolver {
    static final int MAX_LISTED_UNCERTAIN = 500;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SupplierMatcher matcher;
    private final ImportWriter writer;
    private final Map<String, Long> resolved = new HashMap<>();
    private final Set<Long> created = new HashSet<>();
    private final Set<Long> matched = new HashSet<>();
    private final List<SupplierMatch> uncertain = new ArrayList<>();
    private int uncertainCount;

    SupplierResolver(SupplierMatcher matcher, ImportWriter writer) {
        this.matcher = matcher;
        this.writer = writer;
    }

    /** The id of the supplier {@code values} names; {@code masterData} when its other supplier fields count. */
    long resolve(RowValues values, boolean masterData) throws SQLException {
        String cacheKey = values.supplierName() + '\u0000' + values.country + '\u0000' + values.externalId;
        Long known = resolved.get(cacheKey);
        if (known != null) {
            return known;
        }
        String name = SPACES.matcher(values.supplierName().strip()).replaceAll(" ");
        StoredSupplier given = new StoredSupplier(0, name, NameKeys.key(name), values.country,
                masterData ? values.address : null, masterData ? values.sector : null, masterData ? values.tier : null,
                values.externalId, 0);
        SupplierMatcher.Match match = matcher.match(name, values.country, values.externalId);
        StoredSupplier supplier;
        Long candidateId = null;
        switch (match.kind()) {
            case NEW, UNCERTAIN -> {
                supplier = writer.createSupplier(given);
                matcher.add(supplier);
                created.add(supplier.id());
                if (match.kind() == MatchKind.UNCERTAIN) {
                    candidateId = match.candidate().id();
                    uncertainCount++;
                    if (uncertain.size() < MAX_LISTED_UNCERTAIN) {
                        uncertain.add(new SupplierMatch(name, values.country, candidateId, match.candidate().name(),
                                match.score(), values.sheet, values.nameRow));
                    }
                }
            }
            default -> {
                supplier = match.supplier();
                StoredSupplier filled = writer.fillMissing(supplier, given);
                if (filled != supplier) {
                    matcher.add(filled);
                }
                if (!created.contains(supplier.id())) {
                    matched.add(supplier.id());
                }
            }
        }
        writer.mention(supplier.id(), values.sheet, values.nameRow, name, values.country, match.kind(), match.score(),
                candidateId);
        resolved.put(cacheKey, supplier.id());
        return supplier.id();
    }

    int created() {
        return created.size();
    }

    int matched() {
        return matched.size();
    }

    List<SupplierMatch> uncertain() {
        return List.copyOf(uncertain);
    }

    int uncertainCount() {
        return uncertainCount;
    }
}
