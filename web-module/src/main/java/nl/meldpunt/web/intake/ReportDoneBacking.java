package nl.meldpunt.web.intake;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.meldpunt.intake.ReportCredentials;
import nl.meldpunt.intake.ReportService;
import nl.meldpunt.questionnaire.LocalText;
import nl.meldpunt.questionnaire.Tip;
import nl.meldpunt.web.shared.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The wizard's last page, after sending: the credentials to keep, a word of affirmation and the tips. */
@Named
@ViewScoped
public class ReportDoneBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportWizardBacking wizard;

    @Inject
    private ReportService reports;

    /** The credentials as a small text file, for the reporter to keep. */
    public StreamedContent getCredentialsFile() {
        ReportCredentials credentials = wizard.getCredentials();
        if (credentials == null) {
            return null;
        }
        Texts texts = jakarta.enterprise.inject.spi.CDI.current().select(Texts.class).get();
        String text = texts.message("done.file.title", wizard.organisationName()) + "\r\n\r\n"
                + texts.message("done.caseCode") + ": " + credentials.caseCode() + "\r\n"
                + texts.message("done.password") + ": " + credentials.password() + "\r\n\r\n"
                + texts.message("done.file.keep") + "\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("meldpunt-" + credentials.caseCode() + ".txt")
                .contentType("text/plain; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<Tip> getTips() {
        return reports.tipsFor(wizard.getSlug()).tipsFor(wizard.categoryOfReport(), wizard.subcategoryOfReport(), 0);
    }

    public LocalText getAffirmation() {
        return reports.tipsFor(wizard.getSlug()).affirmation();
    }

    public void toDashboard() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/melder/login.xhtml?org=" + wizard.getSlug());
    }
}
