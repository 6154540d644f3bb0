package org.ddworkbench.ui.findings;

import java.util.Optional;
import org.ddworkbench.model.ActionDraft;

/** What the finding screens ask of the user beyond failures; the window answers with JavaFX dialogs, tests with prepared values. */
public interface FindingDialogs {

    /** Asks why the user reviews a finding this way; the dialog accepts no blank reason; empty when cancelled. */
    Optional<String> askReason(String title, String message);

    /**
     * Asks for a corrective action's fields, starting from {@code initial}, showing {@link ActionForm#problems}
     * as the user types; the status can be changed only when {@code editing}; empty when cancelled.
     */
    Optional<ActionDraft> askAction(String title, ActionDraft initial, boolean editing);

    /** Shows the cells a finding rests on in a window of their own. */
    void showEvidence(EvidenceListing listing);
}
