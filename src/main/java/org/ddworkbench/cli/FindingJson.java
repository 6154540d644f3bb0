package org.ddworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.RiskTerm;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.SupplierRisk;

/**
 * The machine-readable documents of {@code check}, {@code findings}, {@code risk} and {@code actions --json}.
 * Field names are spelled out here rather than derived from the records, so the documents stay stable when
 * the records grow. Evidence cells name their file, sheet, row and column but not the stored value: the
 * document is meant to leave the project, the values are not.
 */
final class FindingJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final MetricPack pack;

    FindingJson(MetricPack pack) {
        this.pack = pack;
    }

    /** {@code {"summary": {...}, "findings": [...]}}. */
    String check(CheckSummary summary, List<Finding> findings) throws CliProblem {
        ObjectNode root = mapper.createObjectNode();
        root.set("summary", summary(summary));
        root.set("findings", findings(findings));
        return write(root);
    }

    /** {@code {"findings": [...]}}. */
    String findingList(List<Finding> findings) throws CliProblem {
        ObjectNode root = mapper.createObjectNode();
        root.set("findings", findings(findings));
        return write(root);
    }

    /** {@code {"risks": [...]}}, each with its terms. */
    String risks(List<SupplierRisk> risks) throws CliProblem {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("risks");
        for (SupplierRisk risk : risks) {
            ObjectNode node = list.addObject();
            node.put("supplierId", risk.supplierId());
            node.put("name", risk.name());
            node.put("country", risk.country());
            node.put("sector", risk.sector());
            node.put("score", risk.score());
            node.put("band", risk.band().id());
            node.put("bandLabel", risk.band().label());
            node.put("confidence", risk.confidence());
            ArrayNode terms = node.putArray("terms");
            for (RiskTerm term : risk.terms()) {
                ObjectNode t = terms.addObject();
                t.put("factor", term.factor().id());
                t.put("label", term.label());
                t.put("input", term.input());
                t.put("weight", term.weight());
                t.put("points", term.points());
                if (term.findingId() != null) {
                    t.put("findingId", term.findingId());
                }
            }
        }
        return write(root);
    }

    /** {@code {"asOf": ..., "actions": [...]}} with each action's overdue flag and SMETA status. */
    String actions(List<CorrectiveAction> actions, Map<Long, String> supplierNames, LocalDate today)
            throws CliProblem {
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", today.toString());
        ArrayNode list = root.putArray("actions");
        for (CorrectiveAction action : actions) {
            ObjectNode node = list.addObject();
            node.put("id", action.id());
            node.put("findingId", action.findingId());
            if (action.supplierId() == null) {
                node.putNull("supplierId");
            } else {
                node.put("supplierId", action.supplierId());
            }
            node.put("supplierName", action.supplierId() == null ? null : supplierNames.get(action.supplierId()));
            node.put("description", action.description());
            node.put("owner", action.owner());
            node.put("dueDate", action.dueDate().toString());
            node.put("status", ChoiceWords.word(action.status()));
            node.put("smetaStatus", action.status().smetaStatus());
            node.put("overdue", action.overdue(today));
            node.put("evidenceNotes", action.evidenceNotes());
            node.put("followUpAuditDate", action.followUpAuditDate() == null ? null
                    : action.followUpAuditDate().toString());
            node.put("createdAt", action.createdAt().toString());
            node.put("updatedAt", action.updatedAt().toString());
        }
        return write(root);
    }

    private ObjectNode summary(CheckSummary summary) {
        ObjectNode node = mapper.createObjectNode();
        node.put("asOf", summary.asOf().toString());
        node.put("period", summary.period());
        node.put("packFingerprint", summary.packFingerprint());
        node.put("suppliersChecked", summary.suppliersChecked());
        node.put("suppliersUnchanged", summary.suppliersUnchanged());
        node.put("opened", summary.opened());
        node.put("closed", summary.closed());
        node.put("open", summary.open());
        ObjectNode severities = node.putObject("openBySeverity");
        for (Severity severity : Severity.values()) {
            severities.put(ChoiceWords.word(severity), summary.openBySeverity().getOrDefault(severity, 0));
        }
        ArrayNode indicators = node.putArray("openByIndicator");
        for (Map.Entry<String, Integer> count : SummaryText.indicatorCounts(pack, summary).entrySet()) {
            ObjectNode indicator = indicators.addObject();
            indicator.put("indicator", count.getKey());
            indicator.put("label", label(count.getKey()));
            indicator.put("open", count.getValue());
        }
        node.put("elapsedMillis", summary.elapsed().toMillis());
        return node;
    }

    private ArrayNode findings(List<Finding> findings) {
        ArrayNode list = mapper.createArrayNode();
        for (Finding finding : findings) {
            list.add(finding(finding));
        }
        return list;
    }

    private ObjectNode finding(Finding finding) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", finding.id());
        node.put("ruleId", finding.ruleId());
        node.put("kind", ChoiceWords.word(finding.kind()));
        node.put("severity", ChoiceWords.word(finding.severity()));
        node.put("status", ChoiceWords.word(finding.status()));
        ObjectNode supplier = node.putObject("supplier");
        if (finding.supplierId() == null) {
            supplier.putNull("id");
        } else {
            supplier.put("id", finding.supplierId());
        }
        supplier.put("name", finding.supplierName());
        node.put("country", finding.country());
        node.put("site", finding.site());
        node.put("period", finding.period());
        ArrayNode indicators = node.putArray("indicators");
        for (String id : finding.indicators()) {
            indicators.addObject().put("id", id).put("label", label(id));
        }
        node.put("title", finding.title());
        node.put("explanation", finding.explanation());
        ArrayNode values = node.putArray("values");
        for (ComparedValue value : finding.values()) {
            values.addObject().put("label", value.label()).put("value", value.value());
        }
        ArrayNode evidence = node.putArray("evidence");
        for (EvidenceCell cell : finding.evidence()) {
            ObjectNode c = evidence.addObject();
            c.put("importId", cell.importId());
            c.put("file", cell.fileName());
            c.put("fileSha256", cell.fileSha256());
            c.put("sourceKind", ChoiceWords.word(cell.kind()));
            c.put("sheet", cell.sheet());
            c.put("row", cell.row());
            c.put("column", cell.column() < 0 ? null : EvidenceCell.columnLetters(cell.column()));
            c.put("reference", cell.reference());
            c.put("metric", cell.metricId());
        }
        node.put("evidenceTotal", finding.evidenceTotal());
        ObjectNode review = node.putObject("review");
        review.put("state", ChoiceWords.word(finding.review()));
        review.put("reason", finding.reviewReason());
        node.put("closedReason", finding.closedReason());
        node.put("firstSeen", finding.firstSeen() == null ? null : finding.firstSeen().toString());
        node.put("lastSeen", finding.lastSeen() == null ? null : finding.lastSeen().toString());
        node.put("packFingerprint", finding.packFingerprint());
        return node;
    }

    private String label(String indicatorId) {
        return pack.indicator(indicatorId).map(Indicator::label).orElse(indicatorId);
    }

    private String write(ObjectNode root) throws CliProblem {
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new CliProblem("The results could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
