package nl.meldpunt.web.configuration;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import nl.meldpunt.configuration.ConfigurationDocument;

/** The published JSON Schema of the configuration file, for anyone (it holds no data): the same as in docs/ (a unit test checks). */
@WebServlet("/schema/organisation-configuration-1.json")
public class SchemaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] schema;
        try (InputStream in = ConfigurationDocument.class.getResourceAsStream(ConfigurationDocument.SCHEMA_RESOURCE)) {
            schema = in.readAllBytes();
        }
        response.setContentType("application/schema+json;charset=UTF-8");
        response.setContentLength(schema.length);
        response.getOutputStream().write(schema);
    }
}
