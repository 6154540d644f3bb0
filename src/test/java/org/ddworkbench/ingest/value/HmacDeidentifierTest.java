package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HmacDeidentifierTest {
    private static final byte[] SECRET = secret(7);
    private final HmacDeidentifier deidentifier = new HmacDeidentifier(SECRET);

    private static byte[] secret(int seed) {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (seed * 31 + i);
        }
        return secret;
    }

    @Test
    void aPseudonymIsTheHmacSha256OfTheNormalisedIdentifier() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("ab123456".getBytes(StandardCharsets.UTF_8)));
        assertThat(deidentifier.pseudonym("AB 123 456")).isEqualTo(expected).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void thePlainAsciiShortcutNormalisesExactlyAsTheFullPath() {
        // Letters, digits, spaces and hyphens in every mix, including the runs and edges the full path trims.
        String alphabet = "aQz0 9-Z";
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = id.toString();
            assertThat(HmacDeidentifier.normalised(written)).as("\"%s\"", written)
                    .isEqualTo(HmacDeidentifier.fullyNormalised(written));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AB 123 456", "ab123456", " ab-123-456 ", "AB\u00a0123\u00a0456", "AB–123–456", "ＡＢ１２３４５６",
        "ab๑๒๓๔๕๖"})
    void pseudonymsIgnoreCaseSpacesDashesAndDigitScripts(String written) {
        assertThat(deidentifier.pseudonym(written)).isEqualTo(deidentifier.pseudonym("ab123456"));
    }

    @Test
    void pseudonymsAreStableAndDependOnTheSecretAndTheIdentifier() {
        assertThat(deidentifier.pseudonym("R-0001")).isEqualTo(new HmacDeidentifier(secret(7)).pseudonym("R-0001"));
        assertThat(deidentifier.pseudonym("R-0001")).isNotEqualTo(new HmacDeidentifier(secret(8)).pseudonym("R-0001"));
        assertThat(deidentifier.pseudonym("R-0001")).isNotEqualTo(deidentifier.pseudonym("R-0002"));
    }

    @Test
    void theSecretIsCopiedSoTheCallerMayWipeIt() {
        byte[] mine = secret(7);
        HmacDeidentifier own = new HmacDeidentifier(mine);
        String before = own.pseudonym("R-0001");
        Arrays.fill(mine, (byte) 0);
        assertThat(own.pseudonym("R-0001")).isEqualTo(before);
    }

    @Test
    void aSecretOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new HmacDeidentifier(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HmacDeidentifier(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankIdentifierHasNoPseudonym() {
        assertThatThrownBy(() -> deidentifier.pseudonym(" - ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSecretNeverShowsInTheObjectsText() {
        assertThat(deidentifier.toString()).doesNotContain(HexFormat.of().formatHex(SECRET))
                .doesNotContain(Arrays.toString(SECRET));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0|under-18", "15|under-18", "17|under-18", "18|18-24", "24|18-24", "25|25-34", "34|25-34", "35|35-44",
        "44|35-44", "45|45-54", "54|45-54", "55|55-64", "64|55-64", "65|65+", "90|65+"})
    void agesFallInTheirBands(int age, String band) {
        assertThat(deidentifier.ageBand(age)).isEqualTo(band);
    }

    @Test
    void aNegativeAgeIsRefused() {
        assertThatThrownBy(() -> deidentifier.ageBand(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
