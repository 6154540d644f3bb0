package org.ddworkbench.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.ddworkbench.model.RiskBand;
import org.ddworkbench.model.RiskModel;
import org.junit.jupiter.api.Test;

/** Risk bands are read in order, optional for older packs, and refused at their path unless each score has one. */
class RiskBandValidationTest {

    private static void assertRefused(Consumer<ArrayNode> edit, String path, String problem) {
        ObjectNode tree = PackFixtures.bundledTree();
        edit.accept(bands(tree));
        assertThatThrownBy(() -> PackFixtures.read(tree))
                .isInstanceOfSatisfying(PackException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo(path);
                    assertThat(e.getMessage()).contains(problem);
                });
    }

    private static ArrayNode bands(ObjectNode tree) {
        return (ArrayNode) tree.get("riskModel").get("bands");
    }

    private static ObjectNode band(ArrayNode bands, int index) {
        return (ObjectNode) bands.get(index);
    }

    @Test
    void bundledPackBandsSuppliersLowMediumHighAndSevereAtOneThreeAndEightPoints() {
        RiskModel model = new JsonPackReader().bundled().pack().riskModel();

        assertThat(model.bands()).containsExactly(new RiskBand("low", "Low", 1.0),
                new RiskBand("medium", "Medium", 3.0), new RiskBand("high", "High", 8.0),
                new RiskBand("severe", "Severe", null));
    }

    @Test
    void aPackWithoutBandsStillReadsAndKeepsEverySupplierInOneBand() throws PackException {
        ObjectNode tree = PackFixtures.bundledTree();
        ((ObjectNode) tree.get("riskModel")).remove("bands");

        RiskModel model = PackFixtures.read(tree).pack().riskModel();

        assertThat(model.bands()).containsExactly(RiskBand.ALL_SUPPLIERS);
        assertThat(model.band(0).label()).isEqualTo("All suppliers");
        assertThat(model.band(250)).isEqualTo(RiskBand.ALL_SUPPLIERS);
    }

    @Test
    void aSingleOpenBandIsAccepted() throws PackException {
        ObjectNode tree = PackFixtures.bundledTree();
        ArrayNode bands = bands(tree);
        bands.removeAll();
        bands.addObject().put("id", "monitored").put("label", "Monitored");

        assertThat(PackFixtures.read(tree).pack().riskModel().band(42).id()).isEqualTo("monitored");
    }

    @Test
    void anEmptyBandListIsRefused() {
        assertRefused(ArrayNode::removeAll, "$.riskModel.bands", "list at least one band");
    }

    @Test
    void aRepeatedBandIdIsRefused() {
        assertRefused(b -> band(b, 1).put("id", "low"), "$.riskModel.bands[1].id", "duplicate band id \"low\"");
    }

    @Test
    void aBandIdThatIsNotAnIdIsRefused() {
        assertRefused(b -> band(b, 0).put("id", "Low risk"), "$.riskModel.bands[0].id", "is not a valid id");
    }

    @Test
    void aBlankBandLabelIsRefused() {
        assertRefused(b -> band(b, 2).put("label", "  "), "$.riskModel.bands[2].label", "must not be blank");
    }

    @Test
    void aBandWithoutLabelIsRefused() {
        assertRefused(b -> band(b, 2).remove("label"), "$.riskModel.bands[2].label",
                "the required field \"label\" is missing");
    }

    @Test
    void aRepeatedBandLabelIsRefused() {
        assertRefused(b -> band(b, 3).put("label", "High"), "$.riskModel.bands[3].label",
                "duplicate band label \"High\"");
    }

    @Test
    void aBandBeforeTheLastWithoutUpToIsRefused() {
        assertRefused(b -> band(b, 1).remove("upTo"), "$.riskModel.bands[1].upTo",
                "is missing: every band but the last needs the score it stays under");
    }

    @Test
    void aLastBandWithUpToIsRefused() {
        assertRefused(b -> band(b, 3).put("upTo", 50), "$.riskModel.bands[3].upTo",
                "the last band takes every higher score, so it has no upTo");
    }

    @Test
    void anUpToOfZeroIsRefused() {
        assertRefused(b -> band(b, 0).put("upTo", 0), "$.riskModel.bands[0].upTo", "must be greater than 0, not 0");
    }

    @Test
    void aNegativeUpToIsRefused() {
        assertRefused(b -> band(b, 0).put("upTo", -1.5), "$.riskModel.bands[0].upTo",
                "must be greater than 0, not -1.5");
    }

    @Test
    void anUpToEqualToThePreviousIsRefused() {
        assertRefused(b -> band(b, 2).put("upTo", 3), "$.riskModel.bands[2].upTo",
                "must be greater than the previous band's upTo (3), not 3");
    }

    @Test
    void anUpToBelowThePreviousIsRefused() {
        assertRefused(b -> band(b, 1).put("upTo", 0.5), "$.riskModel.bands[1].upTo",
                "must be greater than the previous band's upTo (1), not 0.5");
    }

    @Test
    void anUpToWrittenAsTextIsRefused() {
        assertRefused(b -> band(b, 0).put("upTo", "1"), "$.riskModel.bands[0].upTo", "");
    }

    @Test
    void anUnknownBandFieldIsRefused() {
        assertRefused(b -> band(b, 0).put("colour", "green"), "$.riskModel.bands[0].colour", "colour");
    }
}
