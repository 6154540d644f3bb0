package org.ddworkbench.ui.activity;

import static org.ddworkbench.ui.I18n.tr;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ChainVerification;
import org.ddworkbench.store.ActivityLog;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.LocalFormats;

/** State of the Activity screen: the log's entries and whether its hash chain still verifies. */
public final class ActivityViewModel {

    /** What is known about the chain. */
    public enum ChainState { NOT_VERIFIED, INTACT, BROKEN, UNREADABLE }

    private final ActivityLog log;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final ObservableList<ActivityRow> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChainState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ChainState.NOT_VERIFIED);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", tr("Not verified yet."));
    private final ReadOnlyIntegerWrapper entryCount = new ReadOnlyIntegerWrapper(this, "entryCount");

    public ActivityViewModel(ActivityLog log, BackgroundRunner runner, DialogService dialogs, ZoneId zone) {
        this.log = log;
        this.runner = runner;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    /** Reads the entries and re-computes the whole chain in the background. */
    public void verify() {
        runner.run(tr("Verifying the activity log…"),
                (progress, cancellation) -> new Snapshot(log.entries(), log.verify()),
                this::show,
                failure -> {
                    state.set(ChainState.UNREADABLE);
                    banner.set(tr("The activity log could not be read."));
                    dialogs.showFailure(tr("Could not read the activity log"), failure);
                });
    }

    private void show(Snapshot snapshot) {
        entries.setAll(snapshot.entries().stream()
                .map(e -> new ActivityRow(e.seq(), LocalFormats.dateTimeWithSeconds(e.at().atZone(zone)), e.action(), e.summary()))
                .toList());
        entryCount.set(snapshot.entries().size());
        ChainVerification result = snapshot.verification();
        if (result.intact()) {
            state.set(ChainState.INTACT);
            banner.set(tr("Activity log intact: {0,choice,0#no entries|1#1 entry|1<{0,number,integer} entries} verified.",
                    result.entriesChecked()));
        } else {
            state.set(ChainState.BROKEN);
            banner.set(tr("Activity log broken at entry #{0}: {1}",
                    String.valueOf(result.firstBrokenSeq()), result.message()));
        }
    }

    public ObservableList<ActivityRow> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<ChainState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One sentence on the chain, in green or red depending on {@link #stateProperty()}. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty entryCountProperty() {
        return entryCount.getReadOnlyProperty();
    }

    private record Snapshot(List<ActivityEntry> entries, ChainVerification verification) {
    }
}
