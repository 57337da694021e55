package nl.meldpunt.contact;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.intake.CaseCode;
import nl.meldpunt.intake.ReportCredentials;
import nl.meldpunt.intake.ReportForm;
import nl.meldpunt.intake.ReportService;
import nl.meldpunt.intake.ReporterPassword;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.PasswordHasher;

/**
 * Asking for a conversation or for advice (issue 14, item 1). Anyone may, like making a report: the requester has no
 * account. Fixed choices only, plus an optional short note sealed under the request's new key; the credentials are a
 * case code and a generated password exactly as for a report ({@link CaseCode}, {@link ReporterPassword}, an Argon2id
 * hash), shown once. No IP address or other trace of the requester is stored.
 */
@Stateless
@PermitAll
public class ContactIntakeService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private ReportService reports;

    @Inject
    private CaseCipher cipher;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private final SecureRandom random = new SecureRandom();

    /**
     * Stores the request and returns its credentials; {@link ContactRefused} when a choice is missing, the note too
     * long or the organisation takes nothing new now (nothing is stored then).
     */
    public ReportCredentials submit(SubmitContactRequest command) {
        ReportForm form = reports.openForm(command.organisationSlug())
                .orElseThrow(() -> new ContactRefused(ContactRefused.Reason.NOT_FOUND));
        if (form.closed()) {
            throw new ContactRefused(ContactRefused.Reason.CLOSED);
        }
        if (command.kind() == null || command.topic() == null || command.way() == null) {
            throw new ContactRefused(ContactRefused.Reason.CHOICE_MISSING);
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > ContactRequest.MAX_NOTE_LENGTH) {
            throw new ContactRefused(ContactRefused.Reason.NOTE_TOO_LONG);
        }
        Long confidant = command.chosenConfidantId();
        if (confidant != null && form.confidants().stream().noneMatch(c -> c.id() == confidant)) {
            throw new ContactRefused(ContactRefused.Reason.NOT_FOUND);
        }
        Organisation organisation = em.createNamedQuery("Organisation.bySlug", Organisation.class)
                .setParameter("slug", form.organisationSlug()).getSingleResult();
        String caseCode = CaseCode.unused(em, random);
        String password = ReporterPassword.generate(random);
        CaseKeys.NewCaseKey dataKey = caseKeys.newCase(caseCode, organisation.getId(), password);
        ContactRequest request = new ContactRequest(organisation.getId(), caseCode, hasher.hash(password), command.kind(),
                command.topic(), command.way(), command.days(), command.dayParts(), confidant,
                command.language() == null ? "nl" : command.language().getLanguage(), dataKey.serverCopy(), clock.instant());
        if (note != null) {
            request.sealNote(cipher.sealText(dataKey.key(), note, ContactRecords.noteContext(caseCode)));
        }
        em.persist(request);
        em.flush();
        audit.record(Actor.reporterOf(caseCode), AuditAction.CONTACT_REQUESTED, organisation.getId(), "contact:" + request.getId());
        return new ReportCredentials(caseCode, password);
    }
}
