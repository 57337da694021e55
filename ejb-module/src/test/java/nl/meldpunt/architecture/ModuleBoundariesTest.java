package nl.meldpunt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The EJB module knows neither the pages nor the batch jobs (STYLE.md, "Modules"), and its feature
 * packages depend one way: no two of them import each other, and {@code shared}, {@code audit} and
 * {@code security} sit at the bottom, using no feature. The package-info of each package says
 * what it owns and what it may use.
 */
class ModuleBoundariesTest {

    private static final String[] FEATURES = {"nl.meldpunt.questionnaire..", "nl.meldpunt.casefile..",
            "nl.meldpunt.intake..", "nl.meldpunt.reporter..", "nl.meldpunt.attachment..", "nl.meldpunt.organisation..",
            "nl.meldpunt.staff..", "nl.meldpunt.notification..", "nl.meldpunt.trend..", "nl.meldpunt.vault..",
            "nl.meldpunt.demo..", "nl.meldpunt.disclosure..", "nl.meldpunt.publication..", "nl.meldpunt.retention..",
            "nl.meldpunt.annual..", "nl.meldpunt.health..", "nl.meldpunt.configuration..", "nl.meldpunt.profile..",
            "nl.meldpunt.feedback..", "nl.meldpunt.procedure..", "nl.meldpunt.practice..", "nl.meldpunt.contact..",
            "nl.meldpunt.recovery.."};

    private final JavaClasses services = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.meldpunt");

    @Test
    void servicesDoNotDependOnFacesPrimeFacesWebOrBatch() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "nl.meldpunt.web..", "nl.meldpunt.batch..",
                        "jakarta.servlet..")
                .check(services);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("nl.meldpunt.(*)..").should().beFreeOfCycles().check(services);
    }

    @Test
    void sharedUsesNothingElseOfMeldpunt() {
        noClasses().that().resideInAPackage("nl.meldpunt.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage("nl.meldpunt.audit..", "nl.meldpunt.security..")
                .check(services);
    }

    @Test
    void theAuditTrailUsesNoFeatureAndNoSecurity() {
        noClasses().that().resideInAPackage("nl.meldpunt.audit..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAPackage("nl.meldpunt.security..")
                .check(services);
    }

    @Test
    void theSmallCountRuleUsesNothingElseOfMeldpunt() {
        noClasses().that().resideInAPackage("nl.meldpunt.disclosure..")
                .should().dependOnClassesThat().resideOutsideOfPackages("nl.meldpunt.disclosure..", "java..")
                .check(services);
    }

    /** The annual report's texts are never mixed with case text (issue 12, item 3): nothing of the case side. */
    @Test
    void theAnnualReportTextsKnowNoCase() {
        noClasses().that().resideInAPackage("nl.meldpunt.annual..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.meldpunt.casefile..", "nl.meldpunt.intake..",
                        "nl.meldpunt.reporter..", "nl.meldpunt.attachment..", "nl.meldpunt.vault..", "nl.meldpunt.security..")
                .check(services);
    }

    @Test
    void securityUsesNoFeature() {
        noClasses().that().resideInAPackage("nl.meldpunt.security..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(services);
    }
}
