package org.ddworkbench.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the window's packages apart: screens know only the shared helpers, and view models know no nodes. */
class UiArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Only our own classes matter here; resolving JavaFX and the JDK from the class path is slow.
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            classes = importUi();
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    private static JavaClasses importUi() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ddworkbench.ui");
    }

    @Test
    void viewModelsNeverTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void screensDoNotReachBackIntoTheWindow() {
        noClasses().that().resideInAnyPackage("org.ddworkbench.ui.(*)..")
                .should().dependOnClassesThat().haveFullyQualifiedName(MainWindow.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(DesktopLauncher.class.getName())
                .check(classes);
    }

    @Test
    void startPackAndActivityScreensAreIndependent() {
        noClasses().that().resideInAnyPackage("org.ddworkbench.ui.start..", "org.ddworkbench.ui.pack..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.ddworkbench.ui.main..", "org.ddworkbench.ui.activity..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.ddworkbench.ui.activity..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.ddworkbench.ui.main..", "org.ddworkbench.ui.start..", "org.ddworkbench.ui.pack..")
                .check(classes);
    }
}
