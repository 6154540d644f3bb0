package org.ddworkbench.proof.hostile;

import java.util.List;
import java.util.stream.Stream;

/** Generates the hostile corpus at test time: every bad workbook, text file, metric pack and aggregate packet. */
final class HostileCorpus {
    private HostileCorpus() {
    }

    static List<CorpusEntry> all() {
        return Stream.of(WorkbookCorpus.entries(), TextCorpus.entries(), PackCorpus.entries(), PacketCorpus.entries())
                .flatMap(List::stream).toList();
    }
}
