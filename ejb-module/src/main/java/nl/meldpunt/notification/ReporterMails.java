package nl.meldpunt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.casefile.ReporterNews;
import nl.meldpunt.vault.MailVault;

/**
 * Puts the reporter's mails in the outbox, in the transaction of the change that causes them: only
 * when the reporter left an address, never with content, and released at a random moment within the
 * configured window. One waiting mail of a kind says there is news (or a tip, or a status update),
 * however much there is.
 */
@ApplicationScoped
public class ReporterMails {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private MailVault vault;

    @Inject
    private Clock clock;

    @Inject
    private MailSettings settings;

    private static final Logger LOG = Logger.getLogger(ReporterMails.class.getName());

    private final SecureRandom random = new SecureRandom();

    void onNews(@Observes ReporterNews news) {
        Report report = em.find(Report.class, news.reportId());
        if (report != null) {
            enqueue(report, MailKind.REPORTER_NEWS);
        }
    }

    /** The status update at the organisation's interval, sent even when nothing changed. */
    void statusUpdate(Report report) {
        enqueue(report, MailKind.REPORTER_STATUS_UPDATE);
    }

    /** A new tip of the organisation's tip schedule is on the personal page. */
    void newTip(Report report) {
        enqueue(report, MailKind.REPORTER_TIP);
    }

    private void enqueue(Report report, MailKind kind) {
        if (hasWaitingMail(report.getId(), kind) || !mayHaveAddress(report)) {
            return;
        }
        Instant now = clock.instant();
        em.persist(OutboxMail.toReporter(kind, report.getOrganisationId(), report.getId(), report.getLanguage(),
                releaseTime(now), now, settings.mailDomain()));
    }

    /**
     * Whether the reporter left an address. When the vault cannot be asked, the mail is queued anyway
     * (the address is looked up again when sending): a vault outage must neither block the confidant's
     * work nor lose the mail.
     */
    private boolean mayHaveAddress(Report report) {
        try {
            return vault.hasAddress(report.getCaseCode());
        } catch (RuntimeException e) {
            LOG.warning("The e-mail vault could not be asked; the mail is queued and the address looked up when sending");
            return true;
        }
    }

    private boolean hasWaitingMail(long reportId, MailKind kind) {
        return !em.createQuery("select m.id from OutboxMail m where m.reportId = :report and m.kind = :kind and m.state = :waiting",
                        Long.class)
                .setParameter("report", reportId).setParameter("kind", kind).setParameter("waiting", OutboxMail.State.WAITING)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private Instant releaseTime(Instant now) {
        long windowSeconds = settings.reporterMaxDelay().toSeconds();
        return windowSeconds == 0 ? now : now.plus(Duration.ofSeconds(random.nextLong(windowSeconds + 1)));
    }
}
