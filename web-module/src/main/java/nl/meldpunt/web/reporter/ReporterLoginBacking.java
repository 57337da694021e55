package nl.meldpunt.web.reporter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.PublicOrganisation;
import nl.meldpunt.reporter.LoginPuzzle;
import nl.meldpunt.reporter.ReporterLoginOutcome;
import nl.meldpunt.security.CaseCodeCredential;
import nl.meldpunt.web.shared.Texts;

/**
 * The reporter's login with case code and password; every failure gets the same answer, except for a
 * case anonymised after the retention period: that one is told the case no longer exists. The form
 * carries a proof-of-work challenge ({@link LoginPuzzle}) that {@code login-puzzle.js} solves while the
 * reporter types; each shown form gets a fresh one, also after a failed attempt.
 */
@Named
@RequestScoped
public class ReporterLoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Texts texts;

    @Inject
    private ReporterLoginOutcome loginOutcome;

    @Inject
    private LoginPuzzle puzzle;

    @Inject
    private Clock clock;

    private String org;
    private String caseCode;
    private String password;
    private String challenge;
    private String solution;
    private Optional<PublicOrganisation> organisation;

    public void login() throws IOException {
        long started = System.nanoTime();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new CaseCodeCredential(caseCode == null ? "" : caseCode, password == null ? "" : password,
                        challenge, solution))
                .newAuthentication(true));
        password = null;
        challenge = null; // used up: the page shown again gets a fresh one
        solution = null;
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            if (!response.isCommitted()) {
                external.redirect(external.getRequestContextPath() + "/melder/index.xhtml");
            }
            faces.responseComplete();
        } else {
            nl.meldpunt.web.shared.FailedLoginFloor.waitSince(started); // the same answer time, known case code or not
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.message(loginOutcome.isCaseAnonymised() ? "reporterLogin.anonymised" : "reporterLogin.failed"), null));
        }
    }

    /** The organisation the reporter came from, for its colours; none is needed to log in. */
    public PublicOrganisation getOrganisation() {
        if (organisation == null) {
            organisation = org == null || org.isBlank() ? Optional.empty() : organisations.findPublic(org);
        }
        return organisation.orElse(null);
    }

    public String getOrg() {
        return org;
    }

    public void setOrg(String org) {
        this.org = org;
    }

    /** The proof-of-work challenge of this form: a fresh one for every form shown. */
    public String getChallenge() {
        if (challenge == null) {
            challenge = puzzle.issue(clock.instant());
        }
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    /** Always empty on the page: the script fills it in. */
    public String getSolution() {
        return null;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
