package nl.meldpunt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.staff.InvitationTokens;
import nl.meldpunt.staff.StaffAccount;
import nl.meldpunt.vault.MailAddressResolver;

/**
 * The outbox's bookkeeping for the sender, each step in a transaction of its own: claim what is due
 * (a conditional update, so two nodes never claim the same mail), prepare it (the address only now,
 * from the vault or the staff account), and mark it sent or failed. A crash between sending and
 * marking leaves the claim to expire: the mail goes again, with the same Message-ID.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxDelivery {

    /** How long a claim holds before another run may take the mail over. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    /** An address the mail server refuses is given up after this many tries. */
    static final int MAX_TRIES_REFUSED = 3;
    /** Anything else (server down, time-outs) is tried for about two days. */
    static final int MAX_TRIES = 48;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private MailAddressResolver addresses;

    @Inject
    private MailTemplates templates;

    @Inject
    private InvitationTokens invitationTokens;

    @Inject
    private jakarta.enterprise.inject.Instance<MailAttachments> attachments;

    /** A mail ready to go out, with the files it carries (mostly none). */
    public record Envelope(long id, String messageId, String recipient, RenderedMail mail,
                           List<MailAttachments.Attachment> attachments) {
    }

    public List<Long> claimDue(Instant now, int max) {
        List<Long> candidates = em.createQuery("""
                        select m.id from OutboxMail m where m.state = :waiting and m.sendAfter <= :now
                        and (m.claimedUntil is null or m.claimedUntil < :now) order by m.sendAfter""", Long.class)
                .setParameter("waiting", OutboxMail.State.WAITING).setParameter("now", now)
                .setMaxResults(max).getResultList();
        List<Long> claimed = new ArrayList<>();
        for (Long id : candidates) {
            int updated = em.createQuery("""
                            update OutboxMail m set m.claimedUntil = :until, m.attempts = m.attempts + 1, m.version = m.version + 1
                            where m.id = :id and m.state = :waiting and (m.claimedUntil is null or m.claimedUntil < :now)""")
                    .setParameter("until", now.plus(CLAIM)).setParameter("id", id)
                    .setParameter("waiting", OutboxMail.State.WAITING).setParameter("now", now)
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** The mail with its recipient, or empty when there is no address (any more): then it is closed. */
    public Optional<Envelope> prepare(long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        Optional<String> recipient = recipientOf(mail);
        if (recipient.isEmpty()) {
            mail.noAddress(now);
            return Optional.empty();
        }
        String linkQuery = "";
        if (mail.getKind().carriesInvitation()) {
            // The token is made now, in this transaction, and stored only as a hash: a retry makes a new one.
            Optional<String> token = mail.getStaffInvitationId() == null ? Optional.empty()
                    : invitationTokens.issue(mail.getStaffInvitationId(), now);
            if (token.isEmpty()) {
                mail.noAddress(now); // the invitation was used or replaced: this link would not work
                return Optional.empty();
            }
            linkQuery = "#token=" + token.get(); // in the fragment: never sent to a server (ASVS 14.2.1)
        }
        Organisation organisation = em.find(Organisation.class, mail.getOrganisationId());
        RenderedMail rendered = templates.render(mail.getKind(), mail.getLanguage(),
                new MailTemplates.Branding(organisation.getName(), organisation.getPrimaryColour()), detailLines(mail), linkQuery);
        List<MailAttachments.Attachment> files = mail.getPublicationRunId() == null || attachments.isUnsatisfied() ? List.of()
                : attachments.get().forPublicationRun(mail.getPublicationRunId());
        return Optional.of(new Envelope(id, mail.getMessageId(), recipient.get(), rendered, files));
    }

    public void sent(long id, Instant now) {
        em.find(OutboxMail.class, id).sent(now);
    }

    /** A failed try: retried with a growing pause (1, 2, 4 ... 60 minutes), or given up. */
    public void failed(long id, Problem problem, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        boolean giveUp = problem == Problem.ADDRESS_REFUSED ? mail.getAttempts() >= MAX_TRIES_REFUSED
                : mail.getAttempts() >= MAX_TRIES;
        mail.failed(problem.name(), now.plus(pauseAfter(mail.getAttempts())), giveUp, now);
    }

    static Duration pauseAfter(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, Math.max(0, attempts - 1))));
    }

    /** Why a try failed; never the address or the server's words, which may hold it. */
    public enum Problem { ADDRESS_REFUSED, SERVER_UNREACHABLE, SEND_FAILED }

    private Optional<String> recipientOf(OutboxMail mail) {
        if (mail.getKind().isToReporter()) {
            Report report = em.find(Report.class, mail.getReportId());
            return report == null ? Optional.empty() : addresses.addressFor(report.getCaseCode());
        }
        StaffAccount staff = em.find(StaffAccount.class, mail.getStaffId());
        return staff == null || !staff.isActive() ? Optional.empty() : Optional.ofNullable(staff.getMailAddress());
    }

    private static List<String> detailLines(OutboxMail mail) {
        return mail.getDetails() == null || mail.getDetails().isBlank() ? List.of()
                : Arrays.asList(mail.getDetails().split("\n"));
    }
}
