package org.ddworkbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.store.StoredSupplier;
import org.ddworkbench.store.SupplierRepository.MatchKind;
import org.junit.jupiter.api.Test;

/** Supplier names from different files find the same supplier, and look-alikes are flagged instead of merged. */
class SupplierMatcherTest {
    private static final String[][] LIST = {
        {"Gulf Lantern Seafoods Co., Ltd.", "TH", "TH2020154GLS4K2Q"},
        {"Blue Mangrove Tuna Packers Co., Ltd.", "TH", "TH2019311BMT8R1X"},
        {"Andaman Kestrel Fishing Co.", "TH", null},
        {"Songkhla Tidewater Marine Products Ltd.", "TH", "TH2018227STM0P5Z"},
        {"Saffron Reef Vessel Group", "TH", null},
        {"Lotus Loom Garments Co., Ltd.", "TH", "TH2019098LLG2M6B"},
        {"Chao Phraya Stitchworks Ltd.", "TH", "TH2021042CPS7T3A"},
        {"Moei River Knitting Factory", "TH", "TH2022015MRK5W8C"},
        {"Irrawaddy Cotton Spinners Ltd.", "MM", "MM2020210ICS9D4E"},
        {"Tonle Sap Trim & Button Co., Ltd.", "KH", "KH2021133TST6H2F"},
        {"Mekong Delta Feed Mill JSC", "VN", "VN2020288MDF3L9G"},
        {"Padma Thread & Dye Works Ltd.", "BD", "BD2019301PTD1N7H"},
    };

    private final SupplierMatcher matcher = new SupplierMatcher(suppliers());

    @Test
    void legalFormsBracketsAndPunctuationDoNotMatter() {
        assertThat(NameKeys.key("Gulf Lantern Seafoods Co., Ltd.")).isEqualTo("gulflanternseafoods");
        assertThat(NameKeys.key("GULF LANTERN SEAFOODS COMPANY LIMITED")).isEqualTo("gulflanternseafoods");
        assertThat(NameKeys.key("Gulf Lantern Seafoods Co., Ltd. (Samut Sakhon)")).isEqualTo("gulflanternseafoods");
        assertThat(NameKeys.key("Tonle Sap Trim and Button")).isEqualTo(NameKeys.key("Tonle Sap Trim & Button Co."));
        assertThat(NameKeys.key("Công ty Sợi Việt")).isEqualTo("congtysoiviet");
    }

    @Test
    void theSampleFilesNamesAllFindTheirSupplier() {
        for (String written : List.of("Gulf Lantern Seafoods", "Blue Mangrove Tuna", "Andaman Kestrel (boats)",
                "Songkhla Tidewater", "Saffron Reef", "Lotus Loom Garments", "Chao Phraya Stitchworks",
                "Moei River Knitting", "Irrawaddy Cotton", "Tonle Sap Trims", "Mekong Feed Mill", "Padma Thread & Dye",
                "Andaman Kestrel Fishing Co. (Ranong)", "Moei River Knitting Factory (Tak)")) {
            SupplierMatcher.Match match = matcher.match(written, null, null);
            assertThat(match.kind()).as(written).isIn(MatchKind.NAME_COUNTRY, MatchKind.NAME_PART);
            assertThat(NameKeys.tokens(match.supplier().name()).get(0)).as(written)
                    .isEqualTo(NameKeys.tokens(written).get(0));
        }
    }

    @Test
    void anExternalIdWinsOverTheName() {
        SupplierMatcher.Match match = matcher.match("Some other name", "TH", " th2022015mrk5w8c ");
        assertThat(match.kind()).isEqualTo(MatchKind.EXTERNAL_ID);
        assertThat(match.supplier().name()).isEqualTo("Moei River Knitting Factory");
    }

    @Test
    void theSameNameInAnotherCountryIsAnotherSupplier() {
        assertThat(matcher.match("Lotus Loom Garments", "VN", null).kind()).isEqualTo(MatchKind.NEW);
        assertThat(matcher.match("Lotus Loom Garments", "TH", null).kind()).isEqualTo(MatchKind.NAME_COUNTRY);
    }

    @Test
    void aMisspeltNameIsUncertainNotMerged() {
        SupplierMatcher.Match match = matcher.match("Gulf Lanturn Seafoods Co Ltd", "TH", null);
        assertThat(match.kind()).isEqualTo(MatchKind.UNCERTAIN);
        assertThat(match.supplier()).isNull();
        assertThat(match.candidate().name()).isEqualTo("Gulf Lantern Seafoods Co., Ltd.");
        assertThat(match.score()).isGreaterThanOrEqualTo(SupplierMatcher.UNCERTAIN_SIMILARITY).isLessThan(1);
    }

    @Test
    void aShortNameThatFitsTwoSuppliersIsUncertain() {
        List<StoredSupplier> two = new ArrayList<>(suppliers());
        two.add(supplier(100, "Moei River Dyeing Factory", "TH", null));
        SupplierMatcher.Match match = new SupplierMatcher(two).match("Moei River", null, null);
        assertThat(match.kind()).isEqualTo(MatchKind.UNCERTAIN);
    }

    @Test
    void numberedSitesAreNotLookAlikes() {
        List<StoredSupplier> plants = List.of(supplier(1, "Siam Knit Plant 1", "TH", null));
        assertThat(new SupplierMatcher(plants).match("Siam Knit Plant 2", "TH", null).kind()).isEqualTo(MatchKind.NEW);
    }

    @Test
    void anUnknownNameIsNew() {
        assertThat(matcher.match("Siam Canvas Works", "TH", null).kind()).isEqualTo(MatchKind.NEW);
        assertThat(matcher.match("Gulf", "TH", null).kind()).isEqualTo(MatchKind.NEW);
    }

    private static List<StoredSupplier> suppliers() {
        List<StoredSupplier> list = new ArrayList<>();
        for (int i = 0; i < LIST.length; i++) {
            list.add(supplier(i + 1, LIST[i][0], LIST[i][1], LIST[i][2]));
        }
        return list;
    }

    private static StoredSupplier supplier(long id, String name, String country, String externalId) {
        return new StoredSupplier(id, name, NameKeys.key(name), country, null, null, null, externalId, 1);
    }
}
