package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.I18n.tr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.export.AtomicFile;
import org.ddworkbench.report.federation.MergeResult;
import org.ddworkbench.report.federation.NamedPacket;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;

/**
 * State of the Federation screen, which needs no project: the aggregate packets opened, their merge into one
 * combined packet with the notes on what could not be combined, and saving the merged packet.
 */
public final class FederationViewModel {
    private final PacketMerger merger;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ReportDialogs reportDialogs;
    private final Clock clock;
    private final ObservableList<PacketRow> packets = FXCollections.observableArrayList();
    private final ObjectProperty<PacketRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", tr("Combined report"));
    private final ReadOnlyObjectWrapper<MergeResult> merged = new ReadOnlyObjectWrapper<>(this, "merged");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public FederationViewModel(PacketMerger merger, BackgroundRunner runner, DialogService dialogs,
            ReportDialogs reportDialogs, Clock clock) {
        this.merger = merger;
        this.runner = runner;
        this.dialogs = dialogs;
        this.reportDialogs = reportDialogs;
        this.clock = clock;
    }

    /** Asks for packet files and reads them in the background; a file already in the list is not added twice. */
    public void addPackets() {
        addPackets(reportDialogs.choosePacketFiles(tr("Add aggregate packets")));
    }

    /** Reads the given packet files in the background, as when a packet file is opened from the desktop. */
    public void addPackets(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        runner.run(tr("Reading the packets…"), (progress, cancellation) -> {
            List<PacketRow> read = new ArrayList<>();
            for (Path file : files) {
                read.add(PacketRow.read(file, PacketCodec.read(file)));
            }
            return read;
        }, read -> {
            for (PacketRow row : read) {
                packets.removeIf(existing -> existing.file().equals(row.file()));
                packets.add(row);
            }
            clearMerge();
            message.set(tr("{0,choice,1#1 packet|1<{0,number,integer} packets} in the list.", packets.size()));
        }, failure -> dialogs.showFailure(tr("Could not read the packet"), failure));
    }

    /** Takes the selected packet out of the list. */
    public void removeSelected() {
        if (selected.get() != null) {
            packets.remove(selected.get());
            clearMerge();
        }
    }

    /** Merges the listed packets in the background; mismatched packs or overlapping data are explained. */
    public void merge() {
        List<NamedPacket> inputs = packets.stream().map(PacketRow::named).toList();
        String reportName = name.get() == null || name.get().isBlank() ? tr("Combined report") : name.get().strip();
        LocalDate today = LocalDate.now(clock);
        runner.run(tr("Merging the packets…"), (progress, cancellation) -> merger.merge(inputs, reportName, today),
                result -> {
                    merged.set(result);
                    notes.setAll(result.notes());
                    message.set(tr("Merged {0} packets into {1,choice,0#no tables|1#1 table|1<{1,number,integer} "
                            + "tables}.", inputs.size(), result.packet().tables().size()));
                },
                failure -> dialogs.showFailure(tr("Could not merge the packets"), failure));
    }

    /** Asks where to save the merged packet and writes it atomically as JSON. */
    public void saveMerged() {
        MergeResult result = merged.get();
        if (result == null) {
            return;
        }
        Optional<Path> target = reportDialogs.chooseSaveFile(tr("Save the merged packet"), "merged-packet.json",
                tr("Aggregate packet (JSON)"), ".json");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        runner.run(tr("Saving the merged packet…"), (progress, cancellation) -> {
            byte[] bytes = PacketCodec.write(result.packet());
            try {
                return AtomicFile.write(file, out -> out.write(bytes));
            } catch (IOException e) {
                throw new ProblemException(tr("Could not write {0}: {1}. Nothing was saved.", file.toString(),
                        String.valueOf(e.getMessage())), e);
            }
        }, sha256 -> message.set(tr("Saved {0}\nSHA-256 {1}", file.toString(), sha256)),
                failure -> dialogs.showFailure(tr("Could not save the merged packet"), failure));
    }

    private void clearMerge() {
        merged.set(null);
        notes.clear();
    }

    /** The packets opened, in the order they were added. */
    public ObservableList<PacketRow> packets() {
        return packets;
    }

    public ObjectProperty<PacketRow> selectedProperty() {
        return selected;
    }

    /** The merged report's name. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The last merge, or null when the list changed since. */
    public ReadOnlyObjectProperty<MergeResult> mergedProperty() {
        return merged.getReadOnlyProperty();
    }

    /** What the last merge could not combine or left out, a sentence each. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** The outcome of the last action. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
