package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import tables: batches, suppliers filled in by later files, worker chunks, and exact removal of one import. */
class ImportRepositoryTest {
    private static final List<String> TABLES = List.of("import_batch", "supplier", "supplier_fill", "supplier_mention",
            "audit", "audit_finding", "observation", "worker_chunk", "worker_tally", "mapping_profile");

    private final ProjectFixture fixture = new ProjectFixture();
    private final ImportRepository imports = new ImportRepository();
    private final SupplierRepository suppliers = new SupplierRepository();
    private final ObservationRepository observations = new ObservationRepository();
    private final AuditRepository audits = new AuditRepository();
    private final WorkerRecordStore workers = new WorkerRecordStore();
    private Project project;

    @BeforeEach
    void createProject(@TempDir Path dir) throws ProjectException {
        project = fixture.create(dir.resolve("p"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void everyProjectGetsItsOwnRandomSecret(@TempDir Path other) throws Exception {
        byte[] mine = project.inTransaction(new ProjectSecrets()::read);
        try (Project second = fixture.create(other.resolve("q"))) {
            byte[] theirs = second.inTransaction(new ProjectSecrets()::read);
            assertThat(mine).hasSize(32);
            assertThat(theirs).hasSize(32).isNotEqualTo(mine);
        }
    }

    @Test
    void undoingAnImportRemovesExactlyItsRowsAndHandsSharedSuppliersOn() throws Exception {
        Map<String, Long> empty = counts();
        long[] ids = project.inTransaction(c -> {
            long a = newImport(c, "a.csv", "aa");
            StoredSupplier shared = suppliers.insert(c, supplier("Gulf Lantern Seafoods", null), a);
            StoredSupplier onlyA = suppliers.insert(c, supplier("Blue Mangrove Tuna", "TH"), a);
            mention(c, a, shared.id());
            mention(c, a, onlyA.id());
            long audit = audits.insert(c, a, onlyA.id(), "Site", LocalDate.of(2024, 1, 2), "SMETA", "Firm", "Audit", 2);
            try (BatchedInsert findings = audits.findings(c); BatchedInsert values = observations.batch(c)) {
                findings.add(audit, a, "ETI 1", "Text", "Observation", "LOW", "Open", "Findings", 2);
                values.add(a, onlyA.id(), audit, "AUDIT", "workers_total", 100.0, null, null, "Audit", 3, 1);
                values.add(a, shared.id(), null, "SUPPLIER_LIST", "workers_total", 50.0, null, null, "S", 2, 3);
            }
            long b = newImport(c, "b.xlsx", "bb");
            mention(c, b, shared.id());
            suppliers.fillMissing(c, shared, supplier("Gulf Lantern Seafoods", "TH"), b);
            StoredSupplier onlyB = suppliers.insert(c, supplier("Padma Thread & Dye", "BD"), b);
            mention(c, b, onlyB.id());
            WorkerRecordStore.ChunkWriter chunks = workers.writer(c, b);
            for (int row = 2; row < 2 + WorkerRecordStore.ROWS_PER_CHUNK + 5; row++) {
                chunks.add("Responses", List.of(new WorkerSlot("total_weekly_hours", 4)), row,
                        row % 2 == 0 ? shared.id() : onlyB.id(), null, null, new Object[] {60.0});
            }
            chunks.finish();
            return new long[] {a, b, shared.id(), onlyA.id(), onlyB.id()};
        });
        Map<String, Long> afterB = counts();
        assertThat(afterB.get("worker_chunk")).isEqualTo(2);
        assertThat(afterB.get("supplier")).isEqualTo(3);
        assertThat(country(ids[2])).isEqualTo("TH");

        Map<String, Integer> deleted = project.inTransaction(c -> imports.delete(c, ids[0]));

        assertThat(deleted).containsEntry("supplier", 1).containsEntry("observation", 2).containsEntry("audit", 1)
                .containsEntry("audit_finding", 1).containsEntry("import_batch", 1);
        Map<String, Long> afterUndoA = counts();
        assertThat(afterUndoA.get("supplier")).isEqualTo(2);
        assertThat(afterUndoA.get("observation")).isZero();
        assertThat(afterUndoA.get("worker_chunk")).isEqualTo(2);
        List<StoredSupplier> left = project.inTransaction(suppliers::all);
        assertThat(left).extracting(StoredSupplier::id, StoredSupplier::createdByImport)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ids[2], ids[1]),
                        org.assertj.core.groups.Tuple.tuple(ids[4], ids[1]));
        List<WorkerRow> rows = new ArrayList<>();
        project.inTransaction(c -> {
            workers.stream(c, 0, rows::add);
            return null;
        });
        assertThat(rows).hasSize(WorkerRecordStore.ROWS_PER_CHUNK + 5);
        assertThat(project.inTransaction(workers::tallies).get(ids[2])[0]).isEqualTo((WorkerRecordStore.ROWS_PER_CHUNK + 6) / 2);

        project.inTransaction(c -> imports.delete(c, ids[1]));

        assertThat(counts()).isEqualTo(empty);
    }

    @Test
    void undoEmptiesTheFieldsAnImportFilledIn() throws Exception {
        long[] ids = project.inTransaction(c -> {
            long a = newImport(c, "survey.xlsx", "aa");
            StoredSupplier s = suppliers.insert(c, supplier("Moei River Knitting", null), a);
            mention(c, a, s.id());
            long b = newImport(c, "suppliers.csv", "bb");
            mention(c, b, s.id());
            StoredSupplier filled = suppliers.fillMissing(c, s, new StoredSupplier(0, "x", "x", "TH", "Mae Sot",
                    "Apparel", 1, "TH2022015MRK5W8C", 0), b);
            assertThat(filled.sector()).isEqualTo("Apparel");
            return new long[] {a, b, s.id()};
        });
        project.inTransaction(c -> imports.delete(c, ids[1]));
        StoredSupplier after = project.inTransaction(suppliers::all).get(0);
        assertThat(after.country()).isNull();
        assertThat(after.sector()).isNull();
        assertThat(after.tier()).isNull();
        assertThat(after.externalId()).isNull();
    }

    @Test
    void importsAreFoundBySha256AndListedNewestFirst() throws Exception {
        project.inTransaction(c -> {
            newImport(c, "a.csv", "aa");
            long b = newImport(c, "b.csv", "bb");
            imports.complete(c, b, 10, 2, 30, "{\"rowsRead\":12}");
            return null;
        });
        List<ImportRecord> all = project.inTransaction(imports::all);
        assertThat(all).extracting(ImportRecord::fileName).containsExactly("b.csv", "a.csv");
        assertThat(all.get(0).rowsImported()).isEqualTo(10);
        assertThat(all.get(0).packFingerprint()).isEqualTo(project.pack().fingerprint());
        Optional<ImportRecord> known = project.inTransaction(c -> imports.findBySha256(c, "aa"));
        Optional<ImportRecord> unknown = project.inTransaction(c -> imports.findBySha256(c, "cc"));
        assertThat(known).map(ImportRecord::fileName).contains("a.csv");
        assertThat(unknown).isEmpty();
    }

    @Test
    void savedProfilesAreReplacedByName() throws Exception {
        MappingProfileRepository profiles = new MappingProfileRepository();
        project.inTransaction(c -> {
            profiles.save(c, new MappingProfileRepository.StoredProfile("Partner SAQ", "SAQ", "sig1", "{}", Instant.EPOCH));
            profiles.save(c, new MappingProfileRepository.StoredProfile("Partner SAQ", "SAQ", "sig2", "{\"a\":1}",
                    Instant.EPOCH));
            return null;
        });
        assertThat(project.inTransaction(profiles::all)).singleElement()
                .satisfies(p -> assertThat(p.headerSignature()).isEqualTo("sig2"));
    }

    private long newImport(Connection c, String file, String sha) throws SQLException {
        return imports.insert(c, file, sha, DataSourceKind.SUPPLIER_LIST, "m", Instant.now(),
                project.pack().fingerprint());
    }

    private static StoredSupplier supplier(String name, String country) {
        return new StoredSupplier(0, name, name.toLowerCase().replaceAll("[^a-z]", ""), country, null, null, null,
                null, 0);
    }

    private void mention(Connection c, long importId, long supplierId) throws SQLException {
        try (BatchedInsert mentions = suppliers.mentions(c)) {
            mentions.add(supplierId, importId, "Sheet", 2, "name", null, "NEW", 0.0, null);
        }
    }

    private String country(long supplierId) throws SQLException {
        return project.inTransaction(c -> suppliers.all(c).stream().filter(s -> s.id() == supplierId).findFirst()
                .orElseThrow().country());
    }

    private Map<String, Long> counts() throws SQLException {
        return project.inTransaction(c -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : TABLES) {
                try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                        ResultSet rs = count.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }
}
