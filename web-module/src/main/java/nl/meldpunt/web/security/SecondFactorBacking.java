package nl.meldpunt.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import nl.meldpunt.staff.SecondFactorEnrolment;
import nl.meldpunt.staff.StaffService;
import nl.meldpunt.web.shared.Texts;

/** Setting up the second factor: scan the QR code (or type the secret), confirm with the first code. */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;

    @Inject
    private Texts texts;

    private SecondFactorEnrolment enrolment;
    private String code;

    public SecondFactorEnrolment getEnrolment() {
        if (enrolment == null && staff.secondFactorMissing()) {
            enrolment = staff.startSecondFactorEnrolment();
        }
        return enrolment;
    }

    public void confirm() throws IOException {
        if (staff.confirmSecondFactor(code)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            ((HttpServletRequest) external.getRequest()).getSession().setAttribute(SecondFactorFilter.CHECKED, Boolean.TRUE);
            external.redirect(external.getRequestContextPath() + "/staff/home");
        } else {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message("enrol.failed"), null));
        }
        code = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
