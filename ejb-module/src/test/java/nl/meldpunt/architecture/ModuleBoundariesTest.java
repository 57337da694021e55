package nl.meldpunt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The EJB module knows neither the pages nor the batch jobs (STYLE.md, "Modules"). */
class ModuleBoundariesTest {

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
}
