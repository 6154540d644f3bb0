package org.ddworkbench.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ddworkbench.store.StoredSupplier;
import org.ddworkbench.store.SupplierRepository.MatchKind;

/**
 * Finds which known supplier a name in a file means: by external id, then by normalised name with a compatible
 * country (equal, or unknown on either side), then by a unique short form of a known name; a merely similar
 * name (similarity of at least {@value #UNCERTAIN_SIMILARITY}) is reported as uncertain, never merged.
 */
final class SupplierMatcher {
    static final double UNCERTAIN_SIMILARITY = 0.85;

    /** The outcome: the supplier to use (null for NEW and UNCERTAIN), and for UNCERTAIN the look-alike. */
    record Match(MatchKind kind, StoredSupplier supplier, StoredSupplier candidate, double score) {
    }

    private final Map<Long, StoredSupplier> byId = new LinkedHashMap<>();
    private final Map<Long, List<String>> tokensById = new HashMap<>();
    private final Map<String, List<Long>> byExternalId = new HashMap<>();
    private final Map<String, List<Long>> byKey = new HashMap<>();
    private final Map<String, List<Long>> byFirstWord = new HashMap<>();
    private final Map<Character, List<Long>> byFirstLetter = new HashMap<>();

    SupplierMatcher(List<StoredSupplier> known) {
        known.forEach(this::add);
    }

    /** Adds a supplier, or replaces it after its master data were filled in. */
    void add(StoredSupplier supplier) {
        StoredSupplier previous = byId.put(supplier.id(), supplier);
        if (previous != null) {
            if (!Objects.equals(previous.externalId(), supplier.externalId()) && supplier.externalId() != null) {
                index(byExternalId, externalKey(supplier.externalId()), supplier.id());
            }
            return;
        }
        List<String> tokens = NameKeys.tokens(supplier.name());
        tokensById.put(supplier.id(), tokens);
        if (supplier.externalId() != null) {
            index(byExternalId, externalKey(supplier.externalId()), supplier.id());
        }
        index(byKey, supplier.nameKey(), supplier.id());
        if (!tokens.isEmpty()) {
            index(byFirstWord, NameKeys.stem(tokens.get(0)), supplier.id());
        }
        if (!supplier.nameKey().isEmpty()) {
            byFirstLetter.computeIfAbsent(supplier.nameKey().charAt(0), c -> new ArrayList<>()).add(supplier.id());
        }
    }

    Match match(String name, String country, String externalId) {
        if (externalId != null && !externalId.isBlank()) {
            List<Long> sameId = byExternalId.getOrDefault(externalKey(externalId), List.of());
            if (!sameId.isEmpty()) {
                return new Match(MatchKind.EXTERNAL_ID, byId.get(sameId.get(0)), null, 1);
            }
        }
        String key = NameKeys.key(name);
        List<StoredSupplier> exact = compatible(byKey.getOrDefault(key, List.of()), country);
        if (!exact.isEmpty()) {
            StoredSupplier best = preferSameCountry(exact, country);
            if (externalId != null && !externalId.isBlank() && best.externalId() != null) {
                // Same name, but both sides carry different ids: two sites, or a mistake. Let the user decide.
                return new Match(MatchKind.UNCERTAIN, null, best, 1);
            }
            return new Match(MatchKind.NAME_COUNTRY, best, null, 1);
        }
        List<String> tokens = NameKeys.tokens(name);
        if (!tokens.isEmpty()) {
            List<StoredSupplier> shortForms = new ArrayList<>();
            for (StoredSupplier s : compatible(byFirstWord.getOrDefault(NameKeys.stem(tokens.get(0)), List.of()),
                    country)) {
                if (NameKeys.isShortFormOf(tokens, tokensById.get(s.id()))) {
                    shortForms.add(s);
                }
            }
            if (shortForms.size() == 1) {
                StoredSupplier only = shortForms.get(0);
                return new Match(MatchKind.NAME_PART, only, null, NameKeys.similarity(key, only.nameKey()));
            }
            if (shortForms.size() > 1) {
                return new Match(MatchKind.UNCERTAIN, null, closest(shortForms, key), bestScore(shortForms, key));
            }
        }
        if (!key.isEmpty()) {
            // Names that differ in their numbers ("Factory 1", "Factory 2") are different sites, not typos.
            String digits = digits(key);
            List<StoredSupplier> near = compatible(byFirstLetter.getOrDefault(key.charAt(0), List.of()), country)
                    .stream().filter(s -> digits(s.nameKey()).equals(digits)).toList();
            StoredSupplier closest = closest(near, key);
            if (closest != null) {
                double score = NameKeys.similarity(key, closest.nameKey());
                if (score >= UNCERTAIN_SIMILARITY) {
                    return new Match(MatchKind.UNCERTAIN, null, closest, score);
                }
            }
        }
        return new Match(MatchKind.NEW, null, null, 0);
    }

    private List<StoredSupplier> compatible(List<Long> ids, String country) {
        List<StoredSupplier> result = new ArrayList<>();
        for (long id : ids) {
            StoredSupplier s = byId.get(id);
            if (country == null || s.country() == null || s.country().equals(country)) {
                result.add(s);
            }
        }
        return result;
    }

    private static StoredSupplier preferSameCountry(List<StoredSupplier> candidates, String country) {
        for (StoredSupplier s : candidates) {
            if (country != null && country.equals(s.country())) {
                return s;
            }
        }
        return candidates.get(0);
    }

    private static StoredSupplier closest(List<StoredSupplier> candidates, String key) {
        StoredSupplier best = null;
        double bestScore = -1;
        for (StoredSupplier s : candidates) {
            double score = NameKeys.similarity(key, s.nameKey());
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private static double bestScore(List<StoredSupplier> candidates, String key) {
        return candidates.stream().mapToDouble(s -> NameKeys.similarity(key, s.nameKey())).max().orElse(0);
    }

    private static String digits(String key) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                digits.append(key.charAt(i));
            }
        }
        return digits.toString();
    }

    private static String externalKey(String externalId) {
        return externalId.strip().toUpperCase(Locale.ROOT);
    }

    private static void index(Map<String, List<Long>> index, String key, long id) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
    }
}
