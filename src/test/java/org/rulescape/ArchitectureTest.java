package org.rulescape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rulescape");

    @Test
    void coreKnowsNoJavaFx() {
        noClasses().that().resideInAPackage("org.rulescape.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.rulescape.fx..",
                        "org.controlsfx..", "org.jfree.chart.fx..")
                .check(CLASSES);
    }

    @Test
    void coreKnowsNoCommandLine() {
        noClasses().that().resideInAPackage("org.rulescape.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rulescape.cli..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void figuresKnowNoJavaFx() {
        noClasses().that().resideInAPackage("org.rulescape.figures..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.rulescape.fx..",
                        "org.rulescape.cli..", "org.jfree.chart.fx..")
                .check(CLASSES);
    }

    @Test
    void commandLineKnowsNoJavaFx() {
        noClasses().that().resideInAPackage("org.rulescape.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.rulescape.fx..")
                .check(CLASSES);
    }
}
