package nl.meldpunt.web.casefile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import nl.meldpunt.casefile.CaseFileService;
import nl.meldpunt.casefile.CaseFileView;
import nl.meldpunt.casefile.RegistrationIncomplete;
import nl.meldpunt.casefile.ReportQueueService;
import nl.meldpunt.casefile.ReportStatus;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.Texts;

/**
 * The confidant's case file page: one report, opened once per view and again after each change.
 * The page's sections each have their own bean (steps, conversation, registration, records), which
 * work on the report this bean holds.
 */
@Named
@ViewScoped
public class CaseFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileService cases;

    @Inject
    private ReportQueueService queue;

    @Inject
    private Language language;

    @Inject
    private Texts texts;

    @Inject
    private Clock clock;

    private Long id;
    private CaseFileView view;

    /**
     * Before the page is drawn: an address without a case number (missing, or not a number) is answered "not
     * found" at once, instead of a page whose parts fail one by one (found by the scanners, issue 15 item 6).
     */
    public void requireCase() throws java.io.IOException {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (id == null && !faces.isPostback()) {
            faces.getExternalContext().responseSendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public CaseFileView getCase() {
        if (view == null && id != null) {
            view = cases.open(id);
        }
        return view;
    }

    public void moveTo(ReportStatus next) {
        try {
            cases.moveTo(id, next);
        } catch (RegistrationIncomplete e) {
            error("registration.incomplete");
            e.missing().forEach(this::error);
            return;
        }
        reload("case.status.changed");
    }

    /** An option key (category, need, relation ...) in words. */
    public String label(String key) {
        return key == null ? "" : queue.label(key, language.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Today in Dutch time: the default date of what the confidant records, and the latest allowed (plus a day). */
    LocalDate today() {
        return DutchTime.today(clock);
    }

    /** The report changed: open it again on the next render and say what was done. */
    void reload(String doneKey) {
        view = null;
        texts.info(doneKey);
    }

    void error(String key) {
        texts.error(key);
    }

    String text(String key) {
        return texts.message(key);
    }

    CaseFileService cases() {
        return cases;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
