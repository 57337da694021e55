package nl.meldpunt.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No page reaches the e-mail vault: the web module talks to the reporter's services only. The page
 * packages mirror the service features and depend one way: no cycles, and {@code web.shared} at the
 * bottom.
 */
class WebBoundaryTest {

    private final JavaClasses pages = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.meldpunt.web");

    @Test
    void noPageUsesTheVault() {
        noClasses().should().dependOnClassesThat().resideInAPackage("nl.meldpunt.vault..").check(pages);
    }

    @Test
    void pagesUseTheServicesNotTheBatchJobs() {
        noClasses().should().dependOnClassesThat().resideInAPackage("nl.meldpunt.batch..").check(pages);
    }

    @Test
    void noTwoPagePackagesDependOnEachOther() {
        slices().matching("nl.meldpunt.web.(*)..").should().beFreeOfCycles().check(pages);
    }

    @Test
    void whatEveryPageSharesUsesNoOtherPagePackage() {
        noClasses().that().resideInAPackage("nl.meldpunt.web.shared..")
                .should().dependOnClassesThat().resideOutsideOfPackages("nl.meldpunt.web.shared..", "java..", "jakarta..",
                        "org.primefaces..", "org.owasp..", "nl.meldpunt.questionnaire..", "nl.meldpunt.shared..",
                        "nl.meldpunt.audit..", "nl.meldpunt.organisation..",
                        // the one failure every page may meet: case content that does not decrypt (ExpiredViewHandling)
                        "nl.meldpunt.security..")
                .check(pages);
    }
}
