package nl.meldpunt.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** No page reaches the e-mail vault: the web module talks to the reporter's services only. */
class WebBoundaryTest {

    private final JavaClasses pages = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.meldpunt.web");

    @Test
    void noPageUsesTheVault() {
        noClasses().should().dependOnClassesThat().resideInAPackage("nl.meldpunt.vault..").check(pages);
    }
}
