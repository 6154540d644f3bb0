package org.ddworkbench.ingest.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ways of writing countries that the JDK's ISO tables do not list: abbreviations, former and official
 * names, and common Thai forms. Deliberately absent, so they resolve to nothing rather than to a guess:
 * parts of countries ("England", "Scotland", "Holland"), and names shared by two countries ("America",
 * "Korea", "Congo").
 */
final class CountryVariants {

    private CountryVariants() {
    }

    /** Written form → ISO 3166-1 alpha-2. */
    static Map<String, String> all() {
        Map<String, String> variants = new LinkedHashMap<>();
        put(variants, "US", "USA", "U.S.", "U.S.A.", "United States of America", "United States", "สหรัฐ", "สหรัฐฯ",
                "สหรัฐอเมริกา");
        put(variants, "GB", "UK", "U.K.", "Great Britain", "Britain", "United Kingdom",
                "United Kingdom of Great Britain and Northern Ireland");
        put(variants, "VN", "Viet Nam", "Vietnam", "Socialist Republic of Viet Nam", "Socialist Republic of Vietnam");
        put(variants, "MM", "Burma", "Myanmar", "Republic of the Union of Myanmar", "พม่า", "เมียนมา", "เมียนมาร์");
        put(variants, "KH", "Kampuchea", "Kingdom of Cambodia", "Cambodia");
        put(variants, "LA", "Lao PDR", "Lao P.D.R.", "Lao People's Democratic Republic", "Laos", "Lao", "สปป. ลาว",
                "สปป.ลาว");
        put(variants, "TH", "Thailand", "Kingdom of Thailand", "ราชอาณาจักรไทย", "ไทย");
        put(variants, "KR", "South Korea", "Republic of Korea", "Korea, Republic of", "Korea (South)", "Korea, South",
                "Korea Rep.", "ROK");
        put(variants, "KP", "North Korea", "DPRK", "Democratic People's Republic of Korea",
                "Korea, Democratic People's Republic of", "Korea DPR");
        put(variants, "RU", "Russia", "Russian Federation");
        put(variants, "TR", "Türkiye", "Turkiye", "Turkey", "Republic of Türkiye", "Republic of Turkey");
        put(variants, "CI", "Ivory Coast", "Côte d'Ivoire", "Cote d Ivoire", "Republic of Côte d'Ivoire");
        put(variants, "CZ", "Czechia", "Czech Republic");
        put(variants, "HK", "Hong Kong", "Hong Kong SAR", "Hong Kong, China", "Hong Kong SAR China", "ฮ่องกง");
        put(variants, "MO", "Macau", "Macao", "Macao SAR", "Macau SAR", "Macao SAR China", "มาเก๊า");
        put(variants, "TW", "Taiwan", "Chinese Taipei", "Taiwan, Province of China");
        put(variants, "CN", "PRC", "People's Republic of China", "Mainland China", "China (Mainland)");
        put(variants, "AE", "UAE", "U.A.E.", "United Arab Emirates", "Emirates");
        put(variants, "CD", "DR Congo", "DRC", "D.R.C.", "Democratic Republic of the Congo",
                "Democratic Republic of Congo", "Congo, Democratic Republic of the", "Congo-Kinshasa");
        put(variants, "CG", "Republic of the Congo", "Republic of Congo", "Congo, Republic of the", "Congo-Brazzaville");
        put(variants, "MK", "North Macedonia", "Macedonia", "Republic of North Macedonia", "FYROM");
        put(variants, "SZ", "Eswatini", "Swaziland");
        put(variants, "TL", "Timor-Leste", "East Timor");
        put(variants, "CV", "Cabo Verde", "Cape Verde");
        put(variants, "BN", "Brunei", "Brunei Darussalam");
        put(variants, "IR", "Iran", "Islamic Republic of Iran", "Iran, Islamic Republic of");
        put(variants, "SY", "Syria", "Syrian Arab Republic");
        put(variants, "MD", "Moldova", "Republic of Moldova", "Moldova, Republic of");
        put(variants, "TZ", "Tanzania", "United Republic of Tanzania", "Tanzania, United Republic of");
        put(variants, "VA", "Vatican", "Vatican City", "Holy See");
        put(variants, "PS", "Palestine", "State of Palestine");
        put(variants, "FM", "Micronesia", "Federated States of Micronesia", "Micronesia, Federated States of");
        put(variants, "BO", "Bolivia", "Plurinational State of Bolivia", "Bolivia, Plurinational State of");
        put(variants, "VE", "Venezuela", "Bolivarian Republic of Venezuela", "Venezuela, Bolivarian Republic of");
        put(variants, "BA", "Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina");
        put(variants, "BD", "Bangladesh", "People's Republic of Bangladesh");
        put(variants, "NL", "Netherlands", "The Netherlands");
        put(variants, "PH", "Philippines", "The Philippines");
        return variants;
    }

    private static void put(Map<String, String> variants, String alpha2, String... written) {
        for (String form : List.of(written)) {
            variants.put(form, alpha2);
        }
    }
}
