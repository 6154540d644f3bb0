package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.model.CheckRule;
import org.ddworkbench.model.EvidenceCell;

/** Keeps import problems visible that are still in the data: skipped rows and supplier matches awaiting review. */
final class ValidationRules {
    private final CheckContext context;

    ValidationRules(CheckContext context) {
        this.context = context;
    }

    /** One finding per import that skipped rows. */
    List<FindingDraft> evaluate(ProjectFacts facts) {
        List<FindingDraft> drafts = new ArrayList<>();
        CheckRule rule = CheckRule.SKIPPED_ROWS;
        for (List<EvidenceCell> rows : facts.skippedRows()) {
            if (rows.isEmpty()) {
                continue;
            }
            EvidenceCell first = rows.get(0);
            Evidence evidence = new Evidence();
            evidence.addAll(rows);
            drafts.add(Draft.of(rule.id(), rule.kind(), context.pack().checkPolicy().severity(rule))
                    .subject(String.valueOf(first.importId()))
                    .title("Rows skipped when importing " + first.fileName())
                    .explanation(rows.size() + " row" + (rows.size() == 1 ? " was" : "s were") + " skipped when "
                            + first.fileName() + " was imported; what they held is not in the project and no rule"
                            + " has checked it.")
                    .value("File", first.fileName())
                    .value("Rows skipped", String.valueOf(rows.size()))
                    .evidence(evidence)
                    .build(context));
        }
        return drafts;
    }

    /** A finding when mentions of the supplier still await a match review. */
    List<FindingDraft> evaluate(SupplierPeriod data) {
        List<EvidenceCell> mentions = data.facts().uncertainMentions();
        if (mentions.isEmpty()) {
            return List.of();
        }
        CheckRule rule = CheckRule.UNCERTAIN_MATCH;
        Evidence evidence = new Evidence();
        evidence.addAll(mentions);
        return List.of(Draft.of(rule.id(), rule.kind(), context.pack().checkPolicy().severity(rule))
                .supplier(data.facts())
                .title("Supplier match to review")
                .explanation(mentions.size() + " mention" + (mentions.size() == 1 ? "" : "s") + " in imported files"
                        + " may or may not be this supplier; until the match is confirmed in Suppliers, the rules"
                        + " may be missing or misattributing data.")
                .value("Mentions awaiting review", String.valueOf(mentions.size()))
                .evidence(evidence)
                .build(context));
    }
}
