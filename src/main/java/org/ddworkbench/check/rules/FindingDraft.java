package org.ddworkbench.check.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.Sha256;

/**
 * A finding as a rule produces it, before it is matched with what is stored. See
 * {@link org.ddworkbench.model.Finding} for the fields.
 *
 * @param key stable identity: {@link #keyOf} of rule id, supplier, site and subject
 * @param evidence at most {@link #MAX_EVIDENCE} cells
 */
public record FindingDraft(
        String key,
        String ruleId,
        FindingKind kind,
        Severity severity,
        Long supplierId,
        String supplierName,
        String country,
        String site,
        String period,
        List<String> indicators,
        String title,
        String explanation,
        List<ComparedValue> values,
        List<EvidenceCell> evidence,
        int evidenceTotal) {

    /** Evidence cells kept per finding; the total is always complete. */
    public static final int MAX_EVIDENCE = 200;

    /** One digest per thread: looking the algorithm up for every key costs more than hashing the key. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Sha256::digest);

    public FindingDraft {
        indicators = List.copyOf(indicators);
        values = List.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    /**
     * The stable identity of a finding: rule id, supplier id (0 for project-wide), site (empty for none) and a
     * subject (the metric, import or other thing the rule is about; empty when the rule has one per supplier),
     * joined with a unit separator and hashed (SHA-256, lower-case hex).
     */
    public static String keyOf(String ruleId, Long supplierId, String site, String subject) {
        String joined = ruleId + '\u001f' + (supplierId == null ? 0 : supplierId) + '\u001f'
                + (site == null ? "" : site) + '\u001f' + (subject == null ? "" : subject);
        return HexFormat.of().formatHex(SHA_256.get().digest(joined.getBytes(StandardCharsets.UTF_8)));
    }
}
