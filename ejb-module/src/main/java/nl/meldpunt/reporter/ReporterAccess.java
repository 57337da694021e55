package nl.meldpunt.reporter;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.contact.ContactRequest;
import nl.meldpunt.contact.ContactState;
import nl.meldpunt.intake.CaseCode;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.PasswordHasher;

/**
 * Checks a reporter's case code and password. First the proof of work of the login form
 * ({@link LoginPuzzle}, one hash): without it nothing else is done. Then every failure gets the same
 * answer, whether the code exists or not, and costs the same work (one query, one Argon2id
 * verification, one audit entry); five failures lock a case code for fifteen minutes. Many failures
 * overall make the puzzle harder for the next minute, they never refuse a reporter. No IP address is kept.
 */
@Stateless
@PermitAll
public class ReporterAccess {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private LoginPuzzle puzzle;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private ReporterLoginOutcome outcome;

    /**
     * @param challenge the login form's puzzle ({@link LoginPuzzle#issue})
     * @param solution  the nonce the browser found for it
     * @return the canonical case code when the puzzle is solved and the credentials are right
     */
    public Optional<String> authenticate(String typedCaseCode, String password, String challenge, String solution) {
        Instant now = clock.instant();
        if (!puzzle.solved(challenge, solution, now)) {
            // Missing, wrong, expired or used before: refused before any database or Argon2id work, with
            // the one answer every failure gets. Not audited: a flood without work must not fill the trail.
            return Optional.empty();
        }
        Optional<CaseCode> parsed = CaseCode.parse(typedCaseCode);
        Report report = parsed
                .flatMap(code -> em.createNamedQuery("Report.byCaseCode", Report.class)
                        .setParameter("caseCode", code.value()).getResultStream().findFirst())
                .orElse(null);
        // A contact request (issue 14) logs in the same way until it becomes a case; then its report carries the login.
        ContactRequest contact = report != null ? null : parsed
                .flatMap(code -> em.createNamedQuery("ContactRequest.byCaseCode", ContactRequest.class)
                        .setParameter("caseCode", code.value()).getResultStream().findFirst())
                .filter(c -> c.getState() != ContactState.CONVERTED)
                .orElse(null);
        // Issue 17: the reporter's copy of the case key is sealed under Argon2id of the password, so opening it is the
        // password check: a login costs one Argon2id. When it does not open, the hash decides. Every failure pays two
        // (the second on a dummy where no copy was tried), so that an unknown case code answers as slowly as a wrong
        // password for a known one (BruteForceIT). The copy is looked up for any well-formed code, found or not.
        String typed = password == null ? "" : password;
        CaseKeys.ReporterCopy copy = parsed.map(code -> caseKeys.tryReporterCopy(code.value(), typed))
                .orElse(CaseKeys.ReporterCopy.NONE);
        boolean matches = copy.opened() || hasher.verify(typed,
                report != null ? report.getPasswordHash() : contact == null ? null : contact.getPasswordHash());
        if (!matches && !copy.exists()) {
            hasher.deriveForNothing(typed);
        }
        try {
            return check(report, contact, typed, matches, copy, now);
        } finally {
            copy.wipe();
        }
    }

    private Optional<String> check(Report report, ContactRequest contact, String password, boolean matches,
            CaseKeys.ReporterCopy copy, Instant now) {
        if (contact != null) {
            return contactLogin(contact, password, matches, copy, now);
        }
        if (report == null) {
            puzzle.recordFailure(now);
            audit.recordIndependently(Actor.ANONYMOUS, AuditAction.REPORTER_LOGIN_FAILED, null, null);
            return Optional.empty();
        }
        // Read again with a row lock, after the (slow) hash: concurrent guesses on one case code are counted
        // one after the other (each one counts; none fails on a concurrent update).
        em.refresh(report, LockModeType.PESSIMISTIC_WRITE);
        if (report.isAnonymised()) {
            // No password is left to check (the check against none failed above, at the same cost). The
            // login page says that the case was closed and anonymised after the retention period.
            puzzle.recordFailure(now);
            audit.recordIndependently(Actor.ANONYMOUS, AuditAction.REPORTER_LOGIN_FAILED, report.getOrganisationId(),
                    "report:" + report.getId());
            outcome.caseAnonymised();
            return Optional.empty();
        }
        Actor reporter = Actor.reporterOf(report.getCaseCode());
        if (report.isLocked(now) || !matches) {
            if (!report.isLocked(now)) {
                report.recordFailedLogin(now);
            }
            puzzle.recordFailure(now);
            audit.recordIndependently(reporter, AuditAction.REPORTER_LOGIN_FAILED, report.getOrganisationId(), "report:" + report.getId());
            return Optional.empty();
        }
        report.recordSuccessfulLogin();
        audit.record(reporter, AuditAction.REPORTER_LOGIN, report.getOrganisationId(), "report:" + report.getId());
        caseKeys.unlockForReporter(report.getCaseCode(), password, report.getServerKeyCopy(), report.getOrganisationId(), copy);
        return Optional.of(report.getCaseCode());
    }

    private Optional<String> contactLogin(ContactRequest contact, String password, boolean matches, CaseKeys.ReporterCopy copy,
            Instant now) {
        Actor requester = Actor.reporterOf(contact.getCaseCode());
        String subject = "contact:" + contact.getId();
        em.refresh(contact, LockModeType.PESSIMISTIC_WRITE); // as for a report: concurrent guesses counted in turn
        if (contact.isLocked(now) || !matches) {
            if (!contact.isLocked(now)) {
                contact.recordFailedLogin(now);
            }
            puzzle.recordFailure(now);
            audit.recordIndependently(requester, AuditAction.REPORTER_LOGIN_FAILED, contact.getOrganisationId(), subject);
            return Optional.empty();
        }
        contact.recordSuccessfulLogin();
        audit.record(requester, AuditAction.REPORTER_LOGIN, contact.getOrganisationId(), subject);
        caseKeys.unlockForReporter(contact.getCaseCode(), password, contact.getServerKeyCopy(), contact.getOrganisationId(), copy);
        return Optional.of(contact.getCaseCode());
    }

}
