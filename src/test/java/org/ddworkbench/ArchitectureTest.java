package org.ddworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of STYLE.md: dependencies point inward, only the UI knows JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Builds may use another output folder (-Dddw.buildDir) than the predefined option knows.
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.ddworkbench");
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.ddworkbench.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.ddworkbench.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.ddworkbench.model..", "java..")
                .check(classes);
    }

    @Test
    void servicesNeverDependOnTheirClients() {
        noClasses().that().resideOutsideOfPackages("org.ddworkbench.ui..", "org.ddworkbench.cli..")
                .and().resideOutsideOfPackage("org.ddworkbench")
                .should().dependOnClassesThat().resideInAnyPackage("org.ddworkbench.ui..", "org.ddworkbench.cli..")
                .check(classes);
    }

    @Test
    void theCliAndTheWindowAreIndependentClients() {
        noClasses().that().resideInAPackage("org.ddworkbench.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.ddworkbench.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("org.ddworkbench.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.ddworkbench.cli..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.ddworkbench.(*)..").should().beFreeOfCycles().check(classes);
    }
}
