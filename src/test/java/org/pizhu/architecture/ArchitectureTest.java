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
        "org.pizhu.text..", "org.pizhu.document..", "org.pizhu.reflow..", "org.pizhu.speakers..", "org.pizhu.script..",
        "org.pizhu.library..", "org.pizhu.annotate..", "org.pizhu.export..", "org.pizhu.importing..", "org.pizhu.app.."
    };

    private static final String[] ENGINES_AND_STORAGE = {
        "org.pizhu.text..", "org.pizhu.document..", "org.pizhu.reflow..", "org.pizhu.speakers..", "org.pizhu.script..",
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
    static final ArchRule characterFactsDependOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.pizhu.text..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.pizhu.text..", "java..")
            .because("the facts about characters are the bottom of the core, shared by every engine");

    @ArchTest
    static final ArchRule libraryOnlyStores = noClasses()
            .that().resideInAPackage("org.pizhu.library..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.pizhu.reflow..", "org.pizhu.speakers..", "org.pizhu.importing..", "org.pizhu.export..")
            .because("the library stores and queries; reading, reflowing and analysing run above it (org.pizhu.app)");

    @ArchTest
    static final ArchRule exportWorksOnLoadedMaterial = noClasses()
            .that().resideInAPackage("org.pizhu.export..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.pizhu.library.Library")
            .because("the export engine formats what it is given; loading from the library is the application's job");

    @ArchTest
    static final ArchRule applicationLayerIsAboveTheCore = noClasses()
            .that().resideInAnyPackage(ENGINES_AND_STORAGE)
            .should().dependOnClassesThat().resideInAPackage("org.pizhu.app..")
            .because("the application layer orchestrates the engines and the library, never the reverse");

    @ArchTest
    static final ArchRule viewModelsNeverTouchControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx.scene..", "javafx.stage..", "org.fxmisc..", "org.controlsfx..")
            .because("a view model holds state and commands as properties, unit-tested without a window;"
                    + " its view owns the controls");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.pizhu.(*)..").should().beFreeOfCycles();
}
