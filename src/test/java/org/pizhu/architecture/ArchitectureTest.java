package org.pizhu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of the code base: a UI-free core, thin CLI and UI layers, no package cycles. */
@AnalyzeClasses(packages = "org.pizhu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "org.pizhu.document..", "org.pizhu.reflow..", "org.pizhu.speakers..", "org.pizhu.script..",
        "org.pizhu.library..", "org.pizhu.annotate..", "org.pizhu.export..", "org.pizhu.importing.."
    };

    @ArchTest
    static final ArchRule javafxOnlyInTheUi = noClasses()
            .that().resideOutsideOfPackages("org.pizhu.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "org.kordamp..")
            .because("only the ui package may use JavaFX; the core runs headless and from the CLI");

    @ArchTest
    static final ArchRule coreDoesNotKnowItsFrontEnds = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.pizhu.cli..", "org.pizhu.ui..", "picocli..")
            .because("the CLI and the UI are thin layers over the core");

    @ArchTest
    static final ArchRule cliDoesNotUseTheUi = noClasses()
            .that().resideInAPackage("org.pizhu.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.pizhu.ui..")
            .because("the command line must start without JavaFX");

    @ArchTest
    static final ArchRule documentModelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.pizhu.document..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.pizhu.reflow..", "org.pizhu.speakers..", "org.pizhu.script..", "org.pizhu.library..",
                    "org.pizhu.annotate..", "org.pizhu.export..", "org.pizhu.importing..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.pizhu.(*)..").should().beFreeOfCycles();
}
