package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ASVS 1.5.1: no parser that looks at an upload resolves an external entity or fetches a DTD. Every file below
 * points an entity and a DTD at a listener on loopback; the type detection and the content policy judge each file,
 * and the listener must never be called (an out-of-band check, as an XXE attacker would use).
 */
class ExternalEntitiesTest {

    private final AttachmentPolicy policy = new AttachmentPolicy();

    @Test
    void noUploadMakesAParserFetchAnExternalEntityOrDtd() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/xxe";
            String hostile = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE r SYSTEM "%1$s/dtd" [<!ENTITY ext SYSTEM "%1$s/entity"><!ENTITY %% p SYSTEM "%1$s/param"> %%p;]>
                    <r>&ext;</r>""".formatted(url);
            byte[] xml = hostile.getBytes(StandardCharsets.UTF_8);
            String svgText = hostile.replace("<r>&ext;</r>", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&ext;</text></svg>")
                    .replace("DOCTYPE r", "DOCTYPE svg");

            List<byte[]> files = new ArrayList<>();
            files.add(xml);
            files.add(svgText.getBytes(StandardCharsets.UTF_8));
            files.add(hostile.replace("<r>&ext;</r>", "<html><body>&ext;</body></html>").replace("DOCTYPE r", "DOCTYPE html")
                    .getBytes(StandardCharsets.UTF_8));
            // An Office document whose every part carries the entity, its content-types list included.
            Map<String, byte[]> docx = new LinkedHashMap<>(TestFiles.officeOpenXml("word/document.xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
            docx.replaceAll((name, content) -> withEntity(new String(content, StandardCharsets.UTF_8), url));
            files.add(TestFiles.zip(docx));
            Map<String, byte[]> odt = new LinkedHashMap<>();
            odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            odt.put("content.xml", withEntity("<office:document-content/>", url));
            odt.put("META-INF/manifest.xml", withEntity("<manifest:manifest/>", url));
            files.add(TestFiles.zip(odt));

            // The control: a parser with the JDK's defaults does call the listener, so silence below means something.
            Thread unsafe = new Thread(() -> {
                try {
                    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new java.io.ByteArrayInputStream(xml));
                } catch (Exception expectedAsTheListenerHangsUp) {
                    // the listener closes the connection without an answer
                }
            });
            unsafe.start();
            listener.setSoTimeout(10_000);
            try (Socket called = listener.accept()) {
                assertTrue(new String(called.getInputStream().readNBytes(12), StandardCharsets.US_ASCII).startsWith("GET /xxe"),
                        "the unsafe parser fetched the DTD");
            }
            // Its HTTP client tries a dropped request once more: take those calls too before the real check.
            listener.setSoTimeout(1_000);
            while (unsafe.isAlive() || drained(listener)) {
                drained(listener);
            }

            for (byte[] file : files) {
                AttachmentPolicy.detect(file);
                policy.decide(file, 0, 0);
            }
            listener.setSoTimeout(300);
            try (Socket called = listener.accept()) {
                throw new AssertionError("a parser fetched " + new String(called.getInputStream().readNBytes(60), StandardCharsets.US_ASCII));
            } catch (SocketTimeoutException expected) {
                assertTrue(true, "nothing called the listener");
            }
            assertEquals(5, files.size());
        }
    }

    private static boolean drained(ServerSocket listener) {
        try (Socket late = listener.accept()) {
            return true;
        } catch (IOException timeout) {
            return false;
        }
    }

    private static byte[] withEntity(String document, String url) {
        String body = document.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        String root = body.replaceAll("(?s)^<([A-Za-z:_-]+).*", "$1");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " SYSTEM \"" + url + "/dtd\" [<!ENTITY ext SYSTEM \""
                + url + "/entity\">]>\n" + body.replaceFirst("/>\\s*$", ">&ext;</" + root + ">").replaceFirst("</Types>$", "&ext;</Types>"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
