package org.ddworkbench.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.pack.PackFixtures.bundledTree;
import static org.ddworkbench.pack.PackFixtures.schemaErrors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The published JSON Schema refuses the same shape errors as the reader. */
class PackSchemaTest {

    private static Set<ValidationMessage> errorsAfter(Consumer<ObjectNode> edit) {
        ObjectNode tree = bundledTree();
        edit.accept(tree);
        return schemaErrors(tree);
    }

    @Test
    void schemaRejectsUnknownField() {
        assertThat(errorsAfter(t -> ((ObjectNode) t.get("metrics").get(3)).put("colour", "red"))).isNotEmpty();
    }

    @Test
    void schemaRejectsTextWhereANumberIsExpected() {
        assertThat(errorsAfter(t -> ((ObjectNode) t.get("disclosure")).put("minCellSize", "5"))).isNotEmpty();
    }

    @Test
    void schemaRejectsWrongFormatString() {
        assertThat(errorsAfter(t -> t.put("format", "ddw-metric-pack/2"))).isNotEmpty();
    }

    @Test
    void schemaRejectsEnumInCapitals() {
        assertThat(errorsAfter(t -> ((ObjectNode) t.get("metrics").get(0).get("thresholds").get(0))
                .put("operator", "EQ"))).isNotEmpty();
    }

    @Test
    void schemaRejectsMissingList() {
        assertThat(errorsAfter(t -> ((ObjectNode) t.get("metrics").get(2)).remove("synonyms"))).isNotEmpty();
    }

    @Test
    void schemaRejectsToleranceWithoutBounds() {
        assertThat(errorsAfter(t -> ((ObjectNode) t.get("crossChecks").get(0)).putObject("tolerance")
                .putNull("absolute"))).isNotEmpty();
    }

    @Test
    void schemaAcceptsAPackWithoutBands() {
        assertThat(errorsAfter(t -> ((ObjectNode) t.get("riskModel")).remove("bands"))).isEmpty();
    }

    @Test
    void schemaRejectsABandWithoutLabelOrWithAnUpToOfZero() {
        assertThat(errorsAfter(t -> ((ObjectNode) t.get("riskModel").get("bands").get(1)).remove("label")))
                .isNotEmpty();
        assertThat(errorsAfter(t -> ((ObjectNode) t.get("riskModel").get("bands").get(0)).put("upTo", 0)))
                .isNotEmpty();
    }
}
