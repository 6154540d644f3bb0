package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Severity;

/** Assembles one {@link FindingDraft}, deriving its key from rule, supplier, site and subject. */
final class Draft {
    private final String ruleId;
    private final FindingKind kind;
    private final Severity severity;
    private final List<ComparedValue> values = new ArrayList<>();
    private Long supplierId;
    private String supplierName;
    private String country;
    private String site;
    private String subject = "";
    private List<String> indicators = List.of();
    private String title = "";
    private String explanation = "";
    private Evidence evidence = new Evidence();

    private Draft(String ruleId, FindingKind kind, Severity severity) {
        this.ruleId = ruleId;
        this.kind = kind;
        this.severity = severity;
    }

    static Draft of(String ruleId, FindingKind kind, Severity severity) {
        return new Draft(ruleId, kind, severity);
    }

    Draft supplier(SupplierFacts facts) {
        supplierId = facts.supplierId();
        supplierName = facts.name();
        country = facts.country();
        return this;
    }

    Draft site(String site) {
        this.site = site;
        return this;
    }

    Draft subject(String subject) {
        this.subject = subject;
        return this;
    }

    Draft indicators(List<String> indicators) {
        this.indicators = List.copyOf(indicators);
        return this;
    }

    Draft title(String title) {
        this.title = title;
        return this;
    }

    Draft explanation(String explanation) {
        this.explanation = explanation;
        return this;
    }

    Draft value(String label, String value) {
        values.add(new ComparedValue(label, value));
        return this;
    }

    Draft evidence(Evidence evidence) {
        this.evidence = evidence;
        return this;
    }

    FindingDraft build(CheckContext context) {
        return new FindingDraft(FindingDraft.keyOf(ruleId, supplierId, site, subject), ruleId, kind, severity,
                supplierId, supplierName, country, site, context.period(), indicators, title, explanation, values,
                evidence.cells(), evidence.total());
    }
}
