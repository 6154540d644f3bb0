package org.ddworkbench.ui.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.ActionDraft;

/** Finding dialogs that answer from prepared values and record what they were asked to show. */
public final class RecordingFindingDialogs implements FindingDialogs {
    public Optional<String> nextReason = Optional.empty();
    public Optional<ActionDraft> nextAction = Optional.empty();
    public final List<ActionDraft> actionsAsked = new ArrayList<>();
    public final List<EvidenceListing> evidenceShown = new ArrayList<>();

    @Override
    public Optional<String> askReason(String title, String message) {
        return nextReason;
    }

    @Override
    public Optional<ActionDraft> askAction(String title, ActionDraft initial, boolean editing) {
        actionsAsked.add(initial);
        return nextAction;
    }

    @Override
    public void showEvidence(EvidenceListing listing) {
        evidenceShown.add(listing);
    }
}
