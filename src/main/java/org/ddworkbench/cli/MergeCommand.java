package org.ddworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ddworkbench.report.export.AtomicFile;
import org.ddworkbench.report.federation.MergeResult;
import org.ddworkbench.report.federation.NamedPacket;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.PacketSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw merge}: combines aggregate packets from several organisations into one packet file. */
@Command(name = "merge", description = {"Combine aggregate packets (JSON exports) from several organisations that"
        + " used the same metric pack into one packet. Counts add up, suppressed cells stay suppressed and noisy"
        + " values state their combined noise; tables that do not add up (medians, means, shares) are listed.",
    "Needs no project and no passphrase."})
final class MergeCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The merged packet to write (JSON).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Combined report",
            description = "The merged report's name (default: ${DEFAULT-VALUE}).")
    String name;

    @Parameters(paramLabel = "PACKET", arity = "1..*", description = "The packets to combine, at least two.")
    List<Path> packets;

    private final Terminal terminal;
    private final PacketMerger merger;

    MergeCommand(Terminal terminal, PacketMerger merger) {
        this.terminal = terminal;
        this.merger = merger;
    }

    @Override
    public Integer call() throws Exception {
        List<NamedPacket> named = new ArrayList<>();
        for (Path file : packets) {
            named.add(new NamedPacket(String.valueOf(file.getFileName()), PacketCodec.read(file)));
        }
        MergeResult result = merger.merge(named, name, LocalDate.now());
        byte[] bytes = PacketCodec.write(result.packet());
        String sha256;
        try {
            sha256 = AtomicFile.write(out, stream -> stream.write(bytes));
        } catch (IOException e) {
            throw new CliProblem("Could not write " + out + ": " + e.getMessage(), e);
        }
        print(result, named.size(), sha256);
        return 0;
    }

    private void print(MergeResult result, int inputs, String sha256) {
        AggregatePacket packet = result.packet();
        Set<String> organisations = new LinkedHashSet<>();
        for (PacketSource source : packet.sources()) {
            organisations.add(source.organisation());
        }
        PrintWriter console = terminal.out();
        console.printf("Merged %d packets from %d organisations (%s) under pack %s %s.%n", inputs,
                organisations.size(), String.join(", ", organisations), packet.pack().id(), packet.pack().version());
        console.printf("Tables combined: %d%n", packet.tables().size());
        if (!result.notes().isEmpty()) {
            console.printf("Notes (%d):%n", result.notes().size());
            result.notes().forEach(note -> console.println("  - " + note));
        }
        console.printf("Wrote %s (SHA-256 %s)%n", out, sha256);
    }
}
