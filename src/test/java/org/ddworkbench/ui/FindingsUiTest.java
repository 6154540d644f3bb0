package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.UiTestSupport.waitFor;
import static org.ddworkbench.ui.UiTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ddworkbench.App;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.findings.EvidenceLine;
import org.ddworkbench.ui.findings.FindingRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Drives the real window headless over the sample project checked by the real services: a finding's evidence
 * opens in its own window and names the very cell of the imported file, and the Dashboard draws the heat map.
 */
class FindingsUiTest {
    @TempDir
    static Path base;
    private static App app;
    private static Path folder;

    private final FxRobot robot = UiTestSupport.robot();
    private Stage stage;

    @BeforeAll
    static void checkedSample() throws Exception {
        app = CheckedSample.app(base.resolve("home"));
        folder = CheckedSample.build(app, base.resolve("sample"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            UiTestSupport.closeWindow(stage);
        }
    }

    @Test
    void aFindingsEvidenceOpensAndNamesTheCellOfTheImportedFile() throws Exception {
        stage = CheckedSample.open(app, folder, robot);
        robot.interact(() -> robot.lookup("#nav-findings").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#findings-view");
        TableView<FindingRow> table = table("#findings-table");
        waitUntil(() -> !table.getItems().isEmpty());

        FindingRow chosen = table.getItems().stream()
                .filter(row -> row.finding().evidence().stream().anyMatch(cell -> cell.column() >= 0))
                .findFirst().orElseThrow(() -> new AssertionError("no finding with cell evidence"));
        robot.interact(() -> table.getSelectionModel().select(chosen));
        robot.clickOn("#finding-show-evidence");
        waitFor(robot, "#evidence-window");

        TableView<EvidenceLine> evidence = table("#evidence-table");
        Finding finding = chosen.finding();
        assertThat(evidence.getItems()).hasSize(finding.evidence().size());
        for (int i = 0; i < finding.evidence().size(); i++) {
            EvidenceCell cell = finding.evidence().get(i);
            EvidenceLine line = evidence.getItems().get(i);
            assertThat(line.file()).isEqualTo(cell.fileName());
            assertThat(line.sheet()).isEqualTo(cell.sheet());
            assertThat(line.row()).isEqualTo(cell.row() > 0 ? String.valueOf(cell.row()) : "");
            assertThat(line.column()).isEqualTo(cell.column() >= 0 ? EvidenceCell.columnLetters(cell.column()) : "");
            assertThat(line.sha256()).isEqualTo(cell.fileSha256().substring(0, 12));
        }
        EvidenceCell first = finding.evidence().stream().filter(cell -> cell.column() >= 0).findFirst().orElseThrow();
        assertThat(cellInFile(first)).as("the cell %s of %s", first.reference(), first.fileName()).isNotBlank();

        // A double-click on a cell in the detail pane picks that cell out in the evidence window.
        robot.interact(() -> robot.lookup("#evidence-close").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#evidence-window").tryQuery().isEmpty());
        robot.interact(() -> robot.lookup("#finding-detail").queryAs(ScrollPane.class).setVvalue(1));
        Node firstCell = robot.lookup("#finding-evidence .table-row-cell").nth(0).query();
        robot.doubleClickOn(firstCell);
        waitFor(robot, "#evidence-window");
        assertThat(table("#evidence-table").getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void theDashboardDrawsTheHeatMapAndACellLeadsToItsFindings() throws Exception {
        stage = CheckedSample.open(app, folder, robot);
        robot.interact(() -> robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#dashboard-view");
        waitFor(robot, "#heat-row-0");

        assertThat(robot.lookup(".heat-supplier").queryAll()).hasSizeGreaterThan(1);
        assertThat(Integer.parseInt(UiTestSupport.text(robot, "#dashboard-severities-value-critical"))
                + Integer.parseInt(UiTestSupport.text(robot, "#dashboard-severities-value-high"))).isPositive();
        Button cell = robot.lookup("#dashboard-heatmap .heat-cell").queryAll().stream()
                .filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        // The heat map sits below the charts, out of the window's view: press the cell rather than aim at it.
        robot.interact(cell::fire);
        waitFor(robot, "#findings-view");
        CheckedSample.settle(robot);
        TableView<FindingRow> findings = table("#findings-table");
        waitUntil(() -> !findings.getItems().isEmpty());
        List<Long> suppliers = findings.getItems().stream().map(row -> row.finding().supplierId()).distinct().toList();
        assertThat(suppliers).hasSize(1);
        assertThat(findings.getItems()).hasSize(Integer.parseInt(cell.getText()));
    }

    @Test
    void theDashboardChartsLeadToTheFilteredSuppliersAndFindings() throws Exception {
        stage = CheckedSample.open(app, folder, robot);
        robot.interact(() -> robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).fire());
        waitFor(robot, "#dashboard-severities-high");
        CheckedSample.settle(robot);
        int high = Integer.parseInt(UiTestSupport.text(robot, "#dashboard-severities-value-high"));

        robot.clickOn(robot.lookup("#dashboard-severities-high").queryAs(Button.class));
        waitFor(robot, "#findings-view");
        CheckedSample.settle(robot);
        TableView<FindingRow> findings = table("#findings-table");
        waitUntil(() -> findings.getItems().size() == high);
        assertThat(findings.getItems()).allMatch(row -> row.finding().severity() == Severity.HIGH);

        robot.interact(() -> robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).fire());
        CheckedSample.settle(robot);
        Button band = robot.lookup("#dashboard-bands .dash-bar").queryAll().stream().map(Button.class::cast)
                .filter(b -> !"0".equals(((Label) b.lookup(".dash-bar-value")).getText())).findFirst().orElseThrow();
        int members = Integer.parseInt(((Label) band.lookup(".dash-bar-value")).getText());
        robot.clickOn(band);
        waitFor(robot, "#suppliers-view");
        CheckedSample.settle(robot);
        assertThat(robot.lookup("#suppliers-subset").queryAs(Label.class).isVisible()).isTrue();
        waitUntil(() -> table("#suppliers-table").getItems().size() == members);
    }

    /** The text of the evidence cell in the generated input file, read with POI. */
    private static String cellInFile(EvidenceCell cell) throws IOException {
        Path file;
        try (Stream<Path> files = Files.walk(base.resolve("sample").resolve("inputs"))) {
            file = files.filter(p -> p.getFileName().toString().equals(cell.fileName())).findFirst().orElseThrow();
        }
        if (!cell.fileName().endsWith(".xlsx")) {
            return Files.readAllLines(file).get(cell.row() - 1);
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet(cell.sheet());
            assertThat(sheet).as("sheet " + cell.sheet()).isNotNull();
            Row row = sheet.getRow(cell.row() - 1);
            Cell found = row == null ? null : row.getCell(cell.column());
            return found == null ? "" : new DataFormatter().formatCellValue(found);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
