package nl.meldpunt.batch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The batch module's rooms: the writers know nothing of Meldpunt (a report in, bytes out), the
 * composers only the counts and the small-count rule, and no two rooms import each other.
 */
class BatchBoundariesTest {

    private final JavaClasses batch = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.meldpunt.batch");

    @Test
    void theWritersKnowNothingElseOfMeldpunt() {
        noClasses().that().resideInAPackage("nl.meldpunt.batch.output..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.meldpunt..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("nl.meldpunt.batch.output..")))
                .check(batch);
    }

    @Test
    void noPagesAndNoCasesInTheJobs() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "nl.meldpunt.web..", "nl.meldpunt.casefile..",
                        "nl.meldpunt.vault..", "nl.meldpunt.attachment..", "nl.meldpunt.reporter..")
                .check(batch);
    }

    @Test
    void noTwoRoomsDependOnEachOther() {
        slices().matching("nl.meldpunt.batch.(*)..").should().beFreeOfCycles().check(batch);
    }
}
