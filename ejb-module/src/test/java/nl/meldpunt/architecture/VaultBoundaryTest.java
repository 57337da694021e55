package nl.meldpunt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.meldpunt.vault.MailAddressResolver;
import org.junit.jupiter.api.Test;

/**
 * PRODUCT.md §3.3: only the mail component can resolve "the address for case X". No other code may
 * even reach the resolver, and no code outside the reporter's own services (and the case file, for 'can be notified: yes/no') may touch the vault.
 */
class VaultBoundaryTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.meldpunt");

    @Test
    void onlyTheMailComponentResolvesAnAddress() {
        noClasses().that().resideOutsideOfPackages("nl.meldpunt.vault..", "nl.meldpunt.notification..")
                .should().dependOnClassesThat().areAssignableTo(MailAddressResolver.class)
                .check(classes);
    }

    @Test
    void onlyTheReportersOwnServicesAndTheMailComponentUseTheVault() {
        noClasses().that().resideOutsideOfPackages("nl.meldpunt.vault..", "nl.meldpunt.notification..")
                .and().doNotHaveSimpleName("ReportService")
                .and().doNotHaveSimpleName("ReporterService")
                .and().doNotHaveSimpleName("CaseFileService")
                .should().dependOnClassesThat().resideInAPackage("nl.meldpunt.vault..")
                .check(classes);
    }
}
