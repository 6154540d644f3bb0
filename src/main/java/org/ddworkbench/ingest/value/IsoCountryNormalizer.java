package org.ddworkbench.ingest.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves written countries to ISO 3166-1 alpha-2 from the JDK's ISO tables (alpha-2, alpha-3, English and
 * Thai names) and {@link CountryVariants}, ignoring case, accents, punctuation, spaces, a leading "the" and a
 * leading Thai "ประเทศ" ("country"). A form that two countries share, or that no table lists, resolves to
 * nothing: the importer reports it rather than guessing.
 */
public final class IsoCountryNormalizer implements CountryNormalizer {
    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern THE = Pattern.compile("^the\\s+|\\s+the$");
    private static final Pattern SAINT = Pattern.compile("\\bsaint\\b");
    private static final String THAI_COUNTRY = "ประเทศ";
    private static final int MAX_LENGTH = 120;

    private final Map<String, String> byKey;

    public IsoCountryNormalizer() {
        Map<String, String> keys = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            List<String> forms = new ArrayList<>(List.of(alpha2, country.getDisplayCountry(Locale.ENGLISH),
                    country.getDisplayCountry(THAI)));
            try {
                forms.add(country.getISO3Country());
            } catch (MissingResourceException e) {
                // A code without an alpha-3 form is still found by its alpha-2 code and names.
            }
            for (String form : forms) {
                String key = key(form);
                String withoutParentheses = key(PARENTHESES.matcher(form).replaceAll(" "));
                for (String k : new HashSet<>(List.of(key, withoutParentheses))) {
                    String previous = keys.putIfAbsent(k, alpha2);
                    if (previous != null && !previous.equals(alpha2)) {
                        shared.add(k);
                    }
                }
            }
        }
        shared.forEach(keys::remove);
        // Variants are curated: they settle forms the JDK tables leave shared or missing.
        CountryVariants.all().forEach((form, alpha2) -> keys.put(key(form), alpha2));
        keys.remove("");
        this.byKey = Map.copyOf(keys);
    }

    @Override
    public Optional<String> toAlpha2(String written) {
        if (written == null || written.isBlank() || written.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String found = byKey.get(key(written));
        if (found != null) {
            return Optional.of(found);
        }
        // "Thailand (TH)": the name and the part in brackets must both resolve, and to the same country.
        Matcher inner = PARENTHESES.matcher(written);
        if (!inner.find()) {
            return Optional.empty();
        }
        String outside = byKey.get(key(PARENTHESES.matcher(written).replaceAll(" ")));
        String inside = byKey.get(key(inner.group(1)));
        return outside != null && outside.equals(inside) ? Optional.of(outside) : Optional.empty();
    }

    /** The comparison key: name key without "the", "saint" as "st", no Thai "country" prefix, no spaces. */
    private static String key(String written) {
        String key = TextKeys.nameKey(written);
        key = THE.matcher(key).replaceAll("").trim();
        key = SAINT.matcher(key).replaceAll("st");
        if (key.startsWith(THAI_COUNTRY) && key.length() > THAI_COUNTRY.length()) {
            key = key.substring(THAI_COUNTRY.length());
        }
        return key.replace(" ", "");
    }
}
