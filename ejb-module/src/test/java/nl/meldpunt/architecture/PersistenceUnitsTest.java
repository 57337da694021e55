package nl.meldpunt.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every entity and embeddable is in exactly one persistence unit: the vault's in "vault", all others in "meldpunt". */
class PersistenceUnitsTest {

    @Test
    void theVaultAndTheCaseSideShareNoEntity() throws Exception {
        Set<String> caseSide = new TreeSet<>();
        Set<String> vaultSide = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.meldpunt")) {
            if (c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)) {
                (c.getPackageName().equals("nl.meldpunt.vault") ? vaultSide : caseSide).add(c.getName());
            }
        }
        Document xml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        assertEquals(caseSide, entitiesOf(xml, "meldpunt"));
        assertEquals(vaultSide, entitiesOf(xml, "vault"));
    }

    private static Set<String> entitiesOf(Document xml, String unit) {
        Set<String> classes = new TreeSet<>();
        NodeList units = xml.getElementsByTagName("persistence-unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element element = (Element) units.item(i);
            if (element.getAttribute("name").equals(unit)) {
                NodeList listed = element.getElementsByTagName("class");
                for (int j = 0; j < listed.getLength(); j++) {
                    String name = listed.item(j).getTextContent().strip();
                    if (!name.endsWith("Converter")) {
                        classes.add(name);
                    }
                }
            }
        }
        return classes;
    }
}
