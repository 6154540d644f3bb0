package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings as the store keeps them: batched writes, evidence replaced on update, closing, and reading back. */
class FindingRepositoryTest {
    private static final Instant FIRST = Instant.parse("2025-07-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2025-07-02T08:00:00Z");

    private final ProjectFixture fixture = new ProjectFixture();
    private final FindingRepository findings = new FindingRepository();

    @TempDir
    Path dir;

    private static Finding finding(String key, String title, int cells) {
        List<EvidenceCell> evidence = new java.util.ArrayList<>();
        for (int i = 0; i < cells; i++) {
            evidence.add(new EvidenceCell(42, DataSourceKind.SAQ, "ignored.xlsx", "", "SAQ", 10 + i, 1, "deposits_required",
                    "yes"));
        }
        return new Finding(0, key, "threshold:deposits_required:red", FindingKind.THRESHOLD, Severity.HIGH, 7L,
                "Gulf Lantern", "TH", null, "2023-06-30/2025-06-30", List.of("debt-bondage", "deception"), title,
                "x".repeat(5000), List.of(new ComparedValue("SAQ", "yes")), evidence, cells, FindingStatus.OPEN, null,
                ReviewState.UNREVIEWED, null, FIRST, FIRST, "fp");
    }

    private Finding find(Project project, long id) throws java.sql.SQLException {
        return project.inTransaction(c -> findings.find(c, id)).orElseThrow();
    }

    @Test
    void writtenFindingsReadBackWithEvidenceAndUpdatesReplaceTheEvidence() throws Exception {
        try (Project project = fixture.create(dir.resolve("p"))) {
            project.inTransaction(c -> {
                try (FindingWriter writer = findings.writer(c, FIRST)) {
                    for (int i = 0; i < 1_200; i++) {
                        writer.insert(finding("k" + i, "Finding " + i, 3), "h" + i);
                    }
                }
                return null;
            });
            Map<String, FindingRepository.FindingState> states = project.inTransaction(c -> findings.states(c, null));
            assertThat(states).hasSize(1_200);
            long updated = states.get("k1").id();
            long closed = states.get("k2").id();

            project.inTransaction(c -> {
                try (FindingWriter writer = findings.writer(c, LATER)) {
                    writer.update(updated, finding("k1", "Changed", 2), "new");
                    writer.close(closed, "No longer found on 2025-06-30: the condition does not hold.");
                }
                return null;
            });

            Finding read = find(project, updated);
            assertThat(read.title()).isEqualTo("Changed");
            assertThat(read.explanation()).hasSize(4000).endsWith("…");
            assertThat(read.indicators()).containsExactly("debt-bondage", "deception");
            assertThat(read.values()).containsExactly(new ComparedValue("SAQ", "yes"));
            assertThat(read.evidence()).extracting(EvidenceCell::row).containsExactly(10, 11);
            assertThat(read.evidence()).allSatisfy(e -> assertThat(e.fileName()).isEqualTo("(import undone)"));
            assertThat(read.firstSeen()).isEqualTo(FIRST);
            assertThat(read.lastSeen()).isEqualTo(LATER);
            assertThat(find(project, closed)).satisfies(f -> {
                        assertThat(f.status()).isEqualTo(FindingStatus.CLOSED);
                        assertThat(f.closedReason()).startsWith("No longer found");
                    });
            List<Finding> open = project.inTransaction(c -> findings.list(c, null, false, true));
            List<Finding> all = project.inTransaction(c -> findings.list(c, 7L, true, false));
            assertThat(open).hasSize(1_199);
            assertThat(all).hasSize(1_200).allSatisfy(f -> assertThat(f.evidence()).isEmpty());
        }
    }
}
