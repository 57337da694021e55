package nl.meldpunt.web.configuration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.meldpunt.configuration.ConfigurationDiff;
import nl.meldpunt.configuration.ConfigurationDocument;
import nl.meldpunt.configuration.ConfigurationRefused;
import nl.meldpunt.configuration.OrganisationConfigurationService;
import nl.meldpunt.web.shared.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The organisation admin's configuration file ({@code /admin/configuration.xhtml}): download it; upload one, see
 * what it would change field by field, and apply it only after confirming. A refused file says why (in the page
 * language) and changes nothing.
 */
@Named
@ViewScoped
public class ConfigurationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationConfigurationService configurations;

    @Inject
    private transient Texts texts;

    private transient Part upload;
    private byte[] file;
    private ConfigurationDiff diff;

    /** The configuration file as a download. */
    public StreamedContent export() {
        byte[] json = configurations.exportOwn().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("meldpunt-configuration.json")
                .contentType("application/json")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    /** Reads the chosen file (its size first) and shows what it would change. */
    public void preview() {
        file = null;
        diff = null;
        byte[] content = read(upload, texts);
        upload = null;
        if (content == null) {
            return;
        }
        try {
            diff = configurations.previewImport(content);
            file = content;
            if (diff.isEmpty()) {
                texts.info("configuration.import.nothing");
            }
        } catch (ConfigurationRefused refused) {
            show(refused, texts);
        }
    }

    /** Applies the file whose diff is shown. */
    public void apply() {
        if (file == null || diff == null) {
            return;
        }
        try {
            configurations.applyImport(file, diff.fingerprint());
            texts.info("configuration.import.done");
        } catch (ConfigurationRefused refused) {
            show(refused, texts);
        }
        file = null;
        diff = null;
    }

    public void cancel() {
        file = null;
        diff = null;
    }

    /**
     * The uploaded file's bytes, or null with a message: a file over the limit is refused by its size and never read.
     */
    static byte[] read(Part part, Texts texts) {
        if (part == null || part.getSize() == 0) {
            texts.error("configuration.refused.empty");
            return null;
        }
        if (part.getSize() > ConfigurationDocument.MAX_BYTES) {
            texts.errorWith("configuration.refused.tooLarge", String.valueOf(ConfigurationDocument.MAX_BYTES / 1024 / 1024),
                    String.valueOf(part.getSize()));
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(ConfigurationDocument.MAX_BYTES + 1);
        } catch (IOException e) {
            texts.error("configuration.refused.empty");
            return null;
        }
    }

    static void show(ConfigurationRefused refused, Texts texts) {
        for (ConfigurationRefused.Problem problem : refused.problems()) {
            texts.errorWith(problem.key(), problem.args().toArray());
        }
    }

    /** A note as the page shows it. */
    public String note(ConfigurationRefused.Problem note) {
        return texts.message(note.key(), note.args().toArray());
    }

    public ConfigurationDiff getDiff() {
        return diff;
    }

    /** Whether the file shown equals the configuration ("empty" is a reserved word in EL). */
    public boolean isNothingToChange() {
        return diff != null && diff.isEmpty();
    }

    public List<ConfigurationDiff.Change> getChanges() {
        return diff == null ? List.of() : diff.changes();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
