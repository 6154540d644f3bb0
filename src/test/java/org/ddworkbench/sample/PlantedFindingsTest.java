package org.ddworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ddworkbench.check.CheckService;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.check.DefaultCheckService;
import org.ddworkbench.ingest.DefaultImportService;
import org.ddworkbench.model.Finding;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking the sample as of its scenario date finds exactly the problems its generator planted. */
class PlantedFindingsTest {
    private static final PackReader READER = new JsonPackReader();
    private static final ProjectService PROJECTS = new H2ProjectService(READER, 1_000);
    private static final CheckService CHECKS = new DefaultCheckService();

    @TempDir
    static Path base;
    private static List<Finding> found;

    @BeforeAll
    static void buildAndCheckTheSample() throws Exception {
        Path dir = new SampleProject(PROJECTS, READER, new DefaultImportService(), CHECKS)
                .ensure(base, ProgressListener.NONE, new CancellationToken());
        try (Project project = PROJECTS.open(dir, SampleProject.PASSPHRASE.toCharArray())) {
            found = CHECKS.findings(project, FindingQuery.OPEN);
        }
    }

    @Test
    void theSampleIsCheckedAsOfItsScenarioDate() {
        assertThat(found).isNotEmpty().allSatisfy(f ->
                assertThat(f.period()).endsWith("/" + SampleDataGenerator.SCENARIO_DATE));
    }

    @Test
    void everyPlantedProblemIsFoundAndNothingElse() {
        Map<String, Set<String>> foundBySupplier = new TreeMap<>();
        for (Finding finding : found) {
            String supplier = finding.supplierName() == null ? "(project)" : finding.supplierName();
            foundBySupplier.computeIfAbsent(supplier, s -> new TreeSet<>()).add(finding.ruleId());
        }

        assertThat(foundBySupplier).isEqualTo(PlantedFindings.bySupplier());
    }

    @Test
    void eachSupplierHasAtMostOneFindingPerRule() {
        assertThat(found).extracting(f -> f.supplierName() + " " + f.ruleId()).doesNotHaveDuplicates();
    }

    @Test
    void possibleForcedLabourIsFlaggedOnlyWhereStrongIndicatorsCombine() {
        assertThat(found).filteredOn(f -> f.ruleId().equals("combination")).extracting(Finding::supplierName)
                .containsExactlyInAnyOrder("Gulf Lantern Seafoods Co., Ltd.", "Moei River Knitting Factory",
                        "Andaman Kestrel Fishing Co.");
    }
}
