package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.App;
import org.ddworkbench.report.MeasureKind;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.export.ExportFormat;
import org.ddworkbench.ui.findings.FindingRow;
import org.ddworkbench.ui.reports.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow of the product walked through the real window, headless, as a newcomer would in English and in
 * Thai: create a project, import the bundled sample's input files through the wizard, run the cross-checks, open
 * a finding's evidence, and build, preview and export an aggregate report. Every screen on the way is checked
 * for unnamed controls and written as {@code walk-<language>-NN-<screen>.png}; only ids are used to find
 * things, so the same walk runs in both languages.
 */
class WalkthroughUiTest {
    private static final Path INPUTS = Path.of("sample-projects", "thai-seafood-apparel", "inputs");
    private static final String PASSPHRASE = "lantern river 42";
    private static final int INPUT_FILES = 30;

    private final FxRobot robot = UiTestSupport.robot();
    private final ScriptedFileChoosers choosers = new ScriptedFileChoosers();
    private final Locale before = Locale.getDefault();
    private final List<String> screens = new ArrayList<>();
    @TempDir
    Path base;
    private Stage stage;
    private String language;

    @AfterEach
    void closeAndRestore() throws Exception {
        try {
            if (stage != null) {
                UiTestSupport.closeWindow(stage);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void createImportCheckOpenEvidenceAndExportAReport(String lang) throws Exception {
        language = lang;
        Locale.setDefault(lang.equals("th") ? Locale.forLanguageTag("th-TH") : Locale.UK);
        App app = CheckedSample.app(base.resolve("home"));
        showWindow(app);

        createProject();
        importTheSampleInputs();
        runTheChecks();
        openAFindingsEvidence();
        lookAtDashboardAndSuppliers();
        Path exported = buildPreviewAndExportAReport();

        try (XSSFWorkbook workbook = new XSSFWorkbook(exported.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
        }
        for (String screen : screens) {
            BufferedImage image = ImageIO.read(UiTestSupport.screenshotsDir().resolve(screen + ".png").toFile());
            assertThat(image.getWidth()).as(screen).isGreaterThan(600);
        }
    }

    private void createProject() throws Exception {
        if (language.equals("th")) {
            Labeled openMode = robot.lookup("#mode-open").queryAs(Labeled.class);
            assertThat(openMode.getText()).isEqualTo("เปิดโครงการ");
            assertThat(openMode.getFont().getFamily()).as("the bundled Thai font").isEqualTo("Noto Sans Thai");
        }
        robot.interact(() -> {
            robot.lookup("#mode-create").queryAs(ToggleButton.class).fire();
            robot.lookup("#create-name").queryAs(TextField.class).setText("Seafood and apparel 2025");
            robot.lookup("#create-folder").queryAs(TextField.class).setText(
                    base.resolve("projects").resolve("seafood-apparel").toString());
            robot.lookup("#create-passphrase").queryAs(PasswordField.class).setText(PASSPHRASE);
            robot.lookup("#create-repeat").queryAs(PasswordField.class).setText(PASSPHRASE);
            // The recovery dialog is walked by FieldSafetyUiTest; here the project goes without a code.
            robot.lookup("#create-recovery").queryAs(CheckBox.class).setSelected(false);
        });
        shoot(stage.getScene(), "01-create");
        robot.interact(() -> robot.lookup("#create-button").queryAs(Button.class).fire());
        waitFor("#main-view");
        settle();
        shoot(stage.getScene(), "02-project");
    }

    /** Through the wizard, as pasted paths: the supplier list first, then the folders and the other files. */
    private void importTheSampleInputs() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor("#import-wizard");
        Scene wizard = robot.lookup("#import-wizard").query().getScene();
        for (Path input : List.of(INPUTS.resolve("suppliers.csv"), INPUTS.resolve("saq"), INPUTS.resolve("audits"),
                INPUTS.resolve("worker-survey.xlsx"), INPUTS.resolve("grievances.csv"))) {
            robot.interact(() -> {
                robot.lookup("#import-wizard-path").queryAs(TextField.class).setText(input.toAbsolutePath().toString());
                robot.lookup("#import-wizard-add-path").queryAs(Button.class).fire();
            });
        }
        assertThat(robot.lookup("#import-wizard-files").queryListView().getItems()).hasSize(INPUT_FILES);
        shoot(wizard, "03-import-files");

        for (int file = 1; file <= INPUT_FILES; file++) {
            fire("#import-wizard-next");
            waitUntil(() -> shown("#import-wizard-mapping-step") && !wizardBusy());
            String position = label("#import-wizard-position");
            boolean survey = position.endsWith("worker-survey.xlsx");
            if (survey) {
                shoot(wizard, "04-import-mapping");
            }
            fire("#import-wizard-next");
            waitUntil(() -> shown("#import-wizard-check-step"));
            CheckBox skip = robot.lookup("#import-wizard-skip").queryAs(CheckBox.class);
            if (skip.isVisible()) {
                robot.interact(() -> skip.setSelected(true));
            }
            if (survey) {
                shoot(wizard, "05-import-check");
            }
            assertThat(robot.lookup("#import-wizard-next").queryAs(Button.class).isDisabled())
                    .as("%s can be imported", position).isFalse();
            fire("#import-wizard-next");
            waitUntil(() -> shown("#import-wizard-summary-rows") && !label("#import-wizard-summary-rows").isEmpty()
                    && !wizardBusy());
            if (survey) {
                shoot(wizard, "06-import-summary");
            }
        }
        fire("#import-wizard-cancel");
        waitUntil(() -> robot.lookup("#import-wizard").tryQuery().isEmpty());

        navigate("#nav-imports", "#imports-view");
        TableView<?> imports = robot.lookup("#imports-table").queryAs(TableView.class);
        waitUntil(() -> imports.getItems().size() == INPUT_FILES);
        shoot(stage.getScene(), "07-imports");
    }

    private void runTheChecks() throws Exception {
        navigate("#nav-findings", "#findings-view");
        TableView<FindingRow> findings = table("#findings-table");
        assertThat(findings.getItems()).isEmpty();
        fire("#findings-run");
        waitUntil(() -> !findings.getItems().isEmpty() && !CheckedSample.busy(robot));
        settle();
        assertThat(findings.getItems()).hasSizeGreaterThan(50);
    }

    private void openAFindingsEvidence() throws Exception {
        TableView<FindingRow> findings = table("#findings-table");
        FindingRow chosen = findings.getItems().stream()
                .filter(row -> row.finding().evidence().stream().anyMatch(cell -> cell.column() >= 0))
                .findFirst().orElseThrow(() -> new AssertionError("no finding with cell evidence"));
        robot.interact(() -> {
            findings.getSelectionModel().select(chosen);
            findings.scrollTo(chosen);
        });
        settle();
        shoot(stage.getScene(), "08-findings");
        fire("#finding-show-evidence");
        waitFor("#evidence-window");
        Scene evidence = robot.lookup("#evidence-window").query().getScene();
        TableView<?> cells = robot.lookup("#evidence-table").queryAs(TableView.class);
        assertThat(cells.getItems()).hasSize(chosen.finding().evidence().size());
        shoot(evidence, "09-evidence");
        fire("#evidence-close");
        waitUntil(() -> robot.lookup("#evidence-window").tryQuery().isEmpty());
    }

    private void lookAtDashboardAndSuppliers() throws Exception {
        navigate("#nav-dashboard", "#dashboard-view");
        waitFor("#heat-row-0");
        shoot(stage.getScene(), "10-dashboard");
        navigate("#nav-suppliers", "#suppliers-view");
        TableView<?> suppliers = robot.lookup("#suppliers-table").queryAs(TableView.class);
        waitUntil(() -> suppliers.getItems().size() == 12);
        robot.interact(() -> suppliers.getSelectionModel().select(0));
        settle();
        shoot(stage.getScene(), "11-suppliers");
    }

    private Path buildPreviewAndExportAReport() throws Exception {
        navigate("#nav-reports", "#reports-view");
        robot.interact(() -> robot.lookup("#report-name").queryAs(TextField.class).setText("Flagged by indicator"));
        choose("#report-columns", ReportDimension.INDICATOR);
        choose("#report-measure-kind", MeasureKind.FLAGGED_SUPPLIERS);
        fire("#report-measure-add");
        fire("#report-preview");
        waitUntil(() -> robot.lookup("#preview-table-0").tryQuery().isPresent() && !CheckedSample.busy(robot));
        assertThat(robot.lookup("#preview-table-0 .packet-suppressed").queryAll()).isNotEmpty();
        shoot(stage.getScene(), "12-report-preview");

        choose("#report-format", ExportFormat.XLSX);
        Path out = base.resolve("exports").resolve("flagged-" + language + ".xlsx");
        Files.createDirectories(out.getParent());
        choosers.then(out);
        fire("#report-export");
        waitUntil(() -> !label("#report-outcome").isEmpty() && !CheckedSample.busy(robot));
        assertThat(out).isRegularFile();
        assertThat(label("#report-outcome")).contains(out.getFileName().toString());
        shoot(stage.getScene(), "13-report-exported");
        return out;
    }

    private void showWindow(App app) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            new MainWindow(app, stage, (title, message) -> { }, choosers).show();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        waitFor("#start-view");
    }

    /**
     * Checks the scene and writes it as a picture. In Thai, the screen must speak Thai: most of its visible
     * labels and buttons carry Thai script (names from the data and the pack's English terms stay as they are).
     */
    private void shoot(Scene scene, String name) throws Exception {
        settle();
        String screen = "walk-" + language + "-" + name;
        assertThat(UiTestSupport.unnamedControls(scene.getRoot())).as("unnamed controls on " + screen).isEmpty();
        if (language.equals("th")) {
            List<String> texts = visibleTexts(scene.getRoot());
            long thai = texts.stream().filter(text -> text.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F))
                    .count();
            assertThat(thai).as("texts in Thai on %s of %s", screen, texts).isGreaterThan(texts.size() / 3);
        }
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ScreenshotTest.writePng(image, UiTestSupport.screenshotsDir().resolve(screen + ".png"));
        screens.add(screen);
    }

    /** The texts of the visible buttons and labels, outside tables and lists (which show data). */
    private static List<String> visibleTexts(Node root) {
        List<String> texts = new ArrayList<>();
        collectTexts(root, texts);
        return texts;
    }

    private static void collectTexts(Node node, List<String> texts) {
        if (!node.isVisible() || node instanceof TableView || node instanceof ListView) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().codePoints().anyMatch(Character::isLetter)) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, texts));
        }
    }

    private void navigate(String button, String view) {
        robot.interact(() -> robot.lookup(button).queryAs(ToggleButton.class).fire());
        waitFor(view);
        settle();
    }

    private void fire(String query) {
        robot.interact(() -> robot.lookup(query).queryAs(Button.class).fire());
    }

    @SuppressWarnings("unchecked")
    private void choose(String query, Object value) {
        ChoiceBox<Option<?>> box = robot.lookup(query).queryAs(ChoiceBox.class);
        Option<?> item = box.getItems().stream().filter(option -> value.equals(option.value())).findFirst()
                .orElseThrow(() -> new AssertionError(query + " offers no " + value + ": " + box.getItems()));
        robot.interact(() -> box.setValue(item));
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private boolean wizardBusy() {
        return robot.lookup("#import-wizard-working").tryQuery().map(Node::isVisible).orElse(false);
    }

    private boolean shown(String query) {
        return UiTestSupport.shown(robot, query);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private void waitFor(String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !CheckedSample.busy(robot));
    }

    /** Waits up to two minutes: imports on a loaded build machine are slow. */
    private void waitUntil(Callable<Boolean> condition) {
        UiTestSupport.waitUntil(condition, 120);
    }
}
