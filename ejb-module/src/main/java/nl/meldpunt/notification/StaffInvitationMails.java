package nl.meldpunt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.meldpunt.staff.StaffInvitation;
import nl.meldpunt.staff.StaffInvitationIssued;

/**
 * Puts a staff member's link to choose a password in the outbox, in the transaction that made the
 * invitation (a synchronous observer). The row holds the invitation's id, not its token: the token is
 * made when the mail is sent ({@link OutboxDelivery}), so it is never stored.
 */
@ApplicationScoped
public class StaffInvitationMails {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    void queue(@Observes StaffInvitationIssued issued) {
        MailKind kind = issued.purpose() == StaffInvitation.Purpose.PASSWORD_RESET ? MailKind.STAFF_PASSWORD_RESET
                : MailKind.STAFF_INVITATION;
        OutboxMail mail = OutboxMail.toStaff(kind, issued.organisationId(), issued.staffId(), "nl", null,
                "invitation:" + issued.invitationId(), clock.instant(), settings.mailDomain());
        mail.aboutInvitation(issued.invitationId());
        em.persist(mail);
    }
}
