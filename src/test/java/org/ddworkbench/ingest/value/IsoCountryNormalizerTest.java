package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoCountryNormalizerTest {
    /** Immutable and somewhat costly to build (it reads every JDK country name), so shared by the tests. */
    private static final IsoCountryNormalizer countries = new IsoCountryNormalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "US|US", "us|US", "United States|US", "USA|US", "U.S.A.|US", "U.S.|US", "United States of America|US",
        "' thailand '|TH", "Thailand|TH", "THAILAND|TH", "THA|TH", "tha|TH", "TH|TH", "Kingdom of Thailand|TH",
        "ประเทศไทย|TH", "ไทย|TH", "ประเทศ ไทย|TH", "Thailand (TH)|TH",
        "Viet Nam|VN", "Vietnam|VN", "VNM|VN", "เวียดนาม|VN",
        "Burma|MM", "Myanmar|MM", "Myanmar (Burma)|MM", "พม่า|MM", "MMR|MM",
        "Cambodia|KH", "KH|KH", "Kampuchea|KH", "กัมพูชา|KH",
        "Laos|LA", "Lao PDR|LA", "Lao People's Democratic Republic|LA", "ลาว|LA",
        "Bangladesh|BD", "Malaysia|MY", "Indonesia|ID", "The Philippines|PH", "Philippines|PH",
        "UK|GB", "U.K.|GB", "Great Britain|GB", "United Kingdom|GB", "GBR|GB",
        "South Korea|KR", "Republic of Korea|KR", "'Korea, Republic of'|KR", "North Korea|KP",
        "Russia|RU", "Russian Federation|RU", "Türkiye|TR", "Turkey|TR", "Turkiye|TR",
        "Côte d'Ivoire|CI", "Cote d’Ivoire|CI", "Ivory Coast|CI", "Czechia|CZ", "Czech Republic|CZ",
        "Hong Kong|HK", "Hongkong|HK", "Macau|MO", "Macao|MO", "Taiwan|TW", "UAE|AE", "United Arab Emirates|AE",
        "'Netherlands, The'|NL", "the netherlands|NL", "St Lucia|LC", "Saint Lucia|LC", "St. Lucia|LC",
        "Bosnia & Herzegovina|BA", "Bosnia and Herzegovina|BA", "DR Congo|CD", "Republic of the Congo|CG",
        "Timor-Leste|TL", "East Timor|TL", "Swaziland|SZ", "China|CN", "People's Republic of China|CN"})
    void writtenFormsResolveToAlpha2(String written, String alpha2) {
        assertThat(countries.toAlpha2(written)).contains(alpha2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"England", "Scotland", "Wales", "Holland", "America", "Korea", "Congo", "Atlantis",
        "asdf", "123", "XX", "Thailand (VN)", "Europe", "อังกฤษ", "-", "Thai"})
    void unknownOrAmbiguousFormsResolveToNothing(String written) {
        assertThat(countries.toAlpha2(written)).isEmpty();
    }

    @Test
    void blankAndOverlongTextResolveToNothing() {
        assertThat(countries.toAlpha2(null)).isEmpty();
        assertThat(countries.toAlpha2("   ")).isEmpty();
        assertThat(countries.toAlpha2("Thailand ".repeat(50))).isEmpty();
    }

    @Test
    void everyIsoCodeAndEnglishNameResolvesToItself() {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            assertThat(countries.toAlpha2(alpha2)).as(alpha2).contains(alpha2);
            assertThat(countries.toAlpha2(alpha2.toLowerCase(Locale.ROOT))).as(alpha2).contains(alpha2);
            assertThat(countries.toAlpha2(country.getDisplayCountry(Locale.ENGLISH))).as(alpha2).contains(alpha2);
            assertThat(countries.toAlpha2(country.getDisplayCountry(Locale.forLanguageTag("th")))).as(alpha2)
                    .contains(alpha2);
            try {
                assertThat(countries.toAlpha2(country.getISO3Country())).as(alpha2).contains(alpha2);
            } catch (MissingResourceException e) {
                // No alpha-3 code for this entry in this JDK: nothing to check.
            }
        }
    }
}
