package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.meldpunt.demo.DemoData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 4: the organisation's poster (A4) and flyer (A5), made by the app as PDF. Rendered to an image
 * here, their QR code is read back with a QR library and must lead to the organisation's entry page; the confidants
 * and the texts are in the chosen language. A confidant gets the material of the organisations served, nothing else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntroductionMaterialIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void thePosterCarriesAQrCodeToTheEntryPageAndTheConfidants() throws Exception {
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        HttpResponse<byte[]> poster = admin.getBytes("/admin/material?format=poster&lang=nl");
        assertEquals(200, poster.statusCode());
        assertEquals("application/pdf", poster.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(poster.body())) {
            assertEquals(1, pdf.getNumberOfPages(), "one page to print");
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1f, "A4");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Gemeente Voorbeeldstad") && text.contains("Uw vertrouwenspersonen")
                    && text.contains("Vera Vertrouwen") && text.contains("Karim Kader") && text.contains("030 123 45 67"), text);
            assertTrue(text.contains(MeldpuntDeployment.BASE_URL + "/m/demo"), "the address printed as text too");
            assertEquals(MeldpuntDeployment.BASE_URL + "/m/demo", qrCodeOf(pdf), "the QR code leads to the entry page");
            assertTrue(pdf.getDocumentCatalog().getLanguage().startsWith("nl"));
        }
    }

    @Test
    void aConfidantPrintsTheFlyerOfAnOrganisationServedInEnglishAndNoOther() throws Exception {
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        long demo = TestDatabase.organisationId("demo");
        HttpResponse<byte[]> flyer = confidant.getBytes("/console/material?org=" + demo + "&format=flyer&lang=en");
        assertEquals(200, flyer.statusCode());
        try (PDDocument pdf = Loader.loadPDF(flyer.body())) {
            assertEquals(PDRectangle.A5.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1f, "A5");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Your confidants") && text.contains("Languages: Dutch, English"), text);
            assertEquals(MeldpuntDeployment.BASE_URL + "/m/demo", qrCodeOf(pdf));
        }
        long noord = TestDatabase.organisationId("noord");
        String actor = "staff:" + TestDatabase.staffId("vertrouwenspersoon");
        long refusals = TestDatabase.countAudit(actor, "ACCESS_DENIED", "introduction-material");
        assertEquals(403, confidant.getBytes("/console/material?org=" + noord + "&format=flyer").statusCode());
        assertEquals(refusals + 1, TestDatabase.countAudit(actor, "ACCESS_DENIED", "introduction-material"), "refused and audited");
    }

    /** The first page drawn at 150 dpi, as a phone's camera would see it printed, and its QR code read. */
    private static String qrCodeOf(PDDocument pdf) throws Exception {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
